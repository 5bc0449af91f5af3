#pragma once

namespace ptlab {

// Seconds on CLOCK_MONOTONIC (for wall-time intervals).
[[nodiscard]] double monotonicSeconds();
// CPU seconds the calling thread has used (CLOCK_THREAD_CPUTIME_ID).
[[nodiscard]] double threadCpuSeconds();

} // namespace ptlab

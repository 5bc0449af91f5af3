#pragma once

namespace ptlab {

// Milliseconds since this process was started by the kernel (/proc/self/stat field 22).
double msSinceProcessStart();
// This process's resident set (VmRSS) and its peak (VmHWM), in MiB; -1 when /proc cannot say.
double residentMegabytes();
double peakResidentMegabytes();

} // namespace ptlab

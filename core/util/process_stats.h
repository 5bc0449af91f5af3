#pragma once

namespace ptlab {

// Milliseconds since this process was started by the kernel (/proc/self/stat field 22).
double msSinceProcessStart();
// This process's resident set (VmRSS) and its peak (VmHWM), in MiB; -1 when /proc cannot say.
double residentMegabytes();
double peakResidentMegabytes();
// Bytes the C heap has handed out and not had back (glibc's mallinfo2, every arena), in MiB: what the
// program holds, as opposed to what the kernel counts resident (which also keeps freed, fragmented
// heap pages until they are returned).
double heapInUseMegabytes();

} // namespace ptlab

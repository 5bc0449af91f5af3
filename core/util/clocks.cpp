#include "core/util/clocks.h"

#include <ctime>

namespace ptlab {
namespace {

double seconds(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

double monotonicSeconds()
{
    return seconds(CLOCK_MONOTONIC);
}

double threadCpuSeconds()
{
    return seconds(CLOCK_THREAD_CPUTIME_ID);
}

} // namespace ptlab

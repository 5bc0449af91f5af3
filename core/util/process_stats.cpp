#include "core/util/process_stats.h"

#include <ctime>
#include <fstream>
#include <iterator>
#include <malloc.h>
#include <sstream>
#include <string>
#include <unistd.h>

namespace ptlab {
namespace {

double statusKilobytes(const char* field)
{
    std::ifstream status("/proc/self/status");
    const std::string prefix = std::string(field) + ":";
    for (std::string line; std::getline(status, line);)
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size()));
    return -1;
}

} // namespace

double msSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    const std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) { }
    const double startTicks = std::stod(field);
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9
               - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK)))
        * 1000.0;
}

double residentMegabytes()
{
    const double kb = statusKilobytes("VmRSS");
    return kb < 0 ? -1 : kb / 1024.0;
}

double heapInUseMegabytes()
{
    const struct mallinfo2 info = ::mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

double peakResidentMegabytes()
{
    const double kb = statusKilobytes("VmHWM");
    return kb < 0 ? -1 : kb / 1024.0;
}

} // namespace ptlab

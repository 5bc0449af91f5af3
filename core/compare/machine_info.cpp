#include "core/compare/machine_info.h"

#include "core/compare/child_process.h"

#include <fstream>
#include <sstream>
#include <sys/utsname.h>
#include <unistd.h>

namespace ptlab::compare {

MachineInfo describeMachine()
{
    MachineInfo m;
    m.logicalCpus = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string key = line.substr(0, colon);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
            key.pop_back();
        std::string value = line.substr(colon + 1);
        if (!value.empty() && value.front() == ' ')
            value.erase(0, 1);
        if (m.cpuModel.empty() && (key == "model name" || key == "Hardware" || key == "cpu model"))
            m.cpuModel = value;
        if (key == "flags" && (" " + value + " ").find(" hypervisor ") != std::string::npos)
            m.hypervisorFlag = true;
    }
    if (m.cpuModel.empty())
        m.cpuModel = "unknown CPU";
    utsname u {};
    if (uname(&u) == 0)
        m.kernel = u.release;
    if (auto out = runCapture({ "systemd-detect-virt" }, 3000)) {
        m.virtualization = *out;
        while (!m.virtualization.empty() && (m.virtualization.back() == '\n' || m.virtualization.back() == ' '))
            m.virtualization.pop_back();
    } else if (out.error().message.find("exited with code 1") != std::string::npos) {
        m.virtualization = "none"; // it prints "none" and exits 1 on bare metal
    }
    return m;
}

std::string machineSummary(const MachineInfo& m)
{
    std::ostringstream s;
    s << m.cpuModel << ", " << m.logicalCpus << " logical CPUs";
    if (m.hypervisorFlag)
        s << ", virtual machine (hypervisor flag)";
    if (!m.virtualization.empty())
        s << ", systemd-detect-virt: " << m.virtualization;
    if (!m.kernel.empty())
        s << ", Linux " << m.kernel;
    return s.str();
}

} // namespace ptlab::compare

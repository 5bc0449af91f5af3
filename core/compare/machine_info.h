#pragma once

#include <string>

namespace ptlab::compare {

// What the figures were measured on, so a student can compare with a classmate's laptop.
struct MachineInfo
{
    std::string cpuModel; // /proc/cpuinfo "model name" (or "Hardware"/"CPU part" elsewhere)
    int logicalCpus = 0;
    bool hypervisorFlag = false; // the CPU reports it runs under a hypervisor (x86 "hypervisor" flag)
    std::string virtualization; // systemd-detect-virt's answer ("kvm", "docker", "none"), empty if absent
    std::string kernel; // uname release
};

[[nodiscard]] MachineInfo describeMachine();

// "AMD EPYC, 2 logical CPUs, virtual machine (hypervisor flag; systemd-detect-virt: kvm), Linux 6.1.0".
std::string machineSummary(const MachineInfo& m);

} // namespace ptlab::compare

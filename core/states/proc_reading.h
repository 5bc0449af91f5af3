#pragma once

#include <cstdint>
#include <string_view>

namespace ptlab::states {

// What the kernel says about one task (thread id) at one moment, from
// /proc/<pid>/task/<tid>/{stat,schedstat,status}.
struct KernelReading
{
    bool alive = false; // false: the task is gone (ENOENT/ESRCH or an empty read)
    char state = '?'; // R, S, D, T, t, Z, X, I ...
    int processor = -1; // CPU it last ran on (stat field 39)
    std::uint64_t rssPages = 0; // stat field 24 (the whole process's resident set)
    std::uint64_t onCpuNs = 0; // schedstat field 1: time spent on a CPU
    std::uint64_t runqueueNs = 0; // schedstat field 2: time spent waiting on a run queue
    std::uint64_t timeslices = 0; // schedstat field 3: times it was scheduled onto a CPU
    std::uint64_t voluntarySwitches = 0; // status: voluntary_ctxt_switches
    std::uint64_t involuntarySwitches = 0; // status: nonvoluntary_ctxt_switches
    int nice = 0; // stat field 19
};

// Parsers over the files' text; each returns false when the text is not in the expected shape.
bool parseStat(std::string_view text, KernelReading& out);
bool parseSchedstat(std::string_view text, KernelReading& out);
bool parseStatusSwitches(std::string_view text, KernelReading& out);

} // namespace ptlab::states

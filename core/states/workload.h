#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ptlab::states {

enum class Workload : std::uint8_t
{
    Cpu, // busy arithmetic
    Io, // blocking writes, fdatasync and reads of a scratch file, then a wait for the next request
    Mixed, // a duty cycle: compute for dutyPercent of each period, block for the rest
    Lock, // contend one mutex (process-shared and robust, so threads and processes share it)
    Sleep, // mostly asleep, a little work on each wake-up
    External, // not spawned by the engine: a thread it was asked to watch
};

std::string_view toString(Workload w);
std::optional<Workload> parseWorkload(std::string_view name); // "cpu", "io", "mixed", "lock", "sleep"

struct WorkloadSpec
{
    Workload kind = Workload::Cpu;
    int dutyPercent = 50; // Mixed: share of each period spent computing (0-100)
    int periodMs = 100; // Mixed: length of one compute+block cycle
};

// Why a task blocks, as the workload itself reports it (shown beside the Waiting state).
enum class WaitReason : std::uint32_t
{
    None,
    Gate, // held at the admission gate
    Park, // a thread's cooperative suspend
    Io, // disk write/flush/read
    Device, // waiting for the next request of an I/O workload
    Sleep,
    Lock,
    DutyCycle, // the blocking part of a mixed workload
};
std::string_view toString(WaitReason r);

} // namespace ptlab::states

#pragma once

// The messages between the engine and its task host (`ptlab-worker --host`), over a SOCK_SEQPACKET
// socket pair: one message a datagram, fixed-size, in the order sent. Only the two start requests
// are answered; admit, park and stop are one-way, and a start's answer therefore always follows it.

#include "core/states/workload.h"

#include <cstdint>
#include <type_traits>

namespace ptlab::states::host {

enum class Op : std::uint32_t
{
    StartThread, // run spec in a new thread of the host; answer: its thread id
    StartProcess, // start the worker program as a child of ptlab in the host's session; answer: its pid
    Admit,
    Park,
    Unpark,
    Stop,
};

inline constexpr int MaxArgs = 24;
inline constexpr int ArgBytes = 1024;

struct Request
{
    Op op = Op::StartThread;
    std::int32_t slot = -1;
    WorkloadSpec spec;
    bool admitted = false;
    // StartProcess: the worker's argv, NUL-separated, and how many; its gate descriptor travels with
    // the message (SCM_RIGHTS) and becomes the child's descriptor 3, the shared block descriptor 4.
    std::int32_t argc = 0;
    char args[ArgBytes] = {};
};
static_assert(std::is_trivially_copyable_v<Request>);

struct Reply
{
    std::int32_t id = 0; // thread id or pid; 0 when it failed
    std::int32_t error = 0; // errno of the failure
};
static_assert(std::is_trivially_copyable_v<Reply>);

} // namespace ptlab::states::host

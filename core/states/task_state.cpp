#include "core/states/task_state.h"

namespace ptlab::states {

std::string_view toString(TaskState s)
{
    switch (s) {
    case TaskState::New:
        return "new";
    case TaskState::Ready:
        return "ready";
    case TaskState::Running:
        return "running";
    case TaskState::Waiting:
        return "waiting";
    case TaskState::Suspended:
        return "suspended";
    case TaskState::Terminated:
        return "terminated";
    }
    return "unknown";
}

std::string_view toString(TaskKind k)
{
    return k == TaskKind::Thread ? "thread" : "process";
}

std::string_view toString(Transition t)
{
    switch (t) {
    case Transition::Admit:
        return "admit";
    case Transition::Dispatch:
        return "dispatch";
    case Transition::Preempt:
        return "preempt";
    case Transition::Block:
        return "block";
    case Transition::Wake:
        return "wake";
    case Transition::Suspend:
        return "suspend";
    case Transition::Resume:
        return "resume";
    case Transition::Exit:
        return "exit";
    }
    return "unknown";
}

} // namespace ptlab::states

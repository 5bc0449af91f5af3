#include "ui/states/state_names.h"

namespace ptlab::ui {

using namespace ptlab::states;

QString StateNames::state(TaskState s)
{
    switch (s) {
    case TaskState::New:
        return tr("New");
    case TaskState::Ready:
        return tr("Ready");
    case TaskState::Running:
        return tr("Running");
    case TaskState::Waiting:
        return tr("Waiting");
    case TaskState::Suspended:
        return tr("Suspended");
    case TaskState::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString StateNames::zombie()
{
    return tr("Zombie");
}

QString StateNames::transition(Transition t)
{
    switch (t) {
    case Transition::Admit:
        return tr("admit");
    case Transition::Dispatch:
        return tr("dispatch");
    case Transition::Preempt:
        return tr("preempt");
    case Transition::Block:
        return tr("block / wait");
    case Transition::Wake:
        return tr("wake");
    case Transition::Suspend:
        return tr("suspend");
    case Transition::Resume:
        return tr("resume");
    case Transition::Exit:
        return tr("exit");
    }
    return {};
}

QString StateNames::workload(Workload w)
{
    switch (w) {
    case Workload::Cpu:
        return tr("CPU-bound");
    case Workload::Io:
        return tr("I/O-bound");
    case Workload::Mixed:
        return tr("Mixed");
    case Workload::Lock:
        return tr("Lock contention");
    case Workload::Sleep:
        return tr("Sleep");
    case Workload::External:
        return tr("Watched");
    }
    return {};
}

QString StateNames::workloadDescription(Workload w)
{
    switch (w) {
    case Workload::Cpu:
        return tr("Busy arithmetic without pause: always wants a CPU");
    case Workload::Io:
        return tr("Writes, flushes and reads a file, then waits for the next request");
    case Workload::Mixed:
        return tr("Computes for the duty cycle of each 100 ms, blocks for the rest");
    case Workload::Lock:
        return tr("Every task takes one shared mutex and works while holding it");
    case Workload::Sleep:
        return tr("Sleeps 250 ms, works briefly, sleeps again");
    case Workload::External:
        return tr("A thread of ptlab itself, observed");
    }
    return {};
}

QString StateNames::watchedLabel(const std::string& label)
{
    if (label == "UI thread")
        return tr("UI thread");
    if (label == "reformat thread")
        return tr("Reformat thread");
    if (label == "browser loader thread")
        return tr("Browser loader thread");
    if (label == "browser script thread")
        return tr("Browser script thread");
    return QString::fromStdString(label);
}

QString StateNames::kind(TaskKind k)
{
    return k == TaskKind::Thread ? tr("thread") : tr("process");
}

QString StateNames::waitReason(WaitReason r)
{
    switch (r) {
    case WaitReason::None:
        return {};
    case WaitReason::Gate:
        return tr("admission gate");
    case WaitReason::Park:
        return tr("parked");
    case WaitReason::Io:
        return tr("disk I/O");
    case WaitReason::Device:
        return tr("next request");
    case WaitReason::Sleep:
        return tr("sleep");
    case WaitReason::Lock:
        return tr("mutex");
    case WaitReason::DutyCycle:
        return tr("duty-cycle pause");
    }
    return {};
}

} // namespace ptlab::ui

#pragma once

#include "core/states/task_state.h"
#include "core/states/workload.h"

#include <QCoreApplication>
#include <QString>

namespace ptlab::ui {

// Translated names of the engine's enums (the engine itself speaks stable English identifiers).
class StateNames
{
    Q_DECLARE_TR_FUNCTIONS(StateNames)
public:
    static QString state(states::TaskState s);
    static QString zombie();
    static QString transition(states::Transition t);
    static QString workload(states::Workload w);
    static QString workloadDescription(states::Workload w);
    static QString kind(states::TaskKind k);
    static QString waitReason(states::WaitReason r);
    // A watched thread's label (the engine keeps an English key) in the current language.
    static QString watchedLabel(const std::string& label);
};

} // namespace ptlab::ui

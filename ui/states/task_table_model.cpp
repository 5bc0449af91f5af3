#include "ui/states/task_table_model.h"

#include "ui/states/state_names.h"
#include "ui/widgets/palette.h"

#include <QBrush>
#include <QLocale>
#include <algorithm>
#include <unordered_set>

namespace ptlab::ui {

using namespace ptlab::states;

TaskTableModel::TaskTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void TaskTableModel::merge(const std::vector<TaskView>& incoming)
{
    std::vector<const TaskView*> sorted;
    sorted.reserve(incoming.size());
    for (const auto& t : incoming)
        sorted.push_back(&t);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->id < b->id; });

    std::unordered_set<TaskId> present;
    for (const TaskView* t : sorted)
        present.insert(t->id);
    // Remove rows whose task is gone (forgotten by the engine), from the bottom up.
    for (int r = static_cast<int>(m_rows.size()) - 1; r >= 0; --r) {
        const TaskId id = m_rows[r].id;
        if (!present.contains(id)) {
            beginRemoveRows({}, r, r);
            m_rows.erase(m_rows.begin() + r);
            endRemoveRows();
        }
    }
    // Update the rest in place and insert the new ones where they belong.
    size_t r = 0;
    for (const TaskView* t : sorted) {
        while (r < m_rows.size() && m_rows[r].id < t->id)
            ++r;
        if (r < m_rows.size() && m_rows[r].id == t->id) {
            m_rows[r] = *t;
            m_rows[r].samples.clear();
        } else {
            beginInsertRows({}, static_cast<int>(r), static_cast<int>(r));
            m_rows.insert(m_rows.begin() + static_cast<long>(r), *t);
            m_rows[r].samples.clear();
            endInsertRows();
        }
        ++r;
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

TaskId TaskTableModel::taskAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[row].id : 0;
}

int TaskTableModel::rowOf(TaskId id) const
{
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const TaskView& t, TaskId v) { return t.id < v; });
    return it != m_rows.end() && it->id == id ? static_cast<int>(it - m_rows.begin()) : -1;
}

const TaskView* TaskTableModel::task(TaskId id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &m_rows[r];
}

int TaskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const TaskView& t = m_rows[index.row()];
    if (role == TaskIdRole)
        return QVariant::fromValue<qulonglong>(t.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Kind || index.column() == Workload || index.column() == State
                || index.column() == WaitsOn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Id)
        return taskColor(t.id);
    if (role == Qt::DecorationRole && index.column() == State)
        return t.zombie ? zombieColor() : stateColor(t.state);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Id:
        return QVariant::fromValue<qulonglong>(t.id);
    case Kind:
        return StateNames::kind(t.kind);
    case Pid:
        return t.pid;
    case Tid:
        return t.tid;
    case Workload:
        return t.label.empty() ? StateNames::workload(t.workload.kind) : StateNames::watchedLabel(t.label);
    case State:
        return t.zombie ? StateNames::zombie() : StateNames::state(t.state);
    case OnCpu:
        return loc.toString(static_cast<double>(t.latest.onCpuNs) / 1e6, 'f', 1);
    case Preemptions:
        return loc.toString(static_cast<qulonglong>(t.transitions[Transition::Preempt]));
    case Waits:
        return loc.toString(static_cast<qulonglong>(t.transitions[Transition::Block]));
    case LastCpu:
        return t.latest.processor >= 0 ? QVariant(t.latest.processor) : QVariant();
    case Nice:
        return t.nice;
    case WaitsOn:
        return t.state == TaskState::Waiting || t.state == TaskState::New || t.state == TaskState::Suspended
            ? StateNames::waitReason(t.waitReason)
            : QString();
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OnCpu:
            return tr("Total time on a CPU (schedstat)");
        case Preemptions:
            return tr("Involuntary context switches: Running → Ready");
        case Waits:
            return tr("Voluntary context switches: Running → Waiting");
        case LastCpu:
            return tr("The CPU it last ran on (stat field 39)");
        case WaitsOn:
            return tr("What the task reports it is waiting for");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Kind:
        return tr("Kind");
    case Pid:
        return tr("PID");
    case Tid:
        return tr("TID");
    case Workload:
        return tr("Workload");
    case State:
        return tr("State");
    case OnCpu:
        return tr("On CPU (ms)");
    case Preemptions:
        return tr("Preempted");
    case Waits:
        return tr("Blocked");
    case LastCpu:
        return tr("CPU");
    case Nice:
        return tr("Nice");
    case WaitsOn:
        return tr("Waiting for");
    }
    return {};
}

void TaskTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace ptlab::ui

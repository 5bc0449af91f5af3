#pragma once

#include "core/states/engine_types.h"

#include <QAbstractTableModel>
#include <vector>

namespace ptlab::ui {

// The engine's tasks as a table. Updates merge into the existing rows (insert, remove, dataChanged)
// so selection and scrolling survive every frame.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Kind,
        Pid,
        Tid,
        Workload,
        State,
        OnCpu,
        Preemptions,
        Waits,
        LastCpu,
        Nice,
        WaitsOn,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1
    };

    explicit TaskTableModel(QObject* parent = nullptr);

    void merge(const std::vector<states::TaskView>& tasks);
    states::TaskId taskAt(int row) const;
    int rowOf(states::TaskId id) const;
    const states::TaskView* task(states::TaskId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    std::vector<states::TaskView> m_rows; // sorted by id
};

} // namespace ptlab::ui

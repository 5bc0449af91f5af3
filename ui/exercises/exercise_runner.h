#pragma once

#include "core/exercises/exercise.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace ptlab::ui {

// Runs one exercise on a worker thread. The answer crosses to the GUI thread as a value (a queued
// invocation); the GUI never touches memory the worker owns.
class ExerciseRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExerciseRunner(QObject* parent = nullptr);
    ~ExerciseRunner() override; // cancels and joins: no experiment outlives the tab

    bool start(const exercises::Question& question); // false while a run is going
    void cancel();
    bool busy() const { return m_busy; }

signals:
    void progressChanged(double fraction);
    void finished(const ptlab::exercises::Answer& answer);

private:
    void join();

    std::thread m_worker;
    std::atomic<bool> m_cancel { false };
    bool m_busy = false; // GUI thread only
};

} // namespace ptlab::ui

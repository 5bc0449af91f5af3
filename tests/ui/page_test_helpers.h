#pragma once

#include "core/states/engine_types.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTest>
#include <functional>

namespace ptlab::test {

// An engine configuration that finds the worker built beside the tests and samples briskly.
inline states::EngineConfig uiEngineConfig()
{
    states::EngineConfig c;
    c.workerPath = PTLAB_WORKER_PATH;
    c.rateHz = 50;
    return c;
}

// Starts a test case from empty settings. Each test process has settings of its own (tests/ui/main.cpp),
// so clearing them cannot touch another process's.
inline void clearSettings()
{
    QSettings().clear();
}

// Processes events until `done` holds, with a generous timeout (no fixed sleeps).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace ptlab::test

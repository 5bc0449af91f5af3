#pragma once

#include "core/states/engine.h"

#include <chrono>
#include <functional>

namespace ptlab::test {

inline states::EngineConfig testEngineConfig()
{
    states::EngineConfig config;
    config.workerPath = PTLAB_WORKER_PATH;
    config.rateHz = 50;
    // Tests share two CPUs with builds: ordinary priority keeps their waits short. The default
    // (demo tasks kinder than the window) has a test of its own.
    config.taskNice = 0;
    return config;
}

// Waits, one sampling pass at a time, until `done(snapshot)` holds or the generous timeout expires.
inline bool waitUntil(const states::Engine& engine, const std::function<bool(const states::EngineSnapshot&)>& done,
    std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (done(engine.snapshot()))
            return true;
        engine.waitForPasses(1, std::chrono::seconds(1));
    }
    return done(engine.snapshot());
}

inline const states::TaskView* findTask(const states::EngineSnapshot& snap, states::TaskId id)
{
    for (const auto& t : snap.tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

inline states::SpawnRequest request(states::TaskKind kind, states::Workload workload, int count = 1)
{
    states::SpawnRequest r;
    r.kind = kind;
    r.workload.kind = workload;
    r.count = count;
    return r;
}

} // namespace ptlab::test

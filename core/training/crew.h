#pragma once

// Internal to the training demo (core/training, and core/training_memory whose ZeRO run trains on part
// 1's workers): the worker threads of one run and the per-step barrier they share.

#include "core/training/trainer.h"

#include <barrier>
#include <chrono>
#include <functional>
#include <thread>
#include <unistd.h>

namespace ptlab::training::detail {

using Clock = std::chrono::steady_clock;

inline double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// N threads running body(rank); joined by join() or the destructor, so no worker outlives a run.
class Crew
{
public:
    Crew(int workers, const TrainHooks& hooks, const std::string& label, const std::function<void(int)>& body)
    {
        for (int r = 0; r < workers; ++r)
            m_threads.emplace_back([r, &hooks, label, body] {
                if (hooks.onWorkerStarted)
                    hooks.onWorkerStarted(r, gettid(), label + " " + std::to_string(r));
                body(r);
            });
    }
    ~Crew() { join(); }
    void join()
    {
        for (auto& t : m_threads)
            if (t.joinable())
                t.join();
    }

private:
    std::vector<std::thread> m_threads;
};

// The end-of-step barrier: its completion (run once, by one worker, while all others wait) sums the
// workers' loss shares, records the step, calls the hook and decides whether to stop.
class StepLedger
{
public:
    StepLedger(int workers, const TrainConfig& config, const TrainHooks& hooks, TrainReport& report,
        std::function<void(int step)> extra = {})
        : m_config(config)
        , m_hooks(hooks)
        , m_report(report)
        , m_extra(std::move(extra))
        , m_losses(static_cast<std::size_t>(workers), 0.0f)
        , m_barrier(workers, Completion { this })
        , m_start(Clock::now())
    { }

    // Each worker's share of the global mean loss of the step (0 for workers that compute none).
    void setLoss(int worker, float share) { m_losses[static_cast<std::size_t>(worker)] = share; }
    // Ends the step for one worker; returns false when the run must stop (cancelled or finished).
    [[nodiscard]] bool endStep()
    {
        m_barrier.arrive_and_wait();
        return !m_stop;
    }
    [[nodiscard]] Clock::time_point start() const { return m_start; }
    [[nodiscard]] double now() const { return secondsBetween(m_start, Clock::now()); }
    [[nodiscard]] const std::vector<double>& stepEnds() const { return m_stepEnds; }
    [[nodiscard]] double stepStart(int step) const
    {
        return step == 0 ? 0.0 : m_stepEnds[static_cast<std::size_t>(step) - 1];
    }

private:
    struct Completion
    {
        StepLedger* self;
        void operator()() noexcept { self->complete(); }
    };
    void complete()
    {
        float loss = 0;
        for (float l : m_losses)
            loss += l;
        const int step = static_cast<int>(m_report.loss.size());
        m_report.loss.push_back(loss);
        m_stepEnds.push_back(now());
        if (m_extra)
            m_extra(step);
        if (m_hooks.onStep)
            m_hooks.onStep(step, loss);
        const bool cancelled = m_hooks.cancel && m_hooks.cancel->load();
        m_report.cancelled = cancelled && step + 1 < m_config.steps;
        m_stop = cancelled || step + 1 >= m_config.steps;
    }

    const TrainConfig& m_config;
    const TrainHooks& m_hooks;
    TrainReport& m_report;
    std::function<void(int)> m_extra;
    std::vector<float> m_losses;
    std::vector<double> m_stepEnds;
    bool m_stop = false; // written in the completion, read after the barrier: ordered by it
    std::barrier<Completion> m_barrier;
    Clock::time_point m_start;
};

} // namespace ptlab::training::detail

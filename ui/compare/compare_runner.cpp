#include "ui/compare/compare_runner.h"

#include "core/states/engine.h"

#include <QMetaObject>
#include <cmath>
#include <memory>

namespace ptlab::ui {

CompareRunner::CompareRunner(states::Engine* engine, QObject* parent) : QObject(parent), m_engine(engine) { }

CompareRunner::~CompareRunner()
{
    m_cancel = true;
    joinWorker();
    forgetWatched();
}

void CompareRunner::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void CompareRunner::forgetWatched()
{
    std::vector<std::uint64_t> ids;
    {
        std::lock_guard g(m_watchedMutex);
        ids.swap(m_watched);
    }
    if (m_engine)
        for (auto id : ids)
            m_engine->forget(id);
}

bool CompareRunner::start(std::vector<Job> jobs)
{
    if (m_busy || jobs.empty())
        return false;
    joinWorker(); // the previous batch has posted finished(); its thread is ending
    forgetWatched(); // its demo threads have ended: drop them from the States page
    m_cancel = false;
    m_busy = true;
    m_worker = std::thread([this, jobs = std::move(jobs)]() mutable { work(std::move(jobs)); });
    return true;
}

void CompareRunner::cancel()
{
    m_cancel = true;
}

void CompareRunner::work(std::vector<Job> jobs)
{
    const double total = static_cast<double>(jobs.size());
    for (std::size_t i = 0; i < jobs.size() && !m_cancel; ++i) {
        const Job& job = jobs[i];
        const compare::ExperimentInfo* info = compare::findExperiment(job.experiment);
        if (!info)
            continue;
        const QString name = QString::fromStdString(job.experiment);
        QMetaObject::invokeMethod(
            this, [this, name] { emit experimentStarted(name); }, Qt::QueuedConnection);
        compare::RunOptions o = job.options;
        o.cancel = &m_cancel;
        auto lastPosted = std::make_shared<double>(-1);
        o.progress = [this, i, total, lastPosted](double fraction) {
            const double overall = (static_cast<double>(i) + fraction) / total;
            if (overall - *lastPosted < 0.01 && fraction < 1.0)
                return; // a few dozen updates per batch are plenty
            *lastPosted = overall;
            QMetaObject::invokeMethod(
                this, [this, overall] { emit progressChanged(overall); }, Qt::QueuedConnection);
        };
        o.threadStarted = [this](pid_t tid, const std::string& label) {
            if (!m_engine)
                return;
            if (auto id = m_engine->watch(tid, label)) {
                std::lock_guard g(m_watchedMutex);
                m_watched.push_back(*id);
            }
        };
        o.processStarted = [this](pid_t pid, const std::string& label) {
            if (!m_engine)
                return;
            if (auto id = m_engine->watchProcess(pid, label)) {
                std::lock_guard g(m_watchedMutex);
                m_watched.push_back(*id);
            }
        };
        auto result = std::make_shared<compare::ExperimentResult>(compare::runExperiment(*info, o));
        QMetaObject::invokeMethod(
            this, [this, result] { emit resultReady(*result); }, Qt::QueuedConnection);
    }
    const bool cancelled = m_cancel;
    QMetaObject::invokeMethod(
        this,
        [this, cancelled] {
            m_busy = false;
            emit finished(cancelled);
        },
        Qt::QueuedConnection);
}

} // namespace ptlab::ui

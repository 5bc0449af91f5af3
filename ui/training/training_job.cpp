#include "ui/training/training_job.h"

#include "core/training/mpi_launch.h"
#include "core/training/report_json.h"

namespace ptlab::ui {

using namespace ptlab::training;

TrainingJob::TrainingJob(Request request, WatchFn watch) : m_request(std::move(request)), m_watch(std::move(watch))
{
    m_snapshot.running = true;
    m_snapshot.stepsTotal
        = m_request.kind == Kind::Scaling ? m_request.maxWorkers * m_request.config.steps : m_request.config.steps;
    m_thread = std::thread([this] { run(); });
}

TrainingJob::~TrainingJob()
{
    cancel();
    wait();
}

void TrainingJob::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

TrainingJob::Snapshot TrainingJob::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

TrainHooks TrainingJob::hooks()
{
    TrainHooks h;
    h.cancel = &m_cancel;
    h.onStep = [this](int, float loss) {
        std::lock_guard lock(m_mutex);
        m_snapshot.loss.push_back(loss);
        ++m_snapshot.stepsDone;
    };
    h.onWorkerStarted = [this](int, pid_t tid, const std::string& label) {
        if (m_watch)
            m_watch(tid, label);
    };
    return h;
}

void TrainingJob::run()
{
    const TrainHooks h = hooks();
    std::optional<TrainReport> report;
    std::optional<Error> error;
    if (m_request.kind == Kind::Train) {
        auto r = train(m_request.config, h);
        if (r)
            report = std::move(r).value();
        else
            error = r.error();
    } else if (m_request.kind == Kind::Mpi) {
        MpiRunRequest mpi;
        mpi.config = m_request.config;
        auto r = runMpiTraining(mpi, h);
        if (r) {
            report = reportFromJson(*r);
            report->config.mode = Mode::Data;
        } else {
            error = r.error();
        }
    } else {
        for (int n = 1; n <= m_request.maxWorkers && !m_cancel; ++n) {
            TrainConfig c = m_request.config;
            c.mode = n == 1 ? Mode::Single : Mode::Data;
            c.workers = n;
            c.checkReplicas = false;
            {
                std::lock_guard lock(m_mutex);
                m_snapshot.loss.clear();
            }
            auto r = train(c, h);
            if (!r) {
                error = r.error();
                break;
            }
            std::lock_guard lock(m_mutex);
            if (!r->cancelled)
                m_snapshot.scaling.push_back({ n, r->samplesPerSecond });
            report = std::move(r).value();
        }
    }
    std::lock_guard lock(m_mutex);
    m_snapshot.running = false;
    m_snapshot.finished = true;
    m_snapshot.report = std::move(report);
    m_snapshot.error = std::move(error);
}

} // namespace ptlab::ui

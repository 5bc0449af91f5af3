#pragma once

#include <QMetaObject>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace ptlab::ui {

// One long run off the GUI thread: the work gets a cancel flag and returns its result as a value,
// which `done` receives on the GUI thread. Starting again, or destroying the guard, cancels and joins
// the previous run; a result of a superseded run is dropped.
class BackgroundRun : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~BackgroundRun() override { stop(); }

    [[nodiscard]] bool running() const { return m_running; }
    void cancel() { m_cancel.store(true); }
    void stop()
    {
        m_cancel.store(true);
        if (m_thread.joinable())
            m_thread.join();
        if (m_running) {
            m_running = false;
            ++m_generation;
            emit finished();
        }
    }

    template <typename R>
    void start(std::function<R(const std::atomic<bool>& cancel)> work, std::function<void(R& result)> done)
    {
        stop();
        m_cancel.store(false);
        m_running = true;
        const int generation = ++m_generation;
        m_thread = std::thread([this, work = std::move(work), done = std::move(done), generation]() {
            auto result = std::make_shared<R>(work(m_cancel));
            QMetaObject::invokeMethod(
                this,
                [this, result, done, generation] {
                    if (generation != m_generation)
                        return;
                    if (m_thread.joinable())
                        m_thread.join();
                    m_running = false;
                    done(*result);
                    emit finished();
                },
                Qt::QueuedConnection);
        });
        emit started();
    }

signals:
    void started();
    void finished();

private:
    std::thread m_thread;
    std::atomic<bool> m_cancel { false };
    bool m_running = false;
    int m_generation = 0; // GUI thread only
};

} // namespace ptlab::ui

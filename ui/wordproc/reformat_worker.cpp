#include "ui/wordproc/reformat_worker.h"

#include "core/util/thread_priority.h"

#include <unistd.h>

namespace ptlab::ui {

ReformatWorker::ReformatWorker(wordproc::FontMetrics metrics, wordproc::PageLayout layout, Delivery deliver)
    : m_metrics(std::move(metrics)), m_layout(layout), m_deliver(std::move(deliver))
{
    std::promise<void> started;
    auto ready = started.get_future();
    m_thread = std::thread([this, &started] {
        setCurrentThreadNice(0); // the demo's background thread is an ordinary thread
        m_tid = gettid();
        started.set_value();
        run();
    });
    ready.wait();
}

ReformatWorker::~ReformatWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        m_cancel = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ReformatWorker::submit(wordproc::Document document)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(document);
        m_cancel = true; // the job in progress (if any) is stale now
    }
    m_wake.notify_one();
}

void ReformatWorker::setMetrics(wordproc::FontMetrics metrics, wordproc::PageLayout layout)
{
    std::lock_guard lock(m_mutex);
    m_metrics = std::move(metrics);
    m_layout = layout;
}

bool ReformatWorker::idle()
{
    std::lock_guard lock(m_mutex);
    return !m_pending && !m_busy.load();
}

void ReformatWorker::setHeld(bool held)
{
    {
        std::lock_guard lock(m_mutex);
        m_held = held;
    }
    m_wake.notify_all();
}

int ReformatWorker::progressPermille() const
{
    const int total = m_progress.paragraphsTotal.load();
    return total > 0 ? static_cast<int>(1000LL * m_progress.paragraphsDone.load() / total) : 0;
}

void ReformatWorker::run()
{
    while (true) {
        wordproc::Document document;
        wordproc::FontMetrics metrics;
        wordproc::PageLayout layout;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || (m_pending.has_value() && !m_held); });
            if (m_quit)
                return;
            document = std::move(*m_pending);
            m_pending.reset();
            // Reset under the lock: a submit() after this point cancels this job again.
            m_cancel = false;
            metrics = m_metrics;
            layout = m_layout;
            m_busy = true; // under the lock, so idle() never sees neither a pending nor a busy job
        }
        wordproc::FormattedBook book = wordproc::formatBook(document, metrics, layout, m_cancel, &m_progress);
        if (book.cancelled)
            ++m_cancelled;
        else
            m_deliver(std::move(book));
        m_busy = false; // after the delivery: idle() then means every result was handed over
    }
}

} // namespace ptlab::ui

#pragma once

#include "core/wordproc/document.h"
#include "core/wordproc/font_metrics.h"
#include "core/wordproc/formatted_book.h"
#include "core/wordproc/formatter.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <sys/types.h>
#include <thread>

namespace ptlab::ui {

// The background reformat thread of the word-processor demo: one long-lived thread (so the States
// engine can watch a stable thread id) that formats the latest submitted document. A new submission
// cancels the one in progress (a flag checked inside core's loop) and replaces any waiting one, so
// the last edit always wins and only finished, current layouts are delivered.
class ReformatWorker
{
public:
    using Delivery = std::function<void(wordproc::FormattedBook)>; // called on the worker thread

    ReformatWorker(wordproc::FontMetrics metrics, wordproc::PageLayout layout, Delivery deliver);
    ~ReformatWorker();
    ReformatWorker(const ReformatWorker&) = delete;
    ReformatWorker& operator=(const ReformatWorker&) = delete;

    // The document is a cheap copy: its paragraphs are shared, not duplicated.
    void submit(wordproc::Document document);
    void setMetrics(wordproc::FontMetrics metrics, wordproc::PageLayout layout);
    pid_t threadId() const { return m_tid.load(); }
    // Progress of the job in progress, 0-1000.
    int progressPermille() const;
    bool busy() const { return m_busy.load(); }
    // No job waiting or running, and every finished one already handed to Delivery.
    bool idle();
    // While held, submitted jobs wait instead of starting (tests use it to catch the page between
    // an edit and its layout).
    void setHeld(bool held);
    int cancelledJobs() const { return m_cancelled.load(); }

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<wordproc::Document> m_pending;
    wordproc::FontMetrics m_metrics;
    wordproc::PageLayout m_layout;
    Delivery m_deliver;
    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_busy { false };
    std::atomic<int> m_cancelled { 0 };
    std::atomic<pid_t> m_tid { 0 };
    wordproc::FormatProgress m_progress;
    bool m_quit = false;
    bool m_held = false;
    std::thread m_thread;
};

} // namespace ptlab::ui

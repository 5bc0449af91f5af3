#pragma once

#include "core/states/engine_types.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ptlab::states {
class Engine;
}

namespace ptlab::ui {

// A long-lived helper thread that runs one job at a time when told to (so the engine watches a
// stable thread id for it).
class JobThread
{
public:
    JobThread();
    ~JobThread();
    void run(std::function<void()> job);
    pid_t threadId() const { return m_tid.load(); }
    bool busy() const { return m_busy.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::function<void()> m_job;
    bool m_quit = false;
    std::atomic<bool> m_busy { false };
    std::atomic<pid_t> m_tid { 0 };
    std::thread m_thread;
};

// The course's browser example: a loader thread reads the page's resources from disk, a script
// thread computes, and the UI thread draws and stays responsive; with the single-thread switch all
// of it runs on the UI thread and the window freezes until it is done.
class BrowserDemo : public QWidget
{
    Q_OBJECT
public:
    BrowserDemo(states::Engine& engine, QWidget* parent = nullptr);
    ~BrowserDemo() override;

    void load();
    // The marquee is redrawn 60 times a second only while the page is shown.
    void setAnimating(bool animating);
    bool animating() const { return m_frame.isActive(); }
    void setSingleThread(bool single);
    bool singleThread() const;
    bool loading() const { return m_running.load() > 0; }
    states::TaskId loaderTask() const { return m_loaderTask; }
    states::TaskId scriptTask() const { return m_scriptTask; }
    // What "the page" is: files read by the loader, and how far the script sieves for primes.
    void setWorkSize(const std::string& root, std::uint64_t maxBytes, int maxFiles, std::uint64_t scriptLimit);

signals:
    void finished(double milliseconds);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslate();
    void finishOne();
    QRectF canvasRect() const;

    std::vector<std::string> m_files;
    std::string m_root = "/usr/share";
    std::uint64_t m_maxBytes = 160ull << 20;
    int m_maxFiles = 1200;
    std::uint64_t m_scriptLimit = 1'000'000'000; // a second or two of sieving
    std::atomic<bool> m_cancel { false };
    std::atomic<int> m_filesDone { 0 };
    std::atomic<int> m_filesTotal { 0 };
    std::atomic<int> m_scriptDone { 0 };
    std::atomic<int> m_scriptTotal { 1 };
    std::atomic<int> m_running { 0 };
    QElapsedTimer m_started;
    QElapsedTimer m_clock;
    QTimer m_frame;
    states::TaskId m_loaderTask = 0;
    states::TaskId m_scriptTask = 0;

    QPushButton* m_loadButton = nullptr;
    QCheckBox* m_single = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_controls = nullptr;
    // Last, so they are joined first: their jobs use the members above.
    JobThread m_loader;
    JobThread m_script;
};

} // namespace ptlab::ui

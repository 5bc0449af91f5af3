#pragma once

#include "core/util/error.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ptlab {

// Threads started all or none. Bodies are queued with add(); start() creates a thread for each, and
// only once every thread exists do the bodies run. When the system refuses a thread (EAGAIN under
// RLIMIT_NPROC or threads-max), no body runs at all: the threads already made leave at once, are
// joined, and start() returns the error. So bodies may wait for one another (barriers, a server and
// its clients) without a refused thread leaving the others waiting for ever, and a refused thread is
// an error value, never std::terminate. The destructor joins whatever was started.
class ThreadGroup
{
public:
    ThreadGroup() = default;
    ~ThreadGroup() { join(); }
    ThreadGroup(const ThreadGroup&) = delete;
    ThreadGroup& operator=(const ThreadGroup&) = delete;

    void add(std::function<void()> body) { m_bodies.push_back(std::move(body)); }
    // `what` names the threads in the error ("cannot start 8 counting threads: ...").
    [[nodiscard]] Result<void> start(const std::string& what = "threads");
    void join();
    std::size_t size() const { return m_bodies.size(); }

private:
    enum class Go
    {
        Wait,
        Run,
        Abandon
    };
    std::vector<std::function<void()>> m_bodies;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Go m_go = Go::Wait;
};

} // namespace ptlab

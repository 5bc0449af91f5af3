#include "core/util/thread_group.h"

#include <system_error>

namespace ptlab {

Result<void> ThreadGroup::start(const std::string& what)
{
    m_threads.reserve(m_bodies.size());
    Result<void> outcome;
    for (auto& body : m_bodies) {
        try {
            m_threads.emplace_back([this, &body] {
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [this] { return m_go != Go::Wait; });
                    if (m_go == Go::Abandon)
                        return;
                }
                body();
            });
        } catch (const std::system_error& e) {
            outcome = errorFromErrno(e.code().value(),
                "cannot start " + std::to_string(m_bodies.size()) + " " + what + " (thread "
                    + std::to_string(m_threads.size() + 1) + " was refused)");
            break;
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_go = outcome ? Go::Run : Go::Abandon;
    }
    m_changed.notify_all();
    if (!outcome)
        join();
    return outcome;
}

void ThreadGroup::join()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_go == Go::Wait)
            m_go = Go::Abandon; // never started: nothing runs
    }
    m_changed.notify_all();
    for (auto& t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

} // namespace ptlab

#include "core/states/task_files.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <utility>

namespace ptlab::states {
namespace {

// Returns the number of bytes read, or -1 when the task is gone or the read failed.
ssize_t readAll(int fd, char* buf, size_t size)
{
    ssize_t n;
    do {
        n = ::pread(fd, buf, size - 1, 0);
    } while (n < 0 && errno == EINTR);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    return n;
}

} // namespace

TaskFiles::~TaskFiles()
{
    close();
}

TaskFiles::TaskFiles(TaskFiles&& other) noexcept
    : m_stat(std::exchange(other.m_stat, -1))
    , m_schedstat(std::exchange(other.m_schedstat, -1))
    , m_status(std::exchange(other.m_status, -1))
{ }

TaskFiles& TaskFiles::operator=(TaskFiles&& other) noexcept
{
    if (this != &other) {
        close();
        m_stat = std::exchange(other.m_stat, -1);
        m_schedstat = std::exchange(other.m_schedstat, -1);
        m_status = std::exchange(other.m_status, -1);
    }
    return *this;
}

void TaskFiles::close()
{
    for (int* fd : { &m_stat, &m_schedstat, &m_status }) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

Result<TaskFiles> TaskFiles::open(pid_t pid, pid_t tid, const char* procRoot)
{
    TaskFiles files;
    const std::string dir = std::string(procRoot) + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/";
    struct Item
    {
        const char* name;
        int* fd;
    };
    for (Item item : { Item { "stat", &files.m_stat }, Item { "schedstat", &files.m_schedstat },
             Item { "status", &files.m_status } }) {
        const std::string path = dir + item.name;
        *item.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (*item.fd < 0)
            return errorFromErrno(errno, "cannot open " + path);
    }
    return files;
}

KernelReading TaskFiles::read(bool withSwitches) const
{
    KernelReading r;
    if (!isOpen())
        return r;
    char buf[4096];
    if (readAll(m_stat, buf, sizeof buf) < 0 || !parseStat(buf, r))
        return KernelReading {};
    // A zombie keeps its stat; schedstat may be empty by then, which is not an error.
    if (readAll(m_schedstat, buf, sizeof buf) >= 0)
        parseSchedstat(buf, r);
    if (withSwitches && readAll(m_status, buf, sizeof buf) >= 0)
        parseStatusSwitches(buf, r);
    r.alive = true;
    return r;
}

bool TaskFiles::readStat(KernelReading& r) const
{
    char buf[4096];
    return m_stat >= 0 && readAll(m_stat, buf, sizeof buf) >= 0 && parseStat(buf, r);
}

bool TaskFiles::readSchedstat(KernelReading& r) const
{
    char buf[256];
    return m_schedstat >= 0 && readAll(m_schedstat, buf, sizeof buf) >= 0 && parseSchedstat(buf, r);
}

bool TaskFiles::readSwitches(KernelReading& r) const
{
    char buf[4096];
    return m_status >= 0 && readAll(m_status, buf, sizeof buf) >= 0 && parseStatusSwitches(buf, r);
}

} // namespace ptlab::states

#include "core/states/switch_tracker.h"

#include "core/util/error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ptlab::states {
namespace {

constexpr std::size_t RingDataPages = 32; // 128 KiB per CPU: seconds of switches at a 20 Hz drain

int sysPerfEventOpen(perf_event_attr* attr, pid_t pid, int cpu, int groupFd, unsigned long flags)
{
    return static_cast<int>(syscall(SYS_perf_event_open, attr, pid, cpu, groupFd, flags));
}

// Records carry sample_id: {u32 pid, u32 tid} then {u64 time} (PERF_SAMPLE_TID | PERF_SAMPLE_TIME).
struct SampleId
{
    std::uint32_t pid;
    std::uint32_t tid;
    std::uint64_t time;
};

} // namespace

int perfEventParanoid()
{
    std::ifstream in("/proc/sys/kernel/perf_event_paranoid");
    int value = 99;
    if (!(in >> value))
        return 99;
    return value;
}

std::string perfRefusalReason(int errnum)
{
    if (errnum == EACCES || errnum == EPERM) {
        return "the kernel refuses perf events to this user (kernel.perf_event_paranoid is "
            + std::to_string(perfEventParanoid())
            + "; exact states need 2 or lower, CAP_PERFMON or root: sysctl kernel.perf_event_paranoid=2)";
    }
    if (errnum == ENOSYS || errnum == ENOENT || errnum == EOPNOTSUPP)
        return "this kernel has no perf events (perf_event_open: " + errnoText(errnum) + ")";
    if (errnum == EMFILE || errnum == ENFILE)
        return "no file descriptors left for perf events";
    return "perf_event_open failed: " + errnoText(errnum);
}

SwitchTracker::~SwitchTracker()
{
    for (auto& t : m_tracked) {
        for (int fd : t.fds)
            close(fd);
    }
    for (auto& r : m_rings) {
        if (r.base)
            munmap(r.base, r.bytes);
        if (r.fd >= 0)
            close(r.fd);
    }
}

int SwitchTracker::openEvent(pid_t pid, int cpu, bool switches)
{
    perf_event_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.size = sizeof attr;
    attr.type = PERF_TYPE_SOFTWARE;
    attr.config = PERF_COUNT_SW_DUMMY; // counts nothing: only the side-band switch records matter
    attr.sample_type = PERF_SAMPLE_TID | PERF_SAMPLE_TIME;
    attr.sample_id_all = 1;
    attr.context_switch = switches ? 1 : 0;
    attr.task = switches ? 1 : 0; // and the thread's exit, with its time
    attr.exclude_kernel = 1; // what paranoid 2 allows; switch records are not samples and still come
    attr.exclude_hv = 1;
    attr.use_clockid = 1;
    attr.clockid = CLOCK_MONOTONIC; // the engine's clock (std::chrono::steady_clock)
    return m_open(&attr, pid, cpu, -1, PERF_FLAG_FD_CLOEXEC);
}

Result<SwitchTracker*> SwitchTracker::create(PerfEventOpen open)
{
    auto* tracker = new SwitchTracker;
    tracker->m_open = open ? std::move(open) : PerfEventOpen(sysPerfEventOpen);
    const long cpus = sysconf(_SC_NPROCESSORS_CONF);
    const long page = sysconf(_SC_PAGESIZE);
    for (int cpu = 0; cpu < cpus; ++cpu) {
        // The ring's owner records nothing itself; it is bound to this process's main thread, which
        // lives as long as the process. Every tracked task's event writes into it.
        const int fd = tracker->openEvent(getpid(), cpu, false);
        if (fd < 0) {
            const int err = errno;
            if (err == ENODEV || err == ENXIO)
                continue; // an offline CPU
            delete tracker;
            Error e = errorFromErrno(err, "perf_event_open");
            e.code = err == EACCES || err == EPERM ? Error::Code::PermissionDenied : Error::Code::NotSupported;
            e.message = perfRefusalReason(err);
            return e;
        }
        Ring ring;
        ring.cpu = cpu;
        ring.fd = fd;
        ring.bytes = static_cast<std::size_t>(page) * (1 + RingDataPages);
        ring.base = mmap(nullptr, ring.bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (ring.base == MAP_FAILED) {
            const int err = errno;
            close(fd);
            delete tracker;
            Error e = errorFromErrno(err, "mmap of the perf ring");
            e.code = Error::Code::ResourceLimit;
            e.message = "cannot map the perf ring buffer (" + errnoText(err)
                + "): locked memory for perf events is used up (kernel.perf_event_mlock_kb, ulimit -l)";
            return e;
        }
        tracker->m_rings.push_back(ring);
    }
    if (tracker->m_rings.empty()) {
        delete tracker;
        return Error { Error::Code::NotSupported, ENODEV, "no CPU accepted a perf event" };
    }
    // A switch-recording event on ourselves proves the kernel gives context_switch records here.
    auto probe = tracker->track(gettid());
    if (!probe) {
        Error e = probe.error();
        delete tracker;
        return e;
    }
    tracker->untrack(probe.value());
    return tracker;
}

Result<int> SwitchTracker::track(pid_t tid)
{
    std::lock_guard lock(m_lock);
    Tracked t;
    t.tid = tid;
    t.handle = m_nextHandle++;
    for (const Ring& ring : m_rings) {
        const int fd = openEvent(tid, ring.cpu, true);
        int err = fd < 0 ? errno : 0;
        if (fd >= 0 && ioctl(fd, PERF_EVENT_IOC_SET_OUTPUT, ring.fd) != 0) {
            err = errno;
            close(fd);
        }
        if (err != 0) {
            for (int open : t.fds)
                close(open);
            if (err == ESRCH)
                return Error { Error::Code::NotFound, err, "task " + std::to_string(tid) + " is gone" };
            Error e = errorFromErrno(err, "perf_event_open for task " + std::to_string(tid));
            e.message = perfRefusalReason(err);
            return e;
        }
        t.fds.push_back(fd);
    }
    const int handle = t.handle;
    m_tracked.push_back(std::move(t));
    return handle;
}

void SwitchTracker::untrack(int handle)
{
    std::lock_guard lock(m_lock);
    auto it
        = std::find_if(m_tracked.begin(), m_tracked.end(), [handle](const Tracked& t) { return t.handle == handle; });
    if (it == m_tracked.end())
        return;
    for (int fd : it->fds)
        close(fd);
    *it = std::move(m_tracked.back());
    m_tracked.pop_back();
}

std::uint64_t SwitchTracker::drain(std::vector<SwitchRecord>& out)
{
    std::lock_guard lock(m_lock);
    std::uint64_t lost = 0;
    const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    for (Ring& ring : m_rings) {
        auto* meta = static_cast<perf_event_mmap_page*>(ring.base);
        auto* data = static_cast<unsigned char*>(ring.base) + page;
        const std::uint64_t size = ring.bytes - page;
        // The kernel writes data_head (release); we read it with acquire and publish data_tail.
        const std::uint64_t head = __atomic_load_n(&meta->data_head, __ATOMIC_ACQUIRE);
        std::uint64_t tail = meta->data_tail;
        while (tail + sizeof(perf_event_header) <= head) {
            perf_event_header h;
            unsigned char buf[256];
            auto copy = [&](std::uint64_t at, void* dst, std::size_t n) {
                const std::uint64_t off = at % size;
                const std::size_t first = static_cast<std::size_t>(std::min<std::uint64_t>(n, size - off));
                std::memcpy(dst, data + off, first);
                if (first < n)
                    std::memcpy(static_cast<unsigned char*>(dst) + first, data, n - first);
            };
            copy(tail, &h, sizeof h);
            if (h.size < sizeof h || tail + h.size > head)
                break;
            if (h.type == PERF_RECORD_SWITCH && h.size >= sizeof h + sizeof(SampleId) && h.size <= sizeof buf) {
                copy(tail, buf, h.size);
                SampleId id;
                std::memcpy(&id, buf + sizeof h, sizeof id);
                SwitchRecord r;
                r.timeNs = static_cast<std::int64_t>(id.time);
                r.tid = static_cast<pid_t>(id.tid);
                r.cpu = static_cast<std::int16_t>(ring.cpu);
                if (!(h.misc & PERF_RECORD_MISC_SWITCH_OUT))
                    r.kind = SwitchRecord::Kind::In;
                else if (h.misc & PERF_RECORD_MISC_SWITCH_OUT_PREEMPT)
                    r.kind = SwitchRecord::Kind::OutPreempted;
                else
                    r.kind = SwitchRecord::Kind::OutBlocked;
                out.push_back(r);
            } else if (h.type == PERF_RECORD_EXIT && h.size >= sizeof h + 24 && h.size <= sizeof buf) {
                // { u32 pid, ppid, tid, ptid; u64 time; sample_id }
                copy(tail, buf, h.size);
                std::uint32_t tid = 0;
                std::uint64_t time = 0;
                std::memcpy(&tid, buf + sizeof h + 8, sizeof tid);
                std::memcpy(&time, buf + sizeof h + 16, sizeof time);
                SwitchRecord r;
                r.timeNs = static_cast<std::int64_t>(time);
                r.tid = static_cast<pid_t>(tid);
                r.cpu = static_cast<std::int16_t>(ring.cpu);
                r.kind = SwitchRecord::Kind::Exit;
                out.push_back(r);
            } else if (h.type == PERF_RECORD_LOST && h.size >= sizeof h + 16) {
                std::uint64_t n = 0;
                copy(tail + sizeof h + 8, &n, sizeof n);
                lost += n;
            }
            tail += h.size;
        }
        __atomic_store_n(&meta->data_tail, tail, __ATOMIC_RELEASE);
    }
    return lost;
}

} // namespace ptlab::states

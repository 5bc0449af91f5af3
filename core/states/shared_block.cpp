#include "core/states/shared_block.h"

#include <atomic>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <new>
#include <sys/mman.h>
#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif
#include <unistd.h>

namespace ptlab::states {

SharedBlock::~SharedBlock()
{
    if (m_layout) {
        if (m_owner)
            pthread_mutex_destroy(&m_layout->lock);
        munmap(m_layout, sizeof(SharedBlockLayout));
    }
    if (m_fd >= 0)
        close(m_fd);
}

Result<SharedBlock*> SharedBlock::create()
{
    auto* block = new SharedBlock;
    const int fd = memfd_create("ptlab-shared", MFD_CLOEXEC);
    if (fd < 0) {
        Error e = errorFromErrno(errno, "cannot create shared memory");
        delete block;
        return e;
    }
    block->m_fd = fd;
    block->m_owner = true;
    if (ftruncate(fd, sizeof(SharedBlockLayout)) != 0) {
        Error e = errorFromErrno(errno, "cannot size shared memory");
        delete block;
        return e;
    }
    void* p = mmap(nullptr, sizeof(SharedBlockLayout), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        Error e = errorFromErrno(errno, "cannot map shared memory");
        delete block;
        return e;
    }
    block->m_layout = new (p) SharedBlockLayout;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&block->m_layout->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    return block;
}

Result<SharedBlock*> SharedBlock::attach(int fd)
{
    void* p = mmap(nullptr, sizeof(SharedBlockLayout), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    const int err = errno;
    close(fd); // the mapping is all a worker needs
    if (p == MAP_FAILED)
        return errorFromErrno(err, "cannot map the shared memory descriptor " + std::to_string(fd));
    auto* block = new SharedBlock;
    block->m_layout = static_cast<SharedBlockLayout*>(p);
    return block;
}

bool SharedBlock::lock(const std::function<bool()>& giveUp)
{
    while (true) {
        timespec deadline {};
        clock_gettime(CLOCK_REALTIME, &deadline); // timedlock's clock
        deadline.tv_nsec += 100'000'000;
        if (deadline.tv_nsec >= 1'000'000'000) {
            deadline.tv_nsec -= 1'000'000'000;
            ++deadline.tv_sec;
        }
        const int rc = pthread_mutex_timedlock(&m_layout->lock, &deadline);
        if (rc == 0 || rc == EOWNERDEAD) {
            if (rc == EOWNERDEAD) {
                pthread_mutex_consistent(&m_layout->lock);
#if defined(__SANITIZE_THREAD__)
                // TSan's timedlock interceptor records only rc == 0; tell it this thread owns the lock.
                __tsan_mutex_pre_lock(&m_layout->lock, 0);
                __tsan_mutex_post_lock(&m_layout->lock, 0, 0);
#endif
            }
            m_layout->lockAcquisitions.fetch_add(1, std::memory_order_relaxed);
            return true;
        }
        if (rc != ETIMEDOUT && rc != EINTR)
            return false; // ENOTRECOVERABLE and the like: nothing sensible left to wait for
        if (giveUp && giveUp())
            return false;
    }
}

void SharedBlock::unlock()
{
    pthread_mutex_unlock(&m_layout->lock);
}

} // namespace ptlab::states

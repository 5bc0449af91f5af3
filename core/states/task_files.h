#pragma once

#include "core/states/proc_reading.h"
#include "core/util/error.h"

#include <sys/types.h>

namespace ptlab::states {

// The three procfs files of one task, opened once and re-read with pread: cheaper than
// open/read/close per sample, and a vanished task shows up as a failed read, not a crash.
class TaskFiles
{
public:
    TaskFiles() = default;
    ~TaskFiles();
    TaskFiles(const TaskFiles&) = delete;
    TaskFiles& operator=(const TaskFiles&) = delete;
    TaskFiles(TaskFiles&& other) noexcept;
    TaskFiles& operator=(TaskFiles&& other) noexcept;

    // Opens /proc/<pid>/task/<tid>/{stat,schedstat,status}; `procRoot` is "/proc" except in tests.
    static Result<TaskFiles> open(pid_t pid, pid_t tid, const char* procRoot = "/proc");

    // Reads stat and schedstat, and status only when `withSwitches` (it is the costliest of the
    // three). A task that is gone returns a reading with alive == false.
    KernelReading read(bool withSwitches) const;
    // Single files, for a sampler that skips what cannot have changed. False when the read failed.
    bool readStat(KernelReading& r) const;
    bool readSchedstat(KernelReading& r) const;
    // Reads only the context-switch counters from status into `r`; false when that failed.
    bool readSwitches(KernelReading& r) const;

    bool isOpen() const { return m_stat >= 0; }
    void close();

private:
    int m_stat = -1;
    int m_schedstat = -1;
    int m_status = -1;
};

} // namespace ptlab::states

#include "core/util/thread_priority.h"

#include <sys/resource.h>
#include <unistd.h>

namespace ptlab {

bool setCurrentThreadNice(int nice)
{
    return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice) == 0;
}

} // namespace ptlab

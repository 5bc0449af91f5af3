#pragma once

#include <thread>

namespace ptlab::test {

// ThreadSanitizer starts a background thread of its own when the process creates its first thread.
// A test that counts /proc/self/task before and after a run starts and joins one thread first, so that
// the runtime's thread is in both counts instead of looking like a thread the run left behind.
inline void startThreadRuntime()
{
    std::thread([] {}).join();
}

} // namespace ptlab::test

#pragma once

#include "io/driver.h"
#include "io/task.h"

#include <cstdlib>
#include <utility>

namespace hinternet::io {

// Runs one engine operation to completion on the calling thread: WinHTTP's synchronous mode. While the
// coroutine waits, the thread sleeps in poll() on the one descriptor it waits for and on the request's
// cancel signal, so WinHttpCloseHandle from another thread ends the wait at once.
class SyncDriver final : public Driver {
public:
    explicit SyncDriver(int cancel_fd)
        : cancel_fd_(cancel_fd)
    {}

    template <typename T>
    T run(Task<T> task)
    {
        CurrentGuard guard(this);
        task.start();
        while (!task.done())
            wait_and_resume();
        return task.take_result();
    }

    void register_wait(FdWait& wait) override { pending_ = &wait; }

private:
    void wait_and_resume();

    int cancel_fd_;
    FdWait* pending_ = nullptr;
};

} // namespace hinternet::io

#pragma once

#include "io/driver.h"
#include "io/task.h"
#include "io/worker_pool.h"

#include <windows.h>

#include <atomic>
#include <functional>
#include <memory>

namespace hinternet::io {

// One asynchronous WinHTTP operation: runs an engine coroutine on the request's strand, registers its
// waits with the worker pool, and calls on_complete(error) on the strand when the coroutine ends.
class AsyncOperation final : public Driver, public std::enable_shared_from_this<AsyncOperation> {
public:
    AsyncOperation(std::shared_ptr<Strand> strand, Task<DWORD> task, std::function<void(DWORD)> on_complete);

    void start();
    // From any thread: the pending wait (or the next one) ends with WaitOutcome::Cancelled.
    void cancel();

    void register_wait(FdWait& wait) override;

private:
    void resume(std::coroutine_handle<> waiting);

    std::shared_ptr<Strand> strand_;
    Task<DWORD> task_;
    std::function<void(DWORD)> on_complete_;
    std::atomic<std::uint64_t> wait_id_{0};
    std::atomic<bool> cancelled_{false};
};

} // namespace hinternet::io

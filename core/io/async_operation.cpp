#include "io/async_operation.h"

namespace hinternet::io {

AsyncOperation::AsyncOperation(std::shared_ptr<Strand> strand, Task<DWORD> task, std::function<void(DWORD)> on_complete)
    : strand_(std::move(strand))
    , task_(std::move(task))
    , on_complete_(std::move(on_complete))
{}

void AsyncOperation::start()
{
    strand_->post([self = shared_from_this()] {
        {
            CurrentGuard guard(self.get());
            self->task_.start();
        }
        if (self->task_.done())
            self->on_complete_(self->task_.take_result());
    });
}

void AsyncOperation::register_wait(FdWait& wait)
{
    auto self = shared_from_this();
    const auto id = WorkerPool::instance().add_wait(
        wait.fd(), wait.events(), wait.deadline(), strand_, [self, &wait](WorkerPool::Outcome outcome) {
            self->wait_id_.store(0);
            wait.complete(outcome == WorkerPool::Outcome::Ready      ? WaitOutcome::Ready
                          : outcome == WorkerPool::Outcome::TimedOut ? WaitOutcome::TimedOut
                                                                     : WaitOutcome::Cancelled);
            self->resume(wait.waiting());
        });
    wait_id_.store(id);
    // Closed while the coroutine was between waits: this wait ends at once. (cancel() stores the flag
    // before it reads the id, and we store the id before we read the flag, so one of us sees the other.)
    if (cancelled_.load())
        WorkerPool::instance().cancel_wait(id);
}

void AsyncOperation::cancel()
{
    cancelled_.store(true);
    if (const auto id = wait_id_.load(); id != 0)
        WorkerPool::instance().cancel_wait(id);
}

void AsyncOperation::resume(std::coroutine_handle<> waiting)
{
    {
        CurrentGuard guard(this);
        waiting.resume();
    }
    if (task_.done())
        on_complete_(task_.take_result());
}

} // namespace hinternet::io

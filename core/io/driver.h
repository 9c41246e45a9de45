#pragma once

#include "io/deadline.h"

#include <coroutine>

namespace hinternet::io {

enum class WaitOutcome { Ready, TimedOut, Cancelled, Failed };

class Driver;

// Suspends the coroutine until fd is ready for `events` (POLLIN/POLLOUT), the deadline passes, or the
// operation is cancelled. Whichever driver is resuming the coroutine takes the registration.
class FdWait {
public:
    FdWait(int fd, short events, Deadline deadline)
        : fd_(fd)
        , events_(events)
        , deadline_(deadline)
    {}
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> waiting);
    WaitOutcome await_resume() const noexcept { return outcome_; }

    int fd() const { return fd_; }
    short events() const { return events_; }
    Deadline deadline() const { return deadline_; }
    std::coroutine_handle<> waiting() const { return waiting_; }
    void complete(WaitOutcome outcome) { outcome_ = outcome; }

private:
    int fd_;
    short events_;
    Deadline deadline_;
    WaitOutcome outcome_ = WaitOutcome::Failed;
    std::coroutine_handle<> waiting_;
};

// Something that resumes suspended engine coroutines. Exactly one driver is "current" on a thread while
// it resumes a coroutine, so awaitables need no pointer to it.
class Driver {
public:
    virtual ~Driver() = default;
    virtual void register_wait(FdWait& wait) = 0;

    static Driver* current();

protected:
    // Makes this the current driver of the calling thread for the lifetime of the guard.
    class CurrentGuard {
    public:
        explicit CurrentGuard(Driver* driver);
        ~CurrentGuard();
        CurrentGuard(const CurrentGuard&) = delete;
        CurrentGuard& operator=(const CurrentGuard&) = delete;

    private:
        Driver* previous_;
    };
};

} // namespace hinternet::io

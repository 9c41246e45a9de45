#include "io/sync_driver.h"

#include <cerrno>
#include <poll.h>

namespace hinternet::io {

void SyncDriver::wait_and_resume()
{
    FdWait* wait = std::exchange(pending_, nullptr);
    if (wait == nullptr)
        std::abort(); // suspended without registering a wait: nothing could ever resume it

    pollfd watched[2] = {{wait->fd(), wait->events(), 0}, {cancel_fd_, POLLIN, 0}};
    const nfds_t count = cancel_fd_ >= 0 ? 2 : 1;
    WaitOutcome outcome = WaitOutcome::Failed;
    for (;;) {
        const int ready = ::poll(watched, count, wait->deadline().poll_timeout_ms());
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            outcome = WaitOutcome::Failed;
            break;
        }
        if (count == 2 && (watched[1].revents & POLLIN) != 0) {
            outcome = WaitOutcome::Cancelled;
            break;
        }
        // Errors and hang-ups count as ready: the next read or write reports what happened.
        if (watched[0].revents != 0) {
            outcome = WaitOutcome::Ready;
            break;
        }
        if (wait->deadline().passed()) {
            outcome = WaitOutcome::TimedOut;
            break;
        }
    }
    wait->complete(outcome);
    wait->waiting().resume();
}

} // namespace hinternet::io

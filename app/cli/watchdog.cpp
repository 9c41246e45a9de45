#include "watchdog.h"

#include <csignal>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace hinterscope::cli {
namespace {

sigset_t termination_signals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    return signals;
}

} // namespace

void block_termination_signals()
{
    const sigset_t signals = termination_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // a closed stdout is a write error, reported, not a silent death
}

int wait_for_termination_signal()
{
    const sigset_t signals = termination_signals();
    int signal = 0;
    while (sigwait(&signals, &signal) != 0) {
    }
    return signal;
}

Watchdog::Watchdog(std::optional<std::chrono::steady_clock::time_point> deadline, std::function<void(Reason)> stop)
    : deadline_(deadline)
    , stop_(std::move(stop))
{
    const sigset_t signals = termination_signals();
    signal_fd_ = ::signalfd(-1, &signals, SFD_CLOEXEC | SFD_NONBLOCK);
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    thread_ = std::thread([this] { watch(); });
}

Watchdog::~Watchdog()
{
    dismiss();
    if (signal_fd_ >= 0)
        ::close(signal_fd_);
    if (wake_fd_ >= 0)
        ::close(wake_fd_);
}

void Watchdog::dismiss()
{
    if (!thread_.joinable())
        return;
    const std::uint64_t one = 1;
    if (::write(wake_fd_, &one, sizeof one) < 0) {
        // eventfd writes of 1 cannot fail short of a broken descriptor; the join below would then hang on
        // the deadline at worst.
    }
    thread_.join();
}

void Watchdog::watch()
{
    for (;;) {
        int timeout_ms = -1;
        if (deadline_) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*deadline_ - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                reason_ = Reason::Deadline;
                stop_(Reason::Deadline);
                return;
            }
            timeout_ms = static_cast<int>(std::min<std::chrono::milliseconds::rep>(left.count(), 60'000));
        }
        pollfd descriptors[2] = {{wake_fd_, POLLIN, 0}, {signal_fd_, POLLIN, 0}};
        const int ready = ::poll(descriptors, signal_fd_ >= 0 ? 2 : 1, timeout_ms);
        if (ready < 0)
            continue; // EINTR
        if ((descriptors[0].revents & POLLIN) != 0)
            return;
        if (signal_fd_ >= 0 && (descriptors[1].revents & POLLIN) != 0) {
            signalfd_siginfo info{};
            if (::read(signal_fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
                signal_ = static_cast<int>(info.ssi_signo);
                reason_ = Reason::Signal;
                stop_(Reason::Signal);
                return;
            }
        }
    }
}

} // namespace hinterscope::cli

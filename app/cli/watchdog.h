#pragma once

// Ends a request from outside: when --max-time expires or SIGINT/SIGTERM arrives, it calls `stop` (which
// closes the request handle, so the pending WinHTTP call fails with ERROR_WINHTTP_OPERATION_CANCELLED).
// SIGINT and SIGTERM must be blocked in every thread (block_termination_signals, first thing in main)
// so that only this thread sees them, through a signalfd.
#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <thread>

namespace hinterscope::cli {

// Blocks SIGINT and SIGTERM for the calling thread and every thread created after; ignores SIGPIPE.
void block_termination_signals();
// Waits for SIGINT or SIGTERM (for `serve`); returns the signal.
int wait_for_termination_signal();

class Watchdog {
public:
    enum class Reason { None, Deadline, Signal };

    Watchdog(std::optional<std::chrono::steady_clock::time_point> deadline, std::function<void(Reason)> stop);
    ~Watchdog();
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

    // Ends the watch; `stop` is not called after this returns.
    void dismiss();
    Reason reason() const { return reason_.load(); }
    int signal() const { return signal_.load(); }

private:
    void watch();

    std::optional<std::chrono::steady_clock::time_point> deadline_;
    std::function<void(Reason)> stop_;
    int signal_fd_ = -1;
    int wake_fd_ = -1;
    std::atomic<Reason> reason_{Reason::None};
    std::atomic<int> signal_{0};
    std::thread thread_;
};

} // namespace hinterscope::cli

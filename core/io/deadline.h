#pragma once

#include <chrono>

namespace hinternet::io {

using Clock = std::chrono::steady_clock;

// A point in time an operation must finish by; "never" for WinHTTP's infinite (0 or -1) timeouts.
class Deadline {
public:
    static Deadline never() { return Deadline(Clock::time_point::max()); }
    static Deadline after(std::chrono::milliseconds timeout)
    {
        return timeout.count() <= 0 ? never() : Deadline(Clock::now() + timeout);
    }
    // WinHTTP's timeout options: 0 and -1 (INFINITE) mean wait forever.
    static Deadline from_winhttp_timeout(int milliseconds)
    {
        return milliseconds <= 0 ? never() : after(std::chrono::milliseconds(milliseconds));
    }

    bool is_never() const { return when_ == Clock::time_point::max(); }
    bool passed() const { return !is_never() && Clock::now() >= when_; }
    Clock::time_point when() const { return when_; }
    // Milliseconds left for poll()/epoll_wait(): -1 for never, rounded up so we never spin at 0.
    int poll_timeout_ms() const;
    static Deadline earliest(Deadline a, Deadline b) { return a.when_ < b.when_ ? a : b; }

private:
    explicit Deadline(Clock::time_point when)
        : when_(when)
    {}
    Clock::time_point when_;
};

} // namespace hinternet::io

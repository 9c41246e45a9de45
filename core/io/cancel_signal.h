#pragma once

#include <atomic>

namespace hinternet::io {

// A level-triggered "stop now" flag that a poll()/epoll wait can watch (an eventfd). Raised once by
// WinHttpCloseHandle; never lowered for the handle's lifetime.
class CancelSignal {
public:
    CancelSignal();
    ~CancelSignal();
    CancelSignal(const CancelSignal&) = delete;
    CancelSignal& operator=(const CancelSignal&) = delete;

    void raise();
    bool raised() const { return raised_.load(std::memory_order_acquire); }
    int fd() const { return fd_; }

private:
    int fd_;
    std::atomic<bool> raised_{false};
};

} // namespace hinternet::io

#pragma once

#include <hinternet/trace.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace hinterscope {

class BodyStore;

// The observer the engine calls, on its threads. It never touches a Qt object: it copies the event into a
// locked vector and returns. Bytes are trimmed on the way in so the queue stays small during a download:
// BodyDecoded bytes go to the BodyStore, wire bytes are kept only where a message head can be
// (see docs/ui-data-flow.md). For the three byte kinds, Event::number becomes the chunk's full length.
class EventQueue final : public hinternet::trace::Observer {
public:
    // Past this many queued events (the GUI thread has stalled), new ones are counted and dropped.
    static constexpr std::size_t kDefaultCapacity = 1'000'000;

    EventQueue(std::shared_ptr<BodyStore> bodies, std::size_t wakeThreshold, std::size_t capacity = kDefaultCapacity);

    void on_event(const hinternet::trace::Event& event) override;
    // Credentials unmasked only while the user asked for them (View → Reveal Secrets in Trace); the engine
    // asks before every event, from its threads.
    bool reveals_secrets() const override { return revealSecrets_.load(std::memory_order_relaxed); }
    void setRevealSecrets(bool reveal) { revealSecrets_.store(reveal, std::memory_order_relaxed); }
    // Also for the bridge's own made-up events (the attached session's HandleCreated).
    void push(hinternet::trace::Event event);

    // Everything queued so far, in arrival order; the queue starts over empty.
    std::vector<hinternet::trace::Event> take();
    // Called (once, under the queue's lock) when the queue reaches the threshold and until take().
    // Empty: nobody is woken. Must only post, never run anything.
    void setWake(std::function<void()> wake);
    // Events dropped because the queue was full, since the start.
    std::uint64_t dropped() const;

private:
    hinternet::trace::Event trimmed(const hinternet::trace::Event& event);
    void pushLocked(hinternet::trace::Event&& event);

    std::atomic<bool> revealSecrets_{false};
    const std::shared_ptr<BodyStore> bodies_;
    const std::size_t wakeThreshold_;
    const std::size_t capacity_;
    mutable std::mutex mutex_;
    std::vector<hinternet::trace::Event> pending_;
    std::function<void()> wake_;
    bool woken_ = false;
    std::uint64_t dropped_ = 0;
    // Request handle → response bytes still kept since the last status line began.
    std::unordered_map<std::uintptr_t, std::size_t> responseWindow_;
};

} // namespace hinterscope

#include "bridge/event_queue.h"

#include "bridge/body_store.h"
#include "bridge/wire_heads.h"

#include <algorithm>
#include <string_view>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

// A copy of everything but the bytes, of which only the first `keep` come along. Spelled out field by field
// so the (possibly large) chunk is never copied whole.
Event copyKeepingBytes(const Event& event, std::size_t keep)
{
    Event copy;
    copy.kind = event.kind;
    copy.timestamp_ns = event.timestamp_ns;
    copy.thread_id = event.thread_id;
    copy.handle = event.handle;
    copy.parent = event.parent;
    copy.handle_type = event.handle_type;
    copy.status = event.status;
    copy.delivered = event.delivered;
    copy.number = event.bytes.size();
    copy.offset = event.offset;
    copy.text = event.text;
    copy.bytes.assign(event.bytes, 0, std::min(keep, event.bytes.size()));
    copy.tls = event.tls;
    return copy;
}

} // namespace

EventQueue::EventQueue(std::shared_ptr<BodyStore> bodies, std::size_t wakeThreshold, std::size_t capacity)
    : bodies_(std::move(bodies))
    , wakeThreshold_(wakeThreshold)
    , capacity_(capacity)
{}

void EventQueue::on_event(const Event& event)
{
    if (event.kind == EventKind::BodyDecoded && bodies_)
        bodies_->append(event.handle, event.offset, event.bytes); // outside our lock: it may write a file
    std::lock_guard lock(mutex_);
    pushLocked(trimmed(event));
}

void EventQueue::push(Event event)
{
    std::lock_guard lock(mutex_);
    pushLocked(std::move(event));
}

Event EventQueue::trimmed(const Event& event)
{
    const std::string_view bytes = event.bytes;
    switch (event.kind) {
    case EventKind::BodyDecoded:
        return copyKeepingBytes(event, 0);
    case EventKind::BytesSent: {
        // The engine writes a request head in one piece (with whatever body fits behind it).
        if (!wire::startsRequestHead(bytes))
            return copyKeepingBytes(event, 0);
        const auto head = wire::headLength(bytes);
        return copyKeepingBytes(event, head != 0 ? head : wire::kMaxHeadBytes);
    }
    case EventKind::BytesReceived: {
        // A response head may span reads: keep a window of bytes from each status line on.
        if (wire::startsResponseHead(bytes))
            responseWindow_[event.handle] = wire::kMaxHeadBytes;
        const auto window = responseWindow_.find(event.handle);
        if (window == responseWindow_.end())
            return copyKeepingBytes(event, 0);
        const auto keep = std::min(window->second, bytes.size());
        window->second -= keep;
        const auto head = wire::headLength(bytes.substr(0, keep));
        // Done when the window is used up, or the head ended and no interim response follows it.
        if (window->second == 0 || (head != 0 && !wire::startsResponseHead(bytes.substr(head))))
            responseWindow_.erase(window);
        return copyKeepingBytes(event, keep);
    }
    case EventKind::HandleClosed:
        responseWindow_.erase(event.handle);
        return event;
    default:
        return event;
    }
}

void EventQueue::pushLocked(Event&& event)
{
    if (pending_.size() >= capacity_) {
        ++dropped_;
        return;
    }
    pending_.push_back(std::move(event));
    if (pending_.size() >= wakeThreshold_ && !woken_ && wake_) {
        woken_ = true;
        wake_();
    }
}

std::vector<Event> EventQueue::take()
{
    std::vector<Event> drained;
    std::lock_guard lock(mutex_);
    drained.swap(pending_);
    woken_ = false;
    return drained;
}

std::uint64_t EventQueue::dropped() const
{
    std::lock_guard lock(mutex_);
    return dropped_;
}

void EventQueue::setWake(std::function<void()> wake)
{
    std::lock_guard lock(mutex_);
    wake_ = std::move(wake);
}

} // namespace hinterscope

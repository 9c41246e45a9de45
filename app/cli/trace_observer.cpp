#include "trace_observer.h"

#include <algorithm>

namespace hinterscope::cli {

TraceObserver::TraceObserver(std::optional<TimelineSettings> timeline, std::optional<TraceRecorder> recorder)
    : recorder_(std::move(recorder))
{
    if (timeline)
        timeline_.emplace(*timeline);
}

void TraceObserver::on_event(const hinternet::trace::Event& event)
{
    // Every write of a hop starts with its head except those of WinHttpWriteData; the CONNECT of a
    // tunnel is a head of its own.
    const bool request_head = event.kind == hinternet::trace::EventKind::BytesSent && !streaming_body_.load();
    std::lock_guard lock(mutex_);
    if (timeline_)
        timeline_->event(event, request_head);
    if (recorder_)
        recorder_->event(event, request_head);
    if (event.kind == hinternet::trace::EventKind::TlsHandshake && event.tls)
        last_tls_ = event.tls;
    if (event.kind == hinternet::trace::EventKind::HandleClosed) {
        closed_handles_.push_back(event.handle);
        closed_.notify_all();
    }
}

void TraceObserver::wait_for_handle_closed(std::uintptr_t handle, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(mutex_);
    closed_.wait_for(lock, timeout, [&] {
        return std::find(closed_handles_.begin(), closed_handles_.end(), handle) != closed_handles_.end();
    });
}

std::shared_ptr<const hinternet::trace::TlsSummary> TraceObserver::last_tls() const
{
    std::lock_guard lock(mutex_);
    return last_tls_;
}

void TraceObserver::api_call(std::string_view text)
{
    std::lock_guard lock(mutex_);
    if (timeline_)
        timeline_->api_call(text);
}

void TraceObserver::note(std::string_view text)
{
    std::lock_guard lock(mutex_);
    if (timeline_)
        timeline_->note(text);
}

void TraceObserver::finish()
{
    std::lock_guard lock(mutex_);
    if (timeline_)
        timeline_->finish();
}

} // namespace hinterscope::cli

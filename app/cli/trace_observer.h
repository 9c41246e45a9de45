#pragma once

// The CLI's trace observer (hinternet::trace::add_session_observer): feeds each event, in order and under
// one lock, to the -v timeline and to the recorder of the JSON report.
#include "request/trace_recorder.h"
#include "timeline_printer.h"

#include <hinternet/trace.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace hinterscope::cli {

class TraceObserver final : public hinternet::trace::Observer {
public:
    TraceObserver(std::optional<TimelineSettings> timeline, std::optional<TraceRecorder> recorder);

    void on_event(const hinternet::trace::Event& event) override;
    // --reveal-secrets: the engine hands over credentials unmasked (hinternet::trace::Observer). The timeline
    // and the JSON report keep redacting on their own unless they are told to reveal too.
    void set_reveal_secrets(bool reveal) { reveal_secrets_.store(reveal); }
    bool reveals_secrets() const override { return reveal_secrets_.load(); }

    // While the runner streams the request body with WinHttpWriteData, what goes out is body, not a head.
    void set_streaming_body(bool streaming) { streaming_body_.store(streaming); }
    // Timeline lines of the runner's own (its WinHTTP calls), in order with the engine's events.
    void api_call(std::string_view text);
    void note(std::string_view text);
    void finish();
    bool verbose() const { return timeline_.has_value(); }
    // Waits (bounded) until the trace reported `handle` closed: its HANDLE_CLOSING was the last word.
    void wait_for_handle_closed(std::uintptr_t handle, std::chrono::milliseconds timeout);
    // The last TLS handshake seen, for explaining a certificate error.
    std::shared_ptr<const hinternet::trace::TlsSummary> last_tls() const;

    // Read the recorder after the request is over (and under the lock).
    template <typename Function>
    auto with_recorder(Function&& function) const
    {
        std::lock_guard lock(mutex_);
        return function(*recorder_);
    }
    bool recording() const { return recorder_.has_value(); }

private:
    std::atomic<bool> reveal_secrets_{false};
    mutable std::mutex mutex_;
    std::optional<TimelinePrinter> timeline_;
    std::optional<TraceRecorder> recorder_;
    std::atomic<bool> streaming_body_{false};
    std::condition_variable closed_;
    std::vector<std::uintptr_t> closed_handles_;
    std::shared_ptr<const hinternet::trace::TlsSummary> last_tls_;
};

} // namespace hinterscope::cli

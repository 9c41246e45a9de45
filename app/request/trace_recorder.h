#pragma once

// The hops of one request as the trace tells them, kept as the events arrive: the callbacks (bounded), each
// hop's request head as sent, its response head, redirect decision, connection and timings, and the TLS
// handshake. Bodies are never kept. The CLI's --json report and the history's exchange recorder both read
// their hops from here. Plain C++, no Qt.
#include <hinternet/trace.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hinterscope {

struct RecordedCallback {
    std::uint64_t timestamp_ns = 0;
    std::uint64_t thread = 0;
    std::uintptr_t handle = 0;
    std::uint32_t handle_type = 0;
    std::uint32_t status = 0;
    std::optional<std::string> payload;
    bool delivered = false;
};

struct RecordedHop {
    std::string url;
    std::string method;
    std::string request_head;             // as sent, unredacted (the report redacts)
    std::uint64_t request_body_bytes = 0; // bytes written after the head
    std::string response_head;            // the final (non-1xx) head of this hop, as received, unredacted
    bool response_head_complete = false;
    std::optional<int> status;
    std::optional<std::string> decision;
    std::string location;
    std::vector<std::string> dropped_headers; // names in the previous hop's head that this one lacks
    std::optional<std::uint64_t> connection_id;
    bool connection_reused = false;
    std::string connection;             // "local -> remote" or the remote of a reused connection
    std::string server_address() const; // the remote part of `connection`
    bool tls_handshake = false;

    // Steady-clock instants (ns) of this hop; 0 when the phase did not happen.
    std::uint64_t start = 0;
    std::uint64_t dns_start = 0, dns_end = 0, connected = 0, tunnel = 0, tls = 0;
    std::uint64_t sending = 0, sent = 0, first_byte = 0, decided = 0, complete = 0, last_body = 0;
    std::uint64_t end = 0; // the next hop's start, for hops that led to another
};

// Millisecond durations of one hop's phases; nullopt when the phase did not happen in this hop.
struct HopTimings {
    std::optional<double> dns, connect, tls, send, wait, receive, total;
};
HopTimings hop_timings(const RecordedHop& hop);

// A chunk of BytesSent that begins with a request line ("GET /x HTTP/1.1"): the engine writes each head in
// one piece, so this tells heads from body bytes where the caller cannot know which WinHTTP call wrote them.
bool starts_request_head(std::string_view chunk);

// Not thread-safe: the trace observer calls it under its lock.
class TraceRecorder {
public:
    TraceRecorder(std::string url, std::size_t max_callbacks);

    // `request_head`: a BytesSent chunk begins with a request head rather than being body bytes.
    void event(const hinternet::trace::Event& event, bool request_head);

    const std::vector<RecordedCallback>& callbacks() const { return callbacks_; }
    std::uint64_t callbacks_omitted() const { return callbacks_omitted_; }
    // Every hop that got as far as sending something (or deciding), in order.
    std::vector<RecordedHop> hops() const;
    const std::string& first_request_head() const { return first_request_head_; }
    std::shared_ptr<const hinternet::trace::TlsSummary> tls() const { return tls_; }

private:
    RecordedHop& hop_for_new_activity(std::uint64_t timestamp);
    static void collect_response_head(RecordedHop& hop, std::string_view bytes);

    std::size_t max_callbacks_;
    std::vector<RecordedCallback> callbacks_;
    std::uint64_t callbacks_omitted_ = 0;
    std::vector<RecordedHop> hops_;
    std::string next_url_;
    std::string first_request_head_;
    std::shared_ptr<const hinternet::trace::TlsSummary> tls_;
};

} // namespace hinterscope

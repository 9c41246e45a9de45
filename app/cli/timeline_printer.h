#pragma once

// -v: the lifecycle on stderr as it happens, one line per callback or trace event, like curl -v with
// WinHTTP's words: relative time, thread, handle, the WINHTTP_CALLBACK_STATUS_* name and its payload,
// connection and TLS facts, redirect decisions, timing marks, and the heads as `> ` / `< ` lines.
// --trace-wire adds hex dumps of the bytes on the wire, bodies bounded per hop.
#include <hinternet/trace.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace hinterscope::cli {

struct TimelineSettings {
    std::FILE* out = stderr;
    std::uint64_t start_ns = 0; // steady clock; times are printed relative to it
    bool wire = false;
    std::size_t wire_body_limit = 1024; // per hop and direction
    bool reveal_secrets = false;
};

// Not thread-safe: the trace observer calls it under its lock.
class TimelinePrinter {
public:
    explicit TimelinePrinter(TimelineSettings settings);

    // `request_head`: a BytesSent event that starts with a request head (the observer knows which).
    void event(const hinternet::trace::Event& event, bool request_head);
    // A WinHTTP call the runner made, e.g. "WinHttpSendRequest(...) = TRUE".
    void api_call(std::string_view text);
    void note(std::string_view text);
    // Says how many body bytes --trace-wire left out of the last hop.
    void finish();

private:
    std::string prefix(std::uint64_t timestamp_ns, std::uint64_t thread, std::string_view handle) const;
    std::string prefix(const hinternet::trace::Event& event) const;
    void write(const std::string& text);
    void print_request_head(const hinternet::trace::Event& event, std::string_view bytes);
    void print_received(const hinternet::trace::Event& event);
    void print_response_head(std::string_view head, std::uint64_t offset);
    void dump_body(std::string_view bytes, std::uint64_t offset, bool sent);
    void report_omitted();

    TimelineSettings settings_;
    // The response head being collected from BytesReceived chunks; cleared when a request head goes out.
    bool in_response_head_ = true;
    std::string response_head_;
    std::uint64_t response_head_offset_ = 0;
    std::size_t sent_body_dumped_ = 0;
    std::size_t received_body_dumped_ = 0;
    std::uint64_t sent_body_omitted_ = 0;
    std::uint64_t received_body_omitted_ = 0;
};

} // namespace hinterscope::cli

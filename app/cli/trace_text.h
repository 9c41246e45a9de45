#pragma once

// The trace's events as words: callback payloads, redirect decisions, TLS summaries. Shared by the -v
// timeline and the JSON report so both say the same thing.
#include <hinternet/trace.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hinterscope::cli {

// The decoded payload of a Callback event ("127.0.0.1", "512 bytes", "API_SEND_REQUEST:
// ERROR_WINHTTP_CANNOT_CONNECT (12029)", ...); nullopt for statuses without one.
std::optional<std::string> callback_payload(const hinternet::trace::Event& event);

// A RedirectDecision's text, "302 followed -> /next", taken apart.
struct RedirectDecisionText {
    int status = 0;
    std::string decision;
    std::string location;
};
RedirectDecisionText parse_redirect_decision(const std::string& text);

// "2025-01-31T12:00:00Z".
std::string iso_time(std::int64_t seconds_since_epoch);
// The TLS handshake as indented lines (no trailing newline), for -v.
std::vector<std::string> describe_tls(const hinternet::trace::TlsSummary& tls);

} // namespace hinterscope::cli

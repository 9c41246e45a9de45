#pragma once

// Trace events as words where both the CLI (its -v timeline and --json report) and the exchange recorder
// need the same text. Plain C++, no Qt.
#include <hinternet/trace.h>

#include <optional>
#include <string>

namespace hinterscope {

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

} // namespace hinterscope

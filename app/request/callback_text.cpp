#include "request/callback_text.h"

#include "request/winhttp_names.h"

#include <winhttp.h>

#include <format>

namespace hinterscope {

std::optional<std::string> callback_payload(const hinternet::trace::Event& event)
{
    switch (event.status) {
    case WINHTTP_CALLBACK_STATUS_RESOLVING_NAME:
    case WINHTTP_CALLBACK_STATUS_NAME_RESOLVED:
    case WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_REDIRECT:
        return event.text;
    case WINHTTP_CALLBACK_STATUS_REQUEST_SENT:
    case WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED:
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        return std::format("{} bytes", event.number);
    case WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE:
        return std::format("status {}", event.number);
    case WINHTTP_CALLBACK_STATUS_SECURE_FAILURE:
        return std::format("0x{:08x} ({})", event.number, secure_failure_flag_names(static_cast<DWORD>(event.number)));
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        return std::format("{}: {} ({})", api_name(static_cast<DWORD_PTR>(event.offset)),
                           error_name(static_cast<DWORD>(event.number)), event.number);
    case WINHTTP_CALLBACK_STATUS_HANDLE_CREATED:
    case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
        return std::format("{:#x}", event.handle);
    default:
        return std::nullopt;
    }
}

RedirectDecisionText parse_redirect_decision(const std::string& text)
{
    RedirectDecisionText parsed;
    const auto space = text.find(' ');
    try {
        parsed.status = std::stoi(text.substr(0, space));
    } catch (...) {
        parsed.status = 0;
    }
    const std::string rest = space == std::string::npos ? std::string() : text.substr(space + 1);
    const auto arrow = rest.find(" -> ");
    if (arrow == std::string::npos) {
        parsed.decision = rest;
        return parsed;
    }
    parsed.decision = rest.substr(0, arrow);
    parsed.location = rest.substr(arrow + 4);
    return parsed;
}

} // namespace hinterscope

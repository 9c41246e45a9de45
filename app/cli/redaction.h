#pragma once

// Credentials never reach the terminal, a wire dump or a JSON report unless --reveal-secrets says so:
// Authorization and Proxy-Authorization values (the scheme stays visible), cookie values (names and
// attributes stay visible) and the password of user:password.
#include <string>
#include <string_view>

namespace hinterscope::cli {

inline constexpr std::string_view redacted_marker = "[redacted]";

bool is_secret_header(std::string_view name);
// The value as it may be shown: unchanged for other headers or when `reveal` is set.
std::string redact_header_value(std::string_view name, std::string_view value, bool reveal);
// Every "Name: value" line of an HTTP head (request line or status line first, CRLF separated).
std::string redact_head(std::string_view head, bool reveal);
// "https://user:secret@host/" → "https://user:[redacted]@host/".
std::string redact_url(std::string_view url, bool reveal);
// "user:secret" → "user".
std::string user_name_of(std::string_view user_and_password);

} // namespace hinterscope::cli

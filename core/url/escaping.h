#pragma once

// Percent-encoding for URLs carried as UTF-8 bytes: decoding, and the escaping WinHttpOpenRequest applies to
// its object name.
#include <string>
#include <string_view>

namespace hinternet::url {

// "%41" -> 'A'. A '%' not followed by two hex digits is kept as it is: malformed escapes are data, not errors.
std::string percent_decode(std::string_view text);

// Appends "%XX" (upper-case hex) for one byte.
void append_percent_encoded(std::string& out, unsigned char byte);

// The object name escaping of WinHttpOpenRequest (UTF-8 in, request-target bytes out).
// By default every unsafe byte is escaped: controls, space, DEL, bytes >= 0x80, and  " # < > [ \ ] ^ ` { | }.
// '%' is escaped only with escape_percent (WINHTTP_FLAG_ESCAPE_PERCENT): by default an existing %XX is kept.
// Without escape_query (WINHTTP_FLAG_ESCAPE_DISABLE_QUERY) the query (from the first '?') gets only the
// minimal escaping below.
std::string escape_path(std::string_view path, bool escape_percent, bool escape_query);

// WINHTTP_FLAG_ESCAPE_DISABLE: what must still be escaped so the request line stays one line of tokens —
// controls (CR, LF and NUL included), space, DEL and bytes >= 0x80.
std::string escape_path_minimal(std::string_view path);

} // namespace hinternet::url

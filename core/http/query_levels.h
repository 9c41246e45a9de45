#pragma once

// The WINHTTP_QUERY_* attribute levels (the low 16 bits of dwInfoLevel) and what each one asks for:
// most name one header field, a few name a part of the status or request line, a few name nothing
// WinHTTP supports any more.
#include <windows.h>

#include <optional>
#include <string_view>

namespace hinternet::http {

enum class QueryLevelKind {
    header,           // a header field, by the name in the table
    custom,           // WINHTTP_QUERY_CUSTOM: the field named by the caller
    version,          // the HTTP version of the status line (or request line)
    status_code,      // the status code of the status line
    status_text,      // the reason phrase of the status line
    request_method,   // the request's verb
    raw_headers,      // every line, each NUL-terminated, an extra NUL at the end
    raw_headers_crlf, // every line, each CRLF-terminated, an empty line at the end
    unsupported,      // a level the reference marks "Not supported": never found
};

struct QueryLevel {
    DWORD attribute;
    QueryLevelKind kind;
    std::string_view header_name; // empty unless kind == header
};

// The attribute part of an info level is its low word; the modifier flags are in the high one.
inline constexpr DWORD query_attribute_mask = 0x0000FFFFu;

constexpr DWORD query_attribute(DWORD info_level)
{
    return info_level & query_attribute_mask;
}

// What an attribute level means, or nothing for a value that is no WINHTTP_QUERY_* level.
std::optional<QueryLevel> describe_query_level(DWORD attribute);

// The header field name a level stands for ("Content-Type" for WINHTTP_QUERY_CONTENT_TYPE), or nothing
// when the level is not a plain header level.
std::optional<std::string_view> header_name_for_query_level(DWORD attribute);

// The level that stands for a header field name, case-insensitively, or nothing when no level does.
std::optional<DWORD> query_level_for_header_name(std::string_view name);

} // namespace hinternet::http

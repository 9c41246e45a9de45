#pragma once

// The request's header fields, in the order they will be sent, with WinHttpAddRequestHeaders' rules.
// Names and values are bytes as they go on the wire; names compare case-insensitively and keep the
// spelling the caller gave.
#include <windows.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hinternet::http {

struct HeaderField {
    std::string name;
    std::string value;
};

// Header text from the wide API as wire bytes: Latin-1 when every character fits in a byte (so a value
// read back through WinHttpQueryHeaders is the one added), UTF-8 for the whole string otherwise (so no
// character is ever truncated into another, e.g. U+010A into LF).
std::string header_bytes_from_wide(std::wstring_view text);

// RFC 9110 field-name: a non-empty token.
bool is_valid_header_name(std::string_view name);
// RFC 9110 field-value bytes: no control character except HTAB (so never CR, LF or NUL).
bool is_valid_header_value(std::string_view value);

class RequestHeaders {
public:
    // WinHttpAddRequestHeaders: one or more "Name: value" lines separated by CRLF (a trailing CRLF,
    // empty lines and NULs at the very end are allowed), applied with the WINHTTP_ADDREQ_FLAG_* modifiers.
    // All or nothing: on any error the headers are unchanged. Returns ERROR_SUCCESS or the error code:
    //   ERROR_INVALID_PARAMETER            empty block; a lone CR or LF, or a NUL before the end;
    //                                      a name that is not a token; a value with a control character
    //   ERROR_WINHTTP_INVALID_HEADER       a line without a colon, or with nothing before it
    //   ERROR_WINHTTP_HEADER_ALREADY_EXISTS ADD_IF_NEW and the header exists
    //   ERROR_WINHTTP_HEADER_NOT_FOUND     REPLACE without ADD and the header does not exist
    DWORD add(std::wstring_view block, DWORD modifiers);
    // One header as bytes (WinHttpAddRequestHeadersEx, the engine). Same modifiers and errors.
    DWORD add(std::string_view name, std::string_view value, DWORD modifiers);

    // Replace every field of that name with one (in the first one's place), or append it.
    // ERROR_INVALID_PARAMETER, and no change, for an invalid name or value.
    DWORD set(std::string_view name, std::string_view value);
    void remove(std::string_view name);
    void clear();

    std::optional<std::string> get(std::string_view name) const; // the first field of that name
    std::vector<std::string> get_all(std::string_view name) const;
    bool contains(std::string_view name) const;
    bool empty() const;
    const std::vector<HeaderField>& fields() const;

    // "Name: value\r\n" for each field, in order (no terminating empty line).
    std::string serialize() const;

private:
    DWORD apply(std::string_view name, std::string_view value, DWORD modifiers);

    std::vector<HeaderField> fields_;
};

} // namespace hinternet::http

#pragma once

// Text helpers shared by every part of the engine. WinHTTP's API speaks wide strings (wchar_t, which is
// UTF-32 on Linux); the wire speaks bytes. These are the only conversions between the two.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::text {

// UTF-8 <-> wide. Invalid input is replaced with U+FFFD rather than dropped, so nothing vanishes silently.
std::string to_utf8(std::wstring_view wide);
std::wstring from_utf8(std::string_view utf8);

// Byte-preserving widening (each byte becomes the code point of the same value) and its inverse.
// Header bytes travel through wide strings this way; narrowing fails for code points above 0xFF.
std::wstring widen_latin1(std::string_view bytes);
std::optional<std::string> narrow_latin1(std::wstring_view wide);

// Length of a NUL-terminated wide string, or the given length when it is not -1 (WinHTTP's convention
// for "dwHeadersLength = (DWORD)-1L means NUL-terminated").
std::size_t wide_length(const wchar_t* text, unsigned long length_or_minus_one);

bool iequals(std::string_view a, std::string_view b);
bool iequals(std::wstring_view a, std::wstring_view b);
char ascii_lower(char c);
std::string ascii_lowercase(std::string_view text);
std::string_view trim(std::string_view text); // spaces and horizontal tabs (HTTP's OWS)
std::wstring_view trim(std::wstring_view text);

// True when text holds CR, LF or NUL: never allowed inside a header name or value we send.
bool has_forbidden_header_char(std::string_view text);
bool has_forbidden_header_char(std::wstring_view text);
// RFC 9110 token characters (header field names, methods).
bool is_token(std::string_view text);

} // namespace hinternet::text

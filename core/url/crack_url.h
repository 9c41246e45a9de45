#pragma once

// WinHttpCrackUrl and WinHttpCreateUrl, as functions that return the error instead of setting it.
// The exported C functions (core/api/url_api.cpp) only add SetLastError.
#include <winhttp.h>

namespace hinternet::url {

// Splits url (url_length characters, or NUL-terminated when 0) into components. ERROR_SUCCESS,
// ERROR_INSUFFICIENT_BUFFER (components that fit are written; each one that does not gets its required
// length, terminator included), ERROR_INVALID_PARAMETER, ERROR_WINHTTP_INVALID_URL,
// ERROR_WINHTTP_UNRECOGNIZED_SCHEME or ERROR_NOT_ENOUGH_MEMORY.
DWORD crack(LPCWSTR url, DWORD url_length, DWORD flags, URL_COMPONENTS* components);

// Builds a URL from components. On success *buffer_length is the length without the terminator; when the
// buffer is too small (or NULL) it is the required length with the terminator and the result is
// ERROR_INSUFFICIENT_BUFFER.
DWORD create(const URL_COMPONENTS* components, DWORD flags, LPWSTR buffer, LPDWORD buffer_length);

} // namespace hinternet::url

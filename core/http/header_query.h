#pragma once

// WinHttpQueryHeaders and WinHttpQueryHeadersEx over a request's headers and its response, without the
// handle: the API layer finds the request, fills a HeaderQuerySource and returns the result as
// SetLastError's code.
//
// Buffer sizes are in bytes and strings are WCHAR, so the arithmetic uses sizeof(WCHAR): 2 on Windows,
// 4 here (wchar_t is UTF-32 on Linux). A caller that sizes buffers as "bytes / sizeof(WCHAR)" is right on
// both; one that assumes 2-byte characters is not. Header bytes are widened one byte to one character
// (Latin-1), so every byte a server sent comes back unchanged.
#include "http/request_headers.h"
#include "http/response_headers.h"

#include <winhttp.h>

#include <string>

namespace hinternet::http {

struct HeaderQuerySource {
    const RequestHeaders* request = nullptr; // the headers as they are (or were) sent
    std::string request_method;              // "GET"
    std::string request_target;              // "/path?query", as on the request line
    std::string request_version = "HTTP/1.1";
    const ResponseHeaders* response = nullptr; // nullptr until WinHttpReceiveResponse has completed
};

// WinHttpQueryHeaders. Returns ERROR_SUCCESS or:
//   ERROR_INVALID_PARAMETER              buffer_length is NULL; an unknown level or modifier; more than one
//                                        of NUMBER, NUMBER64, SYSTEMTIME; REQUEST_HEADERS with TRAILERS;
//                                        WINHTTP_QUERY_CUSTOM without a name
//   ERROR_WINHTTP_INCORRECT_HANDLE_STATE response (or trailer) data asked for before it exists
//   ERROR_WINHTTP_HEADER_NOT_FOUND       no such header, or *index past the last one
//   ERROR_WINHTTP_INVALID_QUERY_REQUEST  NUMBER/NUMBER64 of a value that is not a decimal number that
//                                        fits, SYSTEMTIME of a value that is not a date
//   ERROR_INSUFFICIENT_BUFFER            buffer NULL or too small; *buffer_length is set to the bytes needed
//                                        (for strings, including the terminating NUL)
// On success *buffer_length is the bytes written (for strings, without the terminating NUL) and *index,
// when given, is advanced to the next occurrence.
DWORD query_headers(const HeaderQuerySource& source, DWORD info_level, LPCWSTR name, LPVOID buffer,
                    LPDWORD buffer_length, LPDWORD index);

// WinHttpQueryHeadersEx. The buffer receives the WINHTTP_EXTENDED_HEADER array, then the strings it points
// at; *headers points at the array. Strings are WCHAR (decoded as UTF-8 when code_page is CP_UTF8, 65001,
// and as Latin-1 for any other code page) or, with WINHTTP_QUERY_FLAG_WIRE_ENCODING, the bytes as received.
// Errors as query_headers, plus ERROR_INVALID_PARAMETER for flags != 0, NULL headers or headers_count,
// and the levels the reference excludes (VERSION, STATUS_CODE, STATUS_TEXT, RAW_HEADERS_CRLF,
// REQUEST_METHOD, and the NUMBER, NUMBER64 and SYSTEMTIME modifiers).
DWORD query_headers_ex(const HeaderQuerySource& source, DWORD info_level, ULONGLONG flags, UINT code_page, PDWORD index,
                       PWINHTTP_HEADER_NAME header_name, PVOID buffer, PDWORD buffer_length,
                       PWINHTTP_EXTENDED_HEADER* headers, PDWORD headers_count);

} // namespace hinternet::http

// The request functions: validation, then the request handle's operation. In async sessions the
// outcome is reported through the status callback, as WinHTTP does.
#include "api/api_support.h"
#include "handles/handle_table.h"
#include "handles/request.h"
#include "http/header_query.h"
#include "support/text.h"

#include <cstring>
#include <cwchar>

using namespace hinternet;
using handles::HandleTable;
using handles::Request;

namespace {

std::shared_ptr<Request> find_request(HINTERNET handle)
{
    return HandleTable::instance().find_as<Request>(handle, WINHTTP_HANDLE_TYPE_REQUEST);
}

// Sync mode: the operation's result. Async mode: TRUE once the operation started (ERROR_IO_PENDING),
// its end arriving through the status callback; FALSE for what was refused before it could start.
BOOL outcome(DWORD error)
{
    return error == ERROR_IO_PENDING ? api::succeed() : api::result(error);
}

http::RequestHeaders parse_sent_headers(const std::string& head)
{
    http::RequestHeaders headers;
    std::size_t line_start = head.find("\r\n");
    while (line_start != std::string::npos) {
        line_start += 2;
        const auto line_end = head.find("\r\n", line_start);
        if (line_end == std::string::npos || line_end == line_start)
            break;
        const std::string_view line(head.data() + line_start, line_end - line_start);
        const auto colon = line.find(':');
        if (colon != std::string_view::npos)
            headers.add(line.substr(0, colon), text::trim(line.substr(colon + 1)), WINHTTP_ADDREQ_FLAG_ADD);
        line_start = line_end;
    }
    return headers;
}

// What WINHTTP_QUERY_FLAG_REQUEST_HEADERS reads: the head as sent (with the headers WinHTTP added)
// once a request went out, the application's headers before that.
struct QuerySource {
    explicit QuerySource(Request& request)
    {
        const auto head = request.sent_head();
        if (!head.empty()) {
            sent = parse_sent_headers(head);
            source.request = &sent;
            const auto first_space = head.find(' ');
            const auto second_space = head.find(' ', first_space + 1);
            source.request_method = head.substr(0, first_space);
            source.request_target = head.substr(first_space + 1, second_space - first_space - 1);
            source.request_version = head.substr(second_space + 1, head.find("\r\n") - second_space - 1);
        } else {
            source.request = &request.headers();
            source.request_method = request.line().verb;
            source.request_target = request.line().object;
            source.request_version = request.line().version;
        }
        source.response = request.response_headers();
    }
    http::RequestHeaders sent;
    http::HeaderQuerySource source;
};

} // namespace

extern "C" {

BOOLAPI WinHttpAddRequestHeaders(HINTERNET hRequest, LPCWSTR lpszHeaders, DWORD dwHeadersLength, DWORD dwModifiers)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if (lpszHeaders == nullptr || dwHeadersLength == 0)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        const auto length = text::wide_length(lpszHeaders, dwHeadersLength);
        std::lock_guard lock(request->headers_mutex());
        return api::result(request->headers().add(std::wstring_view(lpszHeaders, length), dwModifiers));
    });
}

WINHTTPAPI DWORD WINAPI WinHttpAddRequestHeadersEx(HINTERNET hRequest, DWORD dwModifiers, ULONGLONG ullFlags,
                                                   ULONGLONG ullExtra, DWORD cHeaders,
                                                   WINHTTP_EXTENDED_HEADER* pHeaders)
{
    auto request = find_request(hRequest);
    if (!request)
        return GetLastError();
    if ((cHeaders > 0 && pHeaders == nullptr) || ullExtra != 0 ||
        (ullFlags & ~WINHTTP_EXTENDED_HEADER_FLAG_UNICODE) != 0)
        return ERROR_INVALID_PARAMETER;
    const bool wide = (ullFlags & WINHTTP_EXTENDED_HEADER_FLAG_UNICODE) != 0;
    try {
        std::lock_guard lock(request->headers_mutex());
        for (DWORD i = 0; i < cHeaders; ++i) {
            const auto& header = pHeaders[i];
            if (header.pwszName == nullptr || header.pwszValue == nullptr)
                return ERROR_INVALID_PARAMETER;
            const auto name = wide ? http::header_bytes_from_wide(header.pwszName) : std::string(header.pszName);
            const auto value = wide ? http::header_bytes_from_wide(header.pwszValue) : std::string(header.pszValue);
            if (const DWORD error = request->headers().add(name, value, dwModifiers); error != ERROR_SUCCESS)
                return error;
        }
    } catch (...) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    return ERROR_SUCCESS;
}

BOOLAPI WinHttpSendRequest(HINTERNET hRequest, LPCWSTR lpszHeaders, DWORD dwHeadersLength, LPVOID lpOptional,
                           DWORD dwOptionalLength, DWORD dwTotalLength, DWORD_PTR dwContext)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if ((lpOptional == nullptr && dwOptionalLength != 0) ||
        (lpszHeaders == nullptr && dwHeadersLength != 0 && dwHeadersLength != static_cast<DWORD>(-1L)))
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        if (lpszHeaders != nullptr && dwHeadersLength != 0) {
            const auto length = text::wide_length(lpszHeaders, dwHeadersLength);
            std::lock_guard lock(request->headers_mutex());
            if (const DWORD error = request->headers().add(std::wstring_view(lpszHeaders, length),
                                                           WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE);
                error != ERROR_SUCCESS)
                return api::fail(error);
        }
        std::string optional(static_cast<const char*>(lpOptional), dwOptionalLength);
        return outcome(request->send(std::move(optional), dwTotalLength, dwContext));
    });
}

BOOLAPI WinHttpWriteData(HINTERNET hRequest, LPCVOID lpBuffer, DWORD dwNumberOfBytesToWrite,
                         LPDWORD lpdwNumberOfBytesWritten)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if (lpBuffer == nullptr && dwNumberOfBytesToWrite != 0)
        return api::fail(ERROR_INVALID_PARAMETER);
    if (lpdwNumberOfBytesWritten == nullptr && !request->session().async())
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded(
        [&] { return outcome(request->write(lpBuffer, dwNumberOfBytesToWrite, lpdwNumberOfBytesWritten)); });
}

BOOLAPI WinHttpReceiveResponse(HINTERNET hRequest, LPVOID lpReserved)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if (lpReserved != nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] { return outcome(request->receive_response()); });
}

BOOLAPI WinHttpQueryDataAvailable(HINTERNET hRequest, LPDWORD lpdwNumberOfBytesAvailable)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    return api::guarded([&] { return outcome(request->query_data_available(lpdwNumberOfBytesAvailable)); });
}

BOOLAPI WinHttpReadData(HINTERNET hRequest, LPVOID lpBuffer, DWORD dwNumberOfBytesToRead, LPDWORD lpdwNumberOfBytesRead)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if (lpBuffer == nullptr && dwNumberOfBytesToRead != 0)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        if (lpdwNumberOfBytesRead != nullptr && !request->async())
            *lpdwNumberOfBytesRead = 0;
        return outcome(request->read(lpBuffer, dwNumberOfBytesToRead, lpdwNumberOfBytesRead, false));
    });
}

WINHTTPAPI DWORD WINAPI WinHttpReadDataEx(HINTERNET hRequest, LPVOID lpBuffer, DWORD dwNumberOfBytesToRead,
                                          LPDWORD lpdwNumberOfBytesRead, ULONGLONG ullFlags, DWORD cbProperty,
                                          PVOID pvProperty)
{
    if ((ullFlags & ~static_cast<ULONGLONG>(WINHTTP_READ_DATA_EX_FLAG_FILL_BUFFER)) != 0 || cbProperty != 0 ||
        pvProperty != nullptr)
        return ERROR_INVALID_PARAMETER;
    if ((ullFlags & WINHTTP_READ_DATA_EX_FLAG_FILL_BUFFER) == 0)
        return WinHttpReadData(hRequest, lpBuffer, dwNumberOfBytesToRead, lpdwNumberOfBytesRead) ? ERROR_SUCCESS
                                                                                                 : GetLastError();
    // Fill the buffer unless the body ends first.
    auto request = find_request(hRequest);
    if (!request)
        return GetLastError();
    if (lpBuffer == nullptr && dwNumberOfBytesToRead != 0)
        return ERROR_INVALID_PARAMETER;
    try {
        if (lpdwNumberOfBytesRead != nullptr && !request->async())
            *lpdwNumberOfBytesRead = 0;
        const DWORD error = request->read(lpBuffer, dwNumberOfBytesToRead, lpdwNumberOfBytesRead, true);
        return error == ERROR_IO_PENDING ? ERROR_SUCCESS : error;
    } catch (...) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
}

BOOLAPI WinHttpQueryHeaders(HINTERNET hRequest, DWORD dwInfoLevel, LPCWSTR pwszName, LPVOID lpBuffer,
                            LPDWORD lpdwBufferLength, LPDWORD lpdwIndex)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    return api::guarded([&] {
        QuerySource source(*request);
        return api::result(
            http::query_headers(source.source, dwInfoLevel, pwszName, lpBuffer, lpdwBufferLength, lpdwIndex));
    });
}

WINHTTPAPI DWORD WINAPI WinHttpQueryHeadersEx(HINTERNET hRequest, DWORD dwInfoLevel, ULONGLONG ullFlags,
                                              UINT uiCodePage, PDWORD pdwIndex, PWINHTTP_HEADER_NAME pHeaderName,
                                              PVOID pBuffer, PDWORD pdwBufferLength,
                                              PWINHTTP_EXTENDED_HEADER* ppHeaders, PDWORD pdwHeadersCount)
{
    auto request = find_request(hRequest);
    if (!request)
        return GetLastError();
    try {
        QuerySource source(*request);
        return http::query_headers_ex(source.source, dwInfoLevel, ullFlags, uiCodePage, pdwIndex, pHeaderName, pBuffer,
                                      pdwBufferLength, ppHeaders, pdwHeadersCount);
    } catch (...) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
}

BOOLAPI WinHttpQueryAuthSchemes(HINTERNET hRequest, LPDWORD lpdwSupportedSchemes, LPDWORD lpdwFirstScheme,
                                LPDWORD pdwAuthTarget)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if (lpdwSupportedSchemes == nullptr || lpdwFirstScheme == nullptr || pdwAuthTarget == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    return api::guarded(
        [&] { return api::result(request->auth_schemes(lpdwSupportedSchemes, lpdwFirstScheme, pdwAuthTarget)); });
}

BOOLAPI WinHttpSetCredentials(HINTERNET hRequest, DWORD AuthTargets, DWORD AuthScheme, LPCWSTR pwszUserName,
                              LPCWSTR pwszPassword, LPVOID pAuthParams)
{
    auto request = find_request(hRequest);
    if (!request)
        return FALSE;
    if ((AuthTargets != WINHTTP_AUTH_TARGET_SERVER && AuthTargets != WINHTTP_AUTH_TARGET_PROXY) ||
        pAuthParams != nullptr || pwszUserName == nullptr)
        return api::fail(ERROR_INVALID_PARAMETER);
    if (AuthScheme != WINHTTP_AUTH_SCHEME_BASIC && AuthScheme != WINHTTP_AUTH_SCHEME_DIGEST)
        return api::fail(AuthScheme == WINHTTP_AUTH_SCHEME_NTLM || AuthScheme == WINHTTP_AUTH_SCHEME_NEGOTIATE ||
                                 AuthScheme == WINHTTP_AUTH_SCHEME_PASSPORT
                             ? ERROR_NOT_SUPPORTED
                             : ERROR_INVALID_PARAMETER);
    return api::guarded([&] {
        handles::Credentials credentials;
        credentials.scheme = AuthScheme;
        credentials.user = text::to_utf8(pwszUserName);
        credentials.password = pwszPassword != nullptr ? text::to_utf8(pwszPassword) : std::string();
        if (text::has_forbidden_header_char(credentials.user) || text::has_forbidden_header_char(credentials.password))
            return api::fail(ERROR_INVALID_PARAMETER);
        request->set_credentials(AuthTargets, std::move(credentials));
        return api::succeed();
    });
}

} // extern "C"

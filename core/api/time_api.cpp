// WinHttpTimeFromSystemTime and WinHttpTimeToSystemTime: the C API over http/http_time.h.
#include "http/http_time.h"
#include "support/text.h"

#include <winhttp.h>

#include <cwchar>
#include <string>

BOOLAPI WinHttpTimeFromSystemTime(const SYSTEMTIME* pst, LPWSTR pwszTime)
{
    if (pst == nullptr || pwszTime == nullptr) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    const auto formatted = hinternet::http::format_http_date(*pst);
    if (!formatted) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    // At most http_date_max_length characters and the NUL: 31 WCHARs, WINHTTP_TIME_FORMAT_BUFSIZE bytes on Windows.
    const std::wstring wide = hinternet::text::widen_latin1(*formatted);
    std::wmemcpy(pwszTime, wide.c_str(), wide.size() + 1);
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

BOOLAPI WinHttpTimeToSystemTime(LPCWSTR pwszTime, SYSTEMTIME* pst)
{
    if (pwszTime == nullptr || pst == nullptr) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    // Characters above 0xFF cannot be part of a date; as UTF-8 they stay non-delimiter bytes.
    const auto parsed = hinternet::http::parse_http_date_to_system_time(hinternet::text::to_utf8(pwszTime));
    if (!parsed) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    *pst = *parsed;
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

// WinHttpCrackUrl and WinHttpCreateUrl: the work is in url/crack_url.cpp; these only report the result the
// WinHTTP way. Both set the last error on success too (ERROR_SUCCESS), as Windows 7 and later do.
#include <winhttp.h>

#include "url/crack_url.h"

BOOLAPI WinHttpCrackUrl(LPCWSTR pwszUrl, DWORD dwUrlLength, DWORD dwFlags, LPURL_COMPONENTS lpUrlComponents)
{
    const DWORD error = hinternet::url::crack(pwszUrl, dwUrlLength, dwFlags, lpUrlComponents);
    SetLastError(error);
    return error == ERROR_SUCCESS ? TRUE : FALSE;
}

BOOLAPI WinHttpCreateUrl(LPURL_COMPONENTS lpUrlComponents, DWORD dwFlags, LPWSTR pwszUrl, LPDWORD pdwUrlLength)
{
    const DWORD error = hinternet::url::create(lpUrlComponents, dwFlags, pwszUrl, pdwUrlLength);
    SetLastError(error);
    return error == ERROR_SUCCESS ? TRUE : FALSE;
}

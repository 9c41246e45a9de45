#pragma once

// Shared by the exported WinHTTP functions: the WinHTTP convention of "return FALSE/NULL and set the
// thread's last error", in one place.
#include <windows.h>
#include <winhttp.h>

namespace hinternet::api {

inline BOOL succeed()
{
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}

inline BOOL fail(DWORD error)
{
    SetLastError(error);
    return FALSE;
}

inline BOOL result(DWORD error)
{
    return error == ERROR_SUCCESS ? succeed() : fail(error);
}

// Engine code does not throw on purpose; an allocation failure must still not escape into C callers.
template <typename Body>
BOOL guarded(Body&& body)
{
    try {
        return body();
    } catch (...) {
        return fail(ERROR_NOT_ENOUGH_MEMORY);
    }
}

} // namespace hinternet::api

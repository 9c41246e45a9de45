// The few kernel32 functions WinHTTP programs call next to WinHTTP itself (<windows.h>), over POSIX.
// The declarations carry default visibility, so these stay exported from the hidden-visibility library.
#include <windows.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <thread>

namespace {

thread_local DWORD last_error = ERROR_SUCCESS;

// Windows' tick count runs from boot and keeps counting while the machine sleeps; CLOCK_BOOTTIME does both.
ULONGLONG milliseconds_since_boot()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<ULONGLONG>(now.tv_sec) * 1000u + static_cast<ULONGLONG>(now.tv_nsec) / 1000000u;
}

// Every handle is a plain pointer: only LMEM_ZEROINIT/GMEM_ZEROINIT (the same bit) changes anything.
void* allocate(UINT flags, SIZE_T bytes)
{
    // No object may exceed PTRDIFF_MAX; refusing here keeps absurd sizes away from the allocator.
    if (bytes > static_cast<SIZE_T>(PTRDIFF_MAX)) {
        last_error = ERROR_NOT_ENOUGH_MEMORY;
        return nullptr;
    }
    // A zero-byte request still returns a distinct block that the caller frees, as on Windows.
    const SIZE_T size = bytes == 0 ? 1 : bytes;
    void* block = (flags & LMEM_ZEROINIT) != 0 ? std::calloc(1, size) : std::malloc(size);
    if (block == nullptr) {
        last_error = ERROR_NOT_ENOUGH_MEMORY;
    }
    return block;
}

} // namespace

extern "C" {

DWORD WINAPI GetLastError(void)
{
    return last_error;
}

void WINAPI SetLastError(DWORD dwErrCode)
{
    last_error = dwErrCode;
}

HLOCAL WINAPI LocalAlloc(UINT uFlags, SIZE_T uBytes)
{
    return allocate(uFlags, uBytes);
}

HLOCAL WINAPI LocalFree(HLOCAL hMem)
{
    std::free(hMem);
    return nullptr;
}

HGLOBAL WINAPI GlobalAlloc(UINT uFlags, SIZE_T dwBytes)
{
    return allocate(uFlags, dwBytes);
}

HGLOBAL WINAPI GlobalFree(HGLOBAL hMem)
{
    std::free(hMem);
    return nullptr;
}

void WINAPI Sleep(DWORD dwMilliseconds)
{
    if (dwMilliseconds == 0) {
        // Sleep(0) gives up the rest of the time slice.
        std::this_thread::yield();
        return;
    }
    if (dwMilliseconds == INFINITE) {
        for (;;) {
            std::this_thread::sleep_for(std::chrono::hours(24));
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(dwMilliseconds));
}

DWORD WINAPI GetTickCount(void)
{
    // Wraps after 49.7 days, exactly like the Windows function.
    return static_cast<DWORD>(milliseconds_since_boot());
}

ULONGLONG WINAPI GetTickCount64(void)
{
    return milliseconds_since_boot();
}

void WINAPI GetSystemTime(LPSYSTEMTIME lpSystemTime)
{
    if (lpSystemTime == nullptr) {
        return;
    }
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    tm utc{};
    gmtime_r(&now.tv_sec, &utc);
    lpSystemTime->wYear = static_cast<WORD>(utc.tm_year + 1900);
    lpSystemTime->wMonth = static_cast<WORD>(utc.tm_mon + 1);
    lpSystemTime->wDayOfWeek = static_cast<WORD>(utc.tm_wday); // 0 = Sunday on both sides
    lpSystemTime->wDay = static_cast<WORD>(utc.tm_mday);
    lpSystemTime->wHour = static_cast<WORD>(utc.tm_hour);
    lpSystemTime->wMinute = static_cast<WORD>(utc.tm_min);
    // A leap second (tm_sec 60) is reported as 59, the range SYSTEMTIME allows.
    lpSystemTime->wSecond = static_cast<WORD>(utc.tm_sec > 59 ? 59 : utc.tm_sec);
    lpSystemTime->wMilliseconds = static_cast<WORD>(now.tv_nsec / 1000000);
}

} // extern "C"

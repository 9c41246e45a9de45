/* Compiled as C11 with -Wall -Wextra -Wpedantic -Werror: <windows.h> and <winhttp.h> must stay valid C.
 * Nothing runs; the build failing is the test. */
#include <windows.h>
#include <winhttp.h>

/* C11 static assertions on a few values, so a typo fails the C build too. */
_Static_assert(sizeof(DWORD) == 4, "DWORD is 32 bits");
_Static_assert(sizeof(INTERNET_SCHEME) == 4, "INTERNET_SCHEME is an int");
_Static_assert(ERROR_WINHTTP_TIMEOUT == 12002, "ERROR_WINHTTP_TIMEOUT");
_Static_assert(WINHTTP_OPTION_URL == 34, "WINHTTP_OPTION_URL");
_Static_assert(WINHTTP_QUERY_CUSTOM == 65535, "WINHTTP_QUERY_CUSTOM");
_Static_assert(WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS == 0xffffffff, "WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS");

static void CALLBACK on_status(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                               DWORD information_length)
{
    (void)handle;
    (void)context;
    (void)information;
    (void)information_length;
    if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR) {
        SetLastError(ERROR_WINHTTP_CONNECTION_ERROR);
    }
}

/* Takes the address of each prototype and expands the pointer-valued macros, so a broken declaration fails. */
int compat_c_check(void);
int compat_c_check(void)
{
    HINTERNET (*open_session)(LPCWSTR, DWORD, LPCWSTR, LPCWSTR, DWORD) = WinHttpOpen;
    BOOL (*crack_url)(LPCWSTR, DWORD, DWORD, LPURL_COMPONENTS) = WinHttpCrackUrl;
    WINHTTP_STATUS_CALLBACK (*set_callback)(HINTERNET, WINHTTP_STATUS_CALLBACK, DWORD, DWORD_PTR) =
        WinHttpSetStatusCallback;
    BOOL (*query_headers)(HINTERNET, DWORD, LPCWSTR, LPVOID, LPDWORD, LPDWORD) = WinHttpQueryHeaders;
    DWORD (*last_error)(void) = GetLastError;
    WINHTTP_STATUS_CALLBACK callback = on_status;
    LPCWSTR no_proxy = WINHTTP_NO_PROXY_NAME;
    LPCWSTR* accept_types = WINHTTP_DEFAULT_ACCEPT_TYPES;
    URL_COMPONENTS components;
    SYSTEMTIME now;

    ZeroMemory(&components, sizeof(components));
    components.dwStructSize = sizeof(components);
    components.nScheme = INTERNET_SCHEME_HTTPS;
    components.nPort = INTERNET_DEFAULT_HTTPS_PORT;
    GetSystemTime(&now);
    return open_session != NULL && crack_url != NULL && set_callback != NULL && query_headers != NULL &&
           last_error != NULL && callback != WINHTTP_INVALID_STATUS_CALLBACK && no_proxy == NULL &&
           accept_types == NULL && components.nScheme == INTERNET_SCHEME_HTTPS && now.wMonth <= 12;
}

/* winhttp.h for hinternet: source-compatible with the Windows SDK's WinHTTP declarations.
 * Values follow Microsoft's WinHTTP reference. Deviations are listed in docs/winhttp-compat.md.
 * (Constants are being completed and audited against the reference: see the section markers.) */
#ifndef HINTERNET_COMPAT_WINHTTP_H
#define HINTERNET_COMPAT_WINHTTP_H

#include <windows.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WINHTTPAPI HINTERNET_C_EXPORT
#define BOOLAPI WINHTTPAPI BOOL WINAPI

typedef LPVOID HINTERNET;
typedef HINTERNET* LPHINTERNET;
typedef int INTERNET_SCHEME, *LPINTERNET_SCHEME; /* int, as in the SDK: URL_COMPONENTS.nScheme is 4 bytes */

/* ---- types and structures ---------------------------------------------------------------------- */

typedef struct _WINHTTP_ASYNC_RESULT {
    DWORD_PTR dwResult;
    DWORD dwError;
} WINHTTP_ASYNC_RESULT, *LPWINHTTP_ASYNC_RESULT;

typedef struct _URL_COMPONENTS {
    DWORD dwStructSize;
    LPWSTR lpszScheme;
    DWORD dwSchemeLength;
    INTERNET_SCHEME nScheme;
    LPWSTR lpszHostName;
    DWORD dwHostNameLength;
    INTERNET_PORT nPort;
    LPWSTR lpszUserName;
    DWORD dwUserNameLength;
    LPWSTR lpszPassword;
    DWORD dwPasswordLength;
    LPWSTR lpszUrlPath;
    DWORD dwUrlPathLength;
    LPWSTR lpszExtraInfo;
    DWORD dwExtraInfoLength;
} URL_COMPONENTS, *LPURL_COMPONENTS;
typedef URL_COMPONENTS URL_COMPONENTSW;
typedef LPURL_COMPONENTS LPURL_COMPONENTSW;

typedef struct _WINHTTP_PROXY_INFO {
    DWORD dwAccessType;
    LPWSTR lpszProxy;
    LPWSTR lpszProxyBypass;
} WINHTTP_PROXY_INFO, *LPWINHTTP_PROXY_INFO;
typedef WINHTTP_PROXY_INFO WINHTTP_PROXY_INFOW;
typedef LPWINHTTP_PROXY_INFO LPWINHTTP_PROXY_INFOW;

typedef struct _WINHTTP_CURRENT_USER_IE_PROXY_CONFIG {
    BOOL fAutoDetect;
    LPWSTR lpszAutoConfigUrl;
    LPWSTR lpszProxy;
    LPWSTR lpszProxyBypass;
} WINHTTP_CURRENT_USER_IE_PROXY_CONFIG;

typedef struct _WINHTTP_CERTIFICATE_INFO {
    FILETIME ftExpiry;
    FILETIME ftStart;
    LPWSTR lpszSubjectInfo;
    LPWSTR lpszIssuerInfo;
    LPWSTR lpszProtocolName;
    LPWSTR lpszSignatureAlgName;
    LPWSTR lpszEncryptionAlgName;
    DWORD dwKeySize;
} WINHTTP_CERTIFICATE_INFO;

/* sockaddr_storage-compatible storage, kept opaque here so this header needs no socket headers. */
typedef struct _HINTERNET_SOCKADDR_STORAGE {
    unsigned short ss_family;
    char __ss_padding[118];
    unsigned long __ss_align;
} HINTERNET_SOCKADDR_STORAGE;

typedef struct _WINHTTP_CONNECTION_INFO {
    DWORD cbSize;
    HINTERNET_SOCKADDR_STORAGE LocalAddress;
    HINTERNET_SOCKADDR_STORAGE RemoteAddress;
} WINHTTP_CONNECTION_INFO, *PWINHTTP_CONNECTION_INFO;

typedef struct _WINHTTP_EXTENDED_HEADER {
    union {
        PCWSTR pwszName;
        PCSTR pszName;
    };
    union {
        PCWSTR pwszValue;
        PCSTR pszValue;
    };
} WINHTTP_EXTENDED_HEADER, *PWINHTTP_EXTENDED_HEADER;

typedef union _WINHTTP_HEADER_NAME {
    PCWSTR pwszName;
    PCSTR pszName;
} WINHTTP_HEADER_NAME, *PWINHTTP_HEADER_NAME;

typedef struct _HTTP_VERSION_INFO {
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
} HTTP_VERSION_INFO, *LPHTTP_VERSION_INFO;

typedef WINHTTP_ASYNC_RESULT* PWINHTTP_ASYNC_RESULT;
typedef WINHTTP_PROXY_INFO* PWINHTTP_PROXY_INFO;
typedef WINHTTP_CERTIFICATE_INFO* PWINHTTP_CERTIFICATE_INFO;
typedef WINHTTP_CURRENT_USER_IE_PROXY_CONFIG* PWINHTTP_CURRENT_USER_IE_PROXY_CONFIG;

typedef VOID(CALLBACK* WINHTTP_STATUS_CALLBACK)(HINTERNET hInternet, DWORD_PTR dwContext, DWORD dwInternetStatus,
                                                LPVOID lpvStatusInformation, DWORD dwStatusInformationLength);
typedef WINHTTP_STATUS_CALLBACK* LPWINHTTP_STATUS_CALLBACK;

/* ---- functions ----------------------------------------------------------------------------------- */

WINHTTPAPI HINTERNET WINAPI WinHttpOpen(LPCWSTR pszAgentW, DWORD dwAccessType, LPCWSTR pszProxyW,
                                        LPCWSTR pszProxyBypassW, DWORD dwFlags);
WINHTTPAPI HINTERNET WINAPI WinHttpConnect(HINTERNET hSession, LPCWSTR pswzServerName, INTERNET_PORT nServerPort,
                                           DWORD dwReserved);
WINHTTPAPI HINTERNET WINAPI WinHttpOpenRequest(HINTERNET hConnect, LPCWSTR pwszVerb, LPCWSTR pwszObjectName,
                                               LPCWSTR pwszVersion, LPCWSTR pwszReferrer, LPCWSTR* ppwszAcceptTypes,
                                               DWORD dwFlags);
BOOLAPI WinHttpAddRequestHeaders(HINTERNET hRequest, LPCWSTR lpszHeaders, DWORD dwHeadersLength, DWORD dwModifiers);
WINHTTPAPI DWORD WINAPI WinHttpAddRequestHeadersEx(HINTERNET hRequest, DWORD dwModifiers, ULONGLONG ullFlags,
                                                   ULONGLONG ullExtra, DWORD cHeaders,
                                                   WINHTTP_EXTENDED_HEADER* pHeaders);
BOOLAPI WinHttpSendRequest(HINTERNET hRequest, LPCWSTR lpszHeaders, DWORD dwHeadersLength, LPVOID lpOptional,
                           DWORD dwOptionalLength, DWORD dwTotalLength, DWORD_PTR dwContext);
BOOLAPI WinHttpWriteData(HINTERNET hRequest, LPCVOID lpBuffer, DWORD dwNumberOfBytesToWrite,
                         LPDWORD lpdwNumberOfBytesWritten);
BOOLAPI WinHttpReceiveResponse(HINTERNET hRequest, LPVOID lpReserved);
BOOLAPI WinHttpQueryHeaders(HINTERNET hRequest, DWORD dwInfoLevel, LPCWSTR pwszName, LPVOID lpBuffer,
                            LPDWORD lpdwBufferLength, LPDWORD lpdwIndex);
WINHTTPAPI DWORD WINAPI WinHttpQueryHeadersEx(HINTERNET hRequest, DWORD dwInfoLevel, ULONGLONG ullFlags,
                                              UINT uiCodePage, PDWORD pdwIndex, PWINHTTP_HEADER_NAME pHeaderName,
                                              PVOID pBuffer, PDWORD pdwBufferLength,
                                              PWINHTTP_EXTENDED_HEADER* ppHeaders, PDWORD pdwHeadersCount);
BOOLAPI WinHttpQueryDataAvailable(HINTERNET hRequest, LPDWORD lpdwNumberOfBytesAvailable);
BOOLAPI WinHttpReadData(HINTERNET hRequest, LPVOID lpBuffer, DWORD dwNumberOfBytesToRead,
                        LPDWORD lpdwNumberOfBytesRead);
WINHTTPAPI DWORD WINAPI WinHttpReadDataEx(HINTERNET hRequest, LPVOID lpBuffer, DWORD dwNumberOfBytesToRead,
                                          LPDWORD lpdwNumberOfBytesRead, ULONGLONG ullFlags, DWORD cbProperty,
                                          PVOID pvProperty);
BOOLAPI WinHttpQueryOption(HINTERNET hInternet, DWORD dwOption, LPVOID lpBuffer, LPDWORD lpdwBufferLength);
BOOLAPI WinHttpSetOption(HINTERNET hInternet, DWORD dwOption, LPVOID lpBuffer, DWORD dwBufferLength);
WINHTTPAPI WINHTTP_STATUS_CALLBACK WINAPI WinHttpSetStatusCallback(HINTERNET hInternet,
                                                                   WINHTTP_STATUS_CALLBACK lpfnInternetCallback,
                                                                   DWORD dwNotificationFlags, DWORD_PTR dwReserved);
BOOLAPI WinHttpSetTimeouts(HINTERNET hInternet, int nResolveTimeout, int nConnectTimeout, int nSendTimeout,
                           int nReceiveTimeout);
BOOLAPI WinHttpCloseHandle(HINTERNET hInternet);
BOOLAPI WinHttpCrackUrl(LPCWSTR pwszUrl, DWORD dwUrlLength, DWORD dwFlags, LPURL_COMPONENTS lpUrlComponents);
BOOLAPI WinHttpCreateUrl(LPURL_COMPONENTS lpUrlComponents, DWORD dwFlags, LPWSTR pwszUrl, LPDWORD pdwUrlLength);
BOOLAPI WinHttpQueryAuthSchemes(HINTERNET hRequest, LPDWORD lpdwSupportedSchemes, LPDWORD lpdwFirstScheme,
                                LPDWORD pdwAuthTarget);
BOOLAPI WinHttpSetCredentials(HINTERNET hRequest, DWORD AuthTargets, DWORD AuthScheme, LPCWSTR pwszUserName,
                              LPCWSTR pwszPassword, LPVOID pAuthParams);
BOOLAPI WinHttpTimeFromSystemTime(CONST SYSTEMTIME* pst, LPWSTR pwszTime);
BOOLAPI WinHttpTimeToSystemTime(LPCWSTR pwszTime, SYSTEMTIME* pst);
BOOLAPI WinHttpCheckPlatform(void);
BOOLAPI WinHttpGetDefaultProxyConfiguration(WINHTTP_PROXY_INFO* pProxyInfo);
BOOLAPI WinHttpSetDefaultProxyConfiguration(WINHTTP_PROXY_INFO* pProxyInfo);
BOOLAPI WinHttpGetIEProxyConfigForCurrentUser(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG* pProxyConfig);

/* ---- constants: see below (audited section by section against Microsoft's reference) ------------ */
#include <winhttp_constants.h>

#ifdef __cplusplus
}
#endif

#endif /* HINTERNET_COMPAT_WINHTTP_H */

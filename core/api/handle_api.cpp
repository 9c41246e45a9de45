// WinHttpOpen, WinHttpConnect, WinHttpOpenRequest, WinHttpCloseHandle, WinHttpSetStatusCallback,
// WinHttpSetTimeouts, WinHttpCheckPlatform: argument and handle validation only; the handles do the work.
#include "api/api_support.h"
#include "handles/handle_table.h"
#include "handles/request.h"
#include "handles/session.h"
#include "net/proxy_config.h"
#include "support/text.h"
#include "url/escaping.h"

#include <cwchar>

using namespace hinternet;
using handles::HandleTable;

namespace {

std::string narrow_utf8(LPCWSTR text)
{
    return text == nullptr ? std::string() : text::to_utf8(std::wstring_view(text, std::wcslen(text)));
}

bool valid_access_type(DWORD access_type)
{
    return access_type == WINHTTP_ACCESS_TYPE_DEFAULT_PROXY || access_type == WINHTTP_ACCESS_TYPE_NO_PROXY ||
           access_type == WINHTTP_ACCESS_TYPE_NAMED_PROXY || access_type == WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY;
}

bool valid_host(const std::string& host)
{
    if (host.empty())
        return false;
    for (const char c : host) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '/' || c == '?' || c == '#' || c == '@' || c == '\\')
            return false;
    }
    return true;
}

} // namespace

extern "C" {

WINHTTPAPI HINTERNET WINAPI WinHttpOpen(LPCWSTR pszAgentW, DWORD dwAccessType, LPCWSTR pszProxyW,
                                        LPCWSTR pszProxyBypassW, DWORD dwFlags)
{
    if (!valid_access_type(dwAccessType) ||
        (dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && (pszProxyW == nullptr || *pszProxyW == L'\0')) ||
        (dwFlags & ~(WINHTTP_FLAG_ASYNC | WINHTTP_FLAG_SECURE_DEFAULTS)) != 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return nullptr;
    }
    try {
        handles::Settings settings;
        settings.user_agent = narrow_utf8(pszAgentW);
        if (text::has_forbidden_header_char(settings.user_agent)) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return nullptr;
        }
        settings.proxy.access_type = dwAccessType;
        if (dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY) {
            settings.proxy.servers = narrow_utf8(pszProxyW);
            settings.proxy.bypass = narrow_utf8(pszProxyBypassW);
            // A line break is never part of a proxy name: refused here instead of an unusable entry later.
            if (text::has_forbidden_header_char(settings.proxy.servers) ||
                text::has_forbidden_header_char(settings.proxy.bypass)) {
                SetLastError(ERROR_INVALID_PARAMETER);
                return nullptr;
            }
        } else if (dwAccessType == WINHTTP_ACCESS_TYPE_DEFAULT_PROXY) {
            const auto defaults = net::default_proxy_configuration();
            settings.proxy.servers = defaults.servers;
            settings.proxy.bypass = defaults.bypass;
            if (!defaults.servers.empty())
                settings.proxy.access_type = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
        }
        if ((dwFlags & WINHTTP_FLAG_SECURE_DEFAULTS) == WINHTTP_FLAG_SECURE_DEFAULTS)
            settings.secure_protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
        auto session = handles::Session::open(settings, dwFlags);
        SetLastError(ERROR_SUCCESS);
        return session->value();
    } catch (...) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return nullptr;
    }
}

WINHTTPAPI HINTERNET WINAPI WinHttpConnect(HINTERNET hSession, LPCWSTR pswzServerName, INTERNET_PORT nServerPort,
                                           DWORD dwReserved)
{
    auto session = HandleTable::instance().find_as<handles::Session>(hSession, WINHTTP_HANDLE_TYPE_SESSION);
    if (!session)
        return nullptr;
    if (pswzServerName == nullptr || dwReserved != 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return nullptr;
    }
    auto host = narrow_utf8(pswzServerName);
    if (!valid_host(host)) {
        SetLastError(ERROR_WINHTTP_INVALID_URL);
        return nullptr;
    }
    try {
        auto connect = handles::Connect::open(session, std::move(host), nServerPort);
        SetLastError(ERROR_SUCCESS);
        return connect->value();
    } catch (...) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return nullptr;
    }
}

WINHTTPAPI HINTERNET WINAPI WinHttpOpenRequest(HINTERNET hConnect, LPCWSTR pwszVerb, LPCWSTR pwszObjectName,
                                               LPCWSTR pwszVersion, LPCWSTR pwszReferrer, LPCWSTR* ppwszAcceptTypes,
                                               DWORD dwFlags)
{
    auto connect = HandleTable::instance().find_as<handles::Connect>(hConnect, WINHTTP_HANDLE_TYPE_CONNECT);
    if (!connect)
        return nullptr;
    try {
        handles::RequestLine line;
        if (pwszVerb != nullptr && *pwszVerb != L'\0')
            line.verb = narrow_utf8(pwszVerb);
        if (pwszVersion != nullptr && *pwszVersion != L'\0')
            line.version = narrow_utf8(pwszVersion);
        line.referrer = narrow_utf8(pwszReferrer);
        line.flags = dwFlags;
        const auto object =
            pwszObjectName != nullptr && *pwszObjectName != L'\0' ? narrow_utf8(pwszObjectName) : std::string("/");
        const bool bad_version = line.version != "HTTP/1.1" && line.version != "HTTP/1.0";
        if (!text::is_token(line.verb) || bad_version || text::has_forbidden_header_char(object) ||
            text::has_forbidden_header_char(line.referrer)) {
            SetLastError(ERROR_INVALID_PARAMETER);
            return nullptr;
        }
        if ((dwFlags & WINHTTP_FLAG_ESCAPE_DISABLE) != 0)
            line.object = url::escape_path_minimal(object);
        else
            line.object = url::escape_path(object, (dwFlags & WINHTTP_FLAG_ESCAPE_PERCENT) != 0,
                                           (dwFlags & WINHTTP_FLAG_ESCAPE_DISABLE_QUERY) == 0);
        for (LPCWSTR* type = ppwszAcceptTypes; type != nullptr && *type != nullptr; ++type) {
            auto accept = narrow_utf8(*type);
            if (text::has_forbidden_header_char(accept)) {
                SetLastError(ERROR_INVALID_PARAMETER);
                return nullptr;
            }
            line.accept_types.push_back(std::move(accept));
        }
        auto request = handles::Request::open(connect, std::move(line));
        SetLastError(ERROR_SUCCESS);
        return request->value();
    } catch (...) {
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return nullptr;
    }
}

BOOLAPI WinHttpCloseHandle(HINTERNET hInternet)
{
    auto handle = HandleTable::instance().remove(hInternet);
    if (!handle)
        return api::fail(ERROR_INVALID_HANDLE);
    handle->close();
    return api::succeed();
}

WINHTTPAPI WINHTTP_STATUS_CALLBACK WINAPI WinHttpSetStatusCallback(HINTERNET hInternet,
                                                                   WINHTTP_STATUS_CALLBACK lpfnInternetCallback,
                                                                   DWORD dwNotificationFlags, DWORD_PTR dwReserved)
{
    auto handle = HandleTable::instance().find(hInternet);
    if (!handle) {
        SetLastError(ERROR_INVALID_HANDLE);
        return WINHTTP_INVALID_STATUS_CALLBACK;
    }
    if (dwReserved != 0 || lpfnInternetCallback == WINHTTP_INVALID_STATUS_CALLBACK) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return WINHTTP_INVALID_STATUS_CALLBACK;
    }
    SetLastError(ERROR_SUCCESS);
    return handle->set_callback(lpfnInternetCallback, dwNotificationFlags);
}

BOOLAPI WinHttpSetTimeouts(HINTERNET hInternet, int nResolveTimeout, int nConnectTimeout, int nSendTimeout,
                           int nReceiveTimeout)
{
    auto handle = HandleTable::instance().find(hInternet);
    if (!handle)
        return api::fail(ERROR_INVALID_HANDLE);
    if (nResolveTimeout < -1 || nConnectTimeout < -1 || nSendTimeout < -1 || nReceiveTimeout < -1)
        return api::fail(ERROR_INVALID_PARAMETER);
    handle->change_settings([&](handles::Settings& settings) {
        settings.timeouts.resolve = nResolveTimeout;
        settings.timeouts.connect = nConnectTimeout;
        settings.timeouts.send = nSendTimeout;
        settings.timeouts.receive = nReceiveTimeout;
    });
    return api::succeed();
}

BOOLAPI WinHttpCheckPlatform(void)
{
    return api::succeed();
}

} // extern "C"

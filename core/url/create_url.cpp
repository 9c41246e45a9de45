#include "support/text.h"
#include "url/crack_url.h"
#include "url/wide_escaping.h"

#include <cwchar>
#include <new>
#include <string>
#include <string_view>

namespace hinternet::url {
namespace {

// A component given to WinHttpCreateUrl: its length, or NUL-terminated when the length is 0.
std::wstring_view component(LPCWSTR text, DWORD length)
{
    if (text == nullptr)
        return {};
    return length != 0 ? std::wstring_view(text, length) : std::wstring_view(text);
}

bool is_default_port(INTERNET_SCHEME scheme, INTERNET_PORT port)
{
    return (scheme == INTERNET_SCHEME_HTTP && port == INTERNET_DEFAULT_HTTP_PORT) ||
           (scheme == INTERNET_SCHEME_HTTPS && port == INTERNET_DEFAULT_HTTPS_PORT);
}

DWORD build(const URL_COMPONENTS& components, DWORD flags, std::wstring& url)
{
    if (components.lpszPassword != nullptr && components.lpszUserName == nullptr)
        return ERROR_INVALID_PARAMETER;
    if ((flags & ICU_REJECT_USERPWD) != 0 && (components.lpszUserName != nullptr || components.lpszPassword != nullptr))
        return ERROR_WINHTTP_INVALID_URL;

    // lpszScheme wins over nScheme; the default port is judged by the scheme actually written.
    INTERNET_SCHEME scheme = 0;
    if (components.lpszScheme != nullptr) {
        const auto text = component(components.lpszScheme, components.dwSchemeLength);
        if (text::iequals(text, std::wstring_view(L"http")))
            scheme = INTERNET_SCHEME_HTTP;
        else if (text::iequals(text, std::wstring_view(L"https")))
            scheme = INTERNET_SCHEME_HTTPS;
        url.append(text);
    } else {
        scheme = components.nScheme == 0 ? static_cast<INTERNET_SCHEME>(INTERNET_SCHEME_HTTP) : components.nScheme;
        if (scheme == INTERNET_SCHEME_HTTP)
            url.append(L"http");
        else if (scheme == INTERNET_SCHEME_HTTPS)
            url.append(L"https");
        else
            return ERROR_INVALID_PARAMETER;
    }
    url.append(L"://");

    const auto authority_part = [flags](std::wstring_view text) {
        return (flags & ICU_ESCAPE_AUTHORITY) != 0 ? escape_wide(text, WideEscapes::authority) : std::wstring(text);
    };
    if (components.lpszUserName != nullptr) {
        url.append(authority_part(component(components.lpszUserName, components.dwUserNameLength)));
        if (components.lpszPassword != nullptr) {
            url.push_back(L':');
            url.append(authority_part(component(components.lpszPassword, components.dwPasswordLength)));
        }
        url.push_back(L'@');
    }

    const auto path = component(components.lpszUrlPath, components.dwUrlPathLength);
    if (components.lpszHostName != nullptr) {
        const auto host = component(components.lpszHostName, components.dwHostNameLength);
        // An IPv6 literal given without brackets still has to come out as one host.
        const bool needs_brackets = host.find(L':') != std::wstring_view::npos && !host.starts_with(L'[');
        if (needs_brackets)
            url.push_back(L'[');
        url.append(host);
        if (needs_brackets)
            url.push_back(L']');
        if ((flags & ICU_INCLUDE_DEFAULT_PORT) != 0 || !is_default_port(scheme, components.nPort)) {
            url.push_back(L':');
            url.append(std::to_wstring(components.nPort));
        }
        if (components.lpszUrlPath != nullptr && !path.starts_with(L'/'))
            url.push_back(L'/');
    }

    const auto escaped = [flags](std::wstring_view text) {
        return (flags & ICU_ESCAPE) != 0 ? escape_wide(text, WideEscapes::create) : std::wstring(text);
    };
    url.append(escaped(path));
    url.append(escaped(component(components.lpszExtraInfo, components.dwExtraInfoLength)));
    return ERROR_SUCCESS;
}

} // namespace

DWORD create(const URL_COMPONENTS* components, DWORD flags, LPWSTR buffer, LPDWORD buffer_length)
{
    if (components == nullptr || components->dwStructSize != sizeof(URL_COMPONENTS) || buffer_length == nullptr)
        return ERROR_INVALID_PARAMETER;
    try {
        std::wstring url;
        if (const DWORD error = build(*components, flags, url); error != ERROR_SUCCESS)
            return error;
        const auto required = static_cast<DWORD>(url.size() + 1);
        if (*buffer_length < required) {
            *buffer_length = required;
            return ERROR_INSUFFICIENT_BUFFER;
        }
        // Room claimed but no buffer to put the URL in (Windows 7 and later).
        if (buffer == nullptr)
            return ERROR_INVALID_PARAMETER;
        url.copy(buffer, url.size());
        buffer[url.size()] = L'\0';
        *buffer_length = static_cast<DWORD>(url.size());
        return ERROR_SUCCESS;
    } catch (const std::bad_alloc&) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
}

} // namespace hinternet::url

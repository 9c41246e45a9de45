#include "url/crack_url.h"

#include "support/text.h"
#include "url/wide_escaping.h"

#include <array>
#include <cwchar>
#include <new>
#include <string>
#include <string_view>

namespace hinternet::url {
namespace {

// Where one component lies in the input. Absent (no userinfo, say) differs from present and empty
// ("http://user:@host" has an empty password): an absent component is reported as a NULL pointer.
struct Span {
    std::size_t begin = 0;
    std::size_t length = 0;
    bool present = false;
};

enum class Part { scheme, user, password, host, path, extra };

struct Cracked {
    INTERNET_SCHEME scheme_number = 0;
    INTERNET_PORT port = 0;
    std::array<Span, 6> spans{};

    Span& operator[](Part part) { return spans[static_cast<std::size_t>(part)]; }
};

// One string component of URL_COMPONENTS: its pointer member and its length member.
struct Slot {
    Part part;
    LPWSTR* text;
    DWORD* length;
};

std::array<Slot, 6> slots_of(URL_COMPONENTS& components)
{
    return {{
        {Part::scheme, &components.lpszScheme, &components.dwSchemeLength},
        {Part::user, &components.lpszUserName, &components.dwUserNameLength},
        {Part::password, &components.lpszPassword, &components.dwPasswordLength},
        {Part::host, &components.lpszHostName, &components.dwHostNameLength},
        {Part::path, &components.lpszUrlPath, &components.dwUrlPathLength},
        {Part::extra, &components.lpszExtraInfo, &components.dwExtraInfoLength},
    }};
}

Span span(std::size_t begin, std::size_t end)
{
    return {begin, end - begin, true};
}

bool is_ipv6_literal_character(wchar_t c)
{
    return (c >= L'0' && c <= L'9') || (c >= L'a' && c <= L'f') || (c >= L'A' && c <= L'F') || c == L':' || c == L'.';
}

DWORD parse_port(std::wstring_view text, INTERNET_SCHEME scheme, INTERNET_PORT& port)
{
    // "http://host:" names no port: the scheme's default, as on Windows.
    if (text.empty()) {
        port = scheme == INTERNET_SCHEME_HTTPS ? INTERNET_DEFAULT_HTTPS_PORT : INTERNET_DEFAULT_HTTP_PORT;
        return ERROR_SUCCESS;
    }
    unsigned long value = 0;
    for (const wchar_t c : text) {
        if (c < L'0' || c > L'9')
            return ERROR_WINHTTP_INVALID_URL;
        value = value * 10 + static_cast<unsigned long>(c - L'0');
        if (value > 65535)
            return ERROR_WINHTTP_INVALID_URL;
    }
    // Port 0 is accepted and reported as 0, as Windows does; WinHttpConnect reads 0 as the default port.
    port = static_cast<INTERNET_PORT>(value);
    return ERROR_SUCCESS;
}

// Host and optional port: [start, end) of the authority after any userinfo.
DWORD split_host_and_port(std::wstring_view url, std::size_t start, std::size_t end, Cracked& out)
{
    std::size_t host_end = end;
    std::size_t port_start = end;
    bool has_port = false;
    if (start < end && url[start] == L'[') {
        const auto close = url.find(L']', start);
        if (close == std::wstring_view::npos || close >= end)
            return ERROR_WINHTTP_INVALID_URL;
        const auto literal = url.substr(start + 1, close - start - 1);
        if (literal.find(L':') == std::wstring_view::npos)
            return ERROR_WINHTTP_INVALID_URL;
        for (const wchar_t c : literal) {
            if (!is_ipv6_literal_character(c))
                return ERROR_WINHTTP_INVALID_URL;
        }
        host_end = close + 1; // the brackets stay part of the host name
        if (host_end < end) {
            if (url[host_end] != L':')
                return ERROR_WINHTTP_INVALID_URL;
            has_port = true;
            port_start = host_end + 1;
        }
    } else if (const auto colon = url.substr(start, end - start).find(L':'); colon != std::wstring_view::npos) {
        host_end = start + colon;
        has_port = true;
        port_start = host_end + 1;
    }
    if (host_end == start)
        return ERROR_WINHTTP_INVALID_URL;
    out[Part::host] = span(start, host_end);
    return parse_port(has_port ? url.substr(port_start, end - port_start) : std::wstring_view(), out.scheme_number,
                      out.port);
}

// Windows' reading of a URL: scheme ":" "//" [user [":" password] "@"] host [":" port] [path] [extra], where
// the extra info starts at the first '?' or '#'. When the caller does not ask for the extra info, the path
// runs to the end of the URL (Windows does this, and callers rely on it to get path and query in one).
DWORD split(std::wstring_view url, DWORD flags, bool extra_wanted, Cracked& out)
{
    const auto colon = url.find(L':');
    if (colon == std::wstring_view::npos)
        return ERROR_WINHTTP_UNRECOGNIZED_SCHEME;
    const auto scheme = url.substr(0, colon);
    if (text::iequals(scheme, std::wstring_view(L"http")))
        out.scheme_number = INTERNET_SCHEME_HTTP;
    else if (text::iequals(scheme, std::wstring_view(L"https")))
        out.scheme_number = INTERNET_SCHEME_HTTPS;
    else
        return ERROR_WINHTTP_UNRECOGNIZED_SCHEME;
    out[Part::scheme] = span(0, colon);

    if (url.substr(colon + 1, 2) != L"//")
        return ERROR_WINHTTP_INVALID_URL;
    const std::size_t authority_start = colon + 3;
    const std::size_t authority_end = std::min(url.find_first_of(L"/?#", authority_start), url.size());
    if (authority_end == authority_start)
        return ERROR_WINHTTP_INVALID_URL;

    std::size_t host_start = authority_start;
    const auto authority = url.substr(authority_start, authority_end - authority_start);
    // The last '@' ends the userinfo, so an unescaped '@' in a password does not move the host.
    if (const auto at = authority.rfind(L'@'); at != std::wstring_view::npos) {
        if ((flags & ICU_REJECT_USERPWD) != 0)
            return ERROR_WINHTTP_INVALID_URL;
        const auto userinfo_end = authority_start + at;
        const auto password_colon = authority.substr(0, at).find(L':');
        if (password_colon == std::wstring_view::npos) {
            out[Part::user] = span(authority_start, userinfo_end);
        } else {
            out[Part::user] = span(authority_start, authority_start + password_colon);
            out[Part::password] = span(authority_start + password_colon + 1, userinfo_end);
        }
        host_start = userinfo_end + 1;
    }
    if (const DWORD error = split_host_and_port(url, host_start, authority_end, out); error != ERROR_SUCCESS)
        return error;

    const std::size_t extra_start =
        extra_wanted ? std::min(url.find_first_of(L"?#", authority_end), url.size()) : url.size();
    out[Part::path] = span(authority_end, extra_start);
    out[Part::extra] = span(extra_start, url.size());
    return ERROR_SUCCESS;
}

std::wstring value_of(std::wstring_view url, Part part, const Span& where, DWORD flags)
{
    const auto raw = where.present ? url.substr(where.begin, where.length) : std::wstring_view();
    if (part == Part::scheme)
        return std::wstring(raw);
    // Windows lets ICU_ESCAPE win when both are given.
    if ((flags & ICU_ESCAPE) != 0)
        return (part == Part::path || part == Part::extra) ? escape_wide(raw, WideEscapes::crack) : std::wstring(raw);
    if ((flags & ICU_DECODE) != 0)
        return decode_wide(raw);
    return std::wstring(raw);
}

DWORD crack_checked(LPCWSTR url, DWORD url_length, DWORD flags, URL_COMPONENTS& components)
{
    auto slots = slots_of(components);
    // A buffer without a size can hold nothing, not even the terminator.
    for (const Slot& slot : slots) {
        if (*slot.text != nullptr && *slot.length == 0)
            return ERROR_INVALID_PARAMETER;
    }
    const std::wstring_view input(url, url_length != 0 ? url_length : std::wcslen(url));
    Cracked cracked;
    if (const DWORD error = split(input, flags, components.dwExtraInfoLength != 0, cracked); error != ERROR_SUCCESS)
        return error;

    // A pointer into the input cannot show an escaped or decoded value.
    if ((flags & (ICU_ESCAPE | ICU_DECODE)) != 0) {
        for (const Slot& slot : slots) {
            if (*slot.text == nullptr && *slot.length != 0 && cracked[slot.part].length != 0)
                return ERROR_INVALID_PARAMETER;
        }
    }

    bool too_small = false;
    for (const Slot& slot : slots) {
        const Span& where = cracked[slot.part];
        if (*slot.length == 0)
            continue; // not asked for
        if (*slot.text == nullptr) {
            *slot.text = where.present ? const_cast<LPWSTR>(url + where.begin) : nullptr;
            *slot.length = static_cast<DWORD>(where.length);
            continue;
        }
        const std::wstring value = value_of(input, slot.part, where, flags);
        if (value.size() >= *slot.length) {
            *slot.length = static_cast<DWORD>(value.size() + 1);
            too_small = true;
            continue;
        }
        value.copy(*slot.text, value.size());
        (*slot.text)[value.size()] = L'\0';
        *slot.length = static_cast<DWORD>(value.size());
    }
    components.nScheme = cracked.scheme_number;
    components.nPort = cracked.port;
    return too_small ? ERROR_INSUFFICIENT_BUFFER : ERROR_SUCCESS;
}

} // namespace

DWORD crack(LPCWSTR url, DWORD url_length, DWORD flags, URL_COMPONENTS* components)
{
    if (url == nullptr || components == nullptr || components->dwStructSize != sizeof(URL_COMPONENTS))
        return ERROR_INVALID_PARAMETER;
    try {
        return crack_checked(url, url_length, flags, *components);
    } catch (const std::bad_alloc&) {
        return ERROR_NOT_ENOUGH_MEMORY;
    }
}

} // namespace hinternet::url

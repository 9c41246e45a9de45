#include "winhttp_probe.h"

#include <hinternet/extensions.h>

#include <algorithm>
#include <cctype>

namespace hs::playground_test {

namespace {

struct CallbackState {
    DWORD secureFailureFlags = 0;
    int redirects = 0;
};

void CALLBACK onStatus(HINTERNET, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
{
    auto* state = reinterpret_cast<CallbackState*>(context);
    if (state == nullptr)
        return;
    if (status == WINHTTP_CALLBACK_STATUS_SECURE_FAILURE && information != nullptr && length == sizeof(DWORD))
        state->secureFailureFlags |= *static_cast<DWORD*>(information);
    if (status == WINHTTP_CALLBACK_STATUS_REDIRECT)
        ++state->redirects;
}

std::wstring queryHeaders(HINTERNET request)
{
    DWORD length = 0;
    WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX, WINHTTP_NO_OUTPUT_BUFFER,
                        &length, WINHTTP_NO_HEADER_INDEX);
    std::wstring text(length / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryHeaders(request, WINHTTP_QUERY_RAW_HEADERS_CRLF, WINHTTP_HEADER_NAME_BY_INDEX, text.data(),
                             &length, WINHTTP_NO_HEADER_INDEX))
        return {};
    text.resize(length / sizeof(wchar_t));
    return text;
}

std::vector<std::pair<std::string, std::string>> splitHeaders(const std::wstring& raw)
{
    std::string text;
    for (const wchar_t c : raw)
        text.push_back(static_cast<char>(c));
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t at = text.find("\r\n"); // after the status line
    while (at != std::string::npos && at + 2 < text.size()) {
        const auto end = text.find("\r\n", at + 2);
        const std::string line = text.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2);
        at = end;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string value = line.substr(colon + 1);
        value.erase(0, value.find_first_not_of(' '));
        headers.emplace_back(line.substr(0, colon), value);
    }
    return headers;
}

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

QString queryUrl(HINTERNET request)
{
    DWORD length = 0;
    WinHttpQueryOption(request, WINHTTP_OPTION_URL, nullptr, &length);
    std::wstring url(length / sizeof(wchar_t) + 1, L'\0');
    if (!WinHttpQueryOption(request, WINHTTP_OPTION_URL, url.data(), &length))
        return {};
    url.resize(length / sizeof(wchar_t));
    return QString::fromStdWString(url);
}

} // namespace

std::string ProbeResponse::header(std::string_view name) const
{
    for (const auto& [key, value] : headers)
        if (sameName(key, name))
            return value;
    return {};
}

std::vector<std::string> ProbeResponse::all(std::string_view name) const
{
    std::vector<std::string> values;
    for (const auto& [key, value] : headers)
        if (sameName(key, name))
            values.push_back(value);
    return values;
}

bool ProbeResponse::has(std::string_view name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto& h) { return sameName(h.first, name); });
}

std::wstring wide(const QString& text)
{
    return text.toStdWString();
}

Probe::Probe(const wchar_t* agent)
{
    session_ = WinHttpOpen(agent, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
}

Probe::~Probe()
{
    if (session_ != nullptr)
        WinHttpCloseHandle(session_);
}

bool Probe::trustOnSession(const QString& caFile)
{
    std::wstring ca = wide(caFile);
    return WinHttpSetOption(session_, HINTERNET_OPTION_CA_FILE, ca.data(), static_cast<DWORD>(ca.size())) != FALSE;
}

ProbeResponse Probe::send(const ProbeRequest& spec)
{
    ProbeResponse response;
    CallbackState state;
    const auto fail = [&] {
        response.error = GetLastError();
        return response;
    };

    const std::wstring url = wide(spec.url);
    URL_COMPONENTS parts{};
    parts.dwStructSize = sizeof parts;
    wchar_t host[256] = {};
    wchar_t path[8192] = {};
    parts.lpszHostName = host;
    parts.dwHostNameLength = 256;
    parts.lpszUrlPath = path;
    parts.dwUrlPathLength = 8192;
    wchar_t extra[8192] = {};
    parts.lpszExtraInfo = extra;
    parts.dwExtraInfoLength = 8192;
    if (!WinHttpCrackUrl(url.c_str(), 0, 0, &parts))
        return fail();
    const std::wstring target = std::wstring(path) + extra;

    HINTERNET connect = WinHttpConnect(session_, host, parts.nPort, 0);
    if (connect == nullptr)
        return fail();
    const DWORD openFlags = parts.nScheme == INTERNET_SCHEME_HTTPS ? WINHTTP_FLAG_SECURE : 0;
    HINTERNET request = WinHttpOpenRequest(connect, spec.method.c_str(), target.c_str(), nullptr, WINHTTP_NO_REFERER,
                                           WINHTTP_DEFAULT_ACCEPT_TYPES, openFlags);
    if (request == nullptr) {
        WinHttpCloseHandle(connect);
        return fail();
    }
    const auto finish = [&] {
        response.secureFailureFlags = state.secureFailureFlags;
        response.redirects = state.redirects;
        WinHttpCloseHandle(request);
        WinHttpCloseHandle(connect);
        return response;
    };

    auto* context = &state;
    WinHttpSetOption(request, WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context);
    WinHttpSetStatusCallback(request, onStatus, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
    WinHttpSetTimeouts(request, 0, 10'000, 30'000, 30'000);
    DWORD disabled =
        (spec.followRedirects ? 0 : WINHTTP_DISABLE_REDIRECTS) | (spec.cookies ? 0 : WINHTTP_DISABLE_COOKIES);
    if (disabled != 0)
        WinHttpSetOption(request, WINHTTP_OPTION_DISABLE_FEATURE, &disabled, sizeof disabled);
    if (spec.decompression != 0) {
        DWORD flags = spec.decompression;
        WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &flags, sizeof flags);
    }
    if (spec.securityFlags != 0) {
        DWORD flags = spec.securityFlags;
        WinHttpSetOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags);
    }
    if (!spec.caFile.isEmpty()) {
        std::wstring ca = wide(spec.caFile);
        WinHttpSetOption(request, HINTERNET_OPTION_CA_FILE, ca.data(), static_cast<DWORD>(ca.size()));
    }
    std::wstring headers;
    for (const auto& header : spec.headers)
        headers += header + L"\r\n";

    for (int attempt = 0; attempt < 3; ++attempt) {
        auto* body = spec.body.empty() ? WINHTTP_NO_REQUEST_DATA : const_cast<char*>(spec.body.data());
        const auto size = static_cast<DWORD>(spec.body.size());
        if (!WinHttpSendRequest(request, headers.empty() ? WINHTTP_NO_ADDITIONAL_HEADERS : headers.c_str(),
                                headers.empty() ? 0 : static_cast<DWORD>(-1L), body, size, size, 0) ||
            !WinHttpReceiveResponse(request, nullptr)) {
            response.error = GetLastError();
            return finish();
        }
        DWORD status = 0;
        DWORD length = sizeof status;
        WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                            WINHTTP_HEADER_NAME_BY_INDEX, &status, &length, WINHTTP_NO_HEADER_INDEX);
        response.status = status;
        if (status != 401 || !spec.credentials || attempt == 2)
            break;
        // Drain the challenge's body, then answer it.
        char scratch[4096];
        DWORD read = 0;
        while (WinHttpReadData(request, scratch, sizeof scratch, &read) && read > 0) {
        }
        if (!WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, spec.credentials->scheme,
                                   spec.credentials->user.c_str(), spec.credentials->password.c_str(), nullptr)) {
            response.error = GetLastError();
            return finish();
        }
    }
    response.headers = splitHeaders(queryHeaders(request));
    response.finalUrl = queryUrl(request);

    std::string buffer(256 * 1024, '\0');
    while (true) {
        DWORD read = 0;
        if (!WinHttpReadData(request, buffer.data(), static_cast<DWORD>(buffer.size()), &read)) {
            response.error = GetLastError();
            break;
        }
        if (read == 0)
            break;
        response.bodySize += read;
        if (spec.sink) {
            if (!spec.sink(buffer.data(), read))
                break;
        } else {
            response.body.append(buffer.data(), read);
        }
    }
    return finish();
}

} // namespace hs::playground_test

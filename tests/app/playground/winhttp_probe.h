#pragma once

// A small synchronous client on the WinHTTP C API (hinternet) for the playground tests: one call per request,
// response headers by name, optional streaming of the body, and the SECURE_FAILURE flags when TLS fails.
#include <windows.h>
#include <winhttp.h>

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hs::playground_test {

struct Credentials {
    DWORD scheme = WINHTTP_AUTH_SCHEME_BASIC;
    std::wstring user;
    std::wstring password;
};

struct ProbeRequest {
    QString url;
    std::wstring method = L"GET";
    std::vector<std::wstring> headers; // "Name: value"
    std::string body;
    QString caFile; // trusted in addition to the system store
    bool followRedirects = false;
    bool cookies = true;
    DWORD decompression = 0;
    DWORD securityFlags = 0;                // SECURITY_FLAG_IGNORE_*
    std::optional<Credentials> credentials; // answered after a 401 challenge
    // Receives the body instead of keeping it; return false to stop reading (the request is then closed).
    std::function<bool(const char* data, std::size_t size)> sink;
};

struct ProbeResponse {
    DWORD error = ERROR_SUCCESS; // GetLastError of the first call that failed
    DWORD status = 0;
    std::vector<std::pair<std::string, std::string>> headers; // in order, names as sent
    std::string body;
    std::uint64_t bodySize = 0;
    DWORD secureFailureFlags = 0;
    QString finalUrl;
    int redirects = 0; // WINHTTP_CALLBACK_STATUS_REDIRECT notifications

    std::string header(std::string_view name) const; // the first value, empty when absent
    std::vector<std::string> all(std::string_view name) const;
    bool has(std::string_view name) const;
};

// One WinHTTP session (and so one cookie jar) for the requests sent through it.
class Probe {
public:
    explicit Probe(const wchar_t* agent = L"hinterscope-playground-tests/1.0");
    ~Probe();
    Probe(const Probe&) = delete;
    Probe& operator=(const Probe&) = delete;

    ProbeResponse send(const ProbeRequest& request);
    // HINTERNET_OPTION_CA_FILE on the session: every later request trusts this CA file.
    bool trustOnSession(const QString& caFile);

private:
    HINTERNET session_ = nullptr;
};

std::wstring wide(const QString& text);

} // namespace hs::playground_test

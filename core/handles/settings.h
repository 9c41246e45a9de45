#pragma once

#include <windows.h>
#include <winhttp.h>

#include <map>
#include <string>

namespace hinternet::handles {

// WinHTTP's per-handle options that children inherit: a connect handle copies its session's settings
// when it is created, a request copies its connect handle's. Later changes to a parent do not reach
// children that already exist, as on Windows.
struct Timeouts {
    int resolve = 0; // infinite
    int connect = 60'000;
    int send = 30'000;
    int receive = 30'000;
    int receive_response = 90'000; // WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT
};

struct ProxySettings {
    DWORD access_type = WINHTTP_ACCESS_TYPE_NO_PROXY;
    std::string servers; // "host:port", or "http=host:port;https=host:port"
    std::string bypass;  // "<local>;*.example.com"
};

struct Settings {
    Timeouts timeouts;
    std::string user_agent;
    ProxySettings proxy;
    DWORD redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP;
    DWORD max_redirects = 10;
    DWORD decompression = 0;
    DWORD secure_protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
    DWORD disabled_features = 0; // WINHTTP_DISABLE_*
    DWORD enabled_features = 0;  // WINHTTP_ENABLE_*
    DWORD security_flags = 0;    // SECURITY_FLAG_IGNORE_*
    DWORD max_response_header_size = 256 * 1024;
    DWORD max_response_drain_size = 1024 * 1024;
    DWORD max_connections_per_server = 0; // 0: no limit of ours
    std::string ca_file;                  // extra trust anchors (C++ API / CLI --cacert)
    std::string client_certificate_file;
    std::string client_key_file;
    std::string client_key_password;
    bool proceed_without_client_certificate = false; // WINHTTP_OPTION_CLIENT_CERT_CONTEXT = NO_CLIENT_CERT
    DWORD max_interim_responses = 10;                // WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE
    bool expire_connection = false;                  // WINHTTP_OPTION_EXPIRE_CONNECTION: do not reuse it
    // Options WinHTTP programs set that change nothing on Linux (worker threads, code page, fast-open,
    // ...): kept so they read back as set (docs/winhttp-compat.md lists them).
    std::map<DWORD, DWORD> inert_options;
};

} // namespace hinternet::handles

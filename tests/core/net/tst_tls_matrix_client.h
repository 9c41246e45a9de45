#pragma once

// One HTTPS GET through the public WinHTTP C API, in synchronous or asynchronous mode, reporting what a
// WinHTTP program can observe: the call that failed and its error, every SECURE_FAILURE flag word, the
// status, the body and the negotiated protocol. Each call makes its own session, so nothing pooled or
// cached carries over between the rows of the TLS matrix.
#include <windows.h>
#include <winhttp.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hs::test {

enum class TlsMode { Sync, Async };

struct TlsRequest {
    TlsMode mode = TlsMode::Sync;
    std::wstring host = L"localhost";
    std::uint16_t port = 0;
    std::wstring path = L"/hello.txt";
    std::optional<std::uint16_t> proxy_port;           // WINHTTP_ACCESS_TYPE_NAMED_PROXY 127.0.0.1:port
    std::optional<std::filesystem::path> trusted_root; // HINTERNET_OPTION_CA_FILE on the session
    DWORD ignore_flags = 0;                            // WINHTTP_OPTION_SECURITY_FLAGS on the request
    DWORD secure_protocols = 0;                        // WINHTTP_OPTION_SECURE_PROTOCOLS; 0 keeps the default
    std::optional<std::filesystem::path> client_chain; // HINTERNET_OPTION_CLIENT_CERT_FILE
    std::optional<std::filesystem::path> client_key;   // HINTERNET_OPTION_CLIENT_KEY_FILE
    bool no_client_certificate = false; // WINHTTP_OPTION_CLIENT_CERT_CONTEXT = WINHTTP_NO_CLIENT_CERT_CONTEXT
};

struct TlsOutcome {
    std::string failed_call; // "WinHttpSendRequest", ...; in async mode taken from REQUEST_ERROR's dwResult
    DWORD error = ERROR_SUCCESS;
    std::vector<DWORD> secure_failures; // the DWORD of each WINHTTP_CALLBACK_STATUS_SECURE_FAILURE
    std::vector<DWORD> callbacks;       // async mode: every status seen on the request handle, in order
    DWORD status = 0;
    std::string body;
    DWORD security_flags = 0; // WINHTTP_OPTION_SECURITY_FLAGS after success
    std::string protocol;     // lpszProtocolName of WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT
};

TlsOutcome tls_fetch(const TlsRequest& request);
std::string describe(const TlsOutcome& outcome);

} // namespace hs::test

// TLS through the WinHTTP C API, synchronous mode, against real servers on 127.0.0.1: trust options,
// what a successful request reports, the retry after a waiver, SNI, protocol negotiation and client
// certificates in PEM and PKCS#12. The certificate × ignore-flag matrix lives in tst_tls_matrix.cpp.
#include <windows.h>
#include <winhttp.h>

#include <hinternet/extensions.h>

#include "support/nginx_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"
#include "support/tls_openssl_server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <format>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

using namespace std::chrono_literals;
using hs::test::CertificateSpec;
using hs::test::IssuedCertificate;
using Signer = CertificateSpec::Signer;

namespace {

constexpr char body_text[] = "hello over tls\n";

std::wstring wide(const std::string& text)
{
    return std::wstring(text.begin(), text.end()); // ASCII only: paths under $TMPDIR and host names
}

std::string narrow(const wchar_t* text)
{
    std::string out;
    for (; text != nullptr && *text != L'\0'; ++text)
        out.push_back(static_cast<char>(*text));
    return out;
}

struct HandleCloser {
    void operator()(void* handle) const { WinHttpCloseHandle(handle); }
};
using Handle = std::unique_ptr<void, HandleCloser>;

// The request's context value points here; the callback runs on the calling thread in synchronous mode,
// the mutex only guards against a surprise.
struct CallbackLog {
    std::mutex mutex;
    std::vector<DWORD> secure_failures;
};

void CALLBACK record_status(HINTERNET, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
{
    auto* log = reinterpret_cast<CallbackLog*>(context);
    if (log == nullptr || status != WINHTTP_CALLBACK_STATUS_SECURE_FAILURE)
        return;
    DWORD flags = 0;
    if (information != nullptr && length == sizeof flags)
        std::memcpy(&flags, information, sizeof flags);
    std::lock_guard lock(log->mutex);
    log->secure_failures.push_back(flags);
}

struct ClientOptions {
    std::wstring host = L"localhost";
    std::optional<std::filesystem::path> trusted_root; // HINTERNET_OPTION_CA_FILE on the session
    DWORD ignore_flags = 0;                            // WINHTTP_OPTION_SECURITY_FLAGS on the request
    DWORD secure_protocols = 0;                        // WINHTTP_OPTION_SECURE_PROTOCOLS; 0 keeps the default
    std::optional<IssuedCertificate> client_certificate;
    bool no_client_certificate = false; // WINHTTP_OPTION_CLIENT_CERT_CONTEXT = WINHTTP_NO_CLIENT_CERT_CONTEXT
    std::optional<std::filesystem::path> pkcs12_file; // HINTERNET_OPTION_CLIENT_CERT_FILE, key inside
    std::wstring pkcs12_password;                     // HINTERNET_OPTION_CLIENT_KEY_PASSWORD
    std::wstring path = L"/hello.txt";
};

struct Outcome {
    std::string failed_call; // empty when every call succeeded
    DWORD error = ERROR_SUCCESS;
    std::vector<DWORD> secure_failures;
    DWORD status = 0;
    std::string body;
    DWORD security_flags = 0;
    std::string subject;
    std::string issuer;
    std::string protocol;
    FILETIME start{};
    FILETIME expiry{};
    std::optional<WINHTTP_CONNECTION_INFO> connection;
};

std::string describe(const Outcome& outcome)
{
    std::string flags;
    for (DWORD value : outcome.secure_failures)
        flags += std::format(" 0x{:x}", value);
    return std::format("failed call '{}' error {} secure failures [{} ] status {}", outcome.failed_call, outcome.error,
                       flags, outcome.status);
}

bool set_string_option(HINTERNET handle, DWORD option, const std::filesystem::path& value)
{
    auto text = wide(value.string());
    return WinHttpSetOption(handle, option, text.data(), static_cast<DWORD>(text.size())) != FALSE;
}

void query_details(HINTERNET request, Outcome& outcome)
{
    DWORD length = sizeof outcome.security_flags;
    EXPECT_TRUE(WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &outcome.security_flags, &length));

    WINHTTP_CERTIFICATE_INFO certificate{};
    length = sizeof certificate;
    if (WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT, &certificate, &length)) {
        outcome.subject = narrow(certificate.lpszSubjectInfo);
        outcome.issuer = narrow(certificate.lpszIssuerInfo);
        outcome.protocol = narrow(certificate.lpszProtocolName);
        outcome.start = certificate.ftStart;
        outcome.expiry = certificate.ftExpiry;
        for (LPWSTR text : {certificate.lpszSubjectInfo, certificate.lpszIssuerInfo, certificate.lpszProtocolName,
                            certificate.lpszSignatureAlgName, certificate.lpszEncryptionAlgName})
            if (text != nullptr)
                LocalFree(text);
    } else {
        ADD_FAILURE() << "WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT failed: " << GetLastError();
    }

    WINHTTP_CONNECTION_INFO connection{};
    length = sizeof connection;
    if (WinHttpQueryOption(request, WINHTTP_OPTION_CONNECTION_INFO, &connection, &length))
        outcome.connection = connection;
    else
        ADD_FAILURE() << "WINHTTP_OPTION_CONNECTION_INFO failed: " << GetLastError();
}

// One GET in a fresh session, so no pooled connection or cached decision carries over between attempts.
Outcome fetch(std::uint16_t port, const ClientOptions& options)
{
    Outcome outcome;
    CallbackLog log;
    auto failed = [&](const char* call) {
        outcome.failed_call = call;
        outcome.error = GetLastError();
        std::lock_guard lock(log.mutex);
        outcome.secure_failures = log.secure_failures;
        return outcome;
    };

    Handle session(WinHttpOpen(L"hinterscope-tls-test", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    if (!session)
        return failed("WinHttpOpen");
    if (!WinHttpSetTimeouts(session.get(), 5000, 5000, 5000, 5000))
        return failed("WinHttpSetTimeouts");
    if (options.trusted_root && !set_string_option(session.get(), HINTERNET_OPTION_CA_FILE, *options.trusted_root))
        return failed("WinHttpSetOption(HINTERNET_OPTION_CA_FILE)");
    if (options.client_certificate &&
        (!set_string_option(session.get(), HINTERNET_OPTION_CLIENT_CERT_FILE, options.client_certificate->chain) ||
         !set_string_option(session.get(), HINTERNET_OPTION_CLIENT_KEY_FILE, options.client_certificate->key)))
        return failed("WinHttpSetOption(HINTERNET_OPTION_CLIENT_CERT_FILE/KEY_FILE)");
    if (options.pkcs12_file &&
        (!set_string_option(session.get(), HINTERNET_OPTION_CLIENT_CERT_FILE, *options.pkcs12_file) ||
         !WinHttpSetOption(session.get(), HINTERNET_OPTION_CLIENT_KEY_PASSWORD,
                           const_cast<wchar_t*>(options.pkcs12_password.c_str()),
                           static_cast<DWORD>(options.pkcs12_password.size()))))
        return failed("WinHttpSetOption(PKCS#12 client certificate)");
    if (options.secure_protocols != 0) {
        DWORD protocols = options.secure_protocols;
        if (!WinHttpSetOption(session.get(), WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof protocols))
            return failed("WinHttpSetOption(WINHTTP_OPTION_SECURE_PROTOCOLS)");
    }
    if (WinHttpSetStatusCallback(session.get(), record_status, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) ==
        WINHTTP_INVALID_STATUS_CALLBACK)
        return failed("WinHttpSetStatusCallback");

    Handle connect(WinHttpConnect(session.get(), options.host.c_str(), port, 0));
    if (!connect)
        return failed("WinHttpConnect");
    Handle request(WinHttpOpenRequest(connect.get(), L"GET", options.path.c_str(), nullptr, WINHTTP_NO_REFERER,
                                      WINHTTP_DEFAULT_ACCEPT_TYPES, WINHTTP_FLAG_SECURE));
    if (!request)
        return failed("WinHttpOpenRequest");
    auto context = reinterpret_cast<DWORD_PTR>(&log);
    if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context))
        return failed("WinHttpSetOption(WINHTTP_OPTION_CONTEXT_VALUE)");
    if (options.no_client_certificate &&
        !WinHttpSetOption(request.get(), WINHTTP_OPTION_CLIENT_CERT_CONTEXT, WINHTTP_NO_CLIENT_CERT_CONTEXT, 0))
        return failed("WinHttpSetOption(WINHTTP_OPTION_CLIENT_CERT_CONTEXT)");
    if (options.ignore_flags != 0) {
        DWORD flags = options.ignore_flags;
        if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags))
            return failed("WinHttpSetOption(WINHTTP_OPTION_SECURITY_FLAGS)");
    }

    if (!WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        return failed("WinHttpSendRequest");
    if (!WinHttpReceiveResponse(request.get(), nullptr))
        return failed("WinHttpReceiveResponse");
    DWORD length = sizeof outcome.status;
    if (!WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                             WINHTTP_HEADER_NAME_BY_INDEX, &outcome.status, &length, WINHTTP_NO_HEADER_INDEX))
        return failed("WinHttpQueryHeaders");
    for (;;) {
        char buffer[4096];
        DWORD received = 0;
        if (!WinHttpReadData(request.get(), buffer, sizeof buffer, &received))
            return failed("WinHttpReadData");
        if (received == 0)
            break;
        outcome.body.append(buffer, received);
        if (outcome.body.size() > (1u << 20))
            return failed("WinHttpReadData (more than 1 MiB)");
    }
    query_details(request.get(), outcome);
    std::lock_guard lock(log.mutex);
    outcome.secure_failures = log.secure_failures;
    return outcome;
}

std::string ipv4_text(const HINTERNET_SOCKADDR_STORAGE& storage, std::uint16_t* port = nullptr)
{
    if (storage.ss_family != AF_INET)
        return std::format("(family {})", storage.ss_family);
    sockaddr_in address{};
    std::memcpy(&address, &storage, sizeof address);
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address.sin_addr, text, sizeof text);
    if (port != nullptr)
        *port = ntohs(address.sin_port);
    return text;
}

std::time_t unix_time(const FILETIME& time)
{
    const auto intervals = (static_cast<std::uint64_t>(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    return static_cast<std::time_t>(intervals / 10'000'000ULL) - 11'644'473'600LL;
}

std::unique_ptr<hs::test::NginxServer> start_nginx(const std::filesystem::path& chain, const std::filesystem::path& key,
                                                   std::string extra_directives = {})
{
    hs::test::NginxOptions options;
    options.tls_certificate_chain = chain;
    options.tls_private_key = key;
    options.extra_server_directives = std::move(extra_directives);
    auto server = std::make_unique<hs::test::NginxServer>(std::move(options));
    hs::test::write_file(server->document_root() / "hello.txt", body_text);
    return server;
}

class TlsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        directory_ = new hs::test::TempDir("hinterscope-pki");
        pki_ = new hs::test::TestPki(directory_->path());
    }
    static void TearDownTestSuite()
    {
        delete pki_;
        pki_ = nullptr;
        delete directory_;
        directory_ = nullptr;
    }

    static hs::test::TestPki& pki() { return *pki_; }
    static ClientOptions trusting(std::wstring host = L"localhost")
    {
        ClientOptions options;
        options.host = std::move(host);
        options.trusted_root = pki_->root_certificate();
        return options;
    }
    static IssuedCertificate localhost_certificate(const std::string& name, Signer signer = Signer::Root)
    {
        CertificateSpec spec;
        spec.dns_names = {"localhost"};
        spec.ip_addresses = {"127.0.0.1"};
        spec.signer = signer;
        return pki().issue(name, spec);
    }

private:
    static inline hs::test::TempDir* directory_ = nullptr;
    static inline hs::test::TestPki* pki_ = nullptr;
};

void expect_success(const Outcome& outcome)
{
    EXPECT_EQ(outcome.failed_call, "") << describe(outcome);
    EXPECT_EQ(outcome.status, 200u) << describe(outcome);
    EXPECT_TRUE(outcome.secure_failures.empty()) << describe(outcome);
}

void expect_secure_failure(const Outcome& outcome, DWORD flags)
{
    EXPECT_EQ(outcome.failed_call, "WinHttpSendRequest") << describe(outcome);
    EXPECT_EQ(outcome.error, static_cast<DWORD>(ERROR_WINHTTP_SECURE_FAILURE)) << describe(outcome);
    EXPECT_EQ(outcome.secure_failures, std::vector<DWORD>{flags}) << describe(outcome);
}

CertificateSpec spec_for(std::vector<std::string> dns, std::vector<std::string> ips = {})
{
    CertificateSpec spec;
    spec.dns_names = std::move(dns);
    spec.ip_addresses = std::move(ips);
    return spec;
}

// ---------------------------------------------------------------------------------------------------
// Trust, protocols, what a successful request reports, client certificates.

TEST_F(TlsTest, TestRootIsNotTrustedWithoutTheCaFileOption)
{
    const auto certificate = localhost_certificate("default-trust");
    const auto nginx = start_nginx(certificate.chain, certificate.key);
    ClientOptions options; // no HINTERNET_OPTION_CA_FILE: the system store alone
    expect_secure_failure(fetch(nginx->https_port(), options), WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA);
    options.ignore_flags = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    expect_success(fetch(nginx->https_port(), options));
}

TEST_F(TlsTest, CaFileOnTheRequestHandleIsHonouredToo)
{
    const auto certificate = localhost_certificate("request-ca-file");
    const auto nginx = start_nginx(certificate.chain, certificate.key);
    Handle session(WinHttpOpen(L"hinterscope-tls-test", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    ASSERT_TRUE(session);
    Handle connect(WinHttpConnect(session.get(), L"localhost", nginx->https_port(), 0));
    ASSERT_TRUE(connect);
    Handle request(WinHttpOpenRequest(connect.get(), L"GET", L"/hello.txt", nullptr, WINHTTP_NO_REFERER,
                                      WINHTTP_DEFAULT_ACCEPT_TYPES, WINHTTP_FLAG_SECURE));
    ASSERT_TRUE(request);
    ASSERT_TRUE(set_string_option(request.get(), HINTERNET_OPTION_CA_FILE, pki().root_certificate()));
    ASSERT_TRUE(WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        << GetLastError();
    ASSERT_TRUE(WinHttpReceiveResponse(request.get(), nullptr)) << GetLastError();
    DWORD status = 0;
    DWORD length = sizeof status;
    ASSERT_TRUE(WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                    WINHTTP_HEADER_NAME_BY_INDEX, &status, &length, WINHTTP_NO_HEADER_INDEX));
    EXPECT_EQ(status, 200u);
}

TEST_F(TlsTest, SuccessfulRequestReportsSecurityFlagsCertificateAndAddresses)
{
    CertificateSpec spec = spec_for({"localhost"});
    spec.common_name = "tls-details.localhost";
    spec.signer = Signer::Intermediate;
    const auto certificate = pki().issue("details", spec);
    const auto nginx = start_nginx(certificate.chain, certificate.key);

    const auto outcome = fetch(nginx->https_port(), trusting());
    expect_success(outcome);
    EXPECT_EQ(outcome.body, body_text);
    EXPECT_EQ(outcome.security_flags & (SECURITY_FLAG_SECURE | SECURITY_FLAG_STRENGTH_STRONG),
              static_cast<DWORD>(SECURITY_FLAG_SECURE | SECURITY_FLAG_STRENGTH_STRONG))
        << std::format("0x{:x}", outcome.security_flags);
    EXPECT_NE(outcome.subject.find("CN=tls-details.localhost"), std::string::npos) << outcome.subject;
    EXPECT_NE(outcome.issuer.find("CN=Hinterscope Test Intermediate CA"), std::string::npos) << outcome.issuer;
    const auto now = std::time(nullptr);
    EXPECT_LT(unix_time(outcome.start), now);
    EXPECT_GT(unix_time(outcome.expiry), now + 29 * 24 * 3600);
    EXPECT_LT(unix_time(outcome.expiry), now + 31 * 24 * 3600);

    ASSERT_TRUE(outcome.connection);
    EXPECT_EQ(outcome.connection->cbSize, sizeof(WINHTTP_CONNECTION_INFO));
    std::uint16_t remote_port = 0;
    EXPECT_EQ(ipv4_text(outcome.connection->LocalAddress), "127.0.0.1");
    EXPECT_EQ(ipv4_text(outcome.connection->RemoteAddress, &remote_port), "127.0.0.1");
    EXPECT_EQ(remote_port, nginx->https_port());
}

// The pattern WinHTTP's documentation gives: inspect the certificate after the failure, set the ignore
// flag on the same request handle and send again.
TEST_F(TlsTest, SameRequestSucceedsWhenSentAgainWithTheIgnoreFlag)
{
    CertificateSpec spec = spec_for({"localhost"});
    spec.signer = Signer::Self;
    spec.common_name = "retry.localhost";
    const auto certificate = pki().issue("retry", spec);
    const auto nginx = start_nginx(certificate.chain, certificate.key);
    Handle session(WinHttpOpen(L"hinterscope-tls-test", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    ASSERT_TRUE(session);
    ASSERT_TRUE(set_string_option(session.get(), HINTERNET_OPTION_CA_FILE, pki().root_certificate()));
    Handle connect(WinHttpConnect(session.get(), L"localhost", nginx->https_port(), 0));
    ASSERT_TRUE(connect);
    Handle request(WinHttpOpenRequest(connect.get(), L"GET", L"/hello.txt", nullptr, WINHTTP_NO_REFERER,
                                      WINHTTP_DEFAULT_ACCEPT_TYPES, WINHTTP_FLAG_SECURE));
    ASSERT_TRUE(request);

    EXPECT_FALSE(WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_SECURE_FAILURE));
    WINHTTP_CERTIFICATE_INFO info{};
    DWORD length = sizeof info;
    ASSERT_TRUE(WinHttpQueryOption(request.get(), WINHTTP_OPTION_SECURITY_CERTIFICATE_STRUCT, &info, &length))
        << GetLastError();
    EXPECT_NE(narrow(info.lpszSubjectInfo).find("CN=retry.localhost"), std::string::npos);
    EXPECT_EQ(narrow(info.lpszSubjectInfo), narrow(info.lpszIssuerInfo)); // self-signed
    for (LPWSTR text : {info.lpszSubjectInfo, info.lpszIssuerInfo, info.lpszProtocolName, info.lpszSignatureAlgName,
                        info.lpszEncryptionAlgName})
        if (text != nullptr)
            LocalFree(text);

    DWORD flags = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
    ASSERT_TRUE(WinHttpSetOption(request.get(), WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags));
    ASSERT_TRUE(WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        << GetLastError();
    ASSERT_TRUE(WinHttpReceiveResponse(request.get(), nullptr)) << GetLastError();
    DWORD status = 0;
    length = sizeof status;
    ASSERT_TRUE(WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                    WINHTTP_HEADER_NAME_BY_INDEX, &status, &length, WINHTTP_NO_HEADER_INDEX));
    EXPECT_EQ(status, 200u);
}

TEST_F(TlsTest, ServerNameIndicationCarriesHostNamesButNotAddresses)
{
    const auto certificate = pki().issue("sni", spec_for({"localhost", "*.hs.localhost"}, {"127.0.0.1"}));
    const auto nginx =
        start_nginx(certificate.chain, certificate.key, "location = /sni { return 200 \"[$ssl_server_name]\"; }");
    for (const auto& [host, expected] :
         {std::pair{L"localhost", "[localhost]"}, std::pair{L"a.hs.localhost", "[a.hs.localhost]"},
          std::pair{L"127.0.0.1", "[]"}}) {
        SCOPED_TRACE(narrow(host));
        auto options = trusting(host);
        options.path = L"/sni";
        const auto outcome = fetch(nginx->https_port(), options);
        expect_success(outcome);
        EXPECT_EQ(outcome.body, expected);
    }
}

struct ProtocolCase {
    const char* name;
    DWORD secure_protocols;
    const char* negotiated;
};

class SecureProtocols : public TlsTest, public ::testing::WithParamInterface<ProtocolCase> {};

TEST_P(SecureProtocols, SessionOptionDecidesTheNegotiatedVersion)
{
    const auto certificate = localhost_certificate(std::string("protocol-") + GetParam().name);
    const auto nginx = start_nginx(certificate.chain, certificate.key); // offers TLS 1.2 and 1.3
    auto options = trusting();
    options.secure_protocols = GetParam().secure_protocols;
    const auto outcome = fetch(nginx->https_port(), options);
    expect_success(outcome);
    EXPECT_EQ(outcome.protocol, GetParam().negotiated);
}

INSTANTIATE_TEST_SUITE_P(Versions, SecureProtocols,
                         ::testing::Values(ProtocolCase{"Tls13Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3, "TLSv1.3"},
                                           ProtocolCase{"Tls12Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2, "TLSv1.2"},
                                           ProtocolCase{"Default", 0, "TLSv1.3"},
                                           ProtocolCase{"Tls11And12",
                                                        WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |
                                                            WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2,
                                                        "TLSv1.2"}),
                         [](const auto& instance) { return std::string(instance.param.name); });

TEST_F(TlsTest, LegacyOnlyServerFailsUnlessTheSessionAllowsTls10)
{
    const auto certificate = localhost_certificate("legacy");
    const hs::test::TlsOpensslServer server(certificate.chain, certificate.key, {"-tls1"});
    auto options = trusting();
    expect_secure_failure(fetch(server.port(), options), WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR);

    options.secure_protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1;
    const auto outcome = fetch(server.port(), options);
    expect_success(outcome);
    EXPECT_EQ(outcome.protocol, "TLSv1");
}

TEST_F(TlsTest, AllowingLegacyProtocolsDoesNotWeakenAModernConnection)
{
    // Allowing TLS 1.0 lowers OpenSSL's security level; a TLS 1.3 connection must still refuse a
    // 1024-bit key.
    CertificateSpec spec;
    spec.dns_names = {"localhost"};
    spec.rsa_bits = 1024;
    const auto certificate = pki().issue("weak-key-modern", spec);
    const hs::test::TlsOpensslServer server(certificate.chain, certificate.key);
    auto options = trusting();
    options.secure_protocols =
        WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
    expect_secure_failure(fetch(server.port(), options), WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT);
}

TEST_F(TlsTest, SecureProtocolsRejectsUnknownBits)
{
    Handle session(WinHttpOpen(L"hinterscope-tls-test", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    ASSERT_TRUE(session);
    DWORD protocols = 0x00000001;
    EXPECT_FALSE(WinHttpSetOption(session.get(), WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof protocols));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_INVALID_PARAMETER));
}

class ClientCertificates : public TlsTest {
protected:
    void SetUp() override
    {
        const auto server_certificate = localhost_certificate("mutual-server");
        nginx_ = start_nginx(server_certificate.chain, server_certificate.key,
                             std::format("ssl_verify_client on;\n        ssl_client_certificate {};\n"
                                         "        location = /whoami {{ return 200 \"$ssl_client_s_dn\"; }}",
                                         pki().root_certificate().string()));
    }

    static IssuedCertificate client_certificate(const std::string& name, Signer signer = Signer::Root)
    {
        CertificateSpec spec;
        spec.common_name = "hinterscope-client";
        spec.server_auth = false;
        spec.client_auth = true;
        spec.signer = signer;
        return pki().issue(name, spec);
    }

    std::unique_ptr<hs::test::NginxServer> nginx_;
};

TEST_F(ClientCertificates, CertificateSignedByTheServersCaIsAccepted)
{
    auto options = trusting();
    options.client_certificate = client_certificate("client");
    options.path = L"/whoami";
    const auto outcome = fetch(nginx_->https_port(), options);
    expect_success(outcome);
    EXPECT_EQ(outcome.body, "CN=hinterscope-client,O=Hinterscope Test");
}

TEST_F(ClientCertificates, ServerAskingForACertificateWithoutOneFailsWithClientAuthCertNeeded)
{
    const auto outcome = fetch(nginx_->https_port(), trusting());
    EXPECT_EQ(outcome.failed_call, "WinHttpSendRequest") << describe(outcome);
    EXPECT_EQ(outcome.error, static_cast<DWORD>(ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED)) << describe(outcome);
}

TEST_F(ClientCertificates, NoClientCertContextProceedsWithoutOne)
{
    // WinHTTP's documented answer to ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED when the caller has none:
    // the handshake goes on, and this server then refuses the request itself (400).
    auto options = trusting();
    options.no_client_certificate = true;
    const auto outcome = fetch(nginx_->https_port(), options);
    EXPECT_TRUE(outcome.failed_call.empty()) << describe(outcome);
    EXPECT_EQ(outcome.status, 400u) << describe(outcome);
}

TEST_F(ClientCertificates, Pkcs12BundleWithPasswordIsAccepted)
{
    const auto client = client_certificate("client-p12");
    const auto bundle = pki().directory() / "client.p12";
    const auto command = std::format("openssl pkcs12 -export -in '{}' -inkey '{}' -out '{}' -passout pass:s3cret "
                                     "2>/dev/null",
                                     client.chain.string(), client.key.string(), bundle.string());
    ASSERT_EQ(std::system(command.c_str()), 0);
    auto options = trusting();
    options.pkcs12_file = bundle;
    options.pkcs12_password = L"s3cret";
    options.path = L"/whoami";
    const auto outcome = fetch(nginx_->https_port(), options);
    expect_success(outcome);
    EXPECT_EQ(outcome.body, "CN=hinterscope-client,O=Hinterscope Test");

    options.pkcs12_password = L"wrong";
    expect_secure_failure(fetch(nginx_->https_port(), options), WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR);
}

TEST_F(ClientCertificates, UnreadableCertificateFileIsASecureFailure)
{
    auto options = trusting();
    options.client_certificate = IssuedCertificate{
        pki().directory() / "missing.pem", pki().directory() / "missing-chain.pem", pki().directory() / "missing.key"};
    expect_secure_failure(fetch(nginx_->https_port(), options), WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR);
}

} // namespace

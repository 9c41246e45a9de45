// The TLS matrix of issue 8: a PKI made at test time, real servers on 127.0.0.1 (nginx, `openssl s_server`
// where nginx will not serve the case), and every row checked through the public WinHTTP C API for the
// exact WINHTTP_CALLBACK_STATUS_FLAG_* bits of SECURE_FAILURE, the call that fails and its error, and
// which SECURITY_FLAG_IGNORE_* bit lets the request through. Expectations come from WinHTTP's documented
// pairing of failure and ignore flags (failures_waived_by), never from the engine's own tables.
#include "tst_tls_matrix_client.h"

#include "support/nginx_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"
#include "support/tls_connect_proxy.h"
#include "support/tls_openssl_server.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <format>
#include <map>
#include <memory>
#include <string>
#include <vector>

using hs::test::CertificateSpec;
using hs::test::TlsMode;
using hs::test::TlsOutcome;
using hs::test::TlsRequest;
using Signer = CertificateSpec::Signer;

namespace {

constexpr char body_text[] = "hello over tls\n";

// ---------------------------------------------------------------------------------------------------
// Servers, started once per certificate and suite, all stopped in TearDownTestSuite.

enum class Server { Nginx, SServer };
enum class Route {
    Direct,
    Proxy, // through TlsConnectProxy, so names like a.example.test need no resolver
};

struct Endpoint {
    std::unique_ptr<hs::test::NginxServer> nginx;
    std::unique_ptr<hs::test::TlsOpensslServer> s_server;
    std::unique_ptr<hs::test::TlsConnectProxy> proxy;
    std::uint16_t port() const { return nginx ? nginx->https_port() : s_server->port(); }
};

class TlsMatrix : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        directory_ = std::make_unique<hs::test::TempDir>("hinterscope-tls-matrix");
        pki_ = std::make_unique<hs::test::TestPki>(directory_->path());
    }
    static void TearDownTestSuite()
    {
        endpoints_.clear(); // stops every server and proxy this suite started
        pki_.reset();
        directory_.reset();
    }

    static hs::test::TestPki& pki() { return *pki_; }

    // The server for `key`, started by `start` the first time it is asked for.
    template <typename Start>
    static Endpoint& endpoint(const std::string& key, Start start)
    {
        auto& slot = endpoints_[key];
        if (!slot)
            slot = std::make_unique<Endpoint>(start());
        return *slot;
    }

    static std::unique_ptr<hs::test::NginxServer>
    nginx(const std::filesystem::path& chain, const std::filesystem::path& key, std::string extra_directives = {})
    {
        hs::test::NginxOptions options;
        options.tls_certificate_chain = chain;
        options.tls_private_key = key;
        options.extra_server_directives = std::move(extra_directives);
        auto server = std::make_unique<hs::test::NginxServer>(std::move(options));
        hs::test::write_file(server->document_root() / "hello.txt", body_text);
        return server;
    }

    static hs::test::IssuedCertificate localhost_certificate()
    {
        CertificateSpec spec;
        spec.dns_names = {"localhost"};
        spec.ip_addresses = {"127.0.0.1"};
        return pki().issue("localhost", spec);
    }

    static TlsRequest trusting(std::uint16_t port, TlsMode mode)
    {
        TlsRequest request;
        request.port = port;
        request.mode = mode;
        request.trusted_root = pki().root_certificate();
        return request;
    }

private:
    static inline std::unique_ptr<hs::test::TempDir> directory_;
    static inline std::unique_ptr<hs::test::TestPki> pki_;
    static inline std::map<std::string, std::unique_ptr<Endpoint>> endpoints_;
};

const char* mode_name(TlsMode mode)
{
    return mode == TlsMode::Sync ? "Sync" : "Async";
}

void expect_failure(const TlsOutcome& outcome, DWORD error, std::vector<DWORD> secure_failures)
{
    EXPECT_EQ(outcome.failed_call, "WinHttpSendRequest") << describe(outcome);
    EXPECT_EQ(outcome.error, error) << describe(outcome);
    EXPECT_EQ(outcome.secure_failures, secure_failures) << describe(outcome);
}

// In asynchronous mode a failed send ends with exactly one REQUEST_ERROR, after the SECURE_FAILURE.
void expect_async_failure_order(const TlsOutcome& outcome)
{
    const auto& seen = outcome.callbacks;
    EXPECT_EQ(std::count(seen.begin(), seen.end(), WINHTTP_CALLBACK_STATUS_REQUEST_ERROR), 1) << describe(outcome);
    const auto error = std::find(seen.begin(), seen.end(), WINHTTP_CALLBACK_STATUS_REQUEST_ERROR);
    const auto secure = std::find(seen.begin(), seen.end(), WINHTTP_CALLBACK_STATUS_SECURE_FAILURE);
    if (secure != seen.end()) {
        EXPECT_LT(secure, error) << "SECURE_FAILURE must come before REQUEST_ERROR";
    }
    EXPECT_EQ(std::count(seen.begin(), seen.end(), WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE), 0);
}

// ---------------------------------------------------------------------------------------------------
// Certificates × ignore flags.

struct Served {
    const char* name;
    CertificateSpec spec;
    bool send_intermediate = true;
    Server server = Server::Nginx;
};

CertificateSpec names(std::vector<std::string> dns, std::vector<std::string> ips = {})
{
    CertificateSpec spec;
    spec.dns_names = std::move(dns);
    spec.ip_addresses = std::move(ips);
    return spec;
}

CertificateSpec with(CertificateSpec spec, auto change)
{
    change(spec);
    return spec;
}

const auto expired = [](CertificateSpec& s) {
    s.not_before_days = -30;
    s.not_after_days = -1;
};

const Served served_certificates[] = {
    {"root-signed", names({"localhost"})},
    {"via-intermediate", with(names({"localhost"}), [](auto& s) { s.signer = Signer::Intermediate; })},
    {"intermediate-not-sent", with(names({"localhost"}), [](auto& s) { s.signer = Signer::Intermediate; }), false},
    {"dns-and-ip", names({"localhost"}, {"127.0.0.1"})},
    {"ip-only", with(names({}, {"127.0.0.1"}), [](auto& s) { s.common_name = "hinterscope ip only"; })},
    {"cn-only-name", with(names({}), [](auto& s) { s.common_name = "localhost"; })},
    {"cn-only-address", with(names({}), [](auto& s) { s.common_name = "127.0.0.1"; })},
    {"other-name", names({"other.localhost"}, {"127.0.0.2"})},
    {"wildcard-example-test", names({"*.example.test"})},
    {"wildcard-tld", names({"*.test"})},
    {"wildcard-hs-localhost", names({"*.hs.localhost"})},
    {"wildcard-localhost", names({"*.localhost"})},
    {"expired", with(names({"localhost"}), expired)},
    {"not-yet-valid", with(names({"localhost"}),
                           [](auto& s) {
                               s.not_before_days = 1;
                               s.not_after_days = 30;
                           })},
    {"self-signed", with(names({"localhost"}), [](auto& s) { s.signer = Signer::Self; })},
    {"unknown-root", with(names({"localhost"}), [](auto& s) { s.signer = Signer::UnknownCa; })},
    {"client-auth-only", with(names({"localhost"}),
                              [](auto& s) {
                                  s.server_auth = false;
                                  s.client_auth = true;
                              })},
    {"expired-other-name", with(names({"other.localhost"}), expired)},
    {"unknown-root-expired", with(names({"localhost"}),
                                  [](auto& s) {
                                      expired(s);
                                      s.signer = Signer::UnknownCa;
                                  })},
    {"self-signed-expired-other-name", with(names({"other.localhost"}),
                                            [](auto& s) {
                                                expired(s);
                                                s.signer = Signer::Self;
                                            })},
    {"expired-client-auth-only", with(names({"localhost"}),
                                      [](auto& s) {
                                          expired(s);
                                          s.server_auth = false;
                                          s.client_auth = true;
                                      })},
    // nginx refuses to load these ("ee key too small", "ca md too weak"): s_server at SECLEVEL=0 serves them.
    {"rsa-2048", with(names({"localhost"}), [](auto& s) { s.rsa_bits = 2048; }), true, Server::SServer},
    {"rsa-1024", with(names({"localhost"}), [](auto& s) { s.rsa_bits = 1024; }), true, Server::SServer},
    {"sha1", with(names({"localhost"}), [](auto& s) { s.sha1 = true; }), true, Server::SServer},
    {"sha1-expired",
     with(names({"localhost"}),
          [](auto& s) {
              s.sha1 = true;
              expired(s);
          }),
     true, Server::SServer},
};

struct CertificateCase {
    const char* name;
    const char* served;
    const wchar_t* host;
    DWORD failures; // WINHTTP_CALLBACK_STATUS_FLAG_* with no ignore flag set
    Route route = Route::Direct;
    bool sha1 = false; // SECURITY_FLAG_IGNORE_WEAK_SIGNATURE waives its INVALID_CERT
};

constexpr DWORD date_invalid = WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID;
constexpr DWORD cn_invalid = WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID;
constexpr DWORD invalid_ca = WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA;
constexpr DWORD wrong_usage = WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE;
constexpr DWORD invalid_cert = WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT;

const CertificateCase certificate_cases[] = {
    {"ValidRootSigned", "root-signed", L"localhost", 0},
    {"ValidChainWithIntermediate", "via-intermediate", L"localhost", 0},
    {"MissingIntermediate", "intermediate-not-sent", L"localhost", invalid_ca},
    {"IpSanByAddress", "dns-and-ip", L"127.0.0.1", 0},
    {"IpSanCertByName", "ip-only", L"localhost", cn_invalid},
    {"DnsOnlyCertByAddress", "root-signed", L"127.0.0.1", cn_invalid},
    // No SAN at all: the CN is the name (OpenSSL and Windows agree), but never an address (OpenSSL).
    {"CommonNameOnlyByName", "cn-only-name", L"localhost", 0},
    {"CommonNameOnlyAddressByAddress", "cn-only-address", L"127.0.0.1", cn_invalid},
    {"TrailingDotHost", "root-signed", L"localhost.", 0},
    {"TrailingDotWildcard", "wildcard-example-test", L"a.example.test.", 0, Route::Proxy},
    {"WrongHost", "other-name", L"localhost", cn_invalid},
    {"WrongAddress", "other-name", L"127.0.0.1", cn_invalid},
    {"WildcardMatchesOneLabel", "wildcard-example-test", L"a.example.test", 0, Route::Proxy},
    {"WildcardMatchesOneLabelCaseInsensitively", "wildcard-example-test", L"A.Example.TEST", 0, Route::Proxy},
    {"WildcardDoesNotMatchTwoLabels", "wildcard-example-test", L"a.b.example.test", cn_invalid, Route::Proxy},
    {"WildcardDoesNotMatchItsParent", "wildcard-example-test", L"example.test", cn_invalid, Route::Proxy},
    {"WildcardDoesNotMatchASibling", "wildcard-example-test", L"a.example.org", cn_invalid, Route::Proxy},
    // A wildcard needs two labels after it, so "*.test" covers nothing.
    {"WildcardOverATopLevelLabel", "wildcard-tld", L"a.test", cn_invalid, Route::Proxy},
    // The same rules without a proxy: the engine resolves *.localhost to loopback itself (RFC 6761).
    {"WildcardLocalhostDirect", "wildcard-hs-localhost", L"a.hs.localhost", 0},
    {"WildcardLocalhostTwoLabelsDirect", "wildcard-hs-localhost", L"a.b.hs.localhost", cn_invalid},
    {"WildcardLocalhostParentDirect", "wildcard-hs-localhost", L"hs.localhost", cn_invalid},
    {"WildcardOverLocalhostItself", "wildcard-localhost", L"a.localhost", cn_invalid},
    {"Expired", "expired", L"localhost", date_invalid},
    {"NotYetValid", "not-yet-valid", L"localhost", date_invalid},
    {"SelfSignedLeaf", "self-signed", L"localhost", invalid_ca},
    {"UnknownRoot", "unknown-root", L"localhost", invalid_ca},
    {"WrongUsageClientAuthOnly", "client-auth-only", L"localhost", wrong_usage},
    {"ExpiredAndWrongHost", "expired-other-name", L"localhost", date_invalid | cn_invalid},
    {"UnknownRootAndExpired", "unknown-root-expired", L"localhost", invalid_ca | date_invalid},
    {"SelfSignedExpiredWrongHost", "self-signed-expired-other-name", L"localhost",
     invalid_ca | date_invalid | cn_invalid},
    {"ExpiredAndWrongUsage", "expired-client-auth-only", L"localhost", date_invalid | wrong_usage},
    {"Rsa2048Control", "rsa-2048", L"localhost", 0},
    // Below OpenSSL's default security level 2: the key size has no ignore flag at all.
    {"Rsa1024Key", "rsa-1024", L"localhost", invalid_cert},
    {"Sha1Signature", "sha1", L"localhost", invalid_cert, Route::Direct, true},
    {"Sha1SignatureExpired", "sha1-expired", L"localhost", invalid_cert | date_invalid, Route::Direct, true},
};

struct IgnoreRow {
    const char* name;
    DWORD flags;
};

const IgnoreRow ignore_rows[] = {
    {"NoIgnoreFlag", 0},
    {"IgnoreUnknownCa", SECURITY_FLAG_IGNORE_UNKNOWN_CA},
    {"IgnoreCertDateInvalid", SECURITY_FLAG_IGNORE_CERT_DATE_INVALID},
    {"IgnoreCertCnInvalid", SECURITY_FLAG_IGNORE_CERT_CN_INVALID},
    {"IgnoreCertWrongUsage", SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE},
    {"IgnoreAllCertErrors", SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS},
    {"IgnoreWeakSignature", SECURITY_FLAG_IGNORE_WEAK_SIGNATURE},
};

// WinHTTP's documented pairing of ignore flags and the failures they waive.
DWORD failures_waived_by(DWORD ignore_flags, bool sha1)
{
    DWORD waived = 0;
    if ((ignore_flags & SECURITY_FLAG_IGNORE_UNKNOWN_CA) != 0)
        waived |= invalid_ca;
    if ((ignore_flags & SECURITY_FLAG_IGNORE_CERT_DATE_INVALID) != 0)
        waived |= date_invalid;
    if ((ignore_flags & SECURITY_FLAG_IGNORE_CERT_CN_INVALID) != 0)
        waived |= cn_invalid;
    if ((ignore_flags & SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE) != 0)
        waived |= wrong_usage;
    if (sha1 && (ignore_flags & SECURITY_FLAG_IGNORE_WEAK_SIGNATURE) != 0)
        waived |= invalid_cert;
    return waived;
}

struct CertificateRow {
    const CertificateCase* certificate;
    const IgnoreRow* ignore;
    TlsMode mode;
};

void PrintTo(const CertificateRow& row, std::ostream* out)
{
    *out << row.certificate->name << '/' << row.ignore->name << '/' << mode_name(row.mode);
}

std::vector<CertificateRow> certificate_rows()
{
    std::vector<CertificateRow> rows;
    for (const auto& certificate : certificate_cases)
        for (const auto& ignore : ignore_rows)
            rows.push_back({&certificate, &ignore, TlsMode::Sync});
    // A few asynchronous rows: the same verdicts must arrive through the callbacks.
    const std::pair<const char*, DWORD> async_rows[] = {
        {"ValidChainWithIntermediate", 0},
        {"Expired", 0},
        {"Expired", SECURITY_FLAG_IGNORE_CERT_DATE_INVALID},
        {"WrongHost", SECURITY_FLAG_IGNORE_UNKNOWN_CA},
        {"WildcardMatchesOneLabel", 0},
        {"WildcardDoesNotMatchTwoLabels", SECURITY_FLAG_IGNORE_CERT_CN_INVALID},
        {"SelfSignedExpiredWrongHost", SECURITY_FLAG_IGNORE_CERT_DATE_INVALID},
        {"SelfSignedExpiredWrongHost", SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS},
        {"Rsa1024Key", SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS},
    };
    for (const auto& [name, flags] : async_rows) {
        const auto* certificate = std::find_if(std::begin(certificate_cases), std::end(certificate_cases),
                                               [&](const auto& c) { return std::string(c.name) == name; });
        const auto* ignore = std::find_if(std::begin(ignore_rows), std::end(ignore_rows),
                                          [&](const auto& r) { return r.flags == flags; });
        rows.push_back({certificate, ignore, TlsMode::Async});
    }
    return rows;
}

class CertificateMatrix : public TlsMatrix, public ::testing::WithParamInterface<CertificateRow> {
protected:
    static Endpoint& endpoint_for(const CertificateCase& row, bool proxied)
    {
        const auto& served = *std::find_if(std::begin(served_certificates), std::end(served_certificates),
                                           [&](const auto& s) { return std::string(s.name) == row.served; });
        auto& endpoint = TlsMatrix::endpoint(served.name, [&] {
            const auto issued = pki().issue(served.name, served.spec);
            const auto& chain = served.send_intermediate ? issued.chain : issued.certificate;
            Endpoint started;
            if (served.server == Server::Nginx)
                started.nginx = nginx(chain, issued.key);
            else
                started.s_server = std::make_unique<hs::test::TlsOpensslServer>(chain, issued.key);
            return started;
        });
        if (proxied && !endpoint.proxy)
            endpoint.proxy = std::make_unique<hs::test::TlsConnectProxy>(endpoint.port());
        return endpoint;
    }
};

TEST_P(CertificateMatrix, ReportsItsFlagsAndOnlyTheMatchingIgnoreFlagLetsItThrough)
{
    const auto& [certificate, ignore, mode] = GetParam();
    const bool proxied = certificate->route == Route::Proxy;
    auto& server = endpoint_for(*certificate, proxied);

    auto request = trusting(proxied ? std::uint16_t{443} : server.port(), mode);
    request.host = certificate->host;
    if (proxied)
        request.proxy_port = server.proxy->port();
    request.ignore_flags = ignore->flags;
    const auto outcome = tls_fetch(request);

    const DWORD left = certificate->failures & ~failures_waived_by(ignore->flags, certificate->sha1);
    if (left != 0) {
        expect_failure(outcome, ERROR_WINHTTP_SECURE_FAILURE, {left});
        if (mode == TlsMode::Async)
            expect_async_failure_order(outcome);
        return;
    }
    EXPECT_EQ(outcome.failed_call, "") << describe(outcome);
    EXPECT_EQ(outcome.status, 200u) << describe(outcome);
    EXPECT_TRUE(outcome.secure_failures.empty()) << describe(outcome);
    if (server.nginx) {
        EXPECT_EQ(outcome.body, body_text);
    } else {
        EXPECT_NE(outcome.body.find("s_server"), std::string::npos) << outcome.body.substr(0, 200);
    }
    const DWORD echoed = SECURITY_FLAG_SECURE | (ignore->flags & SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS);
    EXPECT_EQ(outcome.security_flags & echoed, echoed) << std::format("0x{:x}", outcome.security_flags);
    if (proxied) {
        // The proxy tunnelled the name the test chose (host names compare case-insensitively).
        auto lower = [](std::string text) {
            std::ranges::transform(text, text.begin(), [](unsigned char c) { return std::tolower(c); });
            return text;
        };
        const auto targets = server.proxy->connect_targets();
        ASSERT_FALSE(targets.empty());
        const std::wstring host = certificate->host;
        EXPECT_EQ(lower(targets.back()), lower(std::string(host.begin(), host.end()) + ":443"));
    }
}

INSTANTIATE_TEST_SUITE_P(Tls, CertificateMatrix, ::testing::ValuesIn(certificate_rows()), [](const auto& instance) {
    const auto& row = instance.param;
    return std::format("{}_{}_{}", row.certificate->name, row.ignore->name, mode_name(row.mode));
});

// ---------------------------------------------------------------------------------------------------
// Server protocol versions × WINHTTP_OPTION_SECURE_PROTOCOLS.

struct ProtocolServer {
    const char* name;
    const char* s_server_flag;
    DWORD protocol; // the one WINHTTP_FLAG_SECURE_PROTOCOL_* it speaks
    const char* negotiated;
};

const ProtocolServer protocol_servers[] = {
    {"Tls10Server", "-tls1", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1, "TLSv1"},
    {"Tls11Server", "-tls1_1", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1, "TLSv1.1"},
    {"Tls12Server", "-tls1_2", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2, "TLSv1.2"},
    {"Tls13Server", "-tls1_3", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3, "TLSv1.3"},
};

struct ClientProtocols {
    const char* name;
    DWORD mask; // 0: the default, TLS 1.2 + 1.3
};

const ClientProtocols client_protocols[] = {
    {"DefaultProtocols", 0},
    {"Tls10Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1},
    {"Tls11Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1},
    {"Tls12Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2},
    {"Tls13Only", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3},
    {"Tls10And13Hole", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3},
    {"Tls12And13", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3},
    {"Tls10To13", WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |
                      WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3},
};

struct ProtocolRow {
    const ProtocolServer* server;
    const ClientProtocols* client;
    TlsMode mode;
};

void PrintTo(const ProtocolRow& row, std::ostream* out)
{
    *out << row.server->name << '/' << row.client->name << '/' << mode_name(row.mode);
}

std::vector<ProtocolRow> protocol_rows()
{
    std::vector<ProtocolRow> rows;
    for (const auto& server : protocol_servers)
        for (const auto& client : client_protocols)
            rows.push_back({&server, &client, TlsMode::Sync});
    rows.push_back({&protocol_servers[2], &client_protocols[3], TlsMode::Async}); // 1.2 meets 1.2
    rows.push_back({&protocol_servers[3], &client_protocols[3], TlsMode::Async}); // 1.3 server, 1.2 client
    rows.push_back({&protocol_servers[0], &client_protocols[0], TlsMode::Async}); // 1.0 server, default
    return rows;
}

class ProtocolMatrix : public TlsMatrix, public ::testing::WithParamInterface<ProtocolRow> {};

TEST_P(ProtocolMatrix, ConnectsExactlyWhenTheSessionAllowsTheServersVersion)
{
    const auto& [server, client, mode] = GetParam();
    auto& endpoint = TlsMatrix::endpoint(server->name, [&] {
        const auto certificate = localhost_certificate();
        Endpoint started;
        started.s_server = std::make_unique<hs::test::TlsOpensslServer>(
            certificate.chain, certificate.key, std::vector<std::string>{server->s_server_flag});
        return started;
    });
    auto request = trusting(endpoint.port(), mode);
    request.secure_protocols = client->mask;
    const auto outcome = tls_fetch(request);

    const DWORD allowed =
        client->mask != 0 ? client->mask : WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;
    if ((allowed & server->protocol) == 0) {
        // No common version: the handshake itself fails, which WinHTTP reports as a secure-channel error.
        expect_failure(outcome, ERROR_WINHTTP_SECURE_FAILURE, {WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR});
        if (mode == TlsMode::Async)
            expect_async_failure_order(outcome);
        return;
    }
    EXPECT_EQ(outcome.failed_call, "") << describe(outcome);
    EXPECT_EQ(outcome.status, 200u) << describe(outcome);
    EXPECT_EQ(outcome.protocol, server->negotiated) << describe(outcome);
}

INSTANTIATE_TEST_SUITE_P(Tls, ProtocolMatrix, ::testing::ValuesIn(protocol_rows()), [](const auto& instance) {
    const auto& row = instance.param;
    return std::format("{}_{}_{}", row.server->name, row.client->name, mode_name(row.mode));
});

// ---------------------------------------------------------------------------------------------------
// Client certificates: what the server asks × what the client has.

enum class ServerAsks { Required, Optional, NotAsked, RequiredInHandshake };
enum class ClientHas { Nothing, NoCertContext, TrustedCertificate, UnknownCaCertificate, ExpiredCertificate };

struct ClientCertificateRow {
    const char* name;
    ServerAsks server;
    ClientHas client;
    DWORD error;           // of WinHttpSendRequest; ERROR_SUCCESS when the request completes
    DWORD secure_failure;  // the SECURE_FAILURE flags, 0 for none
    DWORD status = 0;      // when it completes
    const char* body = ""; // nginx's "[$ssl_client_verify][$ssl_client_s_dn]"
    TlsMode mode = TlsMode::Sync;
};

constexpr char client_dn[] = "CN=hinterscope-client,O=Hinterscope Test";

const ClientCertificateRow client_certificate_rows[] = {
    // WinHTTP stops as soon as a server asks and the caller chose nothing, so the caller can pick one.
    {"RequiredNothingConfigured", ServerAsks::Required, ClientHas::Nothing, ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED, 0},
    {"RequiredNothingConfiguredAsync", ServerAsks::Required, ClientHas::Nothing, ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED,
     0, 0, "", TlsMode::Async},
    {"OptionalNothingConfigured", ServerAsks::Optional, ClientHas::Nothing, ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED, 0},
    // WINHTTP_NO_CLIENT_CERT_CONTEXT: go on without one; the server decides (nginx answers 400 itself).
    {"RequiredNoCertContext", ServerAsks::Required, ClientHas::NoCertContext, ERROR_SUCCESS, 0, 400},
    {"OptionalNoCertContext", ServerAsks::Optional, ClientHas::NoCertContext, ERROR_SUCCESS, 0, 200, "[NONE][]"},
    {"RequiredTrustedCertificate", ServerAsks::Required, ClientHas::TrustedCertificate, ERROR_SUCCESS, 0, 200,
     "[SUCCESS][CN=hinterscope-client,O=Hinterscope Test]"},
    {"RequiredTrustedCertificateAsync", ServerAsks::Required, ClientHas::TrustedCertificate, ERROR_SUCCESS, 0, 200,
     "[SUCCESS][CN=hinterscope-client,O=Hinterscope Test]", TlsMode::Async},
    {"OptionalTrustedCertificate", ServerAsks::Optional, ClientHas::TrustedCertificate, ERROR_SUCCESS, 0, 200,
     "[SUCCESS][CN=hinterscope-client,O=Hinterscope Test]"},
    {"RequiredUnknownCaCertificate", ServerAsks::Required, ClientHas::UnknownCaCertificate, ERROR_SUCCESS, 0, 400},
    {"RequiredExpiredCertificate", ServerAsks::Required, ClientHas::ExpiredCertificate, ERROR_SUCCESS, 0, 400},
    // A server that never asks gets no certificate, even when one is configured.
    {"NotAskedNothingConfigured", ServerAsks::NotAsked, ClientHas::Nothing, ERROR_SUCCESS, 0, 200, "[NONE][]"},
    {"NotAskedTrustedCertificate", ServerAsks::NotAsked, ClientHas::TrustedCertificate, ERROR_SUCCESS, 0, 200,
     "[NONE][]"},
    // s_server -Verify over TLS 1.2 refuses inside the handshake, with an alert.
    {"HandshakeRefusesNoCertContext", ServerAsks::RequiredInHandshake, ClientHas::NoCertContext,
     ERROR_WINHTTP_SECURE_FAILURE, WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR},
    {"HandshakeAcceptsTrustedCertificate", ServerAsks::RequiredInHandshake, ClientHas::TrustedCertificate,
     ERROR_SUCCESS, 0, 200},
};

void PrintTo(const ClientCertificateRow& row, std::ostream* out)
{
    *out << row.name;
}

class ClientCertificateMatrix : public TlsMatrix, public ::testing::WithParamInterface<ClientCertificateRow> {
protected:
    static Endpoint& server_for(ServerAsks asks)
    {
        static const char* const keys[] = {"required", "optional", "not-asked", "required-in-handshake"};
        return TlsMatrix::endpoint(keys[static_cast<int>(asks)], [&] {
            const auto certificate = localhost_certificate();
            const auto root = pki().root_certificate().string();
            Endpoint started;
            const std::string whoami = "location = /whoami { return 200 \"[$ssl_client_verify][$ssl_client_s_dn]\"; }";
            switch (asks) {
            case ServerAsks::Required:
            case ServerAsks::Optional:
                started.nginx =
                    nginx(certificate.chain, certificate.key,
                          std::format("ssl_verify_client {};\n        ssl_client_certificate {};\n        {}",
                                      asks == ServerAsks::Required ? "on" : "optional", root, whoami));
                break;
            case ServerAsks::NotAsked:
                started.nginx = nginx(certificate.chain, certificate.key, whoami);
                break;
            case ServerAsks::RequiredInHandshake:
                started.s_server = std::make_unique<hs::test::TlsOpensslServer>(
                    certificate.chain, certificate.key,
                    std::vector<std::string>{"-tls1_2", "-Verify", "1", "-CAfile", root});
                break;
            }
            return started;
        });
    }

    static hs::test::IssuedCertificate client_certificate(ClientHas has)
    {
        CertificateSpec spec;
        spec.common_name = "hinterscope-client";
        spec.server_auth = false;
        spec.client_auth = true;
        if (has == ClientHas::UnknownCaCertificate)
            spec.signer = Signer::UnknownCa;
        if (has == ClientHas::ExpiredCertificate)
            expired(spec);
        return pki().issue(std::format("client-{}", static_cast<int>(has)), spec);
    }
};

TEST_P(ClientCertificateMatrix, AsksForACertificateOnlyWhenNoneWasChosen)
{
    const auto& row = GetParam();
    auto& server = server_for(row.server);
    auto request = trusting(server.port(), row.mode);
    if (server.nginx)
        request.path = L"/whoami";
    if (row.client == ClientHas::NoCertContext)
        request.no_client_certificate = true;
    if (row.client == ClientHas::TrustedCertificate || row.client == ClientHas::UnknownCaCertificate ||
        row.client == ClientHas::ExpiredCertificate) {
        const auto certificate = client_certificate(row.client);
        request.client_chain = certificate.chain;
        request.client_key = certificate.key;
    }
    const auto outcome = tls_fetch(request);

    if (row.error != ERROR_SUCCESS) {
        expect_failure(outcome, row.error,
                       row.secure_failure != 0 ? std::vector<DWORD>{row.secure_failure} : std::vector<DWORD>{});
        if (row.mode == TlsMode::Async)
            expect_async_failure_order(outcome);
        return;
    }
    EXPECT_EQ(outcome.failed_call, "") << describe(outcome);
    EXPECT_EQ(outcome.status, row.status) << describe(outcome);
    EXPECT_TRUE(outcome.secure_failures.empty()) << describe(outcome);
    if (row.status == 200 && server.nginx) {
        EXPECT_EQ(outcome.body, row.body);
    }
}

INSTANTIATE_TEST_SUITE_P(Tls, ClientCertificateMatrix, ::testing::ValuesIn(client_certificate_rows),
                         [](const auto& instance) { return std::string(instance.param.name); });

} // namespace

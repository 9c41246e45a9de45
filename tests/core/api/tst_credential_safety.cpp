// Issue 8, security, through the WinHTTP C API only:
// - Authorization, Cookie and Proxy-Authorization never follow a redirect to another origin (scheme, host or
//   port change), whether the application added them, WinHttpSetCredentials made them (Basic, Digest) or the
//   cookie jar holds them; a same-origin hop keeps them. Sync and async. Scripted servers on two loopback
//   ports (plain) and a third (TLS) record the bytes that arrive; 127.0.0.1 and localhost are different hosts.
// - Secrets in the engine trace: what the application typed (passwords, option values) is in no event at
//   all; headers made from it appear only in the wire events, which carry the exchange byte for byte.
// - TLS verification is on by default: a fresh session refuses a self-signed server.
#include "core/handles/async_client.h"
#include "core/handles/winhttp_client.h"
#include "support/scripted_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"

#include <hinternet/extensions.h>
#include <hinternet/trace.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using hs::test::ScriptedConnection;
using hs::test::ScriptedServer;

namespace {

using namespace std::chrono_literals;

const std::string app_token = "app-token-secret";
const std::string app_cookie = "app-cookie-secret";
const std::string app_proxy_token = "YXBwLXByb3h5LXNlY3JldA=="; // base64("app-proxy-secret")
const std::string jar_cookie = "jar-cookie-secret";
const std::wstring basic_password = L"basic-password-secret";
const std::string basic_token = "YWxpY2U6YmFzaWMtcGFzc3dvcmQtc2VjcmV0"; // base64("alice:basic-password-secret")
const std::wstring digest_password = L"digest-password-secret";

// An asynchronous session without a status callback: hs::test::Session's recorder would be gone before the
// session's HANDLE_CLOSING arrives, which comes after WinHttpCloseHandle returns in async mode.
class AsyncSession {
public:
    AsyncSession()
        : handle_(WinHttpOpen(L"credential-safety", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                              WINHTTP_NO_PROXY_BYPASS, WINHTTP_FLAG_ASYNC))
    {}
    ~AsyncSession() { WinHttpCloseHandle(handle_); }
    AsyncSession(const AsyncSession&) = delete;
    AsyncSession& operator=(const AsyncSession&) = delete;
    HINTERNET handle() const { return handle_; }

private:
    HINTERNET handle_;
};

std::string path_of(const std::string& request)
{
    const auto first = request.find(' ');
    const auto second = request.find(' ', first + 1);
    return first == std::string::npos || second == std::string::npos ? std::string()
                                                                     : request.substr(first + 1, second - first - 1);
}

bool has_header(const std::string& request, const std::string& name)
{
    std::string lower = request;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string wanted = "\r\n" + name + ":";
    for (char& c : wanted)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(wanted) != std::string::npos;
}

// The three servers of a redirect row. Every one runs the same script: /start answers with a redirect to
// `target` (after a Digest challenge when `digest` is set), setting the jar's cookie; anything else is 200.
class RedirectLab {
    static hs::test::CertificateSpec leaf_spec()
    {
        hs::test::CertificateSpec spec;
        spec.common_name = "127.0.0.1";
        spec.dns_names = {"localhost"};
        spec.ip_addresses = {"127.0.0.1"};
        return spec;
    }

public:
    RedirectLab()
        : pki_(directory_.path())
        , certificate_(pki_.issue("leaf", leaf_spec()))
        , plain_a_([this](ScriptedConnection& c, int) { serve(c, false); })
        , plain_b_([this](ScriptedConnection& c, int) { serve(c, false); })
        , tls_([this](ScriptedConnection& c, int) { serve(c, true); },
               hs::test::ScriptedTls{certificate_.chain, certificate_.key})
    {}

    std::uint16_t a() const { return plain_a_.port(); }
    std::uint16_t b() const { return plain_b_.port(); }
    std::uint16_t tls() const { return tls_.port(); }
    std::wstring root_ca() const { return pki_.root_certificate().wstring(); }

    void configure(std::string target, bool digest)
    {
        std::lock_guard lock(mutex_);
        target_ = std::move(target);
        digest_ = digest;
    }

    using Mark = std::vector<std::size_t>;
    Mark mark() const
    {
        Mark counts;
        for (const ScriptedServer* server : {&plain_a_, &plain_b_, &tls_})
            counts.push_back(server->requests().size());
        return counts;
    }
    // Every request the servers received since `since`.
    std::vector<std::string> requests_since(const Mark& since) const
    {
        std::vector<std::string> all;
        std::size_t index = 0;
        for (const ScriptedServer* server : {&plain_a_, &plain_b_, &tls_}) {
            auto requests = server->requests();
            for (std::size_t i = since[index]; i < requests.size(); ++i)
                all.push_back(std::move(requests[i]));
            ++index;
        }
        return all;
    }

private:
    // One request per connection ("Connection: close"): each server handles its connections one at a time, and
    // a hop from 127.0.0.1 to localhost on the same port must not wait behind the first hop's idle connection.
    void serve(ScriptedConnection& connection, bool secure)
    {
        {
            const std::string request = connection.read_request(5s);
            if (request.empty())
                return;
            std::string target;
            bool digest = false;
            {
                std::lock_guard lock(mutex_);
                target = target_;
                digest = digest_;
            }
            std::string answer;
            if (path_of(request) != "/start") {
                answer = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok";
            } else if (digest && !has_header(request, "Authorization")) {
                answer = "HTTP/1.1 401 Unauthorized\r\n"
                         "WWW-Authenticate: Digest realm=\"lab\", nonce=\"0123456789abcdef\", qop=\"auth\"\r\n"
                         "Connection: close\r\nContent-Length: 0\r\n\r\n";
            } else {
                // Secure on the TLS server only: such a cookie must never go back over plain HTTP.
                answer = "HTTP/1.1 302 Found\r\nLocation: " + target + "\r\nSet-Cookie: jar=" + jar_cookie +
                         "; Path=/" + (secure ? "; Secure" : "") + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
            }
            connection.send(answer);
        }
    }

    hs::test::TempDir directory_{"hinterscope-credential-safety"};
    hs::test::TestPki pki_;
    hs::test::IssuedCertificate certificate_;
    mutable std::mutex mutex_;
    std::string target_;
    bool digest_ = false;
    ScriptedServer plain_a_;
    ScriptedServer plain_b_;
    ScriptedServer tls_;
};

enum class Hop { SameOrigin, PortChange, HostChange, HttpToHttps, HttpsToHttp };
enum class Source { AppHeaders, BasicCredentials, DigestCredentials, ProxyCredentialsWithoutProxy, CookieJar };

struct RedirectCase {
    Hop hop;
    Source source;
    bool async;
};

const char* hop_name(Hop hop)
{
    switch (hop) {
    case Hop::SameOrigin:
        return "same_origin";
    case Hop::PortChange:
        return "port_change";
    case Hop::HostChange:
        return "host_change";
    case Hop::HttpToHttps:
        return "http_to_https";
    case Hop::HttpsToHttp:
        return "https_to_http";
    }
    return "?";
}

const char* source_name(Source source)
{
    switch (source) {
    case Source::AppHeaders:
        return "app_headers";
    case Source::BasicCredentials:
        return "basic_credentials";
    case Source::DigestCredentials:
        return "digest_credentials";
    case Source::ProxyCredentialsWithoutProxy:
        return "proxy_credentials_without_proxy";
    case Source::CookieJar:
        return "cookie_jar";
    }
    return "?";
}

std::string redirect_case_name(const testing::TestParamInfo<RedirectCase>& info)
{
    return std::string(source_name(info.param.source)) + "_" + hop_name(info.param.hop) +
           (info.param.async ? "_async" : "_sync");
}

void PrintTo(const RedirectCase& c, std::ostream* os)
{
    *os << source_name(c.source) << " " << hop_name(c.hop) << (c.async ? " async" : " sync");
}

bool crosses_origin(Hop hop)
{
    return hop != Hop::SameOrigin;
}

// The jar follows RFC 6265, as curl, browsers and WinHTTP do: a cookie belongs to a host, not to an origin,
// so another port or http→https still gets it; another host never does, and a Secure cookie never goes to
// plain HTTP.
bool jar_cookie_expected(Hop hop)
{
    return hop == Hop::SameOrigin || hop == Hop::PortChange || hop == Hop::HttpToHttps;
}

class RedirectCredentials : public testing::TestWithParam<RedirectCase> {
protected:
    static void SetUpTestSuite() { lab = new RedirectLab(); }
    static void TearDownTestSuite()
    {
        delete lab;
        lab = nullptr;
    }
    static RedirectLab* lab;
};

RedirectLab* RedirectCredentials::lab = nullptr;

TEST_P(RedirectCredentials, NeverReachAnotherOrigin)
{
    const RedirectCase& c = GetParam();
    const auto before = lab->mark();
    const bool start_secure = c.hop == Hop::HttpsToHttp;
    const std::string port_a = std::to_string(lab->a());
    std::string target;
    switch (c.hop) {
    case Hop::SameOrigin:
        target = "/final";
        break;
    case Hop::PortChange:
        target = "http://127.0.0.1:" + std::to_string(lab->b()) + "/final";
        break;
    case Hop::HostChange:
        target = "http://localhost:" + port_a + "/final";
        break;
    case Hop::HttpToHttps:
        target = "https://127.0.0.1:" + std::to_string(lab->tls()) + "/final";
        break;
    case Hop::HttpsToHttp:
        target = "http://127.0.0.1:" + port_a + "/final";
        break;
    }
    lab->configure(target, c.source == Source::DigestCredentials);

    const std::wstring root_ca = lab->root_ca();
    const auto configure = [&c, root_ca](HINTERNET request) {
        DWORD policy = WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
        ASSERT_TRUE(WinHttpSetOption(request, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy));
        std::wstring ca = root_ca;
        ASSERT_TRUE(WinHttpSetOption(request, HINTERNET_OPTION_CA_FILE, ca.data(), static_cast<DWORD>(ca.size())));
        switch (c.source) {
        case Source::AppHeaders: {
            const std::wstring headers =
                hs::test::widen("Authorization: Bearer " + app_token + "\r\nCookie: app=" + app_cookie +
                                "\r\nProxy-Authorization: Basic " + app_proxy_token);
            ASSERT_TRUE(
                WinHttpAddRequestHeaders(request, headers.c_str(), static_cast<DWORD>(-1L), WINHTTP_ADDREQ_FLAG_ADD));
            break;
        }
        case Source::BasicCredentials:
            ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"alice",
                                              basic_password.c_str(), nullptr));
            break;
        case Source::DigestCredentials:
            ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_DIGEST, L"alice",
                                              digest_password.c_str(), nullptr));
            break;
        case Source::ProxyCredentialsWithoutProxy:
            ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"alice",
                                              basic_password.c_str(), nullptr));
            break;
        case Source::CookieJar:
            break;
        }
    };

    DWORD status = 0;
    DWORD error = ERROR_SUCCESS;
    if (c.async) {
        AsyncSession session;
        hs::test::AsyncExchange::Spec spec;
        spec.port = start_secure ? lab->tls() : lab->a();
        spec.path = L"/start";
        spec.flags = start_secure ? WINHTTP_FLAG_SECURE : 0;
        spec.configure = configure;
        hs::test::AsyncExchange exchange(session.handle(), spec);
        ASSERT_TRUE(exchange.start());
        ASSERT_TRUE(exchange.wait(20s));
        status = exchange.status_code();
        error = exchange.error();
    } else {
        hs::test::Session session;
        hs::test::RequestSpec spec;
        spec.port = start_secure ? lab->tls() : lab->a();
        spec.path = L"/start";
        spec.open_request_flags = start_secure ? WINHTTP_FLAG_SECURE : 0;
        spec.configure = [&configure](HINTERNET, HINTERNET request) { configure(request); };
        const auto outcome = session.perform(spec);
        status = outcome.status;
        error = outcome.first_error();
    }
    ASSERT_EQ(error, static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(status, 200u);

    const auto all = lab->requests_since(before);
    std::vector<std::string> starts;
    std::vector<std::string> finals;
    for (const std::string& request : all)
        (path_of(request) == "/final" ? finals : starts).push_back(request);
    ASSERT_EQ(finals.size(), 1u) << "the redirect was not followed exactly once";
    ASSERT_FALSE(starts.empty());
    const std::string& first = starts.back(); // the hop that got the redirect (after a Digest challenge)
    const std::string& final_hop = finals.front();
    if (c.hop == Hop::HostChange) {
        EXPECT_NE(final_hop.find("\r\nHost: localhost:"), std::string::npos) << final_hop;
    }

    const bool cross = crosses_origin(c.hop);
    switch (c.source) {
    case Source::AppHeaders:
        for (const std::string* secret : {&app_token, &app_cookie, &app_proxy_token}) {
            EXPECT_NE(first.find(*secret), std::string::npos) << "not sent to the first origin: " << first;
            EXPECT_EQ(final_hop.find(*secret) != std::string::npos, !cross) << final_hop;
        }
        break;
    case Source::BasicCredentials:
        EXPECT_NE(first.find(basic_token), std::string::npos) << first;
        EXPECT_EQ(has_header(final_hop, "Authorization"), !cross) << final_hop;
        EXPECT_EQ(final_hop.find(basic_token) != std::string::npos, !cross) << final_hop;
        break;
    case Source::DigestCredentials:
        EXPECT_NE(first.find("Authorization: Digest"), std::string::npos) << first;
        // Same origin: the session's Digest state answers the next hop pre-emptively.
        EXPECT_EQ(has_header(final_hop, "Authorization"), !cross) << final_hop;
        break;
    case Source::ProxyCredentialsWithoutProxy:
        // Credentials for a proxy go to a proxy only: never to an origin server, on any hop.
        for (const std::string& request : all) {
            EXPECT_FALSE(has_header(request, "Proxy-Authorization")) << request;
        }
        break;
    case Source::CookieJar:
        EXPECT_EQ(final_hop.find(jar_cookie) != std::string::npos, jar_cookie_expected(c.hop)) << final_hop;
        break;
    }
    // No password ever travels in the clear.
    for (const std::string& request : all) {
        EXPECT_EQ(request.find(hs::test::narrow(basic_password)), std::string::npos);
        EXPECT_EQ(request.find(hs::test::narrow(digest_password)), std::string::npos);
    }
}

std::vector<RedirectCase> redirect_cases()
{
    std::vector<RedirectCase> cases;
    for (const Source source : {Source::AppHeaders, Source::BasicCredentials, Source::DigestCredentials,
                                Source::ProxyCredentialsWithoutProxy, Source::CookieJar})
        for (const Hop hop : {Hop::SameOrigin, Hop::PortChange, Hop::HostChange, Hop::HttpToHttps, Hop::HttpsToHttp})
            for (const bool async : {false, true})
                cases.push_back({hop, source, async});
    return cases;
}

INSTANTIATE_TEST_SUITE_P(Redirects, RedirectCredentials, testing::ValuesIn(redirect_cases()), redirect_case_name);

// ---- Secrets in the engine trace ----

class EventLog : public hinternet::trace::Observer {
public:
    void on_event(const hinternet::trace::Event& event) override
    {
        std::lock_guard lock(mutex_);
        events_.push_back(event);
    }
    std::vector<hinternet::trace::Event> events() const
    {
        std::lock_guard lock(mutex_);
        return events_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<hinternet::trace::Event> events_;
};

bool is_wire_event(hinternet::trace::EventKind kind)
{
    using hinternet::trace::EventKind;
    return kind == EventKind::BytesSent || kind == EventKind::BytesReceived || kind == EventKind::BodyDecoded ||
           kind == EventKind::CookieStored;
}

bool event_contains(const hinternet::trace::Event& event, const std::string& secret)
{
    return event.text.find(secret) != std::string::npos || event.bytes.find(secret) != std::string::npos;
}

struct TraceCase {
    const char* label;
    std::function<void(HINTERNET request)> configure;
    std::vector<std::string> typed;   // what the application typed: in no event at all
    std::vector<std::string> on_wire; // made from it and sent: only in the wire events, and there
    bool digest_server = false;
};

void PrintTo(const TraceCase& c, std::ostream* os)
{
    *os << c.label;
}

class TraceSecrets : public testing::TestWithParam<TraceCase> {};

void set_string_option(HINTERNET request, DWORD option, const std::wstring& value)
{
    std::wstring copy = value;
    ASSERT_TRUE(WinHttpSetOption(request, option, copy.data(), static_cast<DWORD>(copy.size())));
}

TEST_P(TraceSecrets, TypedSecretsAreInNoEventAndHeadersOnlyInWireEvents)
{
    const TraceCase& c = GetParam();
    const bool digest = c.digest_server;
    ScriptedServer server([digest](ScriptedConnection& connection, int) {
        for (int exchange = 0; exchange < 5; ++exchange) {
            const std::string request = connection.read_request(5s);
            if (request.empty())
                return;
            const bool challenge = digest && !has_header(request, "Authorization");
            if (!connection.send(challenge ? "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"lab\", "
                                             "nonce=\"abc\", qop=\"auth\"\r\nContent-Length: 0\r\n\r\n"
                                           : "HTTP/1.1 200 OK\r\nSet-Cookie: sid=server-cookie-secret\r\n"
                                             "Content-Length: 2\r\n\r\nok"))
                return;
        }
    });
    hs::test::Session session;
    auto log = std::make_shared<EventLog>();
    ASSERT_TRUE(hinternet::trace::add_session_observer(session.handle(), log));
    hs::test::RequestSpec spec;
    spec.port = server.port();
    spec.configure = [&c](HINTERNET, HINTERNET request) { c.configure(request); };
    const auto outcome = session.perform(spec);
    ASSERT_EQ(outcome.first_error(), static_cast<DWORD>(ERROR_SUCCESS));
    ASSERT_EQ(outcome.status, 200u);
    const auto events = log->events();
    ASSERT_FALSE(events.empty());
    for (const auto& event : events) {
        for (const std::string& secret : c.typed) {
            EXPECT_FALSE(event_contains(event, secret))
                << "event kind " << static_cast<int>(event.kind) << " carries " << secret << ": " << event.text;
        }
        if (is_wire_event(event.kind))
            continue;
        for (const std::string& secret : c.on_wire) {
            EXPECT_FALSE(event_contains(event, secret))
                << "event kind " << static_cast<int>(event.kind) << " carries " << secret << ": " << event.text;
        }
    }
    for (const std::string& secret : c.on_wire) {
        const bool sent = std::any_of(events.begin(), events.end(), [&secret](const hinternet::trace::Event& event) {
            return event.kind == hinternet::trace::EventKind::BytesSent &&
                   event.bytes.find(secret) != std::string::npos;
        });
        EXPECT_TRUE(sent) << secret << " is not in the bytes sent: the inspector must show the exchange as it was";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Trace, TraceSecrets,
    testing::Values(
        TraceCase{"basic_credentials",
                  [](HINTERNET request) {
                      ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC,
                                                        L"alice", basic_password.c_str(), nullptr));
                  },
                  {hs::test::narrow(basic_password)},
                  {basic_token}},
        TraceCase{"digest_credentials",
                  [](HINTERNET request) {
                      ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_DIGEST,
                                                        L"alice", digest_password.c_str(), nullptr));
                  },
                  {hs::test::narrow(digest_password)},
                  {"Authorization: Digest"},
                  true},
        TraceCase{"username_and_password_options",
                  [](HINTERNET request) {
                      set_string_option(request, WINHTTP_OPTION_USERNAME, L"option-user-secret");
                      set_string_option(request, WINHTTP_OPTION_PASSWORD, L"option-password-secret");
                  },
                  {"option-user-secret", "option-password-secret"},
                  {}},
        TraceCase{"proxy_username_and_password_options",
                  [](HINTERNET request) {
                      set_string_option(request, WINHTTP_OPTION_PROXY_USERNAME, L"proxy-user-secret");
                      set_string_option(request, WINHTTP_OPTION_PROXY_PASSWORD, L"proxy-password-secret");
                  },
                  {"proxy-user-secret", "proxy-password-secret"},
                  {}},
        TraceCase{"authorization_proxy_authorization_and_cookie_headers",
                  [](HINTERNET request) {
                      const std::wstring headers =
                          hs::test::widen("Authorization: Bearer " + app_token + "\r\nProxy-Authorization: Basic " +
                                          app_proxy_token + "\r\nCookie: app=" + app_cookie);
                      ASSERT_TRUE(WinHttpAddRequestHeaders(request, headers.c_str(), static_cast<DWORD>(-1L),
                                                           WINHTTP_ADDREQ_FLAG_ADD));
                  },
                  {},
                  {app_token, app_proxy_token, app_cookie}}),
    [](const testing::TestParamInfo<TraceCase>& row) { return std::string(row.param.label); });

// A Set-Cookie the server sent is wire data too: only in BytesReceived and CookieStored.
TEST(TraceSecrets, ReceivedCookiesAreOnlyInWireEvents)
{
    ScriptedServer server([](ScriptedConnection& connection, int) {
        if (!connection.read_request(5s).empty())
            connection.send("HTTP/1.1 200 OK\r\nSet-Cookie: sid=server-cookie-secret\r\nContent-Length: 0\r\n\r\n");
    });
    hs::test::Session session;
    auto log = std::make_shared<EventLog>();
    ASSERT_TRUE(hinternet::trace::add_session_observer(session.handle(), log));
    hs::test::RequestSpec spec;
    spec.port = server.port();
    ASSERT_EQ(session.perform(spec).status, 200u);
    bool stored = false;
    for (const auto& event : log->events()) {
        if (!is_wire_event(event.kind)) {
            EXPECT_FALSE(event_contains(event, "server-cookie-secret")) << static_cast<int>(event.kind);
        }
        stored = stored || (event.kind == hinternet::trace::EventKind::CookieStored &&
                            event_contains(event, "server-cookie-secret"));
    }
    EXPECT_TRUE(stored);
}

// ---- TLS verification on by default ----

class TlsByDefault : public testing::TestWithParam<bool> {};

TEST_P(TlsByDefault, AFreshSessionRefusesASelfSignedServer)
{
    const bool async = GetParam();
    hs::test::TempDir directory("hinterscope-tls-default");
    hs::test::TestPki pki(directory.path());
    hs::test::CertificateSpec self_signed;
    self_signed.common_name = "127.0.0.1";
    self_signed.ip_addresses = {"127.0.0.1"};
    self_signed.signer = hs::test::CertificateSpec::Signer::Self;
    const auto certificate = pki.issue("self", self_signed);
    ScriptedServer server(
        [](ScriptedConnection& connection, int) {
            if (!connection.read_request(3s).empty())
                connection.send("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        },
        hs::test::ScriptedTls{certificate.chain, certificate.key});

    DWORD error = ERROR_SUCCESS;
    if (async) {
        AsyncSession session;
        hs::test::AsyncExchange::Spec spec;
        spec.port = server.port();
        spec.flags = WINHTTP_FLAG_SECURE;
        spec.configure = [](HINTERNET request) {
            DWORD flags = 0xFFFFFFFF;
            DWORD length = sizeof flags;
            ASSERT_TRUE(WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &flags, &length));
            EXPECT_EQ(flags & SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS, 0u) << std::hex << flags;
        };
        hs::test::AsyncExchange exchange(session.handle(), spec);
        ASSERT_TRUE(exchange.start());
        ASSERT_TRUE(exchange.wait(20s));
        error = exchange.error();
    } else {
        hs::test::Session session;
        hs::test::RequestSpec spec;
        spec.port = server.port();
        spec.open_request_flags = WINHTTP_FLAG_SECURE;
        spec.configure = [](HINTERNET, HINTERNET request) {
            DWORD flags = 0xFFFFFFFF;
            DWORD length = sizeof flags;
            ASSERT_TRUE(WinHttpQueryOption(request, WINHTTP_OPTION_SECURITY_FLAGS, &flags, &length));
            EXPECT_EQ(flags & SECURITY_FLAG_IGNORE_ALL_CERT_ERRORS, 0u) << std::hex << flags;
        };
        error = session.perform(spec).send_error;
    }
    EXPECT_EQ(error, static_cast<DWORD>(ERROR_WINHTTP_SECURE_FAILURE));
    EXPECT_TRUE(server.requests().empty()) << "a request went to a server that was never verified";
}

INSTANTIATE_TEST_SUITE_P(Modes, TlsByDefault, testing::Values(false, true),
                         [](const testing::TestParamInfo<bool>& row) { return row.param ? "async" : "sync"; });

} // namespace

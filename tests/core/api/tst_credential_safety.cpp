// Issue 8, security, through the WinHTTP C API only:
// - Authorization, Cookie and Proxy-Authorization never follow a redirect to another origin (scheme, host or
//   port change), whether the application added them, WinHttpSetCredentials made them (Basic, Digest) or the
//   cookie jar holds them; a same-origin hop keeps them. Sync and async. Scripted servers on two loopback
//   ports (plain) and a third (TLS) record the bytes that arrive; 127.0.0.1 and localhost are different hosts.
// - Secrets in the engine trace: what the application typed (passwords, option values) is in no event at
//   all; credentials on the wire (Authorization, Proxy-Authorization, Cookie, Set-Cookie, also to a proxy
//   and in a CONNECT) reach only an observer that reveals secrets, byte for byte; the default observer of
//   the same session gets them masked, with the same offsets and sizes. Sync and async.
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
#include <optional>
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
// Two observers on the same session in the same run: one that reveals secrets and one that does not (the
// default). The default one finds no credential in any field of any event; the revealing one gets the bytes
// exactly as they crossed the wire; both get the same events with the same offsets and byte counts.

class EventLog : public hinternet::trace::Observer {
public:
    explicit EventLog(bool reveals)
        : reveals_(reveals)
    {}
    void on_event(const hinternet::trace::Event& event) override
    {
        std::lock_guard lock(mutex_);
        events_.push_back(event);
    }
    bool reveals_secrets() const override { return reveals_; }
    std::vector<hinternet::trace::Event> events() const
    {
        std::lock_guard lock(mutex_);
        return events_;
    }
    std::vector<hinternet::trace::Event> events(hinternet::trace::EventKind kind) const
    {
        std::vector<hinternet::trace::Event> result;
        for (auto& event : events())
            if (event.kind == kind)
                result.push_back(std::move(event));
        return result;
    }
    std::string joined(hinternet::trace::EventKind kind) const
    {
        std::string all;
        for (const auto& event : events(kind))
            all += event.bytes;
        return all;
    }

private:
    const bool reveals_;
    mutable std::mutex mutex_;
    std::vector<hinternet::trace::Event> events_;
};

void set_string_option(HINTERNET request, DWORD option, const std::wstring& value)
{
    std::wstring copy = value;
    ASSERT_TRUE(WinHttpSetOption(request, option, copy.data(), static_cast<DWORD>(copy.size())));
}

bool event_contains(const hinternet::trace::Event& event, const std::string& secret)
{
    return event.text.find(secret) != std::string::npos || event.bytes.find(secret) != std::string::npos;
}

std::string describe(const hinternet::trace::Event& event)
{
    return "event kind " + std::to_string(static_cast<int>(event.kind)) + ": " + event.text + event.bytes;
}

// Who the request talks to: an origin (answering a Digest challenge first), or an HTTP proxy that wants
// Basic credentials, for plain requests or for a CONNECT (whose tunnel it then refuses with 403).
enum class Peer { Origin, DigestOrigin, Proxy, ConnectProxy };

struct TraceCase {
    const char* label;
    Peer peer;
    std::function<void(HINTERNET request)> configure;
    std::vector<std::string> typed; // what the application typed: in no event at all, for either observer
    std::wstring path = L"/";       // "/start" redirects to "/final" with the jar's cookie
    bool trickle = false;           // answers go out one byte at a time: heads split at every byte
};

struct TraceRun {
    TraceCase row;
    bool async;
};

void PrintTo(const TraceRun& run, std::ostream* os)
{
    *os << run.row.label << (run.async ? " async" : " sync");
}

std::string answer_for(Peer peer, const std::string& request)
{
    if (peer == Peer::Proxy || peer == Peer::ConnectProxy) {
        if (!has_header(request, "Proxy-Authorization"))
            return "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n"
                   "Set-Cookie: challenge=proxy-challenge-cookie-secret\r\nContent-Length: 0\r\n\r\n";
        if (peer == Peer::ConnectProxy) // the proxy's answer to CONNECT is what the application gets
            return "HTTP/1.1 403 Forbidden\r\nSet-Cookie: tunnel=tunnel-cookie-secret; Path=/\r\nContent-Length: "
                   "0\r\n\r\n";
    }
    if (peer == Peer::DigestOrigin && !has_header(request, "Authorization"))
        return "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"lab\", nonce=\"abc\", qop=\"auth\"\r\n"
               "Content-Length: 0\r\n\r\n";
    if (path_of(request).ends_with("/start"))
        return "HTTP/1.1 302 Found\r\nLocation: /final\r\nSet-Cookie: jar=" + jar_cookie +
               "; Path=/; HttpOnly\r\nContent-Length: 0\r\n\r\n";
    // An interim head with a cookie of its own, then the final one: one read holds both heads.
    return "HTTP/1.1 103 Early Hints\r\nSet-Cookie: early=early-cookie-secret\r\n\r\n"
           "HTTP/1.1 200 OK\r\nSet-Cookie: sid=server-cookie-secret; Path=/\r\nSet-Cookie: nameless-cookie-secret\r\n"
           "Content-Length: 2\r\n\r\nok";
}

// The credentials in a head as it crossed the wire: what follows an Authorization's scheme, each cookie's
// value (a nameless cookie: all of it), the value of a Set-Cookie's first pair.
std::vector<std::string> credentials_in(const std::string& head)
{
    std::vector<std::string> found;
    const auto add = [&found](std::string value) {
        const auto end = value.find_last_not_of(" \t");
        value = value.substr(0, end == std::string::npos ? 0 : end + 1);
        if (value.size() >= 6) // shorter ones would match by chance
            found.push_back(value);
    };
    std::size_t start = head.find("\r\n");
    while (start != std::string::npos && start + 2 < head.size()) {
        const auto end = head.find("\r\n", start + 2);
        const std::string line = head.substr(start + 2, end == std::string::npos ? end : end - start - 2);
        start = end;
        if (line.empty())
            break;
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string name = line.substr(0, colon);
        for (char& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const std::string value = line.substr(line.find_first_not_of(' ', colon + 1));
        if (name == "authorization" || name == "proxy-authorization") {
            add(value.substr(value.find(' ') + 1));
        } else if (name == "cookie" || name == "set-cookie") {
            std::size_t from = 0;
            while (from < value.size()) {
                const auto semicolon = value.find(';', from);
                const std::string pair =
                    value.substr(from, semicolon == std::string::npos ? semicolon : semicolon - from);
                const auto equals = pair.find('=');
                add(equals == std::string::npos ? pair : pair.substr(equals + 1));
                if (semicolon == std::string::npos || name == "set-cookie")
                    break;
                from = value.find_first_not_of(' ', semicolon + 1);
            }
        }
    }
    return found;
}

// A session of its own (through the scripted proxy when there is one), closed at the end.
class TraceSession {
public:
    TraceSession(bool async, std::optional<std::uint16_t> proxy_port)
    {
        const std::wstring proxy = proxy_port ? L"127.0.0.1:" + std::to_wstring(*proxy_port) : std::wstring();
        handle_ =
            WinHttpOpen(L"trace-secrets", proxy_port ? WINHTTP_ACCESS_TYPE_NAMED_PROXY : WINHTTP_ACCESS_TYPE_NO_PROXY,
                        proxy_port ? proxy.c_str() : WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS,
                        async ? WINHTTP_FLAG_ASYNC : 0);
    }
    ~TraceSession() { WinHttpCloseHandle(handle_); }
    TraceSession(const TraceSession&) = delete;
    TraceSession& operator=(const TraceSession&) = delete;
    HINTERNET handle() const { return handle_; }

private:
    HINTERNET handle_ = nullptr;
};

// Sends one request the way a synchronous application does; the HTTP status, 0 on failure.
DWORD fetch_sync(HINTERNET session, INTERNET_PORT port, const std::wstring& path, DWORD flags,
                 const std::function<void(HINTERNET)>& configure)
{
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", path.c_str(), nullptr, nullptr, nullptr, flags);
    configure(request);
    DWORD status = 0;
    if (WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0) && WinHttpReceiveResponse(request, nullptr)) {
        DWORD length = sizeof status;
        WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, nullptr, &status, &length,
                            nullptr);
        char buffer[1024];
        DWORD read = 0;
        while (WinHttpReadData(request, buffer, sizeof buffer, &read) && read > 0) {
        }
    }
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    return status;
}

class TraceSecrets : public testing::TestWithParam<TraceRun> {};

TEST_P(TraceSecrets, OnlyTheRevealingObserverSeesCredentials)
{
    using hinternet::trace::EventKind;
    const TraceCase& c = GetParam().row;
    const bool async = GetParam().async;
    std::mutex answers_mutex;
    std::vector<std::string> answers;
    ScriptedServer server([&](ScriptedConnection& connection, int) {
        for (int exchange = 0; exchange < 6; ++exchange) {
            const std::string request = connection.read_request(5s);
            if (request.empty())
                return;
            const std::string answer = answer_for(c.peer, request);
            {
                std::lock_guard lock(answers_mutex);
                answers.push_back(answer);
            }
            if (!(c.trickle ? connection.send_slowly(answer, 1ms) : connection.send(answer)))
                return;
        }
    });
    const bool via_proxy = c.peer == Peer::Proxy || c.peer == Peer::ConnectProxy;
    auto revealing = std::make_shared<EventLog>(true);
    auto masking = std::make_shared<EventLog>(false);
    DWORD status = 0;
    {
        TraceSession session(async, via_proxy ? std::optional(server.port()) : std::nullopt);
        ASSERT_TRUE(hinternet::trace::add_session_observer(session.handle(), masking));
        ASSERT_TRUE(hinternet::trace::add_session_observer(session.handle(), revealing));
        // Through the proxy the origin is never contacted: its port only has to be valid.
        const INTERNET_PORT port = via_proxy ? INTERNET_PORT{9} : server.port();
        const DWORD flags = c.peer == Peer::ConnectProxy ? WINHTTP_FLAG_SECURE : 0;
        const auto configure = [&c](HINTERNET request) {
            DWORD policy = WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
            ASSERT_TRUE(WinHttpSetOption(request, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy));
            c.configure(request);
        };
        if (async) {
            hs::test::AsyncExchange::Spec spec;
            spec.port = port;
            spec.path = c.path;
            spec.flags = flags;
            spec.configure = configure;
            hs::test::AsyncExchange exchange(session.handle(), spec);
            ASSERT_TRUE(exchange.start());
            ASSERT_TRUE(exchange.wait(20s));
            ASSERT_EQ(exchange.error(), static_cast<DWORD>(ERROR_SUCCESS));
            status = exchange.status_code();
        } else {
            status = fetch_sync(session.handle(), port, c.path, flags, configure);
        }
    }
    EXPECT_EQ(status, c.peer == Peer::ConnectProxy ? 403u : 200u);

    std::vector<std::string> secrets = c.typed;
    const auto requests = server.requests();
    ASSERT_FALSE(requests.empty());
    std::size_t from_wire = 0;
    for (const auto& request : requests)
        for (auto& credential : credentials_in(request)) {
            secrets.push_back(std::move(credential));
            ++from_wire;
        }
    EXPECT_GT(from_wire, 0u) << "no credential was sent: the row tests nothing";
    {
        std::lock_guard lock(answers_mutex);
        for (const auto& answer : answers)
            for (auto& credential : credentials_in(answer))
                secrets.push_back(std::move(credential));
    }

    // The default observer: no secret in any field of any event.
    for (const auto& event : masking->events())
        for (const auto& secret : secrets) {
            EXPECT_FALSE(event_contains(event, secret)) << secret << " in " << describe(event);
        }
    // The revealing one: the typed ones nowhere either, the wire exactly as it was.
    for (const auto& event : revealing->events())
        for (const auto& secret : c.typed) {
            EXPECT_FALSE(event_contains(event, secret)) << secret << " in " << describe(event);
        }
    const std::string sent = revealing->joined(EventKind::BytesSent);
    for (const auto& request : requests) {
        EXPECT_NE(sent.find(request), std::string::npos) << "not as on the wire: " << request;
    }
    const std::string received = revealing->joined(EventKind::BytesReceived);
    {
        std::lock_guard lock(answers_mutex);
        for (const auto& answer : answers) {
            EXPECT_NE(received.find(answer), std::string::npos) << "not as on the wire: " << answer;
        }
    }
    if (c.peer != Peer::ConnectProxy) {
        const auto stored = revealing->events(EventKind::CookieStored);
        EXPECT_TRUE(std::any_of(stored.begin(), stored.end(), [](const hinternet::trace::Event& event) {
            return event.text.starts_with("sid=server-cookie-secret");
        }));
    }

    // Both got the same events, with the same offsets and sizes; a byte differs only where it is masked.
    EXPECT_EQ(masking->events().size(), revealing->events().size());
    for (const EventKind kind : {EventKind::BytesSent, EventKind::BytesReceived, EventKind::CookieStored,
                                 EventKind::BodyDecoded, EventKind::RedirectDecision}) {
        const auto shown = revealing->events(kind);
        const auto masked = masking->events(kind);
        ASSERT_EQ(shown.size(), masked.size()) << static_cast<int>(kind);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            EXPECT_EQ(masked[i].offset, shown[i].offset);
            ASSERT_EQ(masked[i].bytes.size(), shown[i].bytes.size());
            ASSERT_EQ(masked[i].text.size(), shown[i].text.size());
            for (std::size_t at = 0; at < shown[i].bytes.size(); ++at) {
                ASSERT_TRUE(masked[i].bytes[at] == shown[i].bytes[at] || masked[i].bytes[at] == '*') << at;
            }
            for (std::size_t at = 0; at < shown[i].text.size(); ++at) {
                ASSERT_TRUE(masked[i].text[at] == shown[i].text[at] || masked[i].text[at] == '*') << at;
            }
        }
    }
    // What stays visible: header names, schemes, cookie names.
    const std::string masked_sent = masking->joined(EventKind::BytesSent);
    const std::string masked_received = masking->joined(EventKind::BytesReceived);
    if (has_header(sent, "Authorization")) {
        EXPECT_TRUE(has_header(masked_sent, "Authorization"));
    }
    // (A cookie name that arrives a byte at a time is masked too: whether '=' follows is not known yet.)
    if (c.peer != Peer::ConnectProxy) {
        EXPECT_NE(masked_received.find(c.trickle ? "\r\nSet-Cookie: ***=********************; Path=/\r\n"
                                                 : "\r\nSet-Cookie: sid=********************; Path=/\r\n"),
                  std::string::npos)
            << masked_received;
    }
}

std::vector<TraceRun> trace_runs()
{
    const std::vector<TraceCase> rows = {
        {"basic_credentials",
         Peer::Origin,
         [](HINTERNET request) {
             ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"alice",
                                               basic_password.c_str(), nullptr));
         },
         {hs::test::narrow(basic_password)}},
        {"digest_credentials",
         Peer::DigestOrigin,
         [](HINTERNET request) {
             ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_DIGEST,
                                               L"alice", digest_password.c_str(), nullptr));
         },
         {hs::test::narrow(digest_password)}},
        {"username_and_password_options",
         Peer::Origin,
         [](HINTERNET request) {
             set_string_option(request, WINHTTP_OPTION_USERNAME, L"option-user-secret");
             set_string_option(request, WINHTTP_OPTION_PASSWORD, L"option-password-secret");
             const std::wstring cookie = L"Cookie: c=app-cookie-for-options";
             ASSERT_TRUE(
                 WinHttpAddRequestHeaders(request, cookie.c_str(), static_cast<DWORD>(-1L), WINHTTP_ADDREQ_FLAG_ADD));
         },
         {"option-user-secret", "option-password-secret"}},
        {"bearer_proxy_authorization_and_cookie_headers",
         Peer::Origin,
         [](HINTERNET request) {
             const std::wstring headers =
                 hs::test::widen("Authorization: Bearer " + app_token + "\r\nProxy-Authorization: Basic " +
                                 app_proxy_token + "\r\nCookie: app=" + app_cookie + "; other=second-app-cookie");
             ASSERT_TRUE(
                 WinHttpAddRequestHeaders(request, headers.c_str(), static_cast<DWORD>(-1L), WINHTTP_ADDREQ_FLAG_ADD));
         },
         {}},
        {"jar_cookie_after_a_redirect",
         Peer::Origin,
         [](HINTERNET request) {
             ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"alice",
                                               basic_password.c_str(), nullptr));
         },
         {hs::test::narrow(basic_password)},
         L"/start"},
        {"trickled_answers",
         Peer::Origin,
         [](HINTERNET request) {
             ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"alice",
                                               basic_password.c_str(), nullptr));
         },
         {hs::test::narrow(basic_password)},
         L"/start",
         true},
        {"proxy_credentials_through_a_proxy",
         Peer::Proxy,
         [](HINTERNET request) {
             ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"agent",
                                               L"proxy-password-secret", nullptr));
         },
         {"proxy-password-secret"}},
        {"proxy_credentials_in_a_connect",
         Peer::ConnectProxy,
         [](HINTERNET request) {
             set_string_option(request, WINHTTP_OPTION_PROXY_USERNAME, L"agent");
             set_string_option(request, WINHTTP_OPTION_PROXY_PASSWORD, L"connect-password-secret");
         },
         {"connect-password-secret"}},
    };
    std::vector<TraceRun> runs;
    for (const auto& row : rows)
        for (const bool async : {false, true})
            runs.push_back({row, async});
    return runs;
}

INSTANTIATE_TEST_SUITE_P(Trace, TraceSecrets, testing::ValuesIn(trace_runs()),
                         [](const testing::TestParamInfo<TraceRun>& run) {
                             return std::string(run.param.row.label) + (run.param.async ? "_async" : "_sync");
                         });

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

// Requests through a real proxy (tinyproxy): absolute-form for http, CONNECT tunnels for https, the
// bypass list, proxy authentication, and the environment as the default proxy.
#include "support/httpbin_server.h"
#include "support/nginx_server.h"
#include "support/test_pki.h"
#include "support/tinyproxy_server.h"
#include "winhttp_client.h"

#include <hinternet/extensions.h>

#include <gtest/gtest.h>

#include <cstdlib>

using hs::test::narrow;
using hs::test::RequestSpec;
using hs::test::widen;

namespace {

constexpr std::string_view via_tinyproxy = "tinyproxy";

// A session that uses the given proxy (WINHTTP_ACCESS_TYPE_NAMED_PROXY) and bypass list.
struct ProxiedSession {
    ProxiedSession(const std::string& proxy, const std::wstring& bypass = L"")
        : handle(WinHttpOpen(L"proxy-tests", WINHTTP_ACCESS_TYPE_NAMED_PROXY, widen(proxy).c_str(),
                             bypass.empty() ? WINHTTP_NO_PROXY_BYPASS : bypass.c_str(), 0))
    {}
    ~ProxiedSession() { WinHttpCloseHandle(handle); }
    HINTERNET handle;
};

struct Fetched {
    DWORD error = ERROR_SUCCESS;
    DWORD status = 0;
    std::string body;
};

Fetched fetch(HINTERNET session, const std::wstring& host, INTERNET_PORT port, const std::wstring& path,
              DWORD flags = 0, const std::function<void(HINTERNET)>& configure = {})
{
    Fetched result;
    HINTERNET connect = WinHttpConnect(session, host.c_str(), port, 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", path.c_str(), nullptr, nullptr, nullptr, flags);
    if (configure)
        configure(request);
    if (!WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0) || !WinHttpReceiveResponse(request, nullptr)) {
        result.error = GetLastError();
    } else {
        result.status = hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE);
        char buffer[8192];
        DWORD read = 0;
        while (WinHttpReadData(request, buffer, sizeof buffer, &read) && read > 0)
            result.body.append(buffer, read);
    }
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    return result;
}

class Proxy : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        httpbin_ = new hs::test::HttpbinServer();
        pki_directory_ = new hs::test::TempDir("hinterscope-proxy-pki");
        pki_ = new hs::test::TestPki(pki_directory_->path());
        hs::test::CertificateSpec spec;
        spec.dns_names = {"localhost"};
        const auto certificate = pki_->issue("proxied", spec);
        hs::test::NginxOptions options;
        options.tls_certificate_chain = certificate.chain;
        options.tls_private_key = certificate.key;
        nginx_ = new hs::test::NginxServer(options);
        hs::test::write_file(nginx_->document_root() / "secret.txt", "through the tunnel\n");
    }
    static void TearDownTestSuite()
    {
        delete nginx_;
        delete pki_;
        delete pki_directory_;
        delete httpbin_;
    }
    static void trust_test_root(HINTERNET session)
    {
        const auto root = pki_->root_certificate().wstring();
        WinHttpSetOption(session, HINTERNET_OPTION_CA_FILE, const_cast<wchar_t*>(root.c_str()),
                         static_cast<DWORD>(root.size()));
    }

    static inline hs::test::HttpbinServer* httpbin_ = nullptr;
    static inline hs::test::TempDir* pki_directory_ = nullptr;
    static inline hs::test::TestPki* pki_ = nullptr;
    static inline hs::test::NginxServer* nginx_ = nullptr;
};

} // namespace

TEST_F(Proxy, PlainHttpGoesThroughTheProxyInAbsoluteForm)
{
    hs::test::TinyproxyServer proxy;
    ProxiedSession session(proxy.authority());
    const auto result = fetch(session.handle, L"127.0.0.1", httpbin_->port(), L"/headers?show_env=1");
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(result.status, 200u);
    EXPECT_NE(result.body.find(via_tinyproxy), std::string::npos) << result.body; // tinyproxy's Via header
    EXPECT_NE(proxy.log().find("GET http://127.0.0.1:" + std::to_string(httpbin_->port()) + "/headers?show_env=1"),
              std::string::npos)
        << proxy.log();
}

TEST_F(Proxy, BypassListSendsLocalNamesDirect)
{
    hs::test::TinyproxyServer proxy;
    ProxiedSession session(proxy.authority(), L"<local>");
    const auto direct = fetch(session.handle, L"localhost", httpbin_->port(), L"/headers?show_env=1");
    ASSERT_EQ(direct.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(direct.body.find(via_tinyproxy), std::string::npos) << direct.body;
    const auto proxied = fetch(session.handle, L"127.0.0.1", httpbin_->port(), L"/headers?show_env=1");
    EXPECT_NE(proxied.body.find(via_tinyproxy), std::string::npos) << proxied.body;
}

TEST_F(Proxy, HttpsGoesThroughAConnectTunnel)
{
    hs::test::TinyproxyServer proxy;
    ProxiedSession session("https=" + proxy.authority());
    trust_test_root(session.handle);
    const auto result = fetch(session.handle, L"localhost", nginx_->https_port(), L"/secret.txt", WINHTTP_FLAG_SECURE);
    ASSERT_EQ(result.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(result.status, 200u);
    EXPECT_EQ(result.body, "through the tunnel\n");
    EXPECT_NE(proxy.log().find("CONNECT localhost:" + std::to_string(nginx_->https_port())), std::string::npos)
        << proxy.log();
}

TEST_F(Proxy, ProxyAuthenticationForPlainRequests)
{
    hs::test::TinyproxyServer proxy({"agent", "s3cret"});
    ProxiedSession session(proxy.authority());
    HINTERNET connect = WinHttpConnect(session.handle, L"127.0.0.1", httpbin_->port(), 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/get", nullptr, nullptr, nullptr, 0);
    ASSERT_TRUE(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE), 407u);
    DWORD supported = 0, first = 0, target = 0;
    ASSERT_TRUE(WinHttpQueryAuthSchemes(request, &supported, &first, &target));
    EXPECT_EQ(first, static_cast<DWORD>(WINHTTP_AUTH_SCHEME_BASIC));
    EXPECT_EQ(target, static_cast<DWORD>(WINHTTP_AUTH_TARGET_PROXY));
    ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"agent",
                                      L"s3cret", nullptr));
    ASSERT_TRUE(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE), 200u);
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
}

TEST_F(Proxy, ProxyAuthenticationForTunnelsWithTheCredentialOptions)
{
    hs::test::TinyproxyServer proxy({"agent", "s3cret"});
    ProxiedSession session(proxy.authority());
    trust_test_root(session.handle);
    const auto refused = fetch(session.handle, L"localhost", nginx_->https_port(), L"/secret.txt", WINHTTP_FLAG_SECURE);
    ASSERT_EQ(refused.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(refused.status, 407u); // the proxy's answer to CONNECT, as WinHTTP reports it

    const auto allowed = fetch(
        session.handle, L"localhost", nginx_->https_port(), L"/secret.txt", WINHTTP_FLAG_SECURE, [](HINTERNET request) {
            std::wstring user = L"agent", password = L"s3cret";
            WinHttpSetOption(request, WINHTTP_OPTION_PROXY_USERNAME, user.data(), static_cast<DWORD>(user.size()));
            WinHttpSetOption(request, WINHTTP_OPTION_PROXY_PASSWORD, password.data(),
                             static_cast<DWORD>(password.size()));
        });
    ASSERT_EQ(allowed.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(allowed.status, 200u);
    EXPECT_EQ(allowed.body, "through the tunnel\n");
}

TEST_F(Proxy, DefaultProxyComesFromTheEnvironment)
{
    hs::test::TinyproxyServer proxy;
    ::setenv("http_proxy", ("http://" + proxy.authority()).c_str(), 1);
    ::setenv("no_proxy", "localhost", 1);
    HINTERNET session = WinHttpOpen(L"env", WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, nullptr, nullptr, 0);
    const auto proxied = fetch(session, L"127.0.0.1", httpbin_->port(), L"/headers?show_env=1");
    const auto direct = fetch(session, L"localhost", httpbin_->port(), L"/headers?show_env=1");
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config{};
    ASSERT_TRUE(WinHttpGetIEProxyConfigForCurrentUser(&config));
    ::unsetenv("http_proxy");
    ::unsetenv("no_proxy");
    WinHttpCloseHandle(session);
    EXPECT_NE(proxied.body.find(via_tinyproxy), std::string::npos) << proxied.body;
    EXPECT_EQ(direct.body.find(via_tinyproxy), std::string::npos) << direct.body;
    ASSERT_NE(config.lpszProxy, nullptr);
    EXPECT_EQ(narrow(config.lpszProxy), proxy.authority());
    ASSERT_NE(config.lpszProxyBypass, nullptr);
    EXPECT_EQ(narrow(config.lpszProxyBypass), "localhost");
    GlobalFree(config.lpszProxy);
    GlobalFree(config.lpszProxyBypass);
}

// Synchronous WinHTTP requests against real servers: nginx for files and keep-alive, httpbin for
// redirects, cookies, auth and content encodings. Only the C API is used, as an application would.
#include "support/httpbin_server.h"
#include "support/nginx_server.h"
#include "support/scripted_server.h"
#include "winhttp_client.h"

#include <hinternet/extensions.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

using hs::test::narrow;
using hs::test::RequestSpec;
using hs::test::Session;

namespace {

hs::test::NginxServer* nginx = nullptr;
hs::test::HttpbinServer* httpbin = nullptr;
std::string large_file;

class SyncRequests : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        nginx = new hs::test::NginxServer();
        httpbin = new hs::test::HttpbinServer();
        hs::test::write_file(nginx->document_root() / "hello.txt", "hello from nginx\n");
        large_file.resize(8 * 1024 * 1024 + 123);
        std::mt19937 random(42);
        std::generate(large_file.begin(), large_file.end(), [&] { return static_cast<char>(random()); });
        hs::test::write_file(nginx->document_root() / "large.bin", large_file);
    }
    static void TearDownTestSuite()
    {
        delete httpbin;
        delete nginx;
    }

    static RequestSpec to_nginx(std::wstring path)
    {
        RequestSpec spec;
        spec.port = nginx->http_port();
        spec.path = std::move(path);
        return spec;
    }
    static RequestSpec to_httpbin(std::wstring path, std::wstring verb = L"GET")
    {
        RequestSpec spec;
        spec.port = httpbin->port();
        spec.path = std::move(path);
        spec.verb = std::move(verb);
        return spec;
    }
};

std::vector<DWORD> progress_only(const std::vector<DWORD>& statuses)
{
    std::vector<DWORD> result;
    std::copy_if(statuses.begin(), statuses.end(), std::back_inserter(result), [](DWORD status) {
        return status != WINHTTP_CALLBACK_STATUS_HANDLE_CREATED && status != WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING;
    });
    return result;
}

} // namespace

TEST_F(SyncRequests, GetsAFileWithTheDocumentedCallbackSequence)
{
    Session session;
    const auto outcome = session.perform(to_nginx(L"/hello.txt"));
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.status, 200u);
    EXPECT_EQ(outcome.body, "hello from nginx\n");
    EXPECT_EQ(narrow(outcome.final_url), nginx->http_url("/hello.txt"));
    const std::vector<DWORD> expected = {
        WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,       WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
        WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
        WINHTTP_CALLBACK_STATUS_SENDING_REQUEST,      WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
        WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,   WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,
    };
    EXPECT_EQ(progress_only(outcome.callbacks), expected);
    EXPECT_EQ(outcome.callbacks.front(), static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CREATED));
    for (const auto& notification : session.recorder().notifications()) {
        if (notification.status == WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER) {
            EXPECT_EQ(notification.text, L"127.0.0.1");
            EXPECT_EQ(notification.length, 10u) << "characters, with the terminating NUL";
        }
        if (notification.status == WINHTTP_CALLBACK_STATUS_REQUEST_SENT) {
            EXPECT_EQ(notification.length, sizeof(DWORD));
        }
    }
    EXPECT_EQ(outcome.callbacks.back(), static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING));
}

TEST_F(SyncRequests, ReusesTheConnectionWithoutResolvingOrConnecting)
{
    Session session;
    ASSERT_EQ(session.perform(to_nginx(L"/hello.txt")).first_error(), ERROR_SUCCESS);
    const auto second = session.perform(to_nginx(L"/hello.txt"));
    ASSERT_EQ(second.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(second.body, "hello from nginx\n");
    for (const DWORD status : second.callbacks) {
        EXPECT_NE(status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_RESOLVING_NAME));
        EXPECT_NE(status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER));
    }
    EXPECT_EQ(session.recorder().count(WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER), 1);
}

TEST_F(SyncRequests, ReadsALargeBodyExactly)
{
    for (const DWORD read_size : {1u, 1000u, 65536u, 1u << 20}) {
        SCOPED_TRACE(read_size);
        if (read_size == 1)
            continue; // 8 MiB one byte at a time is slow under sanitizers; 1000 covers small reads
        Session session;
        auto spec = to_nginx(L"/large.bin");
        spec.read_size = read_size;
        const auto outcome = session.perform(spec);
        ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
        EXPECT_EQ(outcome.body.size(), large_file.size());
        EXPECT_TRUE(outcome.body == large_file);
    }
}

TEST_F(SyncRequests, HeadHasNoBodyAndKeepsTheConnection)
{
    Session session;
    auto spec = to_nginx(L"/large.bin");
    spec.verb = L"HEAD";
    const auto head = session.perform(spec);
    ASSERT_EQ(head.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(head.status, 200u);
    EXPECT_TRUE(head.body.empty());
    EXPECT_NE(narrow(head.raw_headers).find("Content-Length: " + std::to_string(large_file.size())), std::string::npos);
    ASSERT_EQ(session.perform(to_nginx(L"/hello.txt")).body, "hello from nginx\n");
    EXPECT_EQ(session.recorder().count(WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER), 1);
}

TEST_F(SyncRequests, PostsABodyInOneCallAndStreamedWithWriteData)
{
    Session session;
    auto spec = to_httpbin(L"/post", L"POST");
    spec.headers = L"Content-Type: text/plain\r\n";
    spec.body = "payload in one piece";
    const auto outcome = session.perform(spec);
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.status, 200u);
    EXPECT_NE(outcome.body.find("\"data\": \"payload in one piece\""), std::string::npos) << outcome.body;

    HINTERNET connect = WinHttpConnect(session.handle(), L"127.0.0.1", httpbin->port(), 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"PUT", L"/put", nullptr, nullptr, nullptr, 0);
    const std::string parts[] = {"first ", "second ", "third"};
    const DWORD total = 18;
    ASSERT_TRUE(
        WinHttpSendRequest(request, L"Content-Type: text/plain", static_cast<DWORD>(-1L), nullptr, 0, total, 0));
    for (const auto& part : parts) {
        DWORD written = 0;
        ASSERT_TRUE(WinHttpWriteData(request, part.data(), static_cast<DWORD>(part.size()), &written));
        EXPECT_EQ(written, part.size());
    }
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE), 200u);
    std::string body(4096, '\0');
    DWORD read = 0;
    std::string all;
    while (WinHttpReadData(request, body.data(), 4096, &read) && read > 0)
        all.append(body.data(), read);
    EXPECT_NE(all.find("\"data\": \"first second third\""), std::string::npos) << all;
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
}

struct RedirectCase {
    std::string name;
    std::wstring verb;
    std::wstring path;
    DWORD expected_status;
    std::string expected_final_path;
    int expected_redirects;
    std::string expected_method; // what httpbin's /anything echoes, when it is the final stop
};

class Redirects : public SyncRequests, public ::testing::WithParamInterface<RedirectCase> {};

TEST_P(Redirects, FollowAndReportEveryHop)
{
    const auto& c = GetParam();
    Session session;
    auto spec = to_httpbin(c.path, c.verb);
    if (c.verb == L"POST")
        spec.body = "x=1";
    const auto outcome = session.perform(spec);
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.status, c.expected_status);
    EXPECT_EQ(narrow(outcome.final_url), httpbin->url(c.expected_final_path));
    EXPECT_EQ(session.recorder().count(WINHTTP_CALLBACK_STATUS_REDIRECT), c.expected_redirects);
    if (!c.expected_method.empty()) {
        EXPECT_NE(outcome.body.find("\"method\": \"" + c.expected_method + "\""), std::string::npos) << outcome.body;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Httpbin, Redirects,
    ::testing::Values(RedirectCase{"relative_chain", L"GET", L"/redirect/3", 200, "/get", 3, ""},
                      RedirectCase{"absolute_chain", L"GET", L"/absolute-redirect/2", 200, "/get", 2, ""},
                      RedirectCase{"post_302_becomes_get", L"POST", L"/redirect-to?url=/anything&status_code=302", 200,
                                   "/anything", 1, "GET"},
                      RedirectCase{"post_303_becomes_get", L"POST", L"/redirect-to?url=/anything&status_code=303", 200,
                                   "/anything", 1, "GET"},
                      RedirectCase{"post_307_keeps_post", L"POST", L"/redirect-to?url=/anything&status_code=307", 200,
                                   "/anything", 1, "POST"},
                      RedirectCase{"post_308_keeps_post", L"POST", L"/redirect-to?url=/anything&status_code=308", 200,
                                   "/anything", 1, "POST"},
                      RedirectCase{"get_301", L"GET", L"/redirect-to?url=/anything&status_code=301", 200, "/anything",
                                   1, "GET"}),
    [](const auto& test_case) { return test_case.param.name; });

TEST_F(SyncRequests, RedirectLimitAndPolicies)
{
    Session session;
    auto too_many = to_httpbin(L"/redirect/4");
    too_many.configure = [](HINTERNET, HINTERNET request) {
        DWORD limit = 3;
        WinHttpSetOption(request, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, &limit, sizeof limit);
    };
    EXPECT_EQ(session.perform(too_many).receive_error, static_cast<DWORD>(ERROR_WINHTTP_REDIRECT_FAILED));

    auto never = to_httpbin(L"/redirect/1");
    never.configure = [](HINTERNET, HINTERNET request) {
        DWORD policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
        WinHttpSetOption(request, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy);
    };
    const auto not_followed = session.perform(never);
    ASSERT_EQ(not_followed.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(not_followed.status, 302u);

    auto disabled = to_httpbin(L"/redirect/1");
    disabled.configure = [](HINTERNET, HINTERNET request) {
        DWORD feature = WINHTTP_DISABLE_REDIRECTS;
        WinHttpSetOption(request, WINHTTP_OPTION_DISABLE_FEATURE, &feature, sizeof feature);
    };
    EXPECT_EQ(session.perform(disabled).status, 302u);

    auto elsewhere = to_httpbin(L"/redirect-to?url=ftp://127.0.0.1/file");
    EXPECT_EQ(session.perform(elsewhere).receive_error, static_cast<DWORD>(ERROR_WINHTTP_REDIRECT_FAILED));
}

TEST_F(SyncRequests, CookiesAreKeptAcrossRedirectsUnlessDisabled)
{
    Session session;
    const auto outcome = session.perform(to_httpbin(L"/cookies/set?flavour=oat&size=2"));
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.status, 200u);
    EXPECT_NE(outcome.body.find("\"flavour\": \"oat\""), std::string::npos) << outcome.body;
    EXPECT_NE(outcome.body.find("\"size\": \"2\""), std::string::npos) << outcome.body;

    Session without;
    auto disabled = to_httpbin(L"/cookies/set?flavour=oat");
    disabled.configure = [](HINTERNET, HINTERNET request) {
        DWORD feature = WINHTTP_DISABLE_COOKIES;
        WinHttpSetOption(request, WINHTTP_OPTION_DISABLE_FEATURE, &feature, sizeof feature);
    };
    const auto bare = without.perform(disabled);
    ASSERT_EQ(bare.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(bare.body.find("flavour"), std::string::npos) << bare.body;
}

TEST_F(SyncRequests, BasicAuthAfterAChallenge)
{
    Session session;
    HINTERNET connect = WinHttpConnect(session.handle(), L"127.0.0.1", httpbin->port(), 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/basic-auth/ada/lovelace", nullptr, nullptr, nullptr, 0);
    ASSERT_TRUE(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE), 401u);
    DWORD supported = 0, first = 0, target = 99;
    ASSERT_TRUE(WinHttpQueryAuthSchemes(request, &supported, &first, &target));
    EXPECT_EQ(supported, static_cast<DWORD>(WINHTTP_AUTH_SCHEME_BASIC));
    EXPECT_EQ(first, static_cast<DWORD>(WINHTTP_AUTH_SCHEME_BASIC));
    EXPECT_EQ(target, static_cast<DWORD>(WINHTTP_AUTH_TARGET_SERVER));
    ASSERT_TRUE(WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"ada",
                                      L"lovelace", nullptr));
    ASSERT_TRUE(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
    ASSERT_TRUE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(hs::test::query_number_header(request, WINHTTP_QUERY_STATUS_CODE), 200u);
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
}

TEST_F(SyncRequests, DigestAuthIsAnsweredAutomaticallyWhenCredentialsAreSet)
{
    for (const std::wstring path : {L"/digest-auth/auth/ada/lovelace", L"/digest-auth/auth/ada/lovelace/SHA-256"}) {
        SCOPED_TRACE(narrow(path));
        Session session;
        auto spec = to_httpbin(path);
        spec.configure = [](HINTERNET, HINTERNET request) {
            WinHttpSetCredentials(request, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_DIGEST, L"ada", L"lovelace",
                                  nullptr);
        };
        const auto outcome = session.perform(spec);
        ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
        EXPECT_EQ(outcome.status, 200u) << outcome.body;
        EXPECT_NE(outcome.body.find("\"authenticated\": true"), std::string::npos) << outcome.body;
    }
}

struct EncodingCase {
    std::string name;
    std::wstring path;
    DWORD decompression;
    std::string expected_in_body;
};

class ContentEncodings : public SyncRequests, public ::testing::WithParamInterface<EncodingCase> {};

TEST_P(ContentEncodings, DecodeWhenAsked)
{
    const auto& c = GetParam();
    Session session;
    auto spec = to_httpbin(c.path);
    spec.configure = [&c](HINTERNET, HINTERNET request) {
        DWORD flags = c.decompression;
        WinHttpSetOption(request, WINHTTP_OPTION_DECOMPRESSION, &flags, sizeof flags);
    };
    const auto outcome = session.perform(spec);
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.status, 200u);
    EXPECT_NE(outcome.body.find(c.expected_in_body), std::string::npos) << outcome.body.substr(0, 200);
}

INSTANTIATE_TEST_SUITE_P(
    Httpbin, ContentEncodings,
    ::testing::Values(EncodingCase{"gzip", L"/gzip", WINHTTP_DECOMPRESSION_FLAG_ALL, "\"gzipped\": true"},
                      EncodingCase{"deflate", L"/deflate", WINHTTP_DECOMPRESSION_FLAG_ALL, "\"deflated\": true"},
                      EncodingCase{"brotli", L"/brotli", HINTERNET_DECOMPRESSION_FLAG_BROTLI, "\"brotli\": true"},
                      EncodingCase{"gzip_not_asked", L"/gzip", 0, std::string("\x1f\x8b", 2)}),
    [](const auto& test_case) { return test_case.param.name; });

TEST_F(SyncRequests, ConnectionErrorsHaveTheirWinHttpCodes)
{
    Session session;
    RequestSpec refused;
    {
        hs::test::ScriptedServer closed([](hs::test::ScriptedConnection&, int) {});
        refused.port = closed.port();
    } // nothing listens there any more
    EXPECT_EQ(session.perform(refused).send_error, static_cast<DWORD>(ERROR_WINHTTP_CANNOT_CONNECT));

    RequestSpec unresolvable;
    unresolvable.host = L"nowhere.invalid";
    unresolvable.port = 80;
    EXPECT_EQ(session.perform(unresolvable).send_error, static_cast<DWORD>(ERROR_WINHTTP_NAME_NOT_RESOLVED));
}

TEST_F(SyncRequests, CredentialsAreNotSentToAnotherOrigin)
{
    hs::test::ScriptedServer other([](hs::test::ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nother");
    });
    hs::test::ScriptedServer first([&](hs::test::ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://localhost:" +
                        std::to_string(other.port()) + "/landing\r\nContent-Length: 0\r\n\r\n");
    });
    Session session;
    RequestSpec spec;
    spec.port = first.port();
    spec.path = L"/start";
    spec.headers = L"Authorization: Bearer secret-token\r\nCookie: session=abc\r\nX-Kept: yes\r\n";
    const auto outcome = session.perform(spec);
    ASSERT_EQ(outcome.first_error(), ERROR_SUCCESS);
    EXPECT_EQ(outcome.body, "other");
    ASSERT_EQ(first.requests().size(), 1u);
    ASSERT_EQ(other.requests().size(), 1u);
    EXPECT_NE(first.requests()[0].find("Authorization: Bearer secret-token"), std::string::npos);
    const auto forwarded = other.requests()[0];
    EXPECT_EQ(forwarded.find("Authorization"), std::string::npos) << forwarded;
    EXPECT_EQ(forwarded.find("secret-token"), std::string::npos) << forwarded;
    EXPECT_EQ(forwarded.find("session=abc"), std::string::npos) << forwarded;
    EXPECT_NE(forwarded.find("X-Kept: yes"), std::string::npos) << forwarded;
    EXPECT_EQ(narrow(outcome.final_url), "http://localhost:" + std::to_string(other.port()) + "/landing");
}

// The fixtures every integration test relies on: real nginx and httpbin on free loopback ports.
#include "support/httpbin_server.h"
#include "support/loopback.h"
#include "support/nginx_server.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

TEST(Fixtures, NginxServesAFileAndStopsWithItsOwner)
{
    std::uint16_t port = 0;
    {
        hs::test::NginxServer nginx;
        hs::test::write_file(nginx.document_root() / "hello.txt", "hello from nginx\n");
        port = nginx.http_port();
        const auto response =
            hs::test::exchange_raw(port, "GET /hello.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 5s);
        EXPECT_TRUE(response.starts_with("HTTP/1.1 200 OK\r\n")) << response;
        EXPECT_TRUE(response.ends_with("\r\n\r\nhello from nginx\n")) << response;
    }
    EXPECT_FALSE(hs::test::wait_until_listening(port, 200ms)) << "nginx still listens after its fixture ended";
}

TEST(Fixtures, HttpbinAnswersWithJson)
{
    hs::test::HttpbinServer httpbin;
    const auto response = hs::test::exchange_raw(
        httpbin.port(), "GET /get?probe=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 10s);
    EXPECT_TRUE(response.starts_with("HTTP/1.1 200 OK\r\n")) << response;
    EXPECT_NE(response.find("\"probe\": \"1\""), std::string::npos) << response;
}

TEST(Fixtures, FreePortsAreLoopbackAndDistinct)
{
    const auto first = hs::test::free_loopback_port();
    const auto second = hs::test::free_loopback_port();
    EXPECT_GT(first, 0);
    EXPECT_GT(second, 0);
    EXPECT_FALSE(hs::test::wait_until_listening(first, 50ms));
}

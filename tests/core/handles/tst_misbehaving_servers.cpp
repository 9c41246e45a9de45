// Server behaviour that needs more than one table row: callbacks, option interplay, cancellation. The
// byte-exact matrix of misbehaving servers is tst_misbehaviour_matrix (both modes) and tst_misbehaviour_curl.
#include "support/scripted_server.h"
#include "winhttp_client.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using hs::test::RequestSpec;
using hs::test::ScriptedConnection;
using hs::test::Session;

namespace {

TEST(MisbehavingServers, InterimResponsesAreReported)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\n\r\nHTTP/1.1 200 OK\r\n"
                        "Content-Length: 0\r\n\r\n");
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    ASSERT_EQ(session.perform(spec).first_error(), static_cast<DWORD>(ERROR_SUCCESS));
    std::vector<DWORD> interim;
    for (const auto& notification : session.recorder().notifications())
        if (notification.status == WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE)
            interim.push_back(notification.number);
    EXPECT_EQ(interim, (std::vector<DWORD>{100, 103}));
}

TEST(MisbehavingServers, AServerClosingAnIdleConnectionCostsNothing)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        connection.close(); // keep-alive announced, but the server closes anyway
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    EXPECT_EQ(session.perform(spec).body, "ok");
    std::this_thread::sleep_for(50ms);
    const auto second = session.perform(spec);
    EXPECT_EQ(second.first_error(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(second.body, "ok");
    EXPECT_EQ(server.connections(), 2);
}

TEST(MisbehavingServers, StaleConnectionIsRetriedOnceForIdempotentRequests)
{
    // The server answers, then on the same connection reads the next request and closes without a word:
    // the client must notice nothing but a second connection.
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int index) {
        if (index == 0) {
            connection.read_request();
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            connection.read_request();
            connection.close();
            return;
        }
        connection.read_request();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nretry");
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    EXPECT_EQ(session.perform(spec).body, "ok");
    const auto second = session.perform(spec);
    EXPECT_EQ(second.first_error(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(second.body, "retry");
    EXPECT_EQ(server.connections(), 2);
}

TEST(MisbehavingServers, TrickleIsBoundedByTheReceiveTimeoutPerRead)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n");
        connection.send_slowly("slow", 50ms);
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    spec.configure = [](HINTERNET, HINTERNET request) { WinHttpSetTimeouts(request, 0, 2000, 2000, 1000); };
    const auto outcome = session.perform(spec);
    EXPECT_EQ(outcome.first_error(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(outcome.body, "slow");
}

TEST(MisbehavingServers, EndlessInterimResponsesAreCappedByMaxHttpStatusContinue)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        connection.read_request();
        connection.send("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
                        "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    spec.configure = [](HINTERNET, HINTERNET request) {
        DWORD limit = 2;
        WinHttpSetOption(request, WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE, &limit, sizeof limit);
    };
    EXPECT_EQ(session.perform(spec).receive_error, static_cast<DWORD>(ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
    spec.configure = {};
    EXPECT_EQ(session.perform(spec).status, 200u);
}

TEST(MisbehavingServers, ExpireConnectionKeepsItOutOfThePool)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        while (!connection.read_request(2s).empty())
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    spec.configure = [](HINTERNET, HINTERNET request) {
        WinHttpSetOption(request, WINHTTP_OPTION_EXPIRE_CONNECTION, nullptr, 0);
    };
    EXPECT_EQ(session.perform(spec).body, "ok");
    spec.configure = {};
    EXPECT_EQ(session.perform(spec).body, "ok");
    EXPECT_EQ(session.recorder().count(WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER), 2);
}

TEST(MisbehavingServers, CloseFromAnotherThreadCancelsABlockedCall)
{
    hs::test::ScriptedServer server([](ScriptedConnection& connection, int) {
        connection.read_request();
        connection.wait_for_client_close(10s); // never answers
    });
    Session session;
    HINTERNET connect = WinHttpConnect(session.handle(), L"127.0.0.1", server.port(), 0);
    HINTERNET request = WinHttpOpenRequest(connect, nullptr, nullptr, nullptr, nullptr, nullptr, 0);
    ASSERT_TRUE(WinHttpSendRequest(request, nullptr, 0, nullptr, 0, 0, 0));
    std::thread closer([request] {
        std::this_thread::sleep_for(200ms);
        WinHttpCloseHandle(request);
    });
    const auto started = std::chrono::steady_clock::now();
    EXPECT_FALSE(WinHttpReceiveResponse(request, nullptr));
    EXPECT_EQ(GetLastError(), static_cast<DWORD>(ERROR_WINHTTP_OPERATION_CANCELLED));
    EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
    closer.join();
    const auto statuses = session.recorder().statuses(request);
    ASSERT_FALSE(statuses.empty());
    EXPECT_EQ(statuses.back(), static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING));
    WinHttpCloseHandle(connect);
}

} // namespace

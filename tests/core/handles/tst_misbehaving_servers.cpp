// Byte-exact server misbehaviour from the scripted raw-socket server: each case names what the server
// sends and the WinHTTP error (or outcome) the application must see.
#include "support/scripted_server.h"
#include "winhttp_client.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace std::chrono_literals;
using namespace std::string_literals;
using hs::test::RequestSpec;
using hs::test::ScriptedConnection;
using hs::test::Session;

namespace {

enum class Phase { Send, Receive, Read, Success };

struct Misbehaviour {
    std::string name;
    std::string response; // sent after reading the request
    enum class Then { Close, Reset, Wait } then = Then::Close;
    Phase failing_phase;
    DWORD expected_error; // or, for Success, the expected status
    std::string expected_body = {};
    int receive_timeout_ms = 0;
};

std::string many_headers(int count)
{
    std::string head = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < count; ++i)
        head += "X-H" + std::to_string(i) + ": v\r\n";
    return head + "Content-Length: 0\r\n\r\n";
}

class MisbehavingServer : public ::testing::TestWithParam<Misbehaviour> {};

TEST_P(MisbehavingServer, GivesTheRightError)
{
    const auto& c = GetParam();
    hs::test::ScriptedServer server([&c](ScriptedConnection& connection, int) {
        if (connection.read_request().empty())
            return;
        connection.send(c.response);
        if (c.then == Misbehaviour::Then::Reset)
            connection.reset();
        else if (c.then == Misbehaviour::Then::Wait)
            connection.wait_for_client_close(5s);
    });
    Session session;
    RequestSpec spec;
    spec.port = server.port();
    spec.configure = [&c](HINTERNET, HINTERNET request) {
        if (c.receive_timeout_ms > 0)
            WinHttpSetTimeouts(request, 0, 2000, 2000, c.receive_timeout_ms);
    };
    const auto outcome = session.perform(spec);
    switch (c.failing_phase) {
    case Phase::Send:
        EXPECT_EQ(outcome.send_error, c.expected_error);
        break;
    case Phase::Receive:
        EXPECT_EQ(outcome.send_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(outcome.receive_error, c.expected_error);
        break;
    case Phase::Read:
        EXPECT_EQ(outcome.send_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(outcome.receive_error, static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(outcome.read_error, c.expected_error);
        break;
    case Phase::Success:
        EXPECT_EQ(outcome.first_error(), static_cast<DWORD>(ERROR_SUCCESS));
        EXPECT_EQ(outcome.status, c.expected_error);
        EXPECT_EQ(outcome.body, c.expected_body);
        break;
    }
}

const DWORD invalid_response = ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
const DWORD connection_error = ERROR_WINHTTP_CONNECTION_ERROR;

INSTANTIATE_TEST_SUITE_P(
    Scripted, MisbehavingServer,
    ::testing::Values(
        Misbehaviour{"no_status_line", "Content-Length: 2\r\n\r\nok", Misbehaviour::Then::Close, Phase::Receive,
                     invalid_response},
        Misbehaviour{"garbage_status", "HTTP/1.1 abc Nope\r\n\r\n", Misbehaviour::Then::Close, Phase::Receive,
                     invalid_response},
        Misbehaviour{"http09_reply", "<html>hello</html>", Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"closed_before_answer", "", Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"reset_before_answer", "", Misbehaviour::Then::Reset, Phase::Receive, connection_error},
        Misbehaviour{"reset_mid_headers", "HTTP/1.1 200 OK\r\nContent-Le", Misbehaviour::Then::Reset, Phase::Receive,
                     connection_error},
        Misbehaviour{"closed_mid_headers", "HTTP/1.1 200 OK\r\nContent-Le", Misbehaviour::Then::Close, Phase::Receive,
                     invalid_response},
        Misbehaviour{"length_and_chunked",
                     "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "3\r\nabc\r\n0\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"two_lengths", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
                     Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"negative_length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", Misbehaviour::Then::Close,
                     Phase::Receive, invalid_response},
        Misbehaviour{"truncated_body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", Misbehaviour::Then::Close,
                     Phase::Read, connection_error},
        Misbehaviour{"reset_mid_body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", Misbehaviour::Then::Reset,
                     Phase::Read, connection_error},
        Misbehaviour{"non_hex_chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Read, invalid_response},
        Misbehaviour{"overflowing_chunk",
                     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n",
                     Misbehaviour::Then::Close, Phase::Read, invalid_response},
        Misbehaviour{"missing_final_chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
                     Misbehaviour::Then::Close, Phase::Read, connection_error},
        Misbehaviour{"reset_mid_chunk", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\nabc",
                     Misbehaviour::Then::Reset, Phase::Read, connection_error},
        Misbehaviour{"bare_lf_line_endings", "HTTP/1.1 200 OK\nContent-Length: 2\n\nok", Misbehaviour::Then::Close,
                     Phase::Receive, invalid_response},
        Misbehaviour{"obs_fold", "HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 2\r\n\r\nok",
                     Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"nul_in_header", "HTTP/1.1 200 OK\r\nX-A: a\0b\r\nContent-Length: 2\r\n\r\nok"s,
                     Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        Misbehaviour{"ten_thousand_headers", many_headers(10000), Misbehaviour::Then::Close, Phase::Receive,
                     ERROR_WINHTTP_HEADER_COUNT_EXCEEDED},
        Misbehaviour{"one_mebibyte_header",
                     "HTTP/1.1 200 OK\r\nX-Big: " + std::string(1 << 20, 'a') + "\r\nContent-Length: 0\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Receive, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW},
        Misbehaviour{"never_answers", "", Misbehaviour::Then::Wait, Phase::Receive, ERROR_WINHTTP_TIMEOUT, "", 300},
        Misbehaviour{"stalls_mid_body", "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", Misbehaviour::Then::Wait,
                     Phase::Read, ERROR_WINHTTP_TIMEOUT, "", 300},
        Misbehaviour{"switching_protocols", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Receive, invalid_response},
        // Outcomes that are not errors.
        Misbehaviour{"interim_responses",
                     "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                     "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
                     Misbehaviour::Then::Close, Phase::Success, 200, "ok"},
        Misbehaviour{"close_delimited_body", "HTTP/1.1 200 OK\r\n\r\nuntil the end", Misbehaviour::Then::Close,
                     Phase::Success, 200, "until the end"},
        Misbehaviour{"chunked_with_extensions_and_trailers",
                     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n"
                     "X-Trailer: t\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Success, 200, "abcde"},
        Misbehaviour{"no_content_with_body", "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello",
                     Misbehaviour::Then::Close, Phase::Success, 204, ""},
        Misbehaviour{"not_modified", "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n",
                     Misbehaviour::Then::Close, Phase::Success, 304, ""}),
    [](const auto& test_case) { return test_case.param.name; });

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

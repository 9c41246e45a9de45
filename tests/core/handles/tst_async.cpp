// Asynchronous mode: the documented callback sequences (docs/async-contract.md), cancellation, and a
// stress run. Every exchange is driven from its own status callback, as real async applications are.
#include "async_client.h"
#include "support/httpbin_server.h"
#include "support/nginx_server.h"
#include "support/scripted_server.h"
#include "support/test_pki.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sys/resource.h>
#include <thread>

using namespace std::chrono_literals;
using hs::test::AsyncExchange;
using hs::test::without;

namespace {

constexpr DWORD body_loop[] = {WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, WINHTTP_CALLBACK_STATUS_READ_COMPLETE};

struct AsyncSession {
    AsyncSession()
        : handle(WinHttpOpen(L"async-tests", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, WINHTTP_FLAG_ASYNC))
    {}
    ~AsyncSession() { WinHttpCloseHandle(handle); }
    HINTERNET handle;
};

int thread_count()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Threads:", 0) == 0)
            return std::stoi(line.substr(8));
    return -1;
}

class Async : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        rlimit files{};
        ::getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
        nginx_ = new hs::test::NginxServer();
        httpbin_ = new hs::test::HttpbinServer();
        hs::test::write_file(nginx_->document_root() / "small.txt", std::string(1024, 's'));
        hs::test::write_file(nginx_->document_root() / "big.bin", std::string(3 * 1024 * 1024 + 7, 'b'));
    }
    static void TearDownTestSuite()
    {
        delete httpbin_;
        delete nginx_;
    }
    static AsyncExchange::Spec to_nginx(std::wstring path)
    {
        AsyncExchange::Spec spec;
        spec.port = nginx_->http_port();
        spec.path = std::move(path);
        return spec;
    }
    static inline hs::test::NginxServer* nginx_ = nullptr;
    static inline hs::test::HttpbinServer* httpbin_ = nullptr;
};

} // namespace

TEST_F(Async, GetFollowsTheDocumentedSequence)
{
    AsyncSession session;
    AsyncExchange exchange(session.handle, to_nginx(L"/big.bin"));
    const auto caller = ::gettid();
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    EXPECT_EQ(exchange.error(), static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(exchange.status_code(), 200u);
    EXPECT_EQ(exchange.body().size(), 3u * 1024 * 1024 + 7);
    const std::vector<DWORD> expected = {
        WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,       WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
        WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
        WINHTTP_CALLBACK_STATUS_SENDING_REQUEST,      WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
        WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
        WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,    WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE,
        WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING,
    };
    EXPECT_EQ(without(exchange.statuses(), {body_loop[0], body_loop[1]}), expected);
    EXPECT_TRUE(hs::test::body_loop_is_well_formed(exchange.events()));
    EXPECT_EQ(exchange.overlapping_callbacks(), 0);
    for (const auto& event : exchange.events())
        EXPECT_NE(event.thread, static_cast<std::uint64_t>(caller)) << "callbacks come from the worker pool";
}

TEST_F(Async, PostStreamedWithWriteData)
{
    AsyncSession session;
    AsyncExchange::Spec spec;
    spec.port = httpbin_->port();
    spec.verb = L"POST";
    spec.path = L"/post";
    spec.write_parts = {"alpha ", "beta ", "gamma"};
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    EXPECT_EQ(exchange.status_code(), 200u);
    EXPECT_NE(exchange.body().find("\"data\": \"alpha beta gamma\""), std::string::npos) << exchange.body();
    const auto statuses = exchange.statuses();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE), 3);
    const auto send_complete =
        std::find(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE);
    const auto first_write = std::find(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE);
    const auto headers = std::find(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE);
    EXPECT_LT(send_complete, first_write);
    EXPECT_LT(first_write, headers);
}

TEST_F(Async, RedirectHasOneSendRequestComplete)
{
    AsyncSession session;
    AsyncExchange::Spec spec;
    spec.port = httpbin_->port();
    spec.path = L"/redirect/2";
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    EXPECT_EQ(exchange.status_code(), 200u);
    const auto statuses = exchange.statuses();
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_REDIRECT), 2);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE), 1);
    EXPECT_TRUE(exchange.final_url().ends_with(L"/get"));
}

TEST_F(Async, KeepAliveReuseSkipsResolveAndConnect)
{
    AsyncSession session;
    {
        AsyncExchange first(session.handle, to_nginx(L"/small.txt"));
        ASSERT_TRUE(first.start());
        ASSERT_TRUE(first.wait());
    }
    AsyncExchange second(session.handle, to_nginx(L"/small.txt"));
    ASSERT_TRUE(second.start());
    ASSERT_TRUE(second.wait());
    EXPECT_EQ(second.body().size(), 1024u);
    const std::vector<DWORD> expected = {
        WINHTTP_CALLBACK_STATUS_SENDING_REQUEST,      WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
        WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
        WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,    WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE,
        WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING,
    };
    EXPECT_EQ(without(second.statuses(), {body_loop[0], body_loop[1]}), expected);
}

struct FailureCase {
    std::string name;
    std::wstring host;
    bool refused_port;
    DWORD expected_error;
    std::vector<DWORD> expected_sequence;
};

class AsyncFailures : public Async, public ::testing::WithParamInterface<FailureCase> {};

TEST_P(AsyncFailures, EndWithRequestErrorThenHandleClosing)
{
    const auto& c = GetParam();
    AsyncSession session;
    AsyncExchange::Spec spec;
    spec.host = c.host;
    {
        hs::test::ScriptedServer closed([](hs::test::ScriptedConnection&, int) {});
        spec.port = closed.port();
    }
    if (!c.refused_port)
        spec.port = 80;
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    EXPECT_EQ(exchange.statuses(), c.expected_sequence);
    const auto events = exchange.events();
    const auto error = std::find_if(events.begin(), events.end(),
                                    [](const auto& e) { return e.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR; });
    ASSERT_NE(error, events.end());
    EXPECT_EQ(error->number, c.expected_error);
    EXPECT_EQ(error->api, static_cast<DWORD>(API_SEND_REQUEST));
}

INSTANTIATE_TEST_SUITE_P(
    Sequences, AsyncFailures,
    ::testing::Values(FailureCase{"refused",
                                  L"127.0.0.1",
                                  true,
                                  ERROR_WINHTTP_CANNOT_CONNECT,
                                  {WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
                                   WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
                                   WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING}},
                      FailureCase{"unresolvable",
                                  L"nowhere.invalid",
                                  false,
                                  ERROR_WINHTTP_NAME_NOT_RESOLVED,
                                  {WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
                                   WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING}}),
    [](const auto& test_case) { return test_case.param.name; });

TEST_F(Async, CertificateErrorReportsSecureFailureThenRequestError)
{
    hs::test::TempDir directory("hinterscope-async-pki");
    hs::test::TestPki pki(directory.path());
    hs::test::CertificateSpec certificate_spec;
    certificate_spec.dns_names = {"localhost"};
    const auto certificate = pki.issue("untrusted", certificate_spec);
    hs::test::NginxOptions options;
    options.tls_certificate_chain = certificate.chain;
    options.tls_private_key = certificate.key;
    hs::test::NginxServer tls_server(options);

    AsyncSession session;
    AsyncExchange::Spec spec;
    spec.host = L"localhost";
    spec.port = tls_server.https_port();
    spec.flags = WINHTTP_FLAG_SECURE;
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    const std::vector<DWORD> expected = {
        WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,       WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
        WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
        WINHTTP_CALLBACK_STATUS_SECURE_FAILURE,       WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
        WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING,
    };
    EXPECT_EQ(exchange.statuses(), expected);
    const auto events = exchange.events();
    EXPECT_EQ(events[4].number, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA));
    EXPECT_EQ(events[5].number, static_cast<DWORD>(ERROR_WINHTTP_SECURE_FAILURE));
}

TEST_F(Async, CallInTheWrongStateIsReportedThroughTheCallback)
{
    AsyncSession session;
    AsyncExchange exchange(session.handle, to_nginx(L"/small.txt"));
    ASSERT_TRUE(WinHttpReceiveResponse(exchange.request(), nullptr)); // before any send
    for (int i = 0; i < 200 && exchange.events().empty(); ++i)
        std::this_thread::sleep_for(5ms);
    const auto events = exchange.events();
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.front().status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_REQUEST_ERROR));
    EXPECT_EQ(events.front().api, static_cast<DWORD>(API_RECEIVE_RESPONSE));
    EXPECT_EQ(events.front().number, static_cast<DWORD>(ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
}

TEST_F(Async, ClosingAPendingRequestCancelsItAndHandleClosingIsLast)
{
    hs::test::ScriptedServer silent([](hs::test::ScriptedConnection& connection, int) {
        connection.read_request();
        connection.wait_for_client_close(10s);
    });
    AsyncSession session;
    AsyncExchange::Spec spec;
    spec.port = silent.port();
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    for (int i = 0; i < 400; ++i) {
        const auto statuses = exchange.statuses();
        if (std::find(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE) != statuses.end())
            break;
        std::this_thread::sleep_for(5ms);
    }
    exchange.close(); // from this thread, while ReceiveResponse waits on the socket
    ASSERT_TRUE(exchange.wait());
    const auto events = exchange.events();
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events.back().status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING));
    EXPECT_EQ(events[events.size() - 2].status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_REQUEST_ERROR));
    EXPECT_EQ(events[events.size() - 2].number, static_cast<DWORD>(ERROR_WINHTTP_OPERATION_CANCELLED));
    EXPECT_EQ(events[events.size() - 2].api, static_cast<DWORD>(API_RECEIVE_RESPONSE));
}

TEST_F(Async, ClosingFromInsideACallback)
{
    AsyncSession session;
    auto spec = to_nginx(L"/big.bin");
    spec.on_status = [](AsyncExchange& exchange, DWORD status) {
        if (status == WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED)
            exchange.close();
    };
    AsyncExchange exchange(session.handle, spec);
    ASSERT_TRUE(exchange.start());
    ASSERT_TRUE(exchange.wait());
    const auto statuses = exchange.statuses();
    EXPECT_EQ(statuses.back(), static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING));
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING), 1);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE), 0);
    const auto events = exchange.events();
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events[events.size() - 2].status, static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_REQUEST_ERROR));
    EXPECT_EQ(events[events.size() - 2].number, static_cast<DWORD>(ERROR_WINHTTP_OPERATION_CANCELLED));
}

TEST_F(Async, StressThousandRequestsOverFiftySessionsWithRandomCloses)
{
    constexpr int sessions_count = 50;
    constexpr int requests_count = 1000;
    std::vector<std::unique_ptr<AsyncSession>> sessions;
    for (int i = 0; i < sessions_count; ++i)
        sessions.push_back(std::make_unique<AsyncSession>());
    std::mt19937 random(7);
    std::vector<std::unique_ptr<AsyncExchange>> exchanges;
    std::vector<bool> closed_early(requests_count, false);
    int peak_threads = thread_count();
    for (int i = 0; i < requests_count; ++i) {
        auto spec = to_nginx(i % 3 == 0 ? L"/big.bin" : L"/small.txt");
        if (random() % 10 == 0) {
            closed_early[static_cast<std::size_t>(i)] = true;
            const DWORD close_at = std::array<DWORD, 4>{
                WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE,
                WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, WINHTTP_CALLBACK_STATUS_READ_COMPLETE}[random() % 4];
            spec.on_status = [close_at](AsyncExchange& exchange, DWORD status) {
                if (status == close_at)
                    exchange.close();
            };
        }
        exchanges.push_back(
            std::make_unique<AsyncExchange>(sessions[static_cast<std::size_t>(i) % sessions_count]->handle, spec));
        ASSERT_TRUE(exchanges.back()->start());
        peak_threads = std::max(peak_threads, thread_count());
    }
    int completed = 0;
    for (int i = 0; i < requests_count; ++i) {
        auto& exchange = *exchanges[static_cast<std::size_t>(i)];
        ASSERT_TRUE(exchange.wait(60s)) << "request " << i << " never reached HANDLE_CLOSING";
        peak_threads = std::max(peak_threads, thread_count());
        const auto statuses = exchange.statuses();
        EXPECT_EQ(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING), 1) << i;
        EXPECT_EQ(statuses.back(), static_cast<DWORD>(WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)) << i;
        EXPECT_LE(std::count(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_REQUEST_ERROR), 1) << i;
        EXPECT_EQ(exchange.overlapping_callbacks(), 0) << i;
        if (!closed_early[static_cast<std::size_t>(i)]) {
            EXPECT_EQ(exchange.error(), static_cast<DWORD>(ERROR_SUCCESS)) << i;
            EXPECT_EQ(exchange.status_code(), 200u) << i;
            ++completed;
        }
    }
    exchanges.clear();
    sessions.clear();
    EXPECT_GT(completed, 800);
    // One reactor, one worker per core (at least two), a few resolver threads, the main thread: bounded,
    // whatever the number of requests.
    EXPECT_LE(peak_threads, static_cast<int>(std::max(2u, std::thread::hardware_concurrency())) + 8);
    RecordProperty("peak_threads", peak_threads);
}

// Reads of a Content-Length body wait for a batch of bytes (SO_RCVLOWAT, docs/benchmarks.md) so that a fast
// sender is not answered with a wake-up per segment. These tests pin what must not change with it: a read
// returns what has arrived without waiting for the rest, and a pooled connection with stray bytes is still
// recognised as unusable. Plain and TLS, sync and async.
#include "support/scripted_server.h"
#include "support/temp_dir.h"
#include "support/test_pki.h"

#include <windows.h>
#include <winhttp.h>

#include <hinternet/extensions.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;
using hs::test::ScriptedConnection;
using hs::test::ScriptedServer;

namespace {

struct Mode {
    bool tls;
    bool async;
};

std::string mode_name(const ::testing::TestParamInfo<Mode>& info)
{
    return std::string(info.param.tls ? "Tls" : "Plain") + (info.param.async ? "Async" : "Sync");
}

std::string patterned_body(std::size_t size)
{
    std::string body(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        body[i] = static_cast<char>('a' + (i * 7) % 26);
    return body;
}

constexpr DWORD read_buffer_size = 64 * 1024;

// A test PKI and a certificate for 127.0.0.1, made once per test that needs TLS.
class Tls {
public:
    Tls()
        : pki_(directory_.path())
        , certificate_(pki_.issue("leaf", leaf_spec()))
    {}
    hs::test::ScriptedTls server_side() const { return {certificate_.chain, certificate_.key}; }
    std::wstring root_ca() const { return pki_.root_certificate().wstring(); }

private:
    static hs::test::CertificateSpec leaf_spec()
    {
        hs::test::CertificateSpec spec;
        spec.common_name = "127.0.0.1";
        spec.ip_addresses = {"127.0.0.1"};
        return spec;
    }
    hs::test::TempDir directory_;
    hs::test::TestPki pki_;
    hs::test::IssuedCertificate certificate_;
};

struct Reads {
    DWORD error = ERROR_SUCCESS;
    std::vector<DWORD> sizes; // what each WinHttpReadData returned, in order (the final 0 included)
    std::string body;
};

// One GET read with WinHttpReadData alone (no QueryDataAvailable), as the benchmark and most programs do.
// `after_read` gets the body's length so far after every read.
class Client {
public:
    Client(Mode mode, const std::optional<Tls>& tls, std::function<void(std::size_t)> after_read)
        : mode_(mode)
        , tls_(tls)
        , after_read_(std::move(after_read))
    {
        session_ = WinHttpOpen(L"tst_batched_reads", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, mode.async ? WINHTTP_FLAG_ASYNC : 0);
    }
    ~Client()
    {
        if (connect_)
            WinHttpCloseHandle(connect_);
        if (session_)
            WinHttpCloseHandle(session_);
    }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    Reads get(INTERNET_PORT port)
    {
        reads_ = {};
        if (!connect_)
            connect_ = WinHttpConnect(session_, L"127.0.0.1", port, 0);
        HINTERNET request = WinHttpOpenRequest(connect_, L"GET", L"/", nullptr, WINHTTP_NO_REFERER,
                                               WINHTTP_DEFAULT_ACCEPT_TYPES, mode_.tls ? WINHTTP_FLAG_SECURE : 0);
        if (!request) {
            reads_.error = GetLastError();
            return reads_;
        }
        if (tls_) {
            std::wstring ca = tls_->root_ca();
            WinHttpSetOption(request, HINTERNET_OPTION_CA_FILE, ca.data(), static_cast<DWORD>(ca.size()));
        }
        WinHttpSetTimeouts(request, 0, 10000, 10000, 20000);
        if (mode_.async)
            run_async(request);
        else
            run_sync(request);
        return reads_;
    }

private:
    void record(DWORD size)
    {
        reads_.sizes.push_back(size);
        reads_.body.append(buffer_.data(), size);
        after_read_(reads_.body.size());
    }

    void run_sync(HINTERNET request)
    {
        if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0) ||
            !WinHttpReceiveResponse(request, nullptr)) {
            reads_.error = GetLastError();
            WinHttpCloseHandle(request);
            return;
        }
        for (int guard = 0; guard < 100000; ++guard) {
            DWORD read = 0;
            if (!WinHttpReadData(request, buffer_.data(), read_buffer_size, &read)) {
                reads_.error = GetLastError();
                break;
            }
            record(read);
            if (read == 0)
                break;
        }
        WinHttpCloseHandle(request);
    }

    static void CALLBACK callback(HINTERNET request, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
    {
        auto* self = reinterpret_cast<Client*>(context);
        switch (status) {
        case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
            if (!WinHttpReceiveResponse(request, nullptr))
                self->finish(request, GetLastError());
            break;
        case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
            self->read_next(request);
            break;
        case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
            self->record(length);
            if (length == 0)
                self->finish(request, ERROR_SUCCESS);
            else
                self->read_next(request);
            break;
        case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
            self->finish(request, static_cast<WINHTTP_ASYNC_RESULT*>(information)->dwError);
            break;
        case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING: {
            std::lock_guard lock(self->mutex_);
            self->closed_ = true;
            self->changed_.notify_all();
            break;
        }
        default:
            break;
        }
    }

    void read_next(HINTERNET request)
    {
        if (!WinHttpReadData(request, buffer_.data(), read_buffer_size, nullptr))
            finish(request, GetLastError());
    }

    void finish(HINTERNET request, DWORD error)
    {
        reads_.error = error;
        WinHttpCloseHandle(request);
    }

    void run_async(HINTERNET request)
    {
        closed_ = false;
        WinHttpSetStatusCallback(request, callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
        DWORD_PTR context = reinterpret_cast<DWORD_PTR>(this);
        WinHttpSetOption(request, WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context);
        if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, context)) {
            reads_.error = GetLastError();
            WinHttpCloseHandle(request);
        }
        std::unique_lock lock(mutex_);
        if (!changed_.wait_for(lock, 30s, [this] { return closed_; }))
            ADD_FAILURE() << "the request never reached HANDLE_CLOSING";
    }

    Mode mode_;
    const std::optional<Tls>& tls_;
    std::function<void(std::size_t)> after_read_;
    HINTERNET session_ = nullptr;
    HINTERNET connect_ = nullptr;
    std::vector<char> buffer_ = std::vector<char>(read_buffer_size);
    Reads reads_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool closed_ = false;
};

class BatchedReads : public ::testing::TestWithParam<Mode> {
protected:
    std::optional<hs::test::ScriptedTls> server_tls() const
    {
        return tls_ ? std::optional(tls_->server_side()) : std::nullopt;
    }
    std::optional<Tls> tls_ = GetParam().tls ? std::optional<Tls>(std::in_place) : std::nullopt;
};

// The server sends the head and the body of 1,000,000 bytes in pieces of 5,000, each only once the client has
// read everything before it (10 s at most), then the rest. A read that waited for its batch would only return
// after the server gave up waiting, or at the receive timeout.
TEST_P(BatchedReads, AReadReturnsWhatHasArrivedWithoutWaitingForTheRest)
{
    const std::string body = patterned_body(1000000);
    constexpr std::size_t piece = 5000;
    constexpr int pieces = 4;
    std::atomic<std::size_t> client_has_read{0};
    std::atomic<int> pieces_answered{0};
    ScriptedServer server(
        [&](ScriptedConnection& connection, int) {
            connection.read_request();
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n");
            for (int k = 0; k < pieces; ++k) {
                connection.send(std::string_view(body).substr(k * piece, piece));
                const std::size_t sent = (k + 1) * piece;
                for (int i = 0; i < 10000 && client_has_read < sent; ++i)
                    std::this_thread::sleep_for(1ms);
                if (client_has_read == sent)
                    ++pieces_answered;
            }
            connection.send(std::string_view(body).substr(pieces * piece));
        },
        server_tls());

    Client client(GetParam(), tls_, [&](std::size_t total) { client_has_read = total; });
    const Reads reads = client.get(server.port());
    ASSERT_EQ(reads.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(pieces_answered, pieces) << "a read waited for bytes the server had not sent";
    EXPECT_EQ(reads.body.size(), body.size());
    EXPECT_TRUE(reads.body == body);
    ASSERT_FALSE(reads.sizes.empty());
    EXPECT_EQ(reads.sizes.back(), 0u);
}

// Stray bytes after a large body: the connection must not go back into use, whatever low-water mark the
// body's reads left on the socket. The second request gets a new connection and its own answer.
TEST_P(BatchedReads, StrayBytesAfterALargeBodyKeepTheConnectionOutOfUse)
{
    const std::string body = patterned_body(300000);
    ScriptedServer server(
        [&](ScriptedConnection& connection, int index) {
            connection.read_request();
            if (index == 0) {
                connection.send("HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
                                body + "XYZ");
                connection.wait_for_client_close();
                return;
            }
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        },
        server_tls());

    Client client(GetParam(), tls_, [](std::size_t) {});
    const Reads first = client.get(server.port());
    ASSERT_EQ(first.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_TRUE(first.body == body);
    std::this_thread::sleep_for(20ms); // let the stray bytes land, as they would between two requests
    const Reads second = client.get(server.port());
    EXPECT_EQ(second.error, static_cast<DWORD>(ERROR_SUCCESS));
    EXPECT_EQ(second.body, "ok");
    EXPECT_EQ(server.connections(), 2);
}

INSTANTIATE_TEST_SUITE_P(Modes, BatchedReads,
                         ::testing::Values(Mode{false, false}, Mode{false, true}, Mode{true, false}, Mode{true, true}),
                         mode_name);

} // namespace

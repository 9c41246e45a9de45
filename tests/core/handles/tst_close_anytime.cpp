// Close-anything-anytime (issue 8): many async requests against a keep-alive nginx, with session,
// connect and request handles closed at random moments from a closer thread and from inside callbacks.
// Every handle must get exactly one HANDLE_CLOSING, nothing after it, children before their parent,
// and every wave must end by itself. Seeded: HS_CLOSE_ANYTIME_SEED, count: HS_CLOSE_ANYTIME_REQUESTS.
#include "support/nginx_server.h"

#include <windows.h>
#include <winhttp.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <format>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace std::chrono_literals;

namespace {

enum class Kind { Session, Connect, Request };

// How a request's life ends, chosen per request from the seed.
enum class Plan {
    Natural,
    CloseRequestInCallback,
    CloseRequestFromThread,
    CloseConnectFromThread,
    CloseConnectInCallback
};

struct Tracked {
    Kind kind;
    HINTERNET handle = nullptr;
    HINTERNET connect = nullptr; // requests: their connect handle
    Tracked* parent = nullptr;
    std::atomic<bool> closed{false};
    std::atomic<int> closings{0};
    std::atomic<int> after_closing{0};
    std::atomic<std::uint64_t> closing_order{0};
    // Requests only.
    Plan plan = Plan::Natural;
    int close_at_callback = 0;
    std::atomic<int> callbacks{0};
    std::unique_ptr<char[]> buffer;
};

constexpr DWORD buffer_size = 8192;
std::atomic<std::uint64_t> closing_sequence{0};
std::atomic<int> completed_bodies{0};
std::atomic<int> request_errors{0};

std::mutex registry_mutex;
std::unordered_map<HINTERNET, std::shared_ptr<Tracked>> registry;
std::condition_variable closing_arrived;

void close_once(Tracked& tracked)
{
    if (!tracked.closed.exchange(true))
        WinHttpCloseHandle(tracked.handle);
}

void close_connect_of(Tracked& request)
{
    std::shared_ptr<Tracked> connect;
    {
        std::lock_guard lock(registry_mutex);
        if (auto found = registry.find(request.connect); found != registry.end())
            connect = found->second;
    }
    if (connect)
        close_once(*connect);
}

void drive(Tracked& request, DWORD status, void* information, DWORD length)
{
    bool ok = true;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        ok = WinHttpReceiveResponse(request.handle, nullptr);
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
        ok = WinHttpQueryDataAvailable(request.handle, nullptr);
        break;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
        if (*static_cast<DWORD*>(information) == 0) {
            ok = false; // done
            completed_bodies.fetch_add(1);
        } else
            ok = WinHttpReadData(request.handle, request.buffer.get(), buffer_size, nullptr);
        break;
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        ok = length != 0 && WinHttpQueryDataAvailable(request.handle, nullptr);
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        request_errors.fetch_add(1);
        ok = false;
        break;
    default:
        break;
    }
    if (!ok)
        close_once(request);
}

void CALLBACK on_status(HINTERNET handle, DWORD_PTR, DWORD status, LPVOID information, DWORD length)
{
    std::shared_ptr<Tracked> tracked;
    {
        std::lock_guard lock(registry_mutex);
        if (auto found = registry.find(handle); found != registry.end())
            tracked = found->second;
    }
    if (!tracked) {
        if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CREATED)
            return; // delivered inside WinHttpConnect/OpenRequest, before the handle is known here
        ADD_FAILURE() << "callback for an unknown handle, status " << status;
        return;
    }
    if (tracked->closings.load() != 0)
        tracked->after_closing.fetch_add(1);
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) {
        tracked->closing_order = ++closing_sequence;
        tracked->closings.fetch_add(1);
        {
            std::lock_guard lock(registry_mutex);
            tracked->buffer.reset(); // the engine may no longer write into it
        }
        closing_arrived.notify_all();
        return;
    }
    if (tracked->kind != Kind::Request)
        return;
    const int index = tracked->callbacks.fetch_add(1) + 1;
    if (index == tracked->close_at_callback) {
        if (tracked->plan == Plan::CloseRequestInCallback) {
            close_once(*tracked);
            return;
        }
        if (tracked->plan == Plan::CloseConnectInCallback)
            close_connect_of(*tracked);
    }
    drive(*tracked, status, information, length);
}

std::shared_ptr<Tracked> track(Kind kind, HINTERNET handle, Tracked* parent)
{
    auto tracked = std::make_shared<Tracked>();
    tracked->kind = kind;
    tracked->handle = handle;
    tracked->parent = parent;
    std::lock_guard lock(registry_mutex);
    registry[handle] = tracked;
    return tracked;
}

int configured(const char* name, int fallback)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::atoi(value) : fallback;
}

// About 8 s in the Debug build on the 2-core machine.
constexpr int default_requests = 10000;

class CloseAnytime : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        nginx_ = new hs::test::NginxServer();
        hs::test::write_file(nginx_->document_root() / "small.txt", std::string(300, 's'));
        hs::test::write_file(nginx_->document_root() / "medium.bin", std::string(100 * 1024, 'm'));
    }
    static void TearDownTestSuite() { delete nginx_; }
    static inline hs::test::NginxServer* nginx_ = nullptr;
};

} // namespace

TEST_F(CloseAnytime, EveryHandleGetsExactlyOneClosingAndItIsLast)
{
    const int total = configured("HS_CLOSE_ANYTIME_REQUESTS", default_requests);
    const auto seed = static_cast<std::uint32_t>(configured("HS_CLOSE_ANYTIME_SEED", 8));
    constexpr int wave_size = 100;
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::shared_ptr<Tracked>> all;
    all.reserve(static_cast<std::size_t>(total) * 2 + total / wave_size + 2);

    for (int wave = 0, sent = 0; sent < total; ++wave) {
        const int count = std::min(wave_size, total - sent);
        sent += count;
        std::mt19937 random(seed * 7919u + static_cast<std::uint32_t>(wave));
        HINTERNET session_handle =
            WinHttpOpen(L"close-anytime", WINHTTP_ACCESS_TYPE_NO_PROXY, nullptr, nullptr, WINHTTP_FLAG_ASYNC);
        ASSERT_NE(session_handle, nullptr);
        auto session = track(Kind::Session, session_handle, nullptr);
        all.push_back(session);
        WinHttpSetStatusCallback(session_handle, on_status, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);

        std::vector<std::shared_ptr<Tracked>> requests;
        for (int i = 0; i < count; ++i) {
            HINTERNET connect_handle = WinHttpConnect(session_handle, L"127.0.0.1", nginx_->http_port(), 0);
            ASSERT_NE(connect_handle, nullptr);
            auto connect = track(Kind::Connect, connect_handle, session.get());
            all.push_back(connect);
            const wchar_t* path = random() % 2 == 0 ? L"/small.txt" : L"/medium.bin";
            HINTERNET request_handle = WinHttpOpenRequest(connect_handle, L"GET", path, nullptr, WINHTTP_NO_REFERER,
                                                          WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
            ASSERT_NE(request_handle, nullptr);
            auto request = track(Kind::Request, request_handle, connect.get());
            request->connect = connect_handle;
            request->buffer = std::make_unique<char[]>(buffer_size);
            const auto draw = random() % 100;
            request->plan = draw < 40   ? Plan::Natural
                            : draw < 60 ? Plan::CloseRequestInCallback
                            : draw < 80 ? Plan::CloseRequestFromThread
                            : draw < 90 ? Plan::CloseConnectFromThread
                                        : Plan::CloseConnectInCallback;
            request->close_at_callback = 1 + static_cast<int>(random() % 14);
            requests.push_back(request);
            all.push_back(request);
        }

        // The closer thread: its own random moments, racing the sends and the callbacks.
        struct Action {
            std::chrono::microseconds at;
            Tracked* target;
        };
        std::vector<Action> actions;
        for (const auto& request : requests) {
            const auto at = std::chrono::microseconds(random() % 8000);
            if (request->plan == Plan::CloseRequestFromThread)
                actions.push_back({at, request.get()});
            else if (request->plan == Plan::CloseConnectFromThread)
                actions.push_back({at, request->parent});
        }
        if (random() % 100 < 30)
            actions.push_back({std::chrono::microseconds(random() % 10000), session.get()});
        std::sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) { return a.at < b.at; });
        std::thread closer([&actions] {
            const auto begin = std::chrono::steady_clock::now();
            for (const auto& action : actions) {
                std::this_thread::sleep_until(begin + action.at);
                close_once(*action.target);
            }
        });

        for (const auto& request : requests)
            if (!WinHttpSendRequest(request->handle, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0,
                                    0))
                close_once(*request); // closed under us already, or its session was
        closer.join();

        // Requests end by themselves (or were closed); then the application closes what it still holds.
        const auto wave_deadline = std::chrono::steady_clock::now() + 20s;
        {
            std::unique_lock lock(registry_mutex);
            const bool ended = closing_arrived.wait_until(lock, wave_deadline, [&] {
                return std::all_of(requests.begin(), requests.end(),
                                   [](const auto& request) { return request->closed.load(); });
            });
            EXPECT_TRUE(ended) << "wave " << wave << ": requests still running after 20 s (a hang)";
        }
        for (const auto& request : requests) {
            close_once(*request);
            close_once(*request->parent);
        }
        close_once(*session);
        std::unique_lock lock(registry_mutex);
        const bool all_closed =
            closing_arrived.wait_until(lock, wave_deadline, [&] { return session->closings.load() != 0; });
        ASSERT_TRUE(all_closed) << "wave " << wave << ": the session's HANDLE_CLOSING never came";
    }
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("close-anytime: %d requests (%d read to the end, %d REQUEST_ERROR), seed %u, %.1f s\n", total,
                completed_bodies.load(), request_errors.load(), seed, elapsed);

    std::this_thread::sleep_for(50ms); // a late callback after HANDLE_CLOSING would land here
    int requests_without_closing = 0;
    for (const auto& tracked : all) {
        const char* kind = tracked->kind == Kind::Session   ? "session"
                           : tracked->kind == Kind::Connect ? "connect"
                                                            : "request";
        EXPECT_EQ(tracked->closings.load(), 1) << kind << " handle " << tracked->handle;
        EXPECT_EQ(tracked->after_closing.load(), 0) << kind << " handle " << tracked->handle;
        if (tracked->parent != nullptr) {
            EXPECT_LT(tracked->closing_order.load(), tracked->parent->closing_order.load())
                << kind << ": a child's HANDLE_CLOSING precedes its parent's";
        }
        requests_without_closing += tracked->closings.load() == 0 ? 1 : 0;
    }
    EXPECT_EQ(requests_without_closing, 0);
    std::lock_guard lock(registry_mutex);
    registry.clear();
}

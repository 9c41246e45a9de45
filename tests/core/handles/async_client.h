#pragma once

// An asynchronous WinHTTP client written the way applications write one: a state machine driven by the
// status callback (send → SENDREQUEST_COMPLETE → receive → HEADERS_AVAILABLE → query/read ... → close).
#include <windows.h>
#include <winhttp.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace hs::test {

struct AsyncEvent {
    DWORD status;
    DWORD number; // DWORD payloads; REQUEST_ERROR: the error
    DWORD api;    // REQUEST_ERROR: dwResult (API_*)
    std::uint64_t thread;
};

class AsyncExchange {
public:
    struct Spec {
        std::wstring host = L"127.0.0.1";
        INTERNET_PORT port = 0;
        std::wstring verb = L"GET";
        std::wstring path = L"/";
        DWORD flags = 0;
        std::vector<std::string> write_parts; // sent with WinHttpWriteData after SENDREQUEST_COMPLETE
        std::function<void(HINTERNET request)> configure;
        // Called from the callback for every status, before the client reacts; may close the handle.
        std::function<void(AsyncExchange&, DWORD status)> on_status;
    };

    AsyncExchange(HINTERNET session, Spec spec);
    ~AsyncExchange();
    AsyncExchange(const AsyncExchange&) = delete;
    AsyncExchange& operator=(const AsyncExchange&) = delete;

    bool start(); // false when WinHttpSendRequest refused synchronously
    // Waits until HANDLE_CLOSING of the request arrived (the exchange closes the handle when done).
    bool wait(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    void close(); // WinHttpCloseHandle(request), at most once

    HINTERNET request() const { return request_; }
    std::vector<AsyncEvent> events() const;
    std::vector<DWORD> statuses() const;
    const std::string& body() const { return body_; }
    DWORD status_code() const { return status_code_; }
    DWORD error() const { return error_; }
    int overlapping_callbacks() const { return overlaps_.load(); }
    std::wstring final_url() const { return final_url_; }

private:
    static void CALLBACK callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information, DWORD length);
    void on_callback(DWORD status, LPVOID information, DWORD length);
    void write_next();

    Spec spec_;
    HINTERNET connect_ = nullptr;
    HINTERNET request_ = nullptr;
    std::atomic<bool> closed_{false};
    std::atomic<int> in_callback_{0};
    std::atomic<int> overlaps_{0};
    mutable std::mutex mutex_;
    std::condition_variable finished_;
    bool closing_seen_ = false;
    std::vector<AsyncEvent> events_;
    std::string body_;
    std::vector<char> buffer_;
    std::size_t next_part_ = 0;
    DWORD status_code_ = 0;
    DWORD error_ = ERROR_SUCCESS;
    std::wstring final_url_;
};

std::vector<DWORD> without(const std::vector<DWORD>& statuses, std::initializer_list<DWORD> dropped);
bool body_loop_is_well_formed(const std::vector<AsyncEvent>& events);

} // namespace hs::test

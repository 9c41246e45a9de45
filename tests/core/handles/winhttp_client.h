#pragma once

// Test-side helpers that drive hinternet only through the WinHTTP C API, as an application would.
#include <windows.h>
#include <winhttp.h>

#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace hs::test {

struct Notification {
    HINTERNET handle;
    DWORD status;
    DWORD number;      // DWORD payloads (bytes, flags, interim status), or the REQUEST_ERROR error
    std::wstring text; // string payloads (names, addresses, URLs)
    DWORD length;      // dwStatusInformationLength as delivered
};

// Collects every status callback of the handles it is attached to.
class CallbackRecorder {
public:
    static void CALLBACK callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information, DWORD length);
    void attach(HINTERNET handle);
    std::vector<Notification> notifications() const;
    std::vector<DWORD> statuses(HINTERNET only = nullptr) const;
    int count(DWORD status) const;
    void clear();

private:
    mutable std::mutex mutex_;
    std::vector<Notification> notifications_;
};

struct RequestSpec {
    std::wstring host = L"127.0.0.1";
    INTERNET_PORT port = 0;
    std::wstring verb = L"GET";
    std::wstring path = L"/";
    DWORD open_request_flags = 0;
    std::wstring headers; // added with WinHttpSendRequest
    std::string body;     // sent as lpOptional
    DWORD read_size = 65536;
    // Called after WinHttpOpenRequest, before sending: set options, credentials, more headers.
    std::function<void(HINTERNET session, HINTERNET request)> configure;
};

struct Outcome {
    DWORD send_error = ERROR_SUCCESS;
    DWORD receive_error = ERROR_SUCCESS;
    DWORD read_error = ERROR_SUCCESS;
    DWORD status = 0;
    std::string body;
    std::wstring final_url;
    std::wstring raw_headers;
    std::vector<DWORD> callbacks; // statuses delivered for the request handle, in order

    DWORD first_error() const
    {
        return send_error != ERROR_SUCCESS ? send_error : receive_error != ERROR_SUCCESS ? receive_error : read_error;
    }
};

// A WinHTTP session for one test (synchronous unless flags say otherwise), closed at the end.
class Session {
public:
    explicit Session(DWORD open_flags = 0, const wchar_t* agent = L"hinterscope-tests/1.0");
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    HINTERNET handle() const { return session_; }
    CallbackRecorder& recorder() { return recorder_; }
    // Opens connect + request handles, sends, receives, reads the whole body, closes both handles.
    Outcome perform(const RequestSpec& spec);

private:
    HINTERNET session_ = nullptr;
    CallbackRecorder recorder_;
};

std::wstring query_string_header(HINTERNET request, DWORD level, const wchar_t* name = WINHTTP_HEADER_NAME_BY_INDEX);
DWORD query_number_header(HINTERNET request, DWORD level);
std::wstring query_url(HINTERNET request);
std::wstring widen(const std::string& text);
std::string narrow(const std::wstring& text);

} // namespace hs::test

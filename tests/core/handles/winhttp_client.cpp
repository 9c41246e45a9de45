#include "winhttp_client.h"

#include <algorithm>
#include <chrono>
#include <cwchar>
#include <thread>

namespace hs::test {

void CALLBACK CallbackRecorder::callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID information,
                                         DWORD length)
{
    auto* recorder = reinterpret_cast<CallbackRecorder*>(context);
    if (recorder == nullptr)
        return;
    Notification notification{handle, status, 0, {}, length};
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_RESOLVING_NAME:
    case WINHTTP_CALLBACK_STATUS_NAME_RESOLVED:
    case WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER:
    case WINHTTP_CALLBACK_STATUS_REDIRECT:
        if (information != nullptr)
            notification.text = static_cast<const wchar_t*>(information);
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        notification.number = static_cast<WINHTTP_ASYNC_RESULT*>(information)->dwError;
        break;
    default:
        if (information != nullptr && length == sizeof(DWORD))
            notification.number = *static_cast<DWORD*>(information);
        break;
    }
    std::lock_guard lock(recorder->mutex_);
    recorder->notifications_.push_back(std::move(notification));
}

void CallbackRecorder::attach(HINTERNET handle)
{
    auto* self = this;
    WinHttpSetOption(handle, WINHTTP_OPTION_CONTEXT_VALUE, &self, sizeof self);
    WinHttpSetStatusCallback(handle, &CallbackRecorder::callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
}

std::vector<Notification> CallbackRecorder::notifications() const
{
    std::lock_guard lock(mutex_);
    return notifications_;
}

std::vector<DWORD> CallbackRecorder::statuses(HINTERNET only) const
{
    std::lock_guard lock(mutex_);
    std::vector<DWORD> result;
    for (const auto& notification : notifications_)
        if (only == nullptr || notification.handle == only)
            result.push_back(notification.status);
    return result;
}

int CallbackRecorder::count(DWORD status) const
{
    std::lock_guard lock(mutex_);
    return static_cast<int>(std::count_if(notifications_.begin(), notifications_.end(),
                                          [status](const Notification& n) { return n.status == status; }));
}

void CallbackRecorder::clear()
{
    std::lock_guard lock(mutex_);
    notifications_.clear();
}

Session::Session(DWORD open_flags, const wchar_t* agent)
{
    session_ =
        WinHttpOpen(agent, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, open_flags);
    recorder_.attach(session_);
}

Session::~Session()
{
    if (session_ == nullptr || !WinHttpCloseHandle(session_))
        return;
    // An async session's HANDLE_CLOSING comes from a worker once its last child is gone: the recorder
    // (this object) must outlive it. Bounded: 10 s.
    for (int i = 0; i < 2000; ++i) {
        const auto statuses = recorder_.statuses(session_);
        if (std::find(statuses.begin(), statuses.end(), WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) != statuses.end())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

Outcome Session::perform(const RequestSpec& spec)
{
    Outcome outcome;
    HINTERNET connect = WinHttpConnect(session_, spec.host.c_str(), spec.port, 0);
    if (connect == nullptr) {
        outcome.send_error = GetLastError();
        return outcome;
    }
    HINTERNET request = WinHttpOpenRequest(connect, spec.verb.c_str(), spec.path.c_str(), nullptr, WINHTTP_NO_REFERER,
                                           WINHTTP_DEFAULT_ACCEPT_TYPES, spec.open_request_flags);
    if (request == nullptr) {
        outcome.send_error = GetLastError();
        WinHttpCloseHandle(connect);
        return outcome;
    }
    if (spec.configure)
        spec.configure(session_, request);
    const auto* headers = spec.headers.empty() ? WINHTTP_NO_ADDITIONAL_HEADERS : spec.headers.c_str();
    const auto headers_length = spec.headers.empty() ? 0 : static_cast<DWORD>(-1L);
    auto* body = spec.body.empty() ? WINHTTP_NO_REQUEST_DATA : const_cast<char*>(spec.body.data());
    const auto body_length = static_cast<DWORD>(spec.body.size());
    if (!WinHttpSendRequest(request, headers, headers_length, body, body_length, body_length, 0))
        outcome.send_error = GetLastError();
    else if (!WinHttpReceiveResponse(request, nullptr))
        outcome.receive_error = GetLastError();
    else {
        outcome.status = query_number_header(request, WINHTTP_QUERY_STATUS_CODE);
        outcome.raw_headers = query_string_header(request, WINHTTP_QUERY_RAW_HEADERS_CRLF);
        std::string buffer(spec.read_size, '\0');
        for (int guard = 0; guard < 10'000'000; ++guard) {
            DWORD read = 0;
            if (!WinHttpReadData(request, buffer.data(), static_cast<DWORD>(buffer.size()), &read)) {
                outcome.read_error = GetLastError();
                break;
            }
            if (read == 0)
                break;
            outcome.body.append(buffer.data(), read);
        }
    }
    outcome.final_url = query_url(request);
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    outcome.callbacks = recorder_.statuses(request);
    return outcome;
}

std::wstring query_string_header(HINTERNET request, DWORD level, const wchar_t* name)
{
    DWORD length = 0;
    WinHttpQueryHeaders(request, level, name, WINHTTP_NO_OUTPUT_BUFFER, &length, WINHTTP_NO_HEADER_INDEX);
    if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
        return {};
    std::wstring value(length / sizeof(wchar_t), L'\0');
    if (!WinHttpQueryHeaders(request, level, name, value.data(), &length, WINHTTP_NO_HEADER_INDEX))
        return {};
    value.resize(length / sizeof(wchar_t));
    return value;
}

DWORD query_number_header(HINTERNET request, DWORD level)
{
    DWORD value = 0;
    DWORD length = sizeof value;
    if (!WinHttpQueryHeaders(request, level | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX, &value, &length,
                             WINHTTP_NO_HEADER_INDEX))
        return 0;
    return value;
}

std::wstring query_url(HINTERNET request)
{
    DWORD length = 0;
    WinHttpQueryOption(request, WINHTTP_OPTION_URL, nullptr, &length);
    std::wstring url(length / sizeof(wchar_t), L'\0');
    if (!WinHttpQueryOption(request, WINHTTP_OPTION_URL, url.data(), &length))
        return {};
    url.resize(length / sizeof(wchar_t));
    return url;
}

std::wstring widen(const std::string& text)
{
    return std::wstring(text.begin(), text.end());
}

std::string narrow(const std::wstring& text)
{
    std::string out;
    for (const wchar_t c : text)
        out.push_back(static_cast<char>(c));
    return out;
}

} // namespace hs::test

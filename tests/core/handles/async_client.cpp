#include "async_client.h"

#include <algorithm>
#include <unistd.h>

namespace hs::test {

AsyncExchange::AsyncExchange(HINTERNET session, Spec spec)
    : spec_(std::move(spec))
    , buffer_(64 * 1024)
{
    connect_ = WinHttpConnect(session, spec_.host.c_str(), spec_.port, 0);
    request_ = WinHttpOpenRequest(connect_, spec_.verb.c_str(), spec_.path.c_str(), nullptr, WINHTTP_NO_REFERER,
                                  WINHTTP_DEFAULT_ACCEPT_TYPES, spec_.flags);
    auto* self = this;
    WinHttpSetOption(request_, WINHTTP_OPTION_CONTEXT_VALUE, &self, sizeof self);
    WinHttpSetStatusCallback(request_, &AsyncExchange::callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
    if (spec_.configure)
        spec_.configure(request_);
}

AsyncExchange::~AsyncExchange()
{
    close();
    wait(std::chrono::seconds(20));
    WinHttpCloseHandle(connect_);
}

bool AsyncExchange::start()
{
    DWORD total = 0;
    for (const auto& part : spec_.write_parts)
        total += static_cast<DWORD>(part.size());
    if (WinHttpSendRequest(request_, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, total,
                           reinterpret_cast<DWORD_PTR>(this)))
        return true;
    error_ = GetLastError();
    close();
    return false;
}

bool AsyncExchange::wait(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(mutex_);
    return finished_.wait_for(lock, timeout, [this] { return closing_seen_; });
}

void AsyncExchange::close()
{
    if (!closed_.exchange(true)) {
        final_url_.resize(2048);
        DWORD length = static_cast<DWORD>(final_url_.size() * sizeof(wchar_t));
        if (WinHttpQueryOption(request_, WINHTTP_OPTION_URL, final_url_.data(), &length))
            final_url_.resize(length / sizeof(wchar_t));
        else
            final_url_.clear();
        WinHttpCloseHandle(request_);
    }
}

std::vector<AsyncEvent> AsyncExchange::events() const
{
    std::lock_guard lock(mutex_);
    return events_;
}

std::vector<DWORD> AsyncExchange::statuses() const
{
    std::vector<DWORD> result;
    for (const auto& event : events())
        result.push_back(event.status);
    return result;
}

void CALLBACK AsyncExchange::callback(HINTERNET, DWORD_PTR context, DWORD status, LPVOID information, DWORD length)
{
    if (context != 0)
        reinterpret_cast<AsyncExchange*>(context)->on_callback(status, information, length);
}

void AsyncExchange::write_next()
{
    const auto& part = spec_.write_parts[next_part_++];
    if (!WinHttpWriteData(request_, part.data(), static_cast<DWORD>(part.size()), nullptr)) {
        error_ = GetLastError();
        close();
    }
}

void AsyncExchange::on_callback(DWORD status, LPVOID information, DWORD length)
{
    if (in_callback_.fetch_add(1) != 0)
        overlaps_.fetch_add(1);
    AsyncEvent event{status, 0, 0, static_cast<std::uint64_t>(::gettid())};
    if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR) {
        const auto* result = static_cast<WINHTTP_ASYNC_RESULT*>(information);
        event.number = result->dwError;
        event.api = static_cast<DWORD>(result->dwResult);
    } else if (information != nullptr && length == sizeof(DWORD) && status != WINHTTP_CALLBACK_STATUS_READ_COMPLETE) {
        event.number = *static_cast<DWORD*>(information);
    } else if (status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE) {
        event.number = length;
    }
    {
        std::lock_guard lock(mutex_);
        events_.push_back(event);
    }
    if (spec_.on_status)
        spec_.on_status(*this, status);

    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (next_part_ < spec_.write_parts.size())
            write_next();
        else if (!closed_ && !WinHttpReceiveResponse(request_, nullptr))
            close();
        break;
    case WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE:
        if (next_part_ < spec_.write_parts.size())
            write_next();
        else if (!WinHttpReceiveResponse(request_, nullptr))
            close();
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE: {
        DWORD code = 0;
        DWORD size = sizeof code;
        WinHttpQueryHeaders(request_, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, nullptr, &code, &size,
                            nullptr);
        status_code_ = code;
        if (!closed_ && !WinHttpQueryDataAvailable(request_, nullptr))
            close();
        break;
    }
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
        if (event.number == 0)
            close();
        else if (!closed_ &&
                 !WinHttpReadData(request_, buffer_.data(),
                                  std::min<DWORD>(event.number, static_cast<DWORD>(buffer_.size())), nullptr))
            close();
        break;
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        body_.append(static_cast<const char*>(information), length);
        if (!closed_ && !WinHttpQueryDataAvailable(request_, nullptr))
            close();
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        error_ = event.number;
        close();
        break;
    default:
        break;
    }
    in_callback_.fetch_sub(1);
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) {
        std::lock_guard lock(mutex_);
        closing_seen_ = true;
        finished_.notify_all();
    }
}

std::vector<DWORD> without(const std::vector<DWORD>& statuses, std::initializer_list<DWORD> dropped)
{
    std::vector<DWORD> result;
    for (const DWORD status : statuses)
        if (std::find(dropped.begin(), dropped.end(), status) == dropped.end())
            result.push_back(status);
    return result;
}

bool body_loop_is_well_formed(const std::vector<AsyncEvent>& events)
{
    // QueryDataAvailable and ReadData alternate: DATA_AVAILABLE(n>0), READ_COMPLETE(n), ..., DATA_AVAILABLE(0).
    std::vector<AsyncEvent> loop;
    for (const auto& event : events)
        if (event.status == WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE ||
            event.status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE)
            loop.push_back(event);
    if (loop.empty() || loop.size() % 2 == 0)
        return false;
    for (std::size_t i = 0; i < loop.size(); ++i) {
        const DWORD expected =
            i % 2 == 0 ? WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE : WINHTTP_CALLBACK_STATUS_READ_COMPLETE;
        if (loop[i].status != expected)
            return false;
        if (i % 2 == 1 && loop[i].number == 0)
            return false;
    }
    return loop.back().number == 0;
}

} // namespace hs::test

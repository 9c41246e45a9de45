#include "handles/request.h"

#include "body/content_decoder.h"
#include "http/auth.h"
#include "io/sync_driver.h"
#include "support/text.h"
#include "trace/tracer.h"

#include <algorithm>
#include <cstring>

namespace hinternet::handles {

Request::Request(const std::shared_ptr<Connect>& connect, RequestLine line)
    : Handle(WINHTTP_HANDLE_TYPE_REQUEST, connect)
    , line_(std::move(line))
    , raw_(std::make_unique<char[]>(raw_capacity))
{}

Request::~Request() = default;

std::shared_ptr<Request> Request::open(const std::shared_ptr<Connect>& connect, RequestLine line)
{
    std::shared_ptr<Request> request(new Request(connect, std::move(line)));
    request->inherit_from_parent();
    request->register_value();
    return request;
}

void Request::on_close_requested()
{
    cancel_.raise();
}

Request::State Request::state() const
{
    std::lock_guard lock(mutex_);
    return state_;
}

DWORD Request::run(io::Task<DWORD> operation)
{
    // Async sessions: until the worker pool lands, operations also run here and complete before the
    // API returns; the completion callback is then delivered on the calling thread, which WinHTTP allows
    // when a result is available at once.
    io::SyncDriver driver(cancel_.fd());
    DWORD error = driver.run(std::move(operation));
    if (error != ERROR_SUCCESS && cancel_.raised())
        error = ERROR_WINHTTP_OPERATION_CANCELLED;
    return error;
}

DWORD Request::send(std::string optional, DWORD total_length, DWORD_PTR context)
{
    {
        std::lock_guard lock(mutex_);
        if (state_ == State::Sent)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    if (context != 0)
        set_context(context);
    optional_ = std::move(optional);
    total_length_ = std::max<DWORD>(total_length, static_cast<DWORD>(optional_.size()));
    written_ = static_cast<DWORD>(optional_.size());
    const DWORD error = run(send_operation());
    std::lock_guard lock(mutex_);
    state_ = error == ERROR_SUCCESS ? State::Sent : State::Failed;
    return error;
}

DWORD Request::write(const void* data, DWORD length, DWORD* written)
{
    {
        std::lock_guard lock(mutex_);
        if (state_ != State::Sent)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    const DWORD error = run(write_operation(static_cast<const char*>(data), length, written));
    if (error != ERROR_SUCCESS) {
        std::lock_guard lock(mutex_);
        state_ = State::Failed;
    }
    return error;
}

DWORD Request::receive_response()
{
    {
        std::lock_guard lock(mutex_);
        if (state_ != State::Sent)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    const DWORD error = run(receive_operation());
    std::lock_guard lock(mutex_);
    if (error != ERROR_SUCCESS)
        state_ = State::Failed;
    else
        state_ = body_done_ ? State::BodyComplete : State::HeadersReceived;
    return error;
}

DWORD Request::query_data_available(DWORD* available)
{
    {
        std::lock_guard lock(mutex_);
        if (state_ == State::BodyComplete) {
            if (available != nullptr)
                *available = static_cast<DWORD>(body_.size() - body_offset_);
            return ERROR_SUCCESS;
        }
        if (state_ != State::HeadersReceived)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    DWORD count = 0;
    const DWORD error = run(available_operation(&count));
    std::lock_guard lock(mutex_);
    if (error != ERROR_SUCCESS) {
        state_ = State::Failed;
        return error;
    }
    if (body_done_)
        state_ = State::BodyComplete;
    if (available != nullptr)
        *available = count;
    return ERROR_SUCCESS;
}

DWORD Request::read(void* buffer, DWORD length, DWORD* read)
{
    {
        std::lock_guard lock(mutex_);
        if (state_ != State::HeadersReceived && state_ != State::BodyComplete)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    DWORD count = 0;
    const DWORD error = run(read_operation(static_cast<char*>(buffer), length, &count));
    std::lock_guard lock(mutex_);
    if (error != ERROR_SUCCESS) {
        state_ = State::Failed;
        return error;
    }
    if (body_done_ && body_offset_ == body_.size())
        state_ = State::BodyComplete;
    if (read != nullptr)
        *read = count;
    return ERROR_SUCCESS;
}

std::string Request::current_url() const
{
    std::lock_guard lock(mutex_);
    if (url_.host.empty()) {
        // Before the first send the URL is what OpenRequest and Connect describe.
        const bool secure = (line_.flags & WINHTTP_FLAG_SECURE) != 0;
        const auto port = connect().port() != INTERNET_DEFAULT_PORT ? connect().port() : (secure ? 443 : 80);
        url::Url url;
        url.scheme = secure ? "https" : "http";
        url.host = text::ascii_lowercase(connect().host());
        url.port = port;
        const auto query = line_.object.find('?');
        url.path = line_.object.substr(0, query);
        if (query != std::string::npos) {
            url.has_query = true;
            url.query = line_.object.substr(query + 1);
        }
        return url.to_string();
    }
    return url_.to_string();
}

const http::ResponseHeaders* Request::response_headers() const
{
    std::lock_guard lock(mutex_);
    return response_.get();
}

std::string Request::sent_head() const
{
    std::lock_guard lock(mutex_);
    return last_head_;
}

std::vector<HopRecord> Request::hops() const
{
    std::lock_guard lock(mutex_);
    return hops_;
}

std::optional<net::TlsDetails> Request::tls_details() const
{
    std::lock_guard lock(mutex_);
    if (!last_tls_)
        return std::nullopt;
    return *last_tls_;
}

std::optional<std::pair<net::SocketAddress, net::SocketAddress>> Request::connection_addresses() const
{
    std::lock_guard lock(mutex_);
    if (!last_addresses_)
        return std::nullopt;
    return *last_addresses_;
}

DWORD Request::auth_schemes(DWORD* supported, DWORD* first, DWORD* target) const
{
    std::lock_guard lock(mutex_);
    const auto& values = auth_target_ == WINHTTP_AUTH_TARGET_PROXY ? proxy_challenges_ : server_challenges_;
    if (values.empty())
        return ERROR_INVALID_OPERATION;
    std::vector<http::Challenge> challenges;
    for (const auto& value : values) {
        auto parsed = http::parse_challenges(value);
        challenges.insert(challenges.end(), parsed.begin(), parsed.end());
    }
    const DWORD schemes = http::schemes_bitmask(challenges);
    if (schemes == 0)
        return ERROR_INVALID_OPERATION;
    *supported = schemes;
    *first = http::first_scheme(challenges);
    *target = auth_target_;
    return ERROR_SUCCESS;
}

void Request::set_credentials(DWORD targets, Credentials credentials)
{
    std::lock_guard lock(mutex_);
    if (targets == WINHTTP_AUTH_TARGET_PROXY)
        proxy_credentials_ = std::move(credentials);
    else
        server_credentials_ = std::move(credentials);
}

void Request::update_credentials(bool proxy, bool password, std::string value)
{
    std::lock_guard lock(mutex_);
    auto& credentials = proxy ? proxy_credentials_ : server_credentials_;
    if (credentials.scheme == 0)
        credentials.scheme = WINHTTP_AUTH_SCHEME_BASIC;
    (password ? credentials.password : credentials.user) = std::move(value);
}

} // namespace hinternet::handles

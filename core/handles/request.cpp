#include "handles/request.h"

#include "body/content_decoder.h"
#include "http/auth.h"
#include "io/sync_driver.h"
#include "support/text.h"
#include "trace/tracer.h"

#include <algorithm>
#include <cstring>
#include <format>

namespace hinternet::handles {

Request::Request(const std::shared_ptr<Connect>& connect, RequestLine line)
    : Handle(WINHTTP_HANDLE_TYPE_REQUEST, connect)
    , line_(std::move(line))
    , raw_(std::make_unique_for_overwrite<char[]>(raw_capacity)) // untouched pages cost no memory until used
{}

Request::~Request() = default;

std::shared_ptr<Request> Request::open(const std::shared_ptr<Connect>& connect, RequestLine line)
{
    std::shared_ptr<Request> request(new Request(connect, std::move(line)));
    request->inherit_from_parent();
    request->register_value();
    return request;
}

std::string Request::description() const
{
    std::string accept;
    for (const auto& type : line_.accept_types)
        accept += (accept.empty() ? "" : ", ") + type;
    return line_.verb + " " + line_.object + " " + line_.version +
           ((line_.flags & WINHTTP_FLAG_SECURE) != 0 ? " secure" : "") + (accept.empty() ? "" : " accept=" + accept) +
           (line_.referrer.empty() ? "" : " referrer=" + line_.referrer);
}

void Request::on_close_requested()
{
    cancel_.raise();
    std::shared_ptr<io::AsyncOperation> pending;
    {
        std::lock_guard lock(mutex_);
        pending = pending_;
    }
    if (pending)
        pending->cancel();
}

Request::State Request::state() const
{
    std::lock_guard lock(mutex_);
    return state_;
}

std::shared_ptr<io::Strand> Request::strand()
{
    std::lock_guard lock(mutex_);
    if (!strand_)
        strand_ = std::make_shared<io::Strand>();
    return strand_;
}

DWORD Request::run(io::Task<DWORD> operation)
{
    io::SyncDriver driver(cancel_.fd());
    DWORD error = driver.run(std::move(operation));
    if (cancel_.raised())
        error = ERROR_WINHTTP_OPERATION_CANCELLED;
    return error;
}

DWORD Request::execute(io::Task<DWORD> operation, DWORD api, std::function<Completion(DWORD)> finish)
{
    if (!begin_operation())
        return ERROR_INVALID_HANDLE;
    if (!async()) {
        const DWORD error = run(std::move(operation));
        finish(error);
        end_operation();
        return error;
    }
    auto self = std::static_pointer_cast<Request>(shared_from_this());
    auto on_complete = [self, api, finish = std::move(finish)](DWORD error) {
        // Closed while pending: the operation ends cancelled, even if its last step went through.
        if (self->cancel_.raised())
            error = ERROR_WINHTTP_OPERATION_CANCELLED;
        const auto completion = finish(error);
        {
            // Cleared before the callback: the application may start the next operation from inside it.
            std::lock_guard lock(self->mutex_);
            self->pending_.reset();
        }
        if (error == ERROR_SUCCESS) {
            self->notify(completion.status, completion.information, completion.length);
        } else {
            WINHTTP_ASYNC_RESULT result{api, error};
            self->notify(WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, &result, sizeof result);
        }
        self->end_operation();
    };
    auto pending = std::make_shared<io::AsyncOperation>(strand(), std::move(operation), std::move(on_complete));
    {
        std::lock_guard lock(mutex_);
        pending_ = pending;
    }
    pending->start();
    return ERROR_IO_PENDING;
}

DWORD Request::reject(DWORD api, DWORD error)
{
    if (!async())
        return error;
    {
        std::lock_guard lock(mutex_);
        if (pending_)
            return error; // an operation is in flight: the call fails, the operation goes on
    }
    auto self = std::static_pointer_cast<Request>(shared_from_this());
    if (!begin_operation())
        return ERROR_INVALID_HANDLE;
    strand()->post([self, api, error] {
        WINHTTP_ASYNC_RESULT result{api, error};
        self->notify(WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, &result, sizeof result);
        self->end_operation();
    });
    return ERROR_IO_PENDING;
}

// Under the lock: is an operation in flight, or is the request in a state this call needs? The caller
// acts on the verdict after the lock is released (reject() takes it again).
Request::Precheck Request::precheck(const std::function<bool()>& wrong_state) const
{
    std::lock_guard lock(mutex_);
    if (pending_)
        return Precheck::Busy;
    return wrong_state() ? Precheck::WrongState : Precheck::Ready;
}

DWORD Request::admit(DWORD api, const std::function<bool()>& wrong_state)
{
    switch (precheck(wrong_state)) {
    case Precheck::Ready:
        return ERROR_SUCCESS;
    case Precheck::Busy:
        return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    case Precheck::WrongState:
        break;
    }
    return reject(api, ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
}

// After a successful body operation: complete once the last byte was handed out; the count for sync callers.
void Request::settle_body_locked(DWORD* count)
{
    if (body_done_ && body_offset_ == body_.size())
        state_ = State::BodyComplete;
    if (count != nullptr && !async())
        *count = completion_value_;
}

DWORD Request::send(std::string optional, DWORD total_length, DWORD_PTR context)
{
    {
        std::lock_guard lock(mutex_);
        if (pending_ || state_ == State::Sent)
            return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    if (context != 0)
        set_context(context);
    optional_ = std::move(optional);
    total_length_ = std::max<DWORD>(total_length, static_cast<DWORD>(optional_.size()));
    written_ = static_cast<DWORD>(optional_.size());
    return execute(send_operation(), API_SEND_REQUEST, [this](DWORD error) {
        std::lock_guard lock(mutex_);
        state_ = error == ERROR_SUCCESS ? State::Sent : State::Failed;
        return Completion{WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, nullptr, 0};
    });
}

DWORD Request::write(const void* data, DWORD length, DWORD* written)
{
    if (const DWORD refused = admit(API_WRITE_DATA, [&] { return state_ != State::Sent; }); refused != ERROR_SUCCESS)
        return refused;
    return execute(write_operation(static_cast<const char*>(data), length, &completion_value_), API_WRITE_DATA,
                   [this, written](DWORD error) {
                       std::lock_guard lock(mutex_);
                       if (error != ERROR_SUCCESS)
                           state_ = State::Failed;
                       else if (written != nullptr && !async())
                           *written = completion_value_;
                       return Completion{WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE, &completion_value_,
                                         sizeof completion_value_};
                   });
}

DWORD Request::receive_response()
{
    if (const DWORD refused = admit(API_RECEIVE_RESPONSE, [&] { return state_ != State::Sent; });
        refused != ERROR_SUCCESS)
        return refused;
    return execute(receive_operation(), API_RECEIVE_RESPONSE, [this](DWORD error) {
        std::lock_guard lock(mutex_);
        if (error != ERROR_SUCCESS)
            state_ = State::Failed;
        else
            state_ = body_done_ ? State::BodyComplete : State::HeadersReceived;
        return Completion{WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE, nullptr, 0};
    });
}

DWORD Request::query_data_available(DWORD* available)
{
    if (const DWORD refused = admit(API_QUERY_DATA_AVAILABLE,
                                    [&] { return state_ != State::HeadersReceived && state_ != State::BodyComplete; });
        refused != ERROR_SUCCESS)
        return refused;
    return execute(available_operation(&completion_value_), API_QUERY_DATA_AVAILABLE, [this, available](DWORD error) {
        std::lock_guard lock(mutex_);
        if (error != ERROR_SUCCESS) {
            state_ = State::Failed;
        } else {
            settle_body_locked(available);
        }
        return Completion{WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, &completion_value_, sizeof completion_value_};
    });
}

DWORD Request::read(void* buffer, DWORD length, DWORD* read, bool fill_buffer)
{
    if (const DWORD refused =
            admit(API_READ_DATA, [&] { return state_ != State::HeadersReceived && state_ != State::BodyComplete; });
        refused != ERROR_SUCCESS)
        return refused;
    auto operation = fill_buffer ? fill_operation(static_cast<char*>(buffer), length, &completion_value_)
                                 : read_operation(static_cast<char*>(buffer), length, &completion_value_);
    return execute(std::move(operation), API_READ_DATA, [this, buffer, read](DWORD error) {
        std::lock_guard lock(mutex_);
        if (error != ERROR_SUCCESS) {
            state_ = State::Failed;
        } else {
            settle_body_locked(read);
        }
        return Completion{WINHTTP_CALLBACK_STATUS_READ_COMPLETE, buffer, completion_value_};
    });
}

std::string Request::current_url() const
{
    std::lock_guard lock(mutex_);
    // Before the first send the URL is what OpenRequest and Connect describe.
    return url_.host.empty() ? initial_url().to_string() : url_.to_string();
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

#pragma once

#include "handles/handle.h"
#include "handles/session.h"
#include "http/request_headers.h"
#include "http/response_parser.h"
#include "io/async_operation.h"
#include "io/cancel_signal.h"
#include "io/task.h"
#include "net/connection.h"
#include "net/tcp_stream.h"
#include "url/url.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hinternet::body {
class ContentDecoder;
}

namespace hinternet::handles {

// What WinHttpOpenRequest was given, after escaping.
struct RequestLine {
    std::string verb = "GET";
    std::string object = "/"; // the escaped request-target (path and query)
    std::string version = "HTTP/1.1";
    std::string referrer;
    std::vector<std::string> accept_types;
    DWORD flags = 0; // WINHTTP_FLAG_*
};

struct Credentials {
    DWORD scheme = 0; // WINHTTP_AUTH_SCHEME_*, 0 when none were set
    std::string user;
    std::string password;
};

// One hop of a request as the inspector's ledger shows it.
struct HopRecord {
    std::string method;
    std::string url;
    int status = 0;
    std::string location;
    std::string decision; // "final", "followed", "method rewritten POST→GET", "refused by policy", ...
    std::vector<std::string> dropped_headers;
};

// WinHttpOpenRequest's handle and the HTTP exchange it runs. Operations are coroutines run by a driver:
// the synchronous driver on the caller's thread (sync mode) or the worker pool (async mode).
class Request final : public Handle {
public:
    enum class State {
        Opened,          // before WinHttpSendRequest
        Sent,            // request head sent; WriteData may follow; ReceiveResponse next
        HeadersReceived, // ReceiveResponse completed: headers and body available
        BodyComplete,    // the whole body was read
        Failed,          // an operation failed; only closing (or a new SendRequest) makes sense
    };

    static std::shared_ptr<Request> open(const std::shared_ptr<Connect>& connect, RequestLine line);
    ~Request() override;

    Connect& connect() const { return static_cast<Connect&>(*parent()); }
    std::string description() const override;
    Session& session() const { return connect().session(); }

    // The WinHTTP operations. Each returns ERROR_SUCCESS or the WinHTTP error in synchronous mode; in
    // asynchronous mode ERROR_IO_PENDING when the operation started (its end comes through the status
    // callback), or an error found before it could start. Out parameters are written in sync mode only.
    // Extra headers of WinHttpSendRequest are added to headers() by the caller first.
    DWORD send(std::string optional, DWORD total_length, DWORD_PTR context);
    DWORD write(const void* data, DWORD length, DWORD* written);
    DWORD receive_response();
    DWORD query_data_available(DWORD* available);
    DWORD read(void* buffer, DWORD length, DWORD* read, bool fill_buffer);
    bool async() const { return session().async(); }

    http::RequestHeaders& headers() { return headers_; }
    std::mutex& headers_mutex() { return mutex_; }
    State state() const;
    const RequestLine& line() const { return line_; }
    std::string current_url() const;
    const http::ResponseHeaders* response_headers() const;
    std::string sent_head() const;
    std::vector<HopRecord> hops() const;
    std::optional<net::TlsDetails> tls_details() const;
    std::optional<std::pair<net::SocketAddress, net::SocketAddress>> connection_addresses() const;
    DWORD auth_schemes(DWORD* supported, DWORD* first, DWORD* target) const;
    void set_credentials(DWORD targets, Credentials credentials);
    // WINHTTP_OPTION_USERNAME / PASSWORD (and the proxy pair): Basic unless SetCredentials chose a scheme.
    void update_credentials(bool proxy, bool password, std::string value);

private:
    Request(const std::shared_ptr<Connect>& connect, RequestLine line);
    void on_close_requested() override;

    DWORD run(io::Task<DWORD> operation);
    struct Completion {
        DWORD status = 0; // WINHTTP_CALLBACK_STATUS_* reported on success in async mode
        LPVOID information = nullptr;
        DWORD length = 0;
    };
    // Runs an operation inline (sync) or on the strand (async). `finish` records the result in the
    // request's state and names the completion to report.
    DWORD execute(io::Task<DWORD> operation, DWORD api, std::function<Completion(DWORD)> finish);
    // A call in the wrong state: an error for the caller, or in async mode with nothing pending, a
    // REQUEST_ERROR through the callback (the call itself returns TRUE).
    DWORD reject(DWORD api, DWORD error);
    std::shared_ptr<io::Strand> strand();
    enum class Precheck { Ready, Busy, WrongState };
    Precheck precheck(const std::function<bool()>& wrong_state) const;
    // ERROR_SUCCESS when the call may start; otherwise what the caller returns (see reject()).
    DWORD admit(DWORD api, const std::function<bool()>& wrong_state);
    void settle_body_locked(DWORD* count);

    io::Task<DWORD> send_operation();
    io::Task<DWORD> write_operation(const char* data, DWORD length, DWORD* written);
    io::Task<DWORD> receive_operation();
    io::Task<DWORD> available_operation(DWORD* available);
    io::Task<DWORD> read_operation(char* buffer, DWORD length, DWORD* read);
    io::Task<DWORD> fill_operation(char* buffer, DWORD length, DWORD* read);

    // Steps of an exchange.
    io::Task<DWORD> send_hop();
    io::Task<DWORD> open_connection();
    io::Task<DWORD> open_tunnel(net::TcpStream& proxy_stream);
    io::Task<DWORD> read_head();
    io::Task<DWORD> fill_body(bool wait_for_bytes);
    io::Task<DWORD> drain_and_release(bool reusable);
    io::Task<DWORD> receive_more(bool& end_of_stream);
    io::Task<bool> answered_before_write_failed();
    DWORD feed_parser(bool at_end_of_stream);
    std::string build_head() const;
    url::Url initial_url() const;
    DWORD prepare_body_decoding();
    void finish_body();
    void trace_delivered(std::string_view bytes);
    void release_connection(bool reusable);
    void store_cookies();
    enum class Next { Deliver, FollowRedirect, RetryWithAuth };
    Next decide_after_head(DWORD& error);
    DWORD apply_redirect(const url::Url& target);
    void prepare_authorization();
    bool authorize_from_challenges();
    bool authorize_proxy_from_challenges();
    bool idempotent() const;

    RequestLine line_;
    http::RequestHeaders headers_;
    io::CancelSignal cancel_;
    std::shared_ptr<io::Strand> strand_;
    std::shared_ptr<io::AsyncOperation> pending_; // the async operation in flight
    DWORD completion_value_ = 0;                  // WRITE_COMPLETE / DATA_AVAILABLE payload
    void* read_buffer_ = nullptr;                 // READ_COMPLETE payload
    State state_ = State::Opened;

    // The current hop.
    url::Url url_;
    std::string method_;
    std::string body_for_replay_; // the request body when it can be sent again (307/308, auth, retry)
    bool body_replayable_ = true;
    DWORD total_length_ = 0;
    DWORD written_ = 0;
    std::string optional_;
    std::string last_head_;
    unsigned redirects_ = 0;
    bool auth_retried_server_ = false;
    bool auth_retried_proxy_ = false;
    Credentials server_credentials_;
    Credentials proxy_credentials_;
    std::vector<std::string> dropped_for_origin_change_;
    std::vector<HopRecord> hops_;

    std::unique_ptr<net::Connection> connection_;
    bool connection_reused_ = false;
    bool retrying_failed_write_ = false;     // send_hop() is resending after a write failed on a reused connection
    bool connection_broken_ = false;         // a write failed: the connection only has an early answer left to read
    bool fresh_connection_required_ = false; // the next open_connection() skips the pool (a retry)
    http::ResponseParser parser_;
    static constexpr std::size_t raw_capacity = 64 * 1024;
    std::unique_ptr<char[]> raw_; // received bytes; [raw_begin_, raw_end_) are not parsed yet
    std::size_t raw_begin_ = 0;
    std::size_t raw_end_ = 0;
    std::string body_; // decoded body bytes ready for ReadData
    std::size_t body_offset_ = 0;
    std::unique_ptr<body::ContentDecoder> decoder_;
    std::optional<std::uint64_t> identity_left_; // fast path: Content-Length body read straight to the caller
    bool body_done_ = false;
    bool response_complete_ = false; // the parser saw the end of the message
    std::uint64_t received_total_ = 0;
    std::uint64_t sent_total_ = 0;
    std::uint64_t delivered_total_ = 0;               // body bytes handed to the application for this response
    std::unique_ptr<http::ResponseHeaders> response_; // the final response, once headers are in
    DWORD body_error_ = ERROR_SUCCESS;                // set by the body sink (content decoding)
    std::uint64_t response_bytes_ = 0;                // bytes of the current response so far
    std::string auth_header_;                         // Authorization we add for this origin
    url::Url auth_origin_;                            // credentials are never sent elsewhere
    std::vector<std::string> server_challenges_;      // WWW-Authenticate values of the last 401
    std::vector<std::string> proxy_challenges_;       // Proxy-Authenticate values of the last 407
    DWORD auth_target_ = 0;                           // WINHTTP_AUTH_TARGET_* of the last challenge
    url::Url pending_redirect_;
    std::string proxy_auth_header_;                         // Proxy-Authorization we add
    bool via_proxy_ = false;                                // this hop goes through an HTTP proxy (no tunnel)
    std::unique_ptr<http::ResponseHeaders> refused_tunnel_; // a proxy's non-2xx answer to CONNECT
    std::optional<net::TlsDetails> last_tls_;
    std::optional<std::pair<net::SocketAddress, net::SocketAddress>> last_addresses_;
};

} // namespace hinternet::handles

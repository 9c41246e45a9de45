// The HTTP exchange of a request handle, as coroutines: connect, send, receive (following redirects and
// answering auth challenges), and the body. docs/engine.md describes the flow.
#include "handles/request.h"

#include "body/content_decoder.h"
#include "http/auth.h"
#include "http/digest.h"
#include "net/proxy_config.h"
#include "net/resolver.h"
#include "net/tcp_stream.h"
#include "net/tls_stream.h"
#include "support/text.h"
#include "trace/tracer.h"
#include "url/escaping.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <format>
#include <utility>

namespace hinternet::handles {
namespace {

std::atomic<std::uint64_t> next_connection_id{1};

bool is_redirect_status(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

std::shared_ptr<const trace::TlsSummary> summarize(const net::TlsDetails& details)
{
    auto summary = std::make_shared<trace::TlsSummary>();
    summary->protocol = details.protocol;
    summary->cipher = details.cipher;
    summary->cipher_bits = details.cipher_bits;
    summary->alpn = details.alpn;
    summary->sni = details.sni;
    summary->verify_result = details.verify_result;
    summary->verify_message = details.verify_message;
    summary->failure_flags = details.failure_flags;
    summary->ignored_flags = details.ignored_flags;
    for (const auto& certificate : details.peer_chain) {
        summary->chain.push_back(trace::CertificateSummary{
            certificate.subject, certificate.issuer, certificate.subject_alt_names, certificate.not_before,
            certificate.not_after, certificate.sha256_fingerprint, certificate.signature_algorithm,
            certificate.public_key_algorithm, certificate.public_key_bits, certificate.pem});
    }
    return summary;
}

io::Deadline deadline_for(int timeout_ms)
{
    return io::Deadline::from_winhttp_timeout(timeout_ms);
}

} // namespace

bool Request::idempotent() const
{
    static constexpr std::string_view safe[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"};
    return std::find(std::begin(safe), std::end(safe), method_) != std::end(safe);
}

// ---- sending ------------------------------------------------------------------------------------------

// The URL WinHttpConnect and WinHttpOpenRequest describe: where the first hop goes.
url::Url Request::initial_url() const
{
    const bool secure = (line_.flags & WINHTTP_FLAG_SECURE) != 0;
    url::Url first;
    first.scheme = secure ? "https" : "http";
    first.host = text::ascii_lowercase(connect().host());
    if (first.host.size() > 2 && first.host.front() == '[' && first.host.back() == ']')
        first.host = first.host.substr(1, first.host.size() - 2);
    first.port = connect().port() != INTERNET_DEFAULT_PORT ? connect().port() : (secure ? 443 : 80);
    const auto query = line_.object.find('?');
    first.path = line_.object.substr(0, query);
    if (first.path.empty() || first.path.front() != '/')
        first.path.insert(first.path.begin(), '/');
    if (query != std::string::npos) {
        first.has_query = true;
        first.query = line_.object.substr(query + 1);
    }
    return first;
}

io::Task<DWORD> Request::send_operation()
{
    const auto first = initial_url();

    // A new send starts a new exchange on this handle; an unfinished previous response is abandoned.
    if (connection_)
        release_connection(false);
    {
        std::lock_guard lock(mutex_);
        url_ = first;
        response_.reset();
        hops_.clear();
    }
    method_ = line_.verb;
    redirects_ = 0;
    auth_retried_server_ = auth_retried_proxy_ = false;
    body_for_replay_ = optional_;
    body_replayable_ = optional_.size() == total_length_;
    body_.clear();
    body_offset_ = 0;
    decoder_.reset();
    identity_left_.reset();
    body_done_ = response_complete_ = false;
    body_error_ = ERROR_SUCCESS;
    raw_begin_ = raw_end_ = 0;
    auth_origin_ = first;
    prepare_authorization();
    co_return co_await send_hop();
}

void Request::prepare_authorization()
{
    proxy_auth_header_.clear();
    if (proxy_credentials_.scheme == WINHTTP_AUTH_SCHEME_BASIC)
        proxy_auth_header_ = http::basic_authorization(proxy_credentials_.user, proxy_credentials_.password);
    else if (proxy_credentials_.scheme == WINHTTP_AUTH_SCHEME_DIGEST)
        authorize_proxy_from_challenges();
    auth_header_.clear();
    if (server_credentials_.scheme == WINHTTP_AUTH_SCHEME_BASIC) {
        auth_header_ = http::basic_authorization(server_credentials_.user, server_credentials_.password);
    } else if (server_credentials_.scheme == WINHTTP_AUTH_SCHEME_DIGEST) {
        authorize_from_challenges();
    }
}

// Computes Authorization for the current hop from the last challenge and the stored credentials.
bool Request::authorize_from_challenges()
{
    if (server_credentials_.scheme == 0 || server_challenges_.empty())
        return false;
    for (const auto& value : server_challenges_) {
        for (const auto& challenge : http::parse_challenges(value)) {
            if (challenge.scheme == "digest" && server_credentials_.scheme == WINHTTP_AUTH_SCHEME_DIGEST) {
                auto session = http::DigestSession::from_challenge(challenge);
                if (!session)
                    continue;
                auth_header_ = session->authorization(server_credentials_.user, server_credentials_.password, method_,
                                                      url_.request_target(), body_for_replay_);
                return true;
            }
            if (challenge.scheme == "basic" && server_credentials_.scheme == WINHTTP_AUTH_SCHEME_BASIC) {
                auth_header_ = http::basic_authorization(server_credentials_.user, server_credentials_.password);
                return true;
            }
        }
    }
    return false;
}

bool Request::authorize_proxy_from_challenges()
{
    if (proxy_credentials_.scheme == 0 || proxy_challenges_.empty())
        return false;
    for (const auto& value : proxy_challenges_) {
        for (const auto& challenge : http::parse_challenges(value)) {
            if (challenge.scheme == "basic" && proxy_credentials_.scheme == WINHTTP_AUTH_SCHEME_BASIC) {
                proxy_auth_header_ = http::basic_authorization(proxy_credentials_.user, proxy_credentials_.password);
                return true;
            }
            if (challenge.scheme == "digest" && proxy_credentials_.scheme == WINHTTP_AUTH_SCHEME_DIGEST) {
                if (auto session = http::DigestSession::from_challenge(challenge)) {
                    const auto target = url_.secure() ? url_.host_for_header() : url_.to_string();
                    proxy_auth_header_ = session->authorization(proxy_credentials_.user, proxy_credentials_.password,
                                                                url_.secure() ? "CONNECT" : method_, target, {});
                    return true;
                }
            }
        }
    }
    return false;
}

std::string Request::build_head() const
{
    const auto settings = this->settings();
    std::string head;
    head.reserve(512);
    const bool first_hop = hops_.empty();
    head += method_;
    head += ' ';
    const std::string target =
        first_hop ? (line_.object.empty() ? std::string("/") : line_.object) : url_.request_target();
    // Through an HTTP proxy the request-target is the absolute URL (RFC 9112 §3.2.2).
    head += via_proxy_ ? url_.scheme + "://" + url_.host_for_header() + target : target;
    head += ' ';
    head += line_.version;
    head += "\r\n";

    const auto add = [&head](std::string_view name, std::string_view value) {
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    };
    const bool app_host = headers_.contains("Host") && first_hop;
    if (!app_host)
        add("Host", url_.host_for_header());
    if (!headers_.contains("User-Agent") && !settings.user_agent.empty())
        add("User-Agent", settings.user_agent);
    if (!line_.accept_types.empty() && !headers_.contains("Accept")) {
        std::string accept;
        for (const auto& type : line_.accept_types)
            accept += (accept.empty() ? "" : ", ") + type;
        add("Accept", accept);
    }
    if (!line_.referrer.empty() && !headers_.contains("Referer"))
        add("Referer", line_.referrer);
    const bool has_body = total_length_ > 0;
    const bool body_method = method_ != "GET" && method_ != "HEAD" && method_ != "DELETE" && method_ != "OPTIONS" &&
                             method_ != "TRACE" && method_ != "CONNECT";
    if (!headers_.contains("Content-Length") && !headers_.contains("Transfer-Encoding") && (has_body || body_method))
        add("Content-Length", std::to_string(total_length_));
    if (!headers_.contains("Connection"))
        add("Connection", (settings.disabled_features & WINHTTP_DISABLE_KEEP_ALIVE) != 0 ? "close" : "Keep-Alive");
    if (settings.decompression != 0 && !headers_.contains("Accept-Encoding")) {
        std::string codings;
        if ((settings.decompression & WINHTTP_DECOMPRESSION_FLAG_GZIP) != 0)
            codings += "gzip";
        if ((settings.decompression & WINHTTP_DECOMPRESSION_FLAG_DEFLATE) != 0)
            codings += codings.empty() ? "deflate" : ", deflate";
        if ((settings.decompression & HINTERNET_DECOMPRESSION_FLAG_BROTLI) != 0)
            codings += codings.empty() ? "br" : ", br";
        add("Accept-Encoding", codings);
    }
    if (!auth_header_.empty() && url::same_origin(url_, auth_origin_) && !headers_.contains("Authorization"))
        add("Authorization", auth_header_);
    if (via_proxy_ && !proxy_auth_header_.empty() && !headers_.contains("Proxy-Authorization"))
        add("Proxy-Authorization", proxy_auth_header_);
    head += headers_.serialize();
    if ((settings.disabled_features & WINHTTP_DISABLE_COOKIES) == 0 && !headers_.contains("Cookie")) {
        const auto cookies = session().cookie_header(url_.host, url_.path, url_.secure());
        if (!cookies.empty())
            add("Cookie", cookies);
    }
    head += "\r\n";
    return head;
}

io::Task<DWORD> Request::open_connection()
{
    const auto settings = this->settings();
    net::TlsConfig tls;
    tls.secure_protocols = settings.secure_protocols;
    tls.ignore_flags = settings.security_flags;
    tls.ca_file = settings.ca_file;
    tls.client_certificate_file = settings.client_certificate_file;
    tls.client_key_file = settings.client_key_file;
    tls.client_key_password = settings.client_key_password;
    tls.proceed_without_client_certificate = settings.proceed_without_client_certificate;

    std::optional<net::ProxyServer> proxy;
    if (settings.proxy.access_type == WINHTTP_ACCESS_TYPE_NAMED_PROXY)
        proxy = net::select_proxy(settings.proxy.servers, settings.proxy.bypass, url_.scheme, url_.host);
    via_proxy_ = proxy && !url_.secure();

    net::Endpoint endpoint;
    endpoint.secure = url_.secure();
    endpoint.host = url_.host;
    endpoint.port = url_.port;
    if (proxy)
        endpoint.proxy = proxy->authority();
    if (endpoint.secure)
        endpoint.tls_settings = tls.cache_key() + "|" + std::to_string(tls.ignore_flags);
    if (via_proxy_) {
        // Plain requests through a proxy share connections to the proxy whatever their origin.
        endpoint.host.clear();
        endpoint.port = 0;
    }
    // WinHTTP reports the name and address it connects to: the proxy's when there is one.
    const std::string connect_host = proxy ? proxy->host : url_.host;
    const std::uint16_t connect_port = proxy ? proxy->port : url_.port;

    // After a pooled connection turned out dead, its idle siblings to the same server are suspect too.
    const bool pool_allowed = !std::exchange(fresh_connection_required_, false);
    if (pool_allowed && (settings.disabled_features & WINHTTP_DISABLE_KEEP_ALIVE) == 0) {
        if (auto pooled = session().pool().take(endpoint)) {
            connection_ = std::move(pooled);
            connection_reused_ = true;
            {
                std::lock_guard lock(mutex_);
                last_addresses_ = std::pair{connection_->local, connection_->remote};
                if (endpoint.secure)
                    last_tls_ = connection_->tls;
            }
            trace::Tracer::emit(*this, trace::EventKind::ConnectionReused, connection_->remote.to_string(),
                                connection_->id);
            co_return ERROR_SUCCESS;
        }
    }
    connection_reused_ = false;

    auto host_wide = text::from_utf8(connect_host);
    notify(WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, host_wide.data(),
           static_cast<DWORD>(host_wide.size() + 1)); // characters, with the NUL
    trace::Tracer::emit(*this, trace::EventKind::TimingMark, "dns-start");
    auto resolution = co_await net::resolve(connect_host, connect_port, deadline_for(settings.timeouts.resolve));
    trace::Tracer::emit(*this, trace::EventKind::TimingMark, "dns-end");
    if (resolution.error != ERROR_SUCCESS)
        co_return resolution.error;
    auto resolved_ip = text::from_utf8(resolution.addresses.front().ip());
    notify(WINHTTP_CALLBACK_STATUS_NAME_RESOLVED, resolved_ip.data(),
           static_cast<DWORD>(resolved_ip.size() + 1)); // characters, with the NUL

    const auto connect_deadline = deadline_for(settings.timeouts.connect);
    std::unique_ptr<net::TcpStream> tcp;
    DWORD error = ERROR_WINHTTP_CANNOT_CONNECT;
    for (const auto& address : resolution.addresses) {
        auto ip = text::from_utf8(address.ip());
        notify(WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, ip.data(),
               static_cast<DWORD>(ip.size() + 1)); // characters, with the NUL
        auto attempt = co_await net::TcpStream::connect(address, connect_deadline);
        if (attempt.error == ERROR_SUCCESS) {
            tcp = std::move(attempt.stream);
            notify(WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER, ip.data(),
                   static_cast<DWORD>(ip.size() + 1)); // characters, with the NUL
            break;
        }
        error = attempt.error;
        if (error != ERROR_WINHTTP_CANNOT_CONNECT)
            break; // a timeout or cancellation ends the whole attempt, not just this address
    }
    if (!tcp)
        co_return error;
    trace::Tracer::emit(*this, trace::EventKind::TimingMark, "connect");

    auto connection = std::make_unique<net::Connection>();
    connection->endpoint = endpoint;
    connection->id = next_connection_id.fetch_add(1);
    connection->local = net::SocketAddress::local_of(tcp->fd());
    connection->remote = net::SocketAddress::peer_of(tcp->fd());
    trace::Tracer::emit(*this, trace::EventKind::ConnectionOpened,
                        connection->local.to_string() + " -> " + connection->remote.to_string(), connection->id);
    if (endpoint.secure && proxy) {
        const DWORD tunnel_error = co_await open_tunnel(*tcp);
        if (tunnel_error != ERROR_SUCCESS || refused_tunnel_)
            co_return tunnel_error;
        trace::Tracer::emit(*this, trace::EventKind::TimingMark, "tunnel");
    }
    if (endpoint.secure) {
        auto handshake =
            co_await net::TlsStream::handshake(std::move(tcp), url_.host, tls, deadline_for(settings.timeouts.receive));
        {
            std::lock_guard lock(mutex_);
            last_tls_ = handshake.details;
        }
        if (trace::Tracer::active(*this))
            trace::Tracer::tls(
                *this, summarize(handshake.details),
                std::format("{} {} alpn={} verify={} flags=0x{:x} ignored=0x{:x}", handshake.details.protocol,
                            handshake.details.cipher, handshake.details.alpn,
                            handshake.details.verify_message.empty() ? "ok" : handshake.details.verify_message,
                            handshake.details.failure_flags, handshake.details.ignored_flags));
        if (handshake.error != ERROR_SUCCESS) {
            if (handshake.error == ERROR_WINHTTP_SECURE_FAILURE) {
                DWORD flags = handshake.details.failure_flags & ~handshake.details.ignored_flags;
                notify(WINHTTP_CALLBACK_STATUS_SECURE_FAILURE, &flags, sizeof flags);
            }
            co_return handshake.error;
        }
        connection->tls = handshake.details;
        connection->stream = std::move(handshake.stream);
        trace::Tracer::emit(*this, trace::EventKind::TimingMark, "tls");
    } else {
        connection->stream = std::move(tcp);
    }
    {
        std::lock_guard lock(mutex_);
        last_addresses_ = std::pair{connection->local, connection->remote};
    }
    connection_ = std::move(connection);
    co_return ERROR_SUCCESS;
}

// CONNECT through the proxy. A 2xx answer leaves a transparent tunnel on the stream; any other answer
// (a 407 above all) becomes the request's response, as WinHTTP reports it, so the application can
// answer the proxy's challenge and send again.
io::Task<DWORD> Request::open_tunnel(net::TcpStream& proxy_stream)
{
    const auto settings = this->settings();
    refused_tunnel_.reset();
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::string connect =
            "CONNECT " + url_.authority_with_port() + " HTTP/1.1\r\nHost: " + url_.authority_with_port() + "\r\n";
        if (!settings.user_agent.empty())
            connect += "User-Agent: " + settings.user_agent + "\r\n";
        if (!proxy_auth_header_.empty())
            connect += "Proxy-Authorization: " + proxy_auth_header_ + "\r\n";
        connect += "\r\n";
        auto written = co_await proxy_stream.write_all(connect, deadline_for(settings.timeouts.send));
        if (written.error != ERROR_SUCCESS)
            co_return written.error;
        trace::Tracer::sent_head(*this, connect, sent_total_, received_total_);
        sent_total_ += connect.size();

        http::ResponseParser parser;
        parser.start_response(true); // a CONNECT answer has no body we read
        char buffer[4096];
        std::size_t buffered = 0;
        const auto answer_at = received_total_;
        while (!parser.headers_complete()) {
            auto read =
                co_await proxy_stream.read_some({buffer, sizeof buffer}, deadline_for(settings.timeouts.receive));
            if (read.error != ERROR_SUCCESS)
                co_return read.error;
            if (read.bytes == 0)
                co_return ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
            trace::Tracer::bytes(*this, trace::EventKind::BytesReceived, {buffer, read.bytes}, received_total_,
                                 received_total_ == answer_at);
            received_total_ += read.bytes;
            const auto progress = parser.feed({buffer, read.bytes}, {});
            if (progress.error != ERROR_SUCCESS)
                co_return progress.error;
            buffered = read.bytes - progress.consumed;
        }
        const int status = parser.headers().status_code();
        if (status >= 200 && status < 300) {
            if (buffered != 0)
                co_return ERROR_WINHTTP_INVALID_SERVER_RESPONSE; // the server spoke before TLS began
            co_return ERROR_SUCCESS;
        }
        if (status == 407) {
            proxy_challenges_ = parser.headers().get_all("Proxy-Authenticate");
            auth_target_ = WINHTTP_AUTH_TARGET_PROXY;
            // With credentials set, answer once on a new connection (the proxy may close this one).
            if (attempt == 0 && !auth_retried_proxy_ && proxy_credentials_.scheme != 0 &&
                authorize_proxy_from_challenges()) {
                auth_retried_proxy_ = true;
                co_return ERROR_WINHTTP_RESEND_REQUEST;
            }
        }
        refused_tunnel_ = std::make_unique<http::ResponseHeaders>(parser.headers());
        co_return ERROR_SUCCESS;
    }
    co_return ERROR_WINHTTP_CANNOT_CONNECT;
}

io::Task<DWORD> Request::send_hop()
{
    const auto settings = this->settings();
    if (!connection_) {
        DWORD error = co_await open_connection();
        if (error == ERROR_WINHTTP_RESEND_REQUEST) // the proxy wants credentials we have: a new tunnel
            error = co_await open_connection();
        if (error != ERROR_SUCCESS)
            co_return error;
        if (refused_tunnel_) {
            DWORD sent = 0;
            notify(WINHTTP_CALLBACK_STATUS_REQUEST_SENT, &sent, sizeof sent);
            co_return ERROR_SUCCESS; // ReceiveResponse delivers the proxy's answer
        }
    }
    auto head = build_head();
    {
        std::lock_guard lock(mutex_);
        last_head_ = head;
    }
    // Head and whatever body we already have go out in one write: one segment for small requests.
    const std::string& body = hops_.empty() ? optional_ : body_for_replay_;
    head += body;
    notify(WINHTTP_CALLBACK_STATUS_SENDING_REQUEST);
    const bool was_reused = connection_reused_;
    const auto result = co_await connection_->stream->write_all(head, deadline_for(settings.timeouts.send));
    const bool stale_retry = result.error == ERROR_WINHTTP_CONNECTION_ERROR && was_reused && !retrying_failed_write_ &&
                             idempotent() && body_replayable_;
    if (result.error == ERROR_WINHTTP_CONNECTION_ERROR && !stale_retry && co_await answered_before_write_failed()) {
        // As curl does ("abort upload"): the request counts as sent and ReceiveResponse reads the answer.
        trace::Tracer::bytes(*this, trace::EventKind::BytesSent, std::string_view(head).substr(0, result.bytes),
                             sent_total_, true);
        sent_total_ += result.bytes;
        trace::Tracer::emit(*this, trace::EventKind::ConnectionClosed, "answered before the request was sent");
        trace::Tracer::bytes(*this, trace::EventKind::BytesReceived, {raw_.get(), raw_end_}, received_total_, true);
        trace::Tracer::emit(*this, trace::EventKind::TimingMark, "first-byte");
        received_total_ += raw_end_;
        DWORD sent = static_cast<DWORD>(result.bytes);
        notify(WINHTTP_CALLBACK_STATUS_REQUEST_SENT, &sent, sizeof sent);
        co_return ERROR_SUCCESS;
    }
    if (result.error != ERROR_SUCCESS) {
        release_connection(false);
        // A pooled connection the server reset between our liveness probe and this write: as with a reset
        // before the first response byte (receive_operation), send once more on a new connection if safe.
        if (stale_retry) {
            trace::Tracer::emit(*this, trace::EventKind::ConnectionClosed, "reset keep-alive connection; retrying");
            retrying_failed_write_ = true;
            fresh_connection_required_ = true;
            const DWORD error = co_await send_hop();
            retrying_failed_write_ = false;
            co_return error;
        }
        co_return result.error;
    }
    trace::Tracer::sent_head(*this, head, sent_total_, received_total_);
    sent_total_ += head.size();
    DWORD sent = static_cast<DWORD>(head.size());
    notify(WINHTTP_CALLBACK_STATUS_REQUEST_SENT, &sent, sizeof sent);
    co_return ERROR_SUCCESS;
}

// A server may answer before it has read the whole request and close the connection (gunicorn's sync
// worker does when the application ignores the body: httpbin's /redirect-to). When our request went out in
// pieces, a later piece meets the reset and the write fails, but the answer already sits in the socket's
// receive queue, readable before the error. Reads what is there without waiting for more.
io::Task<bool> Request::answered_before_write_failed()
{
    const auto received = co_await connection_->stream->read_some(
        {raw_.get(), raw_capacity},
        io::Deadline::earliest(deadline_for(timeouts().receive), io::Deadline::after(std::chrono::milliseconds(100))));
    if (received.error != ERROR_SUCCESS || received.bytes == 0)
        co_return false;
    connection_broken_ = true;
    raw_begin_ = 0;
    raw_end_ = received.bytes;
    co_return true;
}

io::Task<DWORD> Request::write_operation(const char* data, DWORD length, DWORD* written)
{
    if (written != nullptr)
        *written = 0;
    if (!connection_)
        co_return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    notify(WINHTTP_CALLBACK_STATUS_SENDING_REQUEST);
    const auto result = co_await connection_->stream->write_all({data, length}, deadline_for(timeouts().send));
    if (result.error != ERROR_SUCCESS) {
        release_connection(false);
        co_return result.error;
    }
    trace::Tracer::bytes(*this, trace::EventKind::BytesSent, {data, length}, sent_total_);
    sent_total_ += length;
    written_ += length;
    if (body_replayable_ && body_for_replay_.size() + length <= 1024 * 1024)
        body_for_replay_.append(data, length);
    else {
        body_replayable_ = false;
        body_for_replay_.clear();
    }
    DWORD sent = length;
    notify(WINHTTP_CALLBACK_STATUS_REQUEST_SENT, &sent, sizeof sent);
    if (written != nullptr)
        *written = length;
    co_return ERROR_SUCCESS;
}

// ---- receiving -----------------------------------------------------------------------------------------

io::Task<DWORD> Request::receive_more(bool& end_of_stream)
{
    end_of_stream = false;
    if (raw_begin_ > 0) {
        std::memmove(raw_.get(), raw_.get() + raw_begin_, raw_end_ - raw_begin_);
        raw_end_ -= raw_begin_;
        raw_begin_ = 0;
    }
    if (raw_end_ == raw_capacity)
        co_return ERROR_SUCCESS; // the parser has not consumed what is there; it will
    const auto result = co_await connection_->stream->read_some({raw_.get() + raw_end_, raw_capacity - raw_end_},
                                                                deadline_for(timeouts().receive));
    if (result.error != ERROR_SUCCESS)
        co_return result.error;
    if (result.bytes == 0) {
        end_of_stream = true;
        co_return ERROR_SUCCESS;
    }
    trace::Tracer::bytes(*this, trace::EventKind::BytesReceived, {raw_.get() + raw_end_, result.bytes}, received_total_,
                         response_bytes_ == 0);
    if (response_bytes_ == 0) // the first byte of this hop's response
        trace::Tracer::emit(*this, trace::EventKind::TimingMark, "first-byte");
    raw_end_ += result.bytes;
    received_total_ += result.bytes;
    response_bytes_ += result.bytes;
    co_return ERROR_SUCCESS;
}

// Runs the parser over the buffered bytes, body bytes going to the decoder or the body buffer.
DWORD Request::feed_parser(bool at_end_of_stream)
{
    const http::ResponseParser::BodySink sink = [this](std::string_view chunk) {
        if (body_error_ != ERROR_SUCCESS)
            return;
        if (decoder_) {
            // Decoded bytes reach the trace when they are handed to the application (trace_delivered).
            body_error_ = decoder_->feed(std::span<const char>(chunk.data(), chunk.size()), body_, 256 * 1024);
        } else {
            body_.append(chunk);
        }
    };
    const auto progress =
        at_end_of_stream ? parser_.finish(sink) : parser_.feed({raw_.get() + raw_begin_, raw_end_ - raw_begin_}, sink);
    raw_begin_ += progress.consumed;
    if (progress.error != ERROR_SUCCESS)
        return progress.error;
    if (body_error_ != ERROR_SUCCESS)
        return body_error_;
    if (progress.stop == http::ResponseParser::Stop::MessageComplete)
        response_complete_ = true;
    return ERROR_SUCCESS;
}

io::Task<DWORD> Request::read_head()
{
    const auto settings = this->settings();
    const bool head_request = method_ == "HEAD";
    parser_.start_response(head_request);
    response_complete_ = false;
    response_bytes_ = raw_end_ - raw_begin_;
    notify(WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE);
    const auto head_deadline = deadline_for(settings.timeouts.receive_response);
    bool any_byte = raw_end_ > raw_begin_;
    DWORD interim_responses = 0;
    for (;;) {
        if (raw_end_ > raw_begin_) {
            const http::ResponseParser::BodySink no_body;
            const auto progress = parser_.feed({raw_.get() + raw_begin_, raw_end_ - raw_begin_}, no_body);
            raw_begin_ += progress.consumed;
            if (progress.error != ERROR_SUCCESS)
                co_return progress.error;
            if (parser_.headers_complete()) {
                const int status = parser_.headers().status_code();
                if (status >= 100 && status < 200) {
                    if (++interim_responses > settings.max_interim_responses)
                        co_return ERROR_WINHTTP_INVALID_SERVER_RESPONSE; // an endless stream of 1xx
                    DWORD interim = static_cast<DWORD>(status);
                    notify(WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE, &interim, sizeof interim);
                    parser_.start_response(head_request);
                    continue;
                }
                if (progress.stop == http::ResponseParser::Stop::MessageComplete)
                    response_complete_ = true;
                break;
            }
        }
        if (head_deadline.passed())
            co_return ERROR_WINHTTP_TIMEOUT;
        bool end_of_stream = false;
        const DWORD error = co_await receive_more(end_of_stream);
        if (error != ERROR_SUCCESS)
            co_return error;
        if (end_of_stream) {
            // Nothing at all on a reused connection: the server closed it while it was idle.
            co_return any_byte ? ERROR_WINHTTP_INVALID_SERVER_RESPONSE : ERROR_WINHTTP_RESEND_REQUEST;
        }
        any_byte = true;
    }
    DWORD received = static_cast<DWORD>(std::min<std::uint64_t>(response_bytes_, 0xFFFFFFFFu));
    notify(WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, &received, sizeof received);
    co_return ERROR_SUCCESS;
}

void Request::store_cookies()
{
    if ((settings().disabled_features & WINHTTP_DISABLE_COOKIES) != 0)
        return;
    for (const auto& value : parser_.headers().get_all("Set-Cookie")) {
        session().store_cookie(url_.host, url_.path, url_.secure(), value);
        trace::Tracer::emit(*this, trace::EventKind::CookieStored, value);
    }
}

Request::Next Request::decide_after_head(DWORD& error)
{
    error = ERROR_SUCCESS;
    const auto settings = this->settings();
    const auto& response = parser_.headers();
    const int status = response.status_code();
    HopRecord hop;
    hop.method = method_;
    hop.url = url_.to_string();
    hop.status = status;
    hop.dropped_headers = std::move(dropped_for_origin_change_);
    dropped_for_origin_change_.clear();
    const auto record = [&](std::string decision) {
        hop.decision = std::move(decision);
        if (trace::Tracer::active(*this)) {
            std::string dropped;
            for (const auto& header : hop.dropped_headers)
                dropped += header + "\n";
            trace::Tracer::decision(*this, static_cast<std::uint32_t>(status),
                                    std::format("{} {} -> {}", status, hop.decision, hop.location), std::move(dropped));
        }
        std::lock_guard lock(mutex_);
        hops_.push_back(hop);
    };

    if (is_redirect_status(status)) {
        const auto location = response.get("Location");
        hop.location = location.value_or("");
        const bool redirects_off = (settings.disabled_features & WINHTTP_DISABLE_REDIRECTS) != 0 ||
                                   settings.redirect_policy == WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
        if (location && !redirects_off) {
            const auto target = url::resolve_reference(url_, *location);
            if (!target) {
                record("refused: Location is not an http(s) URL");
                error = ERROR_WINHTTP_REDIRECT_FAILED;
                return Next::Deliver;
            }
            if (url_.secure() && !target->secure() &&
                settings.redirect_policy != WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS) {
                record("refused by policy: https to http");
                return Next::Deliver;
            }
            if (redirects_ >= settings.max_redirects) {
                record("refused: too many redirects");
                error = ERROR_WINHTTP_REDIRECT_FAILED;
                return Next::Deliver;
            }
            const bool keeps_method = status == 307 || status == 308;
            if (keeps_method && !body_replayable_) {
                record("not followed: the streamed body cannot be sent again");
                return Next::Deliver;
            }
            pending_redirect_ = *target;
            if (!keeps_method && method_ == "POST")
                record("method rewritten POST→GET, body dropped");
            else if (status == 303 && method_ != "GET" && method_ != "HEAD")
                record("method rewritten " + method_ + "→GET, body dropped");
            else
                record("followed");
            return Next::FollowRedirect;
        }
    }

    if (status == 401) {
        server_challenges_ = response.get_all("WWW-Authenticate");
        auth_target_ = WINHTTP_AUTH_TARGET_SERVER;
        if (!auth_retried_server_ && server_credentials_.scheme != 0 && url::same_origin(url_, auth_origin_) &&
            (settings.disabled_features & WINHTTP_DISABLE_AUTHENTICATION) == 0) {
            auth_retried_server_ = true;
            if (authorize_from_challenges()) {
                record("answered the challenge with the credentials set");
                return Next::RetryWithAuth;
            }
        }
    } else if (status == 407) {
        proxy_challenges_ = response.get_all("Proxy-Authenticate");
        auth_target_ = WINHTTP_AUTH_TARGET_PROXY;
        if (via_proxy_ && !auth_retried_proxy_ && proxy_credentials_.scheme != 0 &&
            (settings.disabled_features & WINHTTP_DISABLE_AUTHENTICATION) == 0) {
            auth_retried_proxy_ = true;
            if (authorize_proxy_from_challenges()) {
                record("answered the proxy's challenge with the credentials set");
                return Next::RetryWithAuth;
            }
        }
    }
    record("final");
    return Next::Deliver;
}

DWORD Request::apply_redirect(const url::Url& target)
{
    const int status = parser_.headers().status_code();
    const bool rewrite = ((status == 301 || status == 302) && method_ == "POST") ||
                         (status == 303 && method_ != "GET" && method_ != "HEAD");
    if (rewrite) {
        method_ = "GET";
        body_for_replay_.clear();
        total_length_ = 0;
        for (const char* name : {"Content-Type", "Content-Length", "Transfer-Encoding", "Content-Encoding"}) {
            if (headers_.contains(name)) {
                headers_.remove(name);
                dropped_for_origin_change_.push_back(std::string(name) + " (body dropped)");
            }
        }
    }
    if (!url::same_origin(url_, target)) {
        // Credentials the application attached are for the origin it named, never for another.
        for (const char* name : {"Authorization", "Cookie", "Proxy-Authorization"}) {
            if (headers_.contains(name)) {
                headers_.remove(name);
                dropped_for_origin_change_.push_back(std::string(name) + " (cross-origin)");
            }
        }
    }
    {
        std::lock_guard lock(mutex_);
        url_ = target;
    }
    ++redirects_;
    auto url_wide = text::from_utf8(url_.to_string());
    notify(WINHTTP_CALLBACK_STATUS_REDIRECT, url_wide.data(),
           static_cast<DWORD>(url_wide.size() + 1)); // characters, with the NUL
    return ERROR_SUCCESS;
}

io::Task<DWORD> Request::drain_and_release(bool reusable)
{
    // Read what is left of an intermediate response (a redirect or a challenge) so the connection can
    // carry the next hop; beyond the drain limit closing is cheaper.
    const auto limit = settings().max_response_drain_size;
    std::uint64_t drained = 0;
    decoder_.reset();
    while (!response_complete_ && parser_.has_body()) {
        body_.clear();
        DWORD error = feed_parser(false);
        if (error != ERROR_SUCCESS) {
            release_connection(false);
            co_return ERROR_SUCCESS;
        }
        drained += body_.size();
        if (response_complete_)
            break;
        if (drained > limit) {
            release_connection(false);
            co_return ERROR_SUCCESS;
        }
        bool end_of_stream = false;
        error = co_await receive_more(end_of_stream);
        if (error == ERROR_SUCCESS && end_of_stream)
            error = feed_parser(true);
        if (error != ERROR_SUCCESS || end_of_stream) {
            release_connection(false);
            co_return ERROR_SUCCESS;
        }
    }
    body_.clear();
    release_connection(reusable);
    co_return ERROR_SUCCESS;
}

io::Task<DWORD> Request::receive_operation()
{
    if (refused_tunnel_) {
        notify(WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE);
        {
            std::lock_guard lock(mutex_);
            response_ = std::move(refused_tunnel_);
        }
        DWORD received = 0;
        notify(WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, &received, sizeof received);
        body_.clear();
        body_offset_ = 0;
        body_done_ = true;
        co_return ERROR_SUCCESS;
    }
    bool retried_stale_connection = false;
    for (;;) {
        const bool was_reused = connection_reused_;
        DWORD error = co_await read_head();
        if (error != ERROR_SUCCESS) {
            // A pooled connection the server had closed: send again on a new one, once, if that is safe.
            const bool stale = error == ERROR_WINHTTP_RESEND_REQUEST ||
                               (error == ERROR_WINHTTP_CONNECTION_ERROR && response_bytes_ == 0);
            release_connection(false);
            if (stale && was_reused && !retried_stale_connection && idempotent() && body_replayable_) {
                retried_stale_connection = true;
                trace::Tracer::emit(*this, trace::EventKind::ConnectionClosed, "stale keep-alive connection; retrying");
                fresh_connection_required_ = true;
                error = co_await send_hop();
                if (error != ERROR_SUCCESS)
                    co_return error;
                continue;
            }
            co_return error == ERROR_WINHTTP_RESEND_REQUEST ? ERROR_WINHTTP_INVALID_SERVER_RESPONSE : error;
        }
        store_cookies();
        DWORD decision_error = ERROR_SUCCESS;
        const Next next = decide_after_head(decision_error);
        if (decision_error != ERROR_SUCCESS) {
            release_connection(false);
            co_return decision_error;
        }
        if (next == Next::Deliver)
            break;
        co_await drain_and_release(parser_.keep_alive());
        if (next == Next::FollowRedirect)
            apply_redirect(pending_redirect_);
        retried_stale_connection = false;
        error = co_await send_hop();
        if (error != ERROR_SUCCESS)
            co_return error;
    }

    const DWORD error = prepare_body_decoding();
    if (error != ERROR_SUCCESS) {
        release_connection(false);
        co_return error;
    }
    {
        std::lock_guard lock(mutex_);
        response_ = std::make_unique<http::ResponseHeaders>(parser_.headers());
    }
    if (response_complete_ || !parser_.has_body() || (identity_left_ && *identity_left_ == 0))
        finish_body();
    co_return ERROR_SUCCESS;
}

DWORD Request::prepare_body_decoding()
{
    delivered_total_ = 0;
    body_.clear();
    body_offset_ = 0;
    body_done_ = false;
    decoder_.reset();
    identity_left_.reset();
    const auto settings = this->settings();
    const auto encoding = parser_.headers().get("Content-Encoding");
    if (settings.decompression != 0 && encoding && parser_.has_body()) {
        DWORD error = ERROR_SUCCESS;
        decoder_ = body::ContentDecoder::create(*encoding, settings.decompression, body::DecoderLimits{}, error);
        if (error != ERROR_SUCCESS)
            return error;
        if (decoder_ && decoder_->passthrough())
            decoder_.reset();
    }
    // Fast path: a plain Content-Length body bypasses the parser and is read straight into the caller's
    // buffer, with no copy of ours in between.
    if (!decoder_ && !response_complete_ && parser_.has_body()) {
        if (const auto length = parser_.content_length())
            identity_left_ = *length;
    }
    return ERROR_SUCCESS;
}

void Request::finish_body()
{
    if (body_done_)
        return;
    body_done_ = true;
    trace::Tracer::emit(*this, trace::EventKind::TimingMark, "complete");
    const bool leftover = raw_end_ > raw_begin_;
    release_connection(!leftover && parser_.keep_alive() && !settings().expire_connection);
}

void Request::release_connection(bool reusable)
{
    if (!connection_)
        return;
    const auto settings = this->settings();
    const bool broken = std::exchange(connection_broken_, false);
    if (reusable && !broken && (settings.disabled_features & WINHTTP_DISABLE_KEEP_ALIVE) == 0) {
        ++connection_->requests_served;
        session().pool().give_back(std::move(connection_));
    } else {
        notify(WINHTTP_CALLBACK_STATUS_CLOSING_CONNECTION);
        const auto id = connection_->id;
        connection_.reset();
        notify(WINHTTP_CALLBACK_STATUS_CONNECTION_CLOSED);
        trace::Tracer::emit(*this, trace::EventKind::ConnectionClosed,
                            reusable ? "keep-alive disabled" : "not reusable", id);
    }
    raw_begin_ = raw_end_ = 0;
}

// ---- the body ------------------------------------------------------------------------------------------

// Makes body bytes available in body_ (or, on the fast path, in the raw buffer). With wait_for_bytes false
// it only uses what has already arrived.
io::Task<DWORD> Request::fill_body(bool wait_for_bytes)
{
    for (;;) {
        if (body_offset_ < body_.size() || body_done_)
            co_return ERROR_SUCCESS;
        body_.clear();
        body_offset_ = 0;
        if (identity_left_) {
            if (raw_end_ > raw_begin_ || *identity_left_ == 0)
                co_return ERROR_SUCCESS;
        } else {
            if (decoder_ && !decoder_->needs_input()) {
                body_error_ = decoder_->feed({}, body_, 256 * 1024);
                if (body_error_ != ERROR_SUCCESS)
                    co_return body_error_;
                continue;
            }
            if (response_complete_) {
                if (decoder_) {
                    const DWORD error = decoder_->finish(body_);
                    if (error != ERROR_SUCCESS)
                        co_return error;
                }
                finish_body();
                co_return ERROR_SUCCESS;
            }
            if (raw_end_ > raw_begin_) {
                const DWORD error = feed_parser(false);
                if (error != ERROR_SUCCESS)
                    co_return error;
                continue;
            }
        }
        if (!wait_for_bytes)
            co_return ERROR_SUCCESS;
        bool end_of_stream = false;
        DWORD error = co_await receive_more(end_of_stream);
        if (error != ERROR_SUCCESS)
            co_return error;
        if (end_of_stream) {
            if (identity_left_)
                co_return ERROR_WINHTTP_CONNECTION_ERROR; // shorter than Content-Length said
            error = feed_parser(true);
            if (error != ERROR_SUCCESS)
                co_return error;
            response_complete_ = true;
            if (connection_) // a close-delimited body: the connection is done
                release_connection(false);
        }
    }
}

io::Task<DWORD> Request::available_operation(DWORD* available)
{
    const DWORD error = co_await fill_body(true);
    if (error != ERROR_SUCCESS)
        co_return error;
    if (identity_left_ && !body_done_) {
        const auto buffered = std::min<std::uint64_t>(raw_end_ - raw_begin_, *identity_left_);
        *available = static_cast<DWORD>(buffered);
        co_return ERROR_SUCCESS;
    }
    *available = static_cast<DWORD>(std::min<std::size_t>(body_.size() - body_offset_, 0xFFFFFFFFu));
    co_return ERROR_SUCCESS;
}

// The body as the application receives it (after transfer and content decoding), with its offset.
void Request::trace_delivered(std::string_view bytes)
{
    if (bytes.empty())
        return;
    trace::Tracer::bytes(*this, trace::EventKind::BodyDecoded, bytes, delivered_total_);
    delivered_total_ += bytes.size();
}

io::Task<DWORD> Request::fill_operation(char* buffer, DWORD length, DWORD* read)
{
    *read = 0;
    while (*read < length) {
        DWORD got = 0;
        const DWORD error = co_await read_operation(buffer + *read, length - *read, &got);
        if (error != ERROR_SUCCESS)
            co_return error;
        if (got == 0)
            break;
        *read += got;
    }
    co_return ERROR_SUCCESS;
}

io::Task<DWORD> Request::read_operation(char* buffer, DWORD length, DWORD* read)
{
    *read = 0;
    if (length == 0)
        co_return ERROR_SUCCESS;
    if (identity_left_ && !body_done_) {
        if (raw_end_ > raw_begin_) {
            const auto count =
                std::min<std::uint64_t>({static_cast<std::uint64_t>(length), raw_end_ - raw_begin_, *identity_left_});
            std::memcpy(buffer, raw_.get() + raw_begin_, count);
            raw_begin_ += count;
            *identity_left_ -= count;
            *read = static_cast<DWORD>(count);
            trace_delivered({buffer, static_cast<std::size_t>(count)});
        } else {
            const auto wanted = std::min<std::uint64_t>(length, *identity_left_);
            const auto result = co_await connection_->stream->read_some(
                {buffer, static_cast<std::size_t>(wanted)}, deadline_for(timeouts().receive), *identity_left_);
            if (result.error != ERROR_SUCCESS) {
                release_connection(false);
                co_return result.error;
            }
            if (result.bytes == 0) {
                release_connection(false);
                co_return ERROR_WINHTTP_CONNECTION_ERROR; // shorter than Content-Length said
            }
            trace::Tracer::bytes(*this, trace::EventKind::BytesReceived, {buffer, result.bytes}, received_total_);
            received_total_ += result.bytes;
            *identity_left_ -= result.bytes;
            *read = static_cast<DWORD>(result.bytes);
            trace_delivered({buffer, result.bytes});
        }
        if (*identity_left_ == 0) {
            parser_.mark_body_consumed_externally();
            response_complete_ = true;
            finish_body();
        }
        co_return ERROR_SUCCESS;
    }
    const DWORD error = co_await fill_body(true);
    if (error != ERROR_SUCCESS) {
        release_connection(false);
        co_return error;
    }
    const auto count = std::min<std::size_t>(length, body_.size() - body_offset_);
    std::memcpy(buffer, body_.data() + body_offset_, count);
    body_offset_ += count;
    *read = static_cast<DWORD>(count);
    trace_delivered({buffer, count});
    co_return ERROR_SUCCESS;
}

} // namespace hinternet::handles

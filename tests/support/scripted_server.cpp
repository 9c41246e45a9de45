#include "support/scripted_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <stdexcept>

namespace hs::test {
namespace {

thread_local ScriptedServer* current_server = nullptr;
constexpr long timed_out = -2;

std::size_t content_length_of(const std::string& head)
{
    std::size_t position = 0;
    while ((position = head.find('\n', position)) != std::string::npos) {
        ++position;
        static constexpr std::string_view name = "content-length:";
        if (head.size() - position < name.size())
            break;
        bool matches = true;
        for (std::size_t i = 0; i < name.size() && matches; ++i)
            matches = static_cast<char>(std::tolower(static_cast<unsigned char>(head[position + i]))) == name[i];
        if (matches)
            return static_cast<std::size_t>(std::strtoull(head.c_str() + position + name.size(), nullptr, 10));
    }
    return 0;
}

} // namespace

ScriptedConnection::ScriptedConnection(int fd, ssl_st* tls)
    : fd_(fd)
    , tls_(tls)
{}

// One read of at most size bytes, waiting up to timeout_ms: > 0 bytes, 0 at the end of the stream,
// timed_out, or another negative value on an error. TLS may hold decrypted bytes the socket no longer
// shows, so those are read first.
long ScriptedConnection::receive_some(char* buffer, std::size_t size, int timeout_ms)
{
    if (tls_ == nullptr || SSL_pending(tls_) == 0) {
        pollfd waiting{fd_, POLLIN, 0};
        if (::poll(&waiting, 1, timeout_ms) <= 0)
            return timed_out;
    }
    if (tls_ == nullptr)
        return static_cast<long>(::recv(fd_, buffer, size, 0));
    const int received = SSL_read(tls_, buffer, static_cast<int>(std::min<std::size_t>(size, 1 << 30)));
    if (received > 0)
        return received;
    return SSL_get_error(tls_, received) == SSL_ERROR_ZERO_RETURN ? 0 : -1;
}

ScriptedConnection::~ScriptedConnection()
{
    close();
}

std::string ScriptedConnection::read_request(std::chrono::milliseconds timeout)
{
    std::string request;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t wanted = std::string::npos;
    char buffer[16384];
    while (fd_ >= 0) {
        if (wanted == std::string::npos) {
            if (const auto end = request.find("\r\n\r\n"); end != std::string::npos)
                wanted = end + 4 + content_length_of(request.substr(0, end + 2));
        }
        if (wanted != std::string::npos && request.size() >= wanted)
            break;
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0)
            return {};
        const auto received = receive_some(buffer, sizeof buffer, static_cast<int>(left));
        if (received <= 0)
            return {};
        request.append(buffer, static_cast<std::size_t>(received));
    }
    if (current_server != nullptr)
        current_server->record_request(request);
    return request;
}

bool ScriptedConnection::send(std::string_view bytes)
{
    std::size_t sent = 0;
    while (fd_ >= 0 && sent < bytes.size()) {
        const auto left = bytes.size() - sent;
        const auto written = tls_ != nullptr
                                 ? static_cast<long>(SSL_write(tls_, bytes.data() + sent,
                                                               static_cast<int>(std::min<std::size_t>(left, 1 << 30))))
                                 : static_cast<long>(::send(fd_, bytes.data() + sent, left, MSG_NOSIGNAL));
        if (written <= 0)
            return false; // the client went away; the test's assertions say whether that was expected
        sent += static_cast<std::size_t>(written);
    }
    return fd_ >= 0;
}

bool ScriptedConnection::send_slowly(std::string_view bytes, std::chrono::milliseconds pause)
{
    for (const char byte : bytes) {
        if (!send(std::string_view(&byte, 1)))
            return false;
        std::this_thread::sleep_for(pause);
    }
    return true;
}

void ScriptedConnection::reset()
{
    if (fd_ < 0)
        return;
    linger abort_on_close{1, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
    if (tls_ != nullptr) {
        SSL_set_quiet_shutdown(tls_, 1); // an abrupt end: no close_notify
        SSL_free(tls_);
        tls_ = nullptr;
    }
    close();
}

void ScriptedConnection::close()
{
    if (tls_ != nullptr) {
        if (fd_ >= 0)
            SSL_shutdown(tls_); // close_notify, unless reset() is closing abruptly on purpose
        SSL_free(tls_);
        tls_ = nullptr;
    }
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

bool ScriptedConnection::wait_for_client_close(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[4096];
    while (fd_ >= 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0)
            return false;
        const auto received = receive_some(buffer, sizeof buffer, static_cast<int>(left));
        if (received == timed_out)
            return false;
        if (received <= 0)
            return true; // the end of the stream or a reset: either way the client is gone
    }
    return true;
}

bool ScriptedConnection::wait_for_hangup_without_reading(std::chrono::milliseconds timeout)
{
    if (fd_ < 0)
        return true;
    // POLLRDHUP reports the peer's FIN (or reset) even while our receive buffer is full of unread bytes.
    pollfd waiting{fd_, POLLRDHUP, 0};
    return ::poll(&waiting, 1, static_cast<int>(timeout.count())) > 0;
}

ScriptedServer::ScriptedServer(Script script, const std::optional<ScriptedTls>& tls)
    : script_(std::move(script))
{
    if (tls) {
        // OpenSSL writes with write(), not send(MSG_NOSIGNAL): a client that hung up must not kill the test.
        static std::once_flag sigpipe_ignored;
        std::call_once(sigpipe_ignored, [] { ::signal(SIGPIPE, SIG_IGN); });
        tls_context_ = SSL_CTX_new(TLS_server_method());
        if (tls_context_ == nullptr ||
            SSL_CTX_use_certificate_chain_file(tls_context_, tls->certificate_chain.c_str()) != 1 ||
            SSL_CTX_use_PrivateKey_file(tls_context_, tls->private_key.c_str(), SSL_FILETYPE_PEM) != 1) {
            SSL_CTX_free(tls_context_);
            throw std::runtime_error("ScriptedServer: cannot load the TLS certificate");
        }
    }
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::pipe2(stop_pipe_, O_CLOEXEC) != 0)
        throw std::runtime_error("ScriptedServer: cannot listen on 127.0.0.1");
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

ScriptedServer::~ScriptedServer()
{
    const char stop = 1;
    [[maybe_unused]] const auto written = ::write(stop_pipe_[1], &stop, 1);
    thread_.join();
    ::close(listener_);
    ::close(stop_pipe_[0]);
    ::close(stop_pipe_[1]);
    SSL_CTX_free(tls_context_);
}

std::vector<std::string> ScriptedServer::requests() const
{
    std::lock_guard lock(mutex_);
    return requests_;
}

void ScriptedServer::record_request(std::string request)
{
    std::lock_guard lock(mutex_);
    requests_.push_back(std::move(request));
}

void ScriptedServer::serve()
{
    current_server = this;
    for (;;) {
        pollfd waiting[2] = {{listener_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
        if (::poll(waiting, 2, -1) < 0)
            continue;
        if (waiting[1].revents != 0)
            return;
        const int fd = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ssl_st* tls = nullptr;
        if (tls_context_ != nullptr) {
            // The handshake is bounded so a client that connects and says nothing cannot hold the server.
            const timeval handshake_timeout{5, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &handshake_timeout, sizeof handshake_timeout);
            ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &handshake_timeout, sizeof handshake_timeout);
            tls = SSL_new(tls_context_);
            SSL_set_fd(tls, fd);
            if (SSL_accept(tls) != 1) {
                ERR_clear_error();
                SSL_free(tls);
                ::close(fd);
                connections_.fetch_add(1);
                continue; // e.g. a client that refused our certificate
            }
        }
        ScriptedConnection connection(fd, tls);
        script_(connection, connections_.fetch_add(1));
    }
}

} // namespace hs::test

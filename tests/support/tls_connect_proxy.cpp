#include "support/tls_connect_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string_view>

namespace hs::test {
namespace {

constexpr int poll_interval_ms = 100; // how soon a tunnel or the acceptor notices stop
constexpr auto tunnel_lifetime = std::chrono::seconds(30);
constexpr std::size_t head_limit = 16 * 1024;

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool send_all(int fd, std::string_view data)
{
    while (!data.empty()) {
        const auto sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

} // namespace

TlsConnectProxy::TlsConnectProxy(std::uint16_t target_port)
    : target_port_(target_port)
{
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    auto address = loopback(0);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (listener_ >= 0)
            ::close(listener_);
        throw std::runtime_error("TlsConnectProxy: cannot listen on 127.0.0.1");
    }
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
}

TlsConnectProxy::~TlsConnectProxy()
{
    stopping_ = true;
    acceptor_.join();
    ::close(listener_);
    std::vector<std::thread> tunnels;
    {
        std::lock_guard lock(mutex_);
        tunnels.swap(tunnels_);
    }
    for (auto& tunnel : tunnels)
        tunnel.join();
}

std::vector<std::string> TlsConnectProxy::connect_targets() const
{
    std::lock_guard lock(mutex_);
    return targets_;
}

void TlsConnectProxy::accept_loop()
{
    while (!stopping_) {
        pollfd ready{listener_, POLLIN, 0};
        if (::poll(&ready, 1, poll_interval_ms) <= 0)
            continue;
        const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        std::lock_guard lock(mutex_);
        tunnels_.emplace_back([this, client] { serve(client); });
    }
}

void TlsConnectProxy::serve(int client)
{
    const auto deadline = std::chrono::steady_clock::now() + tunnel_lifetime;
    auto expired = [&] { return stopping_ || std::chrono::steady_clock::now() > deadline; };

    // The request head: a CONNECT line and headers, nothing after them until our answer.
    std::string head;
    while (head.find("\r\n\r\n") == std::string::npos && head.size() < head_limit && !expired()) {
        pollfd ready{client, POLLIN, 0};
        if (::poll(&ready, 1, poll_interval_ms) <= 0)
            continue;
        char buffer[1024];
        const auto received = ::recv(client, buffer, sizeof buffer, 0);
        if (received <= 0)
            break;
        head.append(buffer, static_cast<std::size_t>(received));
    }
    const auto line_end = head.find("\r\n");
    const std::string_view line = std::string_view(head).substr(0, line_end);
    if (line_end == std::string::npos || !line.starts_with("CONNECT ")) {
        send_all(client, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        ::close(client);
        return;
    }
    const auto target = line.substr(8, line.find(' ', 8) - 8);
    {
        std::lock_guard lock(mutex_);
        targets_.emplace_back(target);
    }

    const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const auto address = loopback(target_port_);
    if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        send_all(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        if (server >= 0)
            ::close(server);
        ::close(client);
        return;
    }
    if (send_all(client, "HTTP/1.1 200 Connection established\r\n\r\n")) {
        // Relay both ways until either side closes; a half-close is passed on as a full close, which
        // is all a one-request TLS exchange needs.
        pollfd ends[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        bool open = true;
        while (open && !expired()) {
            if (::poll(ends, 2, poll_interval_ms) <= 0)
                continue;
            for (int side = 0; side < 2 && open; ++side) {
                if (ends[side].revents == 0)
                    continue;
                char buffer[16 * 1024];
                const auto received = ::recv(ends[side].fd, buffer, sizeof buffer, 0);
                open = received > 0 &&
                       send_all(ends[1 - side].fd, std::string_view(buffer, static_cast<std::size_t>(received)));
            }
        }
    }
    ::close(server);
    ::close(client);
}

} // namespace hs::test

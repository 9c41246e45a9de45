#include "support/loopback.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>
#include <thread>

namespace hs::test {
namespace {

sockaddr_in loopback_address(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

class Socket {
public:
    Socket()
        : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
    {
        if (fd_ < 0)
            throw std::runtime_error("socket() failed");
    }
    ~Socket() { ::close(fd_); }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

bool connect_to(const Socket& socket, std::uint16_t port)
{
    const auto address = loopback_address(port);
    return ::connect(socket.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
}

} // namespace

std::uint16_t free_loopback_port()
{
    Socket socket;
    auto address = loopback_address(0);
    if (::bind(socket.fd(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0)
        throw std::runtime_error("bind to 127.0.0.1:0 failed");
    socklen_t length = sizeof address;
    ::getsockname(socket.fd(), reinterpret_cast<sockaddr*>(&address), &length);
    return ntohs(address.sin_port);
}

bool wait_until_listening(std::uint16_t port, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        Socket socket;
        if (connect_to(socket, port))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

std::string exchange_raw(std::uint16_t port, std::string_view request, std::chrono::milliseconds timeout)
{
    Socket socket;
    if (!connect_to(socket, port))
        throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
    for (std::size_t sent = 0; sent < request.size();) {
        const auto written = ::send(socket.fd(), request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (written <= 0)
            throw std::runtime_error("send failed");
        sent += static_cast<std::size_t>(written);
    }
    std::string response;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[16384];
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        pollfd waiting{socket.fd(), POLLIN, 0};
        if (::poll(&waiting, 1, static_cast<int>(left.count())) <= 0)
            break;
        const auto received = ::recv(socket.fd(), buffer, sizeof buffer, 0);
        if (received <= 0)
            break;
        response.append(buffer, static_cast<std::size_t>(received));
    }
    return response;
}

} // namespace hs::test

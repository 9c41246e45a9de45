#pragma once

#include <cstdint>
#include <string>
#include <sys/socket.h>

namespace hinternet::net {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;

    int family() const { return storage.ss_family; }
    std::string ip() const; // "127.0.0.1", "::1"
    std::uint16_t port() const;
    std::string to_string() const; // "127.0.0.1:80", "[::1]:443"

    static SocketAddress local_of(int fd);
    static SocketAddress peer_of(int fd);
};

} // namespace hinternet::net

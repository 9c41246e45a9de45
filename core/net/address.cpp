#include "net/address.h"

#include <arpa/inet.h>
#include <netinet/in.h>

namespace hinternet::net {

std::string SocketAddress::ip() const
{
    char text[INET6_ADDRSTRLEN] = {};
    if (family() == AF_INET)
        ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(&storage)->sin_addr, text, sizeof text);
    else if (family() == AF_INET6)
        ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_addr, text, sizeof text);
    return text;
}

std::uint16_t SocketAddress::port() const
{
    if (family() == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    if (family() == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);
    return 0;
}

std::string SocketAddress::to_string() const
{
    const auto address = ip();
    return (family() == AF_INET6 ? "[" + address + "]" : address) + ":" + std::to_string(port());
}

SocketAddress SocketAddress::local_of(int fd)
{
    SocketAddress address;
    address.length = sizeof address.storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address.storage), &address.length) != 0)
        address.length = 0;
    return address;
}

SocketAddress SocketAddress::peer_of(int fd)
{
    SocketAddress address;
    address.length = sizeof address.storage;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&address.storage), &address.length) != 0)
        address.length = 0;
    return address;
}

} // namespace hinternet::net

#pragma once

// The engine side of hinternet/fault_injection.h: the socket calls of TcpStream and of the TLS transport
// go through these, which are the plain calls unless a fault plan is active.
#include <atomic>
#include <cstddef>
#include <sys/socket.h>
#include <sys/types.h>

typedef struct ssl_st SSL;

namespace hinternet::net::faults {

extern std::atomic<bool> active;

ssize_t injected_recv(int fd, void* buffer, std::size_t length);
ssize_t injected_send(int fd, const void* data, std::size_t length);

inline ssize_t recv(int fd, void* buffer, std::size_t length)
{
    if (active.load(std::memory_order_relaxed)) [[unlikely]]
        return injected_recv(fd, buffer, length);
    return ::recv(fd, buffer, length, 0);
}

inline ssize_t send(int fd, const void* data, std::size_t length)
{
    if (active.load(std::memory_order_relaxed)) [[unlikely]]
        return injected_send(fd, data, length);
    return ::send(fd, data, length, MSG_NOSIGNAL);
}

void injected_taken_from_pool(int fd);

// A pooled idle connection is about to carry another request (for the plan option reset_on=idle_reuse).
inline void taken_from_pool(int fd)
{
    if (active.load(std::memory_order_relaxed)) [[unlikely]]
        injected_taken_from_pool(fd);
}

// Gives OpenSSL a socket BIO that goes through the calls above when a plan is active (OpenSSL's own
// socket BIO otherwise, as SSL_set_fd would). False when OpenSSL could not make the BIO.
bool attach_socket(SSL* ssl, int fd);

} // namespace hinternet::net::faults

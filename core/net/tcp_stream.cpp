#include "net/tcp_stream.h"

#include "net/fault_injection.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hinternet::net {

TcpStream::TcpStream(int fd)
    : fd_(fd)
{}

TcpStream::~TcpStream()
{
    if (fd_ >= 0)
        ::close(fd_);
}

io::Task<TcpStream::ConnectResult> TcpStream::connect(SocketAddress address, io::Deadline deadline)
{
    ConnectResult result;
    const int fd = ::socket(address.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (fd < 0) {
        result.error = ERROR_WINHTTP_CANNOT_CONNECT;
        co_return result;
    }
    auto stream = std::make_unique<TcpStream>(fd);
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);

    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0) {
        if (errno != EINPROGRESS && errno != EINTR) {
            result.error = ERROR_WINHTTP_CANNOT_CONNECT;
            co_return result;
        }
        const auto outcome = co_await io::FdWait(fd, POLLOUT, deadline);
        if (outcome != io::WaitOutcome::Ready) {
            result.error = error_for(outcome);
            co_return result;
        }
        int socket_error = 0;
        socklen_t length = sizeof socket_error;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socket_error, &length) != 0 || socket_error != 0) {
            result.error = socket_error == ETIMEDOUT ? ERROR_WINHTTP_TIMEOUT : ERROR_WINHTTP_CANNOT_CONNECT;
            co_return result;
        }
    }
    result.stream = std::move(stream);
    co_return result;
}

io::Task<IoResult> TcpStream::read_some(std::span<char> buffer, io::Deadline deadline, std::size_t expected)
{
    // Only bytes that are sure to come may be waited for: the rest of a Content-Length body.
    const std::size_t batch = std::min(expected, max_batch);
    for (;;) {
        const auto received = faults::recv(fd_, buffer.data(), buffer.size());
        if (received >= 0)
            co_return IoResult{ERROR_SUCCESS, static_cast<std::size_t>(received)};
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            co_return IoResult{ERROR_WINHTTP_CONNECTION_ERROR, 0};
        const auto outcome = co_await wait_readable(deadline, batch);
        if (outcome != io::WaitOutcome::Ready)
            co_return IoResult{error_for(outcome), 0};
    }
}

io::Task<io::WaitOutcome> TcpStream::wait_readable(io::Deadline deadline, std::size_t batch)
{
    // Below a page the wake-ups saved do not pay for the setsockopt calls.
    constexpr std::size_t smallest_batch = 4096;
    if (batch >= smallest_batch) {
        set_low_water(static_cast<int>(std::min(batch, max_batch)));
        const auto outcome =
            co_await io::FdWait(fd_, POLLIN, io::Deadline::earliest(deadline, io::Deadline::after(batch_patience)));
        if (outcome != io::WaitOutcome::TimedOut || deadline.passed())
            co_return outcome;
        // The batch is slow in coming: whatever has arrived is the answer, as without a batch.
    }
    set_low_water(1);
    co_return co_await io::FdWait(fd_, POLLIN, deadline);
}

void TcpStream::set_low_water(int bytes)
{
    if (bytes == low_water_)
        return;
    if (::setsockopt(fd_, SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0)
        low_water_ = bytes;
}

io::Task<IoResult> TcpStream::write_all(std::span<const char> data, io::Deadline deadline)
{
    std::size_t sent = 0;
    while (sent < data.size()) {
        const auto written = faults::send(fd_, data.data() + sent, data.size() - sent);
        if (written >= 0) {
            sent += static_cast<std::size_t>(written);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            co_return IoResult{ERROR_WINHTTP_CONNECTION_ERROR, sent};
        const auto outcome = co_await io::FdWait(fd_, POLLOUT, deadline);
        if (outcome != io::WaitOutcome::Ready)
            co_return IoResult{error_for(outcome), sent};
    }
    co_return IoResult{ERROR_SUCCESS, sent};
}

bool TcpStream::idle_and_alive()
{
    // An idle HTTP/1.1 connection has nothing to read: readable means closed (EOF), reset, or a server
    // that sent stray bytes. In every case it must not carry another request. A peek, not poll(): poll
    // would not report fewer stray bytes than a low-water mark left from the last body.
    char byte = 0;
    const auto peeked = ::recv(fd_, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

} // namespace hinternet::net

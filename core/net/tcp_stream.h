#pragma once

#include "net/address.h"
#include "net/stream.h"

#include <memory>

namespace hinternet::net {

// A connected, non-blocking TCP socket with TCP_NODELAY (we write whole requests at once, so Nagle only
// adds the 40 ms stalls of delayed ACKs).
class TcpStream final : public Stream {
public:
    explicit TcpStream(int fd);
    ~TcpStream() override;
    TcpStream(const TcpStream&) = delete;
    TcpStream& operator=(const TcpStream&) = delete;

    struct ConnectResult {
        DWORD error = ERROR_SUCCESS;
        std::unique_ptr<TcpStream> stream;
    };
    // One attempt to one address; ERROR_WINHTTP_CANNOT_CONNECT when refused or unreachable.
    static io::Task<ConnectResult> connect(SocketAddress address, io::Deadline deadline);

    io::Task<IoResult> read_some(std::span<char> buffer, io::Deadline deadline, std::size_t expected = 0) override;
    io::Task<IoResult> write_all(std::span<const char> data, io::Deadline deadline) override;
    bool idle_and_alive() override;
    int fd() const override { return fd_; }

private:
    int fd_;
};

} // namespace hinternet::net

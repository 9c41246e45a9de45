#pragma once

#include "net/address.h"
#include "net/stream.h"

#include <chrono>
#include <cstddef>
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

    // Waits until the socket is readable. With `batch` > 1 it first waits, briefly, for that many bytes
    // (SO_RCVLOWAT): a reader woken for every loopback segment makes the sender work in small pieces and
    // costs both sides a wake-up each (docs/benchmarks.md). The caller must be sure `batch` bytes will come.
    io::Task<io::WaitOutcome> wait_readable(io::Deadline deadline, std::size_t batch = 1);

    // How long a batched wait holds out for its batch before taking whatever has arrived: short enough
    // that a slow or trickling sender still sees each read return what it sent, long enough for a fast
    // link to fill the batch.
    static constexpr std::chrono::milliseconds batch_patience{2};
    // Batches are capped: the kernel grows the receive buffer to hold a low-water mark.
    static constexpr std::size_t max_batch = 256 * 1024;

private:
    void set_low_water(int bytes);

    int fd_;
    int low_water_ = 1; // the socket's SO_RCVLOWAT as we last set it
};

} // namespace hinternet::net

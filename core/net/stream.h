#pragma once

#include "io/deadline.h"
#include "io/driver.h"
#include "io/task.h"

#include <windows.h>
#include <winhttp.h>

#include <cstddef>
#include <span>

namespace hinternet::net {

struct IoResult {
    DWORD error = ERROR_SUCCESS; // ERROR_WINHTTP_CONNECTION_ERROR, _TIMEOUT, _OPERATION_CANCELLED, _SECURE_FAILURE
    std::size_t bytes = 0;       // a successful read of 0 bytes is the peer's orderly end of stream
};

// One layer of a connection: a plain socket, TLS over it, ... (curl calls these filters). The HTTP code
// only sees the top layer.
class Stream {
public:
    virtual ~Stream() = default;
    // Reads what has arrived, at least one byte (0 at the end of the stream). `expected` says how many
    // bytes are sure to come (the rest of a Content-Length body); layers may use it to read in larger
    // pieces (TcpStream::wait_readable; docs/benchmarks.md).
    virtual io::Task<IoResult> read_some(std::span<char> buffer, io::Deadline deadline, std::size_t expected = 0) = 0;
    virtual io::Task<IoResult> write_all(std::span<const char> data, io::Deadline deadline) = 0;
    // False when an idle pooled connection was closed by the peer (or has unexpected bytes pending).
    virtual bool idle_and_alive() = 0;
    virtual int fd() const = 0;
};

// The error an operation reports when its wait ended some other way than "ready".
inline DWORD error_for(io::WaitOutcome outcome)
{
    switch (outcome) {
    case io::WaitOutcome::Ready:
        return ERROR_SUCCESS;
    case io::WaitOutcome::TimedOut:
        return ERROR_WINHTTP_TIMEOUT;
    case io::WaitOutcome::Cancelled:
        return ERROR_WINHTTP_OPERATION_CANCELLED;
    case io::WaitOutcome::Failed:
        break;
    }
    return ERROR_WINHTTP_CONNECTION_ERROR;
}

} // namespace hinternet::net

#pragma once

#include "io/deadline.h"
#include "io/task.h"
#include "net/address.h"

#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

namespace hinternet::net {

struct Resolution {
    DWORD error = ERROR_SUCCESS; // ERROR_WINHTTP_NAME_NOT_RESOLVED, _TIMEOUT, _OPERATION_CANCELLED
    std::vector<SocketAddress> addresses;
};

// Resolves host for a TCP connection to port. Literal addresses and the special-use names of RFC 6761
// ("localhost", "*.localhost" → loopback; "*.invalid" → not found) are answered without any lookup.
// Other names go to a small resolver thread pool, so neither a worker nor a timeout waits on getaddrinfo.
io::Task<Resolution> resolve(std::string host, std::uint16_t port, io::Deadline deadline);

// The part of resolve() that needs no lookup: true when it answered.
bool resolve_without_lookup(const std::string& host, std::uint16_t port, Resolution& answer);

} // namespace hinternet::net

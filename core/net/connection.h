#pragma once

#include "net/address.h"
#include "net/stream.h"
#include "net/tls_stream.h"

#include <chrono>
#include <memory>
#include <string>

namespace hinternet::net {

// Where a connection goes: the pool's key. A proxied plain-HTTP connection goes to the proxy; a tunnel
// (CONNECT) is keyed by its final origin and the proxy together.
struct Endpoint {
    bool secure = false;
    std::string host;
    std::uint16_t port = 0;
    std::string proxy;        // "host:port" or empty
    std::string tls_settings; // TlsConfig::cache_key(): connections with other TLS settings are not shared

    std::string key() const;
};

// An established connection (socket, maybe TLS, maybe a tunnel) with what the trace and the options
// CONNECTION_INFO / SECURITY_CERTIFICATE_STRUCT report about it.
struct Connection {
    Endpoint endpoint;
    std::unique_ptr<Stream> stream;
    SocketAddress local;
    SocketAddress remote;
    TlsDetails tls; // empty protocol for plain HTTP
    std::uint64_t id = 0;
    unsigned requests_served = 0;
    std::chrono::steady_clock::time_point idle_since;
};

} // namespace hinternet::net

#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace hs::test {

// An HTTP proxy that answers every CONNECT with a tunnel to 127.0.0.1:target_port, whatever host the
// client named. It lets a TLS client use names that resolve nowhere (a.example.test): a client behind
// a proxy never resolves the origin, so SNI and certificate name checks see exactly the name the test
// chose while the bytes still go to a loopback server. Records each CONNECT target it was asked for.
class TlsConnectProxy {
public:
    explicit TlsConnectProxy(std::uint16_t target_port);
    ~TlsConnectProxy();
    TlsConnectProxy(const TlsConnectProxy&) = delete;
    TlsConnectProxy& operator=(const TlsConnectProxy&) = delete;

    std::uint16_t port() const { return port_; }
    std::vector<std::string> connect_targets() const; // "host:port" of each CONNECT, in order

private:
    void accept_loop();
    void serve(int client);

    std::uint16_t target_port_;
    std::uint16_t port_ = 0;
    int listener_ = -1;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<std::string> targets_;
    std::vector<std::thread> tunnels_;
    std::thread acceptor_;
};

} // namespace hs::test

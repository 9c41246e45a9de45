#pragma once

#include "net/connection.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace hinternet::net {

struct PoolLimits {
    std::chrono::milliseconds idle_timeout{std::chrono::seconds(60)};
    std::size_t max_idle_per_endpoint = 8;
    std::size_t max_idle_total = 256;
};

// Idle keep-alive connections of one WinHTTP session, by endpoint. A connection is here only while no
// request uses it; taking one checks that the peer has not closed it meanwhile.
class ConnectionPool {
public:
    ConnectionPool() = default;
    explicit ConnectionPool(PoolLimits limits)
        : limits_(limits)
    {}

    std::unique_ptr<Connection> take(const Endpoint& endpoint);
    void give_back(std::unique_ptr<Connection> connection);
    std::size_t idle_count() const;
    void clear();

private:
    void expire_locked(std::chrono::steady_clock::time_point now);

    PoolLimits limits_;
    mutable std::mutex mutex_;
    std::map<std::string, std::deque<std::unique_ptr<Connection>>> idle_;
    std::size_t idle_total_ = 0;
};

} // namespace hinternet::net

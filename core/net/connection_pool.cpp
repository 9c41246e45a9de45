#include "net/connection_pool.h"

#include "net/fault_injection.h"

#include <format>

namespace hinternet::net {

std::string Endpoint::key() const
{
    return std::format("{}://{}:{}|{}|{}", secure ? "https" : "http", host, port, proxy, tls_settings);
}

std::unique_ptr<Connection> ConnectionPool::take(const Endpoint& endpoint)
{
    std::unique_ptr<Connection> candidate;
    std::deque<std::unique_ptr<Connection>> dead;
    {
        std::lock_guard lock(mutex_);
        expire_locked(std::chrono::steady_clock::now());
        auto found = idle_.find(endpoint.key());
        if (found == idle_.end())
            return nullptr;
        auto& queue = found->second;
        // Most recently used first: it is the likeliest to still be open at the server.
        while (!queue.empty()) {
            auto connection = std::move(queue.back());
            queue.pop_back();
            --idle_total_;
            if (connection->stream->idle_and_alive()) {
                candidate = std::move(connection);
                break;
            }
            dead.push_back(std::move(connection));
        }
        if (queue.empty())
            idle_.erase(found);
    }
    if (candidate)
        faults::taken_from_pool(candidate->stream->fd());
    return candidate; // dead ones close here, outside the lock
}

void ConnectionPool::give_back(std::unique_ptr<Connection> connection)
{
    std::unique_ptr<Connection> evicted;
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    expire_locked(now);
    connection->idle_since = now;
    auto& queue = idle_[connection->endpoint.key()];
    queue.push_back(std::move(connection));
    ++idle_total_;
    if (queue.size() > limits_.max_idle_per_endpoint || idle_total_ > limits_.max_idle_total) {
        evicted = std::move(queue.front());
        queue.pop_front();
        --idle_total_;
    }
}

std::size_t ConnectionPool::idle_count() const
{
    std::lock_guard lock(mutex_);
    return idle_total_;
}

void ConnectionPool::clear()
{
    std::map<std::string, std::deque<std::unique_ptr<Connection>>> closing;
    {
        std::lock_guard lock(mutex_);
        closing.swap(idle_);
        idle_total_ = 0;
    }
}

void ConnectionPool::expire_locked(std::chrono::steady_clock::time_point now)
{
    for (auto it = idle_.begin(); it != idle_.end();) {
        auto& queue = it->second;
        while (!queue.empty() && now - queue.front()->idle_since > limits_.idle_timeout) {
            queue.pop_front();
            --idle_total_;
        }
        it = queue.empty() ? idle_.erase(it) : std::next(it);
    }
}

} // namespace hinternet::net

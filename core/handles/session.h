#pragma once

#include "handles/handle.h"
#include "net/connection_pool.h"

#include <hinternet/trace.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace hinternet::http {
class CookieJar;
}

namespace hinternet::handles {

// WinHttpOpen's handle: settings every child inherits, the keep-alive pool and the cookie jar.
class Session final : public Handle {
public:
    static std::shared_ptr<Session> open(const Settings& settings, DWORD open_flags);
    ~Session() override;

    bool async() const { return (open_flags_ & WINHTTP_FLAG_ASYNC) != 0; }
    DWORD open_flags() const { return open_flags_; }
    net::ConnectionPool& pool() { return pool_; }

    std::string description() const override;

    // Trace observers of this session only (hinternet::trace::add_session_observer).
    void add_observer(std::shared_ptr<trace::Observer> observer);
    bool remove_observer(const std::shared_ptr<trace::Observer>& observer);
    bool has_observers() const { return observer_count_.load(std::memory_order_relaxed) > 0; }
    std::vector<std::shared_ptr<trace::Observer>> observers() const;

    // The jar is shared by all requests of the session; these lock it.
    void store_cookie(const std::string& host, const std::string& path, bool secure, std::string_view set_cookie);
    std::string cookie_header(const std::string& host, const std::string& path, bool secure);

private:
    Session(const Settings& settings, DWORD open_flags);
    void on_close_requested() override;

    const DWORD open_flags_;
    net::ConnectionPool pool_;
    std::mutex cookie_mutex_;
    std::unique_ptr<http::CookieJar> cookies_;
    mutable std::mutex observers_mutex_;
    std::vector<std::shared_ptr<trace::Observer>> observers_;
    std::atomic<int> observer_count_{0};
};

// WinHttpConnect's handle: a target server. It holds no connection: requests take them from the pool.
class Connect final : public Handle {
public:
    static std::shared_ptr<Connect> open(const std::shared_ptr<Session>& session, std::string host, INTERNET_PORT port);

    Session& session() const { return static_cast<Session&>(*parent()); }
    const std::string& host() const { return host_; }
    INTERNET_PORT port() const { return port_; } // INTERNET_DEFAULT_PORT (0): 80 or 443 by request
    std::string description() const override;

private:
    Connect(const std::shared_ptr<Session>& session, std::string host, INTERNET_PORT port);

    const std::string host_;
    const INTERNET_PORT port_;
};

} // namespace hinternet::handles

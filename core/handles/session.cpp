#include "handles/session.h"

#include "http/cookie_jar.h"

#include <algorithm>
#include <chrono>
#include <format>

namespace hinternet::handles {

Session::Session(const Settings& settings, DWORD open_flags)
    : Handle(WINHTTP_HANDLE_TYPE_SESSION, nullptr)
    , open_flags_(open_flags)
    , cookies_(std::make_unique<http::CookieJar>())
{
    settings_ = settings;
}

Session::~Session() = default;

std::shared_ptr<Session> Session::open(const Settings& settings, DWORD open_flags)
{
    std::shared_ptr<Session> session(new Session(settings, open_flags));
    session->register_value();
    return session;
}

std::string Session::description() const
{
    const auto current = settings();
    const char* access = current.proxy.access_type == WINHTTP_ACCESS_TYPE_NAMED_PROXY ? "named proxy"
                         : current.proxy.access_type == WINHTTP_ACCESS_TYPE_NO_PROXY  ? "no proxy"
                                                                                      : "default proxy";
    return std::format(
        "agent=\"{}\" access={}{}{} mode={} timeouts(resolve/connect/send/receive)={}/{}/{}/{}", current.user_agent,
        access, current.proxy.servers.empty() ? "" : " proxy=", current.proxy.servers, async() ? "async" : "sync",
        current.timeouts.resolve, current.timeouts.connect, current.timeouts.send, current.timeouts.receive);
}

void Session::add_observer(std::shared_ptr<trace::Observer> observer)
{
    std::lock_guard lock(observers_mutex_);
    observers_.push_back(std::move(observer));
    observer_count_.store(static_cast<int>(observers_.size()), std::memory_order_relaxed);
}

bool Session::remove_observer(const std::shared_ptr<trace::Observer>& observer)
{
    std::lock_guard lock(observers_mutex_);
    const auto before = observers_.size();
    observers_.erase(std::remove(observers_.begin(), observers_.end(), observer), observers_.end());
    observer_count_.store(static_cast<int>(observers_.size()), std::memory_order_relaxed);
    return observers_.size() != before;
}

std::vector<std::shared_ptr<trace::Observer>> Session::observers() const
{
    std::lock_guard lock(observers_mutex_);
    return observers_;
}

void Session::on_close_requested()
{
    pool_.clear();
}

void Session::store_cookie(const std::string& host, const std::string& path, bool secure, std::string_view set_cookie)
{
    std::lock_guard lock(cookie_mutex_);
    cookies_->store(http::CookieOrigin{host, path, secure}, set_cookie, std::chrono::system_clock::now());
}

std::string Session::cookie_header(const std::string& host, const std::string& path, bool secure)
{
    std::lock_guard lock(cookie_mutex_);
    return cookies_->cookie_header(http::CookieOrigin{host, path, secure}, std::chrono::system_clock::now());
}

Connect::Connect(const std::shared_ptr<Session>& session, std::string host, INTERNET_PORT port)
    : Handle(WINHTTP_HANDLE_TYPE_CONNECT, session)
    , host_(std::move(host))
    , port_(port)
{}

std::string Connect::description() const
{
    return std::format("server={} port={}", host_,
                       port_ == INTERNET_DEFAULT_PORT ? std::string("default") : std::to_string(port_));
}

std::shared_ptr<Connect> Connect::open(const std::shared_ptr<Session>& session, std::string host, INTERNET_PORT port)
{
    std::shared_ptr<Connect> connect(new Connect(session, std::move(host), port));
    connect->inherit_from_parent();
    connect->register_value();
    return connect;
}

} // namespace hinternet::handles

#include "handles/session.h"

#include "http/cookie_jar.h"

#include <chrono>

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

std::shared_ptr<Connect> Connect::open(const std::shared_ptr<Session>& session, std::string host, INTERNET_PORT port)
{
    std::shared_ptr<Connect> connect(new Connect(session, std::move(host), port));
    connect->inherit_from_parent();
    connect->register_value();
    return connect;
}

} // namespace hinternet::handles

#include "support/httpbin_server.h"

#include "support/loopback.h"

#include <format>
#include <stdexcept>

namespace hs::test {

HttpbinServer::HttpbinServer()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        port_ = free_loopback_port();
        process_.start({"/usr/bin/gunicorn", "--bind", std::format("127.0.0.1:{}", port_), "--workers", "2",
                        "--graceful-timeout", "1", "--worker-tmp-dir", directory_.path().string(), "httpbin:app"},
                       directory_ / "gunicorn.log");
        if (wait_until_listening(port_, std::chrono::seconds(20)) && process_.running())
            return;
        process_.stop(SIGINT);
    }
    throw std::runtime_error("httpbin (gunicorn) did not start: " + log());
}

HttpbinServer::~HttpbinServer()
{
    process_.stop(SIGINT); // gunicorn's quick shutdown
}

std::string HttpbinServer::url(std::string_view path) const
{
    return std::format("http://127.0.0.1:{}{}", port_, path);
}

std::string HttpbinServer::log() const
{
    return read_file(directory_ / "gunicorn.log");
}

} // namespace hs::test

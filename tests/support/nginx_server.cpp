#include "support/nginx_server.h"

#include "support/loopback.h"

#include <format>
#include <stdexcept>

namespace hs::test {
namespace {

std::string configuration(const std::filesystem::path& directory, const std::filesystem::path& document_root,
                          const NginxOptions& options, std::uint16_t http_port, std::uint16_t https_port)
{
    const auto dir = directory.string();
    std::string tls_listener;
    if (options.tls_certificate_chain) {
        tls_listener =
            std::format(R"(
        listen 127.0.0.1:{} ssl;
        ssl_certificate {};
        ssl_certificate_key {};
        ssl_protocols TLSv1.2 TLSv1.3;)",
                        https_port, options.tls_certificate_chain->string(), options.tls_private_key->string());
    }
    // master_process off: one process that runs as the test's user and dies with it.
    return std::format(R"(daemon off;
master_process off;
pid {0}/nginx.pid;
error_log {0}/error.log warn;
worker_rlimit_nofile 16384;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {0}/client_body;
    proxy_temp_path {0}/proxy;
    fastcgi_temp_path {0}/fastcgi;
    uwsgi_temp_path {0}/uwsgi;
    scgi_temp_path {0}/scgi;
    default_type application/octet-stream;
    types {{ text/html html; application/json json; text/plain txt; }}
    sendfile on;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    server {{
        listen 127.0.0.1:{1};{2}
        server_name localhost;
        root {3};
        {4}
    }}
}}
)",
                       dir, http_port, tls_listener, document_root.string(), options.extra_server_directives);
}

} // namespace

NginxServer::NginxServer(NginxOptions options)
{
    document_root_ = options.document_root.value_or(directory_ / "htdocs");
    std::filesystem::create_directories(document_root_);
    for (int attempt = 0; attempt < 5; ++attempt) {
        http_port_ = free_loopback_port();
        https_port_ = options.tls_certificate_chain ? free_loopback_port() : 0;
        const auto config_path = directory_ / "nginx.conf";
        write_file(config_path, configuration(directory_.path(), document_root_, options, http_port_, https_port_));
        process_.start({"/usr/sbin/nginx", "-p", directory_.path().string(), "-e", (directory_ / "error.log").string(),
                        "-c", config_path.string()},
                       directory_ / "stdout.log");
        if (wait_until_listening(http_port_, std::chrono::seconds(10)) && process_.running() &&
            (https_port_ == 0 || wait_until_listening(https_port_, std::chrono::seconds(10))))
            return;
        process_.stop();
    }
    throw std::runtime_error("nginx did not start: " + error_log());
}

NginxServer::~NginxServer()
{
    process_.stop(SIGQUIT);
}

std::string NginxServer::http_url(std::string_view path) const
{
    return std::format("http://127.0.0.1:{}{}", http_port_, path);
}

std::string NginxServer::https_url(std::string_view path) const
{
    return std::format("https://localhost:{}{}", https_port_, path);
}

std::string NginxServer::error_log() const
{
    return read_file(directory_ / "error.log");
}

} // namespace hs::test

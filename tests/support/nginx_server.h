#pragma once

#include "support/child_process.h"
#include "support/temp_dir.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace hs::test {

struct NginxOptions {
    // Served as the document root; created empty inside the server's temp dir when not given.
    std::optional<std::filesystem::path> document_root;
    // PEM files; when set, nginx also listens with TLS on https_port().
    std::optional<std::filesystem::path> tls_certificate_chain;
    std::optional<std::filesystem::path> tls_private_key;
    // Lines added inside the server blocks (e.g. locations that redirect).
    std::string extra_server_directives;
};

// A real nginx (Debian's) on free loopback ports, single process, stopped when this goes away.
class NginxServer {
public:
    explicit NginxServer(NginxOptions options = {});
    ~NginxServer();

    std::uint16_t http_port() const { return http_port_; }
    std::uint16_t https_port() const { return https_port_; }
    std::string http_url(std::string_view path = "/") const;
    std::string https_url(std::string_view path = "/") const;
    const std::filesystem::path& document_root() const { return document_root_; }
    std::string error_log() const;

private:
    TempDir directory_{"hinterscope-nginx"};
    std::filesystem::path document_root_;
    ChildProcess process_;
    std::uint16_t http_port_ = 0;
    std::uint16_t https_port_ = 0;
};

} // namespace hs::test

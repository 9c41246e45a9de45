#pragma once

#include "support/child_process.h"
#include "support/temp_dir.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace hs::test {

// `openssl s_server -www` on a free loopback port, for what nginx will not serve: certificates below
// OpenSSL's default security level (RSA-1024 keys, SHA-1 signatures; nginx refuses to load them) and
// servers limited to one protocol version. The cipher string's @SECLEVEL=0 lowers the server's level
// first, so the client alone decides what is too weak. Stopped (by pid) when this goes away.
class TlsOpensslServer {
public:
    // extra_arguments go to s_server as they are, e.g. {"-tls1_1"} or {"-Verify", "1", "-CAfile", path}.
    TlsOpensslServer(const std::filesystem::path& chain, const std::filesystem::path& key,
                     std::vector<std::string> extra_arguments = {});

    std::uint16_t port() const { return port_; }
    std::string log() const;

private:
    TempDir directory_{"hinterscope-s_server"};
    ChildProcess process_;
    std::uint16_t port_ = 0;
};

} // namespace hs::test

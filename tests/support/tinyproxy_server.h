#pragma once

#include "support/child_process.h"
#include "support/temp_dir.h"

#include <cstdint>
#include <string>

namespace hs::test {

struct TinyproxyOptions {
    std::string basic_auth_user; // when set, clients must authenticate (407 otherwise)
    std::string basic_auth_password;
};

// Debian's tinyproxy on a free loopback port, in the foreground, stopped when this goes away.
class TinyproxyServer {
public:
    explicit TinyproxyServer(TinyproxyOptions options = {});
    ~TinyproxyServer();

    std::uint16_t port() const { return port_; }
    std::string authority() const { return "127.0.0.1:" + std::to_string(port_); }
    std::string log() const;

private:
    TempDir directory_{"hinterscope-tinyproxy"};
    ChildProcess process_;
    std::uint16_t port_ = 0;
};

} // namespace hs::test

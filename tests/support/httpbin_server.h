#pragma once

#include "support/child_process.h"
#include "support/temp_dir.h"

#include <cstdint>
#include <string>

namespace hs::test {

// python3-httpbin under Debian's gunicorn on a free loopback port, stopped when this goes away.
class HttpbinServer {
public:
    HttpbinServer();
    ~HttpbinServer();

    std::uint16_t port() const { return port_; }
    std::string url(std::string_view path = "/") const;
    std::string log() const;

private:
    TempDir directory_{"hinterscope-httpbin"};
    ChildProcess process_;
    std::uint16_t port_ = 0;
};

} // namespace hs::test

#include "support/tls_openssl_server.h"

#include "support/loopback.h"

#include <chrono>
#include <format>
#include <stdexcept>

namespace hs::test {

TlsOpensslServer::TlsOpensslServer(const std::filesystem::path& chain, const std::filesystem::path& key,
                                   std::vector<std::string> extra_arguments)
{
    // The port may be taken between free_loopback_port() and s_server's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        port_ = free_loopback_port();
        std::vector<std::string> argv{"/usr/bin/openssl",
                                      "s_server",
                                      "-accept",
                                      std::format("127.0.0.1:{}", port_),
                                      "-cert",
                                      chain.string(),
                                      "-key",
                                      key.string(),
                                      "-cipher",
                                      "DEFAULT@SECLEVEL=0",
                                      "-www"};
        argv.insert(argv.end(), extra_arguments.begin(), extra_arguments.end());
        process_.start(argv, directory_ / "s_server.log");
        if (wait_until_listening(port_, std::chrono::seconds(10)) && process_.running())
            return;
        process_.stop();
    }
    throw std::runtime_error("openssl s_server did not start: " + log());
}

std::string TlsOpensslServer::log() const
{
    return read_file(directory_ / "s_server.log");
}

} // namespace hs::test

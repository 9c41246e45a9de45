#include "support/tinyproxy_server.h"

#include "support/loopback.h"

#include <format>
#include <stdexcept>

namespace hs::test {

TinyproxyServer::TinyproxyServer(TinyproxyOptions options)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        port_ = free_loopback_port();
        std::string config = std::format("Port {}\nListen 127.0.0.1\nTimeout 30\nMaxClients 64\nAllow 127.0.0.1\n"
                                         "LogFile \"{}\"\nLogLevel Info\n",
                                         port_, (directory_ / "tinyproxy.log").string());
        if (!options.basic_auth_user.empty())
            config += std::format("BasicAuth {} {}\n", options.basic_auth_user, options.basic_auth_password);
        const auto config_path = directory_ / "tinyproxy.conf";
        write_file(config_path, config);
        process_.start({"/usr/bin/tinyproxy", "-d", "-c", config_path.string()}, directory_ / "stdout.log");
        if (wait_until_listening(port_, std::chrono::seconds(10)) && process_.running())
            return;
        process_.stop();
    }
    throw std::runtime_error("tinyproxy did not start: " + log() + read_file(directory_ / "stdout.log"));
}

TinyproxyServer::~TinyproxyServer()
{
    process_.stop();
}

std::string TinyproxyServer::log() const
{
    return read_file(directory_ / "tinyproxy.log");
}

} // namespace hs::test

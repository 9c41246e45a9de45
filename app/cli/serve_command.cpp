#include "serve_command.h"

#include "exit_codes.h"
#include "usage_text.h"
#include "watchdog.h"

#ifdef HINTERSCOPE_HAVE_PLAYGROUND
#include "playground/playground.h"
#endif

#include <QDir>
#include <QStandardPaths>

#include <charconv>
#include <cstdio>
#include <format>
#include <optional>

namespace hinterscope::cli {
namespace {

std::optional<quint16> parse_port(const std::string& value)
{
    unsigned port = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), port);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

QString default_data_directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("hinterscope/playground"));
}

int usage_error(const std::string& message)
{
    std::fprintf(stderr, "hinterscope-cli: %s\n", message.c_str());
    return ExitUsage;
}

struct ServeArguments {
    QString dataDirectory = default_data_directory();
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    quint16 brokenTlsPort = 0;
};

} // namespace

int run_serve_command(const std::vector<std::string>& arguments)
{
    ServeArguments options;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string name = arguments[i];
        std::optional<std::string> value;
        if (const auto equals = name.find('='); name.starts_with("--") && equals != std::string::npos) {
            value = name.substr(equals + 1);
            name.erase(equals);
        }
        if (name == "-h" || name == "--help") {
            std::fputs(serve_usage().c_str(), stdout);
            return ExitSuccess;
        }
        const bool known =
            name == "--http-port" || name == "--https-port" || name == "--broken-tls-port" || name == "--data-dir";
        if (!known)
            return usage_error(std::format("serve: unknown argument '{}' (try `hinterscope-cli serve --help`)", name));
        if (!value) {
            if (i + 1 >= arguments.size())
                return usage_error(std::format("{} needs a value", name));
            value = arguments[++i];
        }
        if (name == "--data-dir") {
            if (value->empty())
                return usage_error("--data-dir needs a directory");
            options.dataDirectory = QString::fromStdString(*value);
            continue;
        }
        const auto port = parse_port(*value);
        if (!port)
            return usage_error(std::format("{} takes a port number (0-65535), not '{}'", name, *value));
        (name == "--http-port"    ? options.httpPort
         : name == "--https-port" ? options.httpsPort
                                  : options.brokenTlsPort) = *port;
    }

#ifndef HINTERSCOPE_HAVE_PLAYGROUND
    return usage_error("serve: this build has no playground (app/playground was not built)");
#else
    PlaygroundOptions playgroundOptions;
    playgroundOptions.dataDirectory = options.dataDirectory;
    playgroundOptions.httpPort = options.httpPort;
    playgroundOptions.httpsPort = options.httpsPort;
    playgroundOptions.brokenTlsPort = options.brokenTlsPort;
    Playground playground(playgroundOptions);
    QString error;
    if (!playground.start(&error)) {
        std::fprintf(stderr, "hinterscope-cli: the playground could not start: %s\n", qPrintable(error));
        return ExitNetwork;
    }
    std::printf("hinterscope playground\n"
                "  http:        %s\n"
                "  https:       %s\n"
                "  broken TLS:  %s\n"
                "  CA:          %s\n"
                "  CA SHA-256:  %s\n"
                "Trust it with: hinterscope-cli send --cacert %s %s\n"
                "Serving until Ctrl+C (SIGINT) or SIGTERM.\n",
                qPrintable(playground.httpUrl()), qPrintable(playground.httpsUrl()),
                qPrintable(playground.brokenTlsUrl()), qPrintable(playground.caCertificatePath()),
                qPrintable(playground.caFingerprintSha256()), qPrintable(playground.caCertificatePath()),
                qPrintable(playground.httpsUrl(QStringLiteral("/get"))));
    std::fflush(stdout);
    const int signal = wait_for_termination_signal();
    std::fprintf(stderr, "hinterscope-cli: stopping the playground (signal %d)\n", signal);
    playground.stop();
    return ExitSuccess;
#endif
}

} // namespace hinterscope::cli

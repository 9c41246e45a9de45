// hinterscope-cli: send requests through hinternet and show the WinHTTP lifecycle (docs/cli.md).
#include "exit_codes.h"
#include "run_command.h"
#include "send_command.h"
#include "serve_command.h"
#include "usage_text.h"
#include "watchdog.h"

#include <hinternet/library_versions.h>

#include <QCoreApplication>

#include <cstdio>
#include <string>
#include <vector>

namespace {

using namespace hinterscope::cli;

void print_version()
{
    const auto versions = hinternet::library_versions();
    std::printf("hinterscope-cli %s\nhinternet %s (%s, llhttp %s, zlib %s, brotli %s)\n",
                qPrintable(QCoreApplication::applicationVersion()), versions.hinternet.c_str(),
                versions.openssl.c_str(), versions.llhttp.c_str(), versions.zlib.c_str(), versions.brotli.c_str());
}

int usage_error(const std::string& message)
{
    std::fprintf(stderr, "hinterscope-cli: %s\n", message.c_str());
    return ExitUsage;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any thread exists: only the watchdog (send) or the main thread (serve) takes these signals.
    block_termination_signals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hinterscope-cli"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(hinternet::library_versions().hinternet));

    // The arguments as the system gave them (bytes); QCoreApplication::arguments() would re-encode them.
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    if (arguments.empty())
        return usage_error("no command given (try --help)");
    const std::string& command = arguments.front();
    const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());

    if (command == "-h" || command == "--help" || (command == "help" && rest.empty())) {
        std::fputs(main_usage().c_str(), stdout);
        return ExitSuccess;
    }
    if (command == "help") {
        if (rest.front() == "send")
            std::fputs(send_usage().c_str(), stdout);
        else if (rest.front() == "serve")
            std::fputs(serve_usage().c_str(), stdout);
        else if (rest.front() == "run")
            std::fputs(run_usage().c_str(), stdout);
        else
            return usage_error("help: unknown command '" + rest.front() + "'");
        return ExitSuccess;
    }
    if (command == "-V" || command == "--version") {
        print_version();
        return ExitSuccess;
    }
    if (command == "send")
        return run_send_command(rest);
    if (command == "serve")
        return run_serve_command(rest);
    if (command == "run")
        return run_run_command(rest);
    if (command.starts_with("-"))
        return usage_error("unknown option " + command + " (try --help)");
    return usage_error("unknown command '" + command + "' (try --help)");
}

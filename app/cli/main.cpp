#include <hinternet/library_versions.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// Distinct exit codes so scripts can tell a usage mistake from a network failure.
enum ExitCode : int { Success = 0, UsageError = 2 };

void printVersion()
{
    const auto versions = hinternet::library_versions();
    QTextStream out(stdout);
    out << "hinterscope-cli " << QCoreApplication::applicationVersion() << '\n'
        << "hinternet " << QString::fromStdString(versions.hinternet) << " ("
        << QString::fromStdString(versions.openssl) << ", llhttp " << QString::fromStdString(versions.llhttp)
        << ", zlib " << QString::fromStdString(versions.zlib) << ", brotli " << QString::fromStdString(versions.brotli)
        << ")\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hinterscope-cli"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(hinternet::library_versions().hinternet));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Send HTTP requests through hinternet and show the WinHTTP lifecycle."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringList{QStringLiteral("V"), QStringLiteral("version")},
                                           QStringLiteral("Print the versions of hinterscope-cli and its engine."));
    parser.addOption(versionOption);

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "hinterscope-cli: %s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Success);
    if (parser.isSet(versionOption)) {
        printVersion();
        return Success;
    }
    std::fprintf(stderr, "hinterscope-cli: no command given (try --help)\n");
    return UsageError;
}

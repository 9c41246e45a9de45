// Pictures of the main window in a few states, for the README and docs/ (tools/screenshots/run drives this
// under Xvfb): the first screen, a JSON response, a redirect chain's hop ledger, a TLS failure, the timeline.
#include "bridge/engine_bridge.h"
#include "bridge/request_controller.h"
#include "collections/collection.h"
#include "playground/playground.h"
#include "playground_launcher.h"
#include "widgets/main_window.h"
#include "widgets/response/response_pane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hinterscope;

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool sendAndWait(MainWindow& window, const Collection& tour, const QString& name)
{
    for (const auto& item : tour.items) {
        if (item.name != name)
            continue;
        window.openRequest(item.request);
        bool finished = false;
        auto connection = QObject::connect(&window.controller(), &RequestController::finished, &window,
                                           [&finished] { finished = true; });
        window.send();
        QElapsedTimer timer;
        timer.start();
        while (!finished && timer.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QObject::disconnect(connection);
        settle(600); // the bridge's last batch, the pretty-printer, a repaint
        return finished;
    }
    std::fprintf(stderr, "no Tour request named %s\n", qPrintable(name));
    return false;
}

bool save(MainWindow& window, const QString& directory, const QString& name)
{
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: screenshots OUTPUT_DIRECTORY\n");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(output);

    QTemporaryDir data;
    PlaygroundOptions options;
    options.dataDirectory = data.path();
    Playground playground(options);
    QString error;
    if (!playground.start(&error)) {
        std::fprintf(stderr, "playground: %s\n", qPrintable(error));
        return 1;
    }
    const Collection tour = loadCollection(QStringLiteral(":/tour"));
    MainWindow window;
    window.addCollection(tour);
    window.addVariables(playgroundVariables(playground));
    window.openRequest(tour.items.first().request);
    window.resize(1440, 900);
    window.show();
    settle(500);

    bool ok = save(window, output, QStringLiteral("01-first-screen"));
    ok = sendAndWait(window, tour, QStringLiteral("GET a JSON document")) && ok;
    ok = save(window, output, QStringLiteral("02-json-response")) && ok;
    ok = sendAndWait(window, tour, QStringLiteral("Redirect chain with a cross-origin hop")) && ok;
    window.responsePane()->setCurrentTab(ResponsePane::RedirectsTab);
    settle(200);
    ok = save(window, output, QStringLiteral("03-redirect-ledger")) && ok;
    window.responsePane()->setCurrentTab(ResponsePane::TimingTab);
    settle(200);
    ok = save(window, output, QStringLiteral("04-timing-waterfall")) && ok;
    ok = sendAndWait(window, tour, QStringLiteral("A broken certificate (SECURE_FAILURE)")) && ok;
    window.responsePane()->setCurrentTab(ResponsePane::TlsTabIndex);
    settle(200);
    ok = save(window, output, QStringLiteral("05-tls-failure")) && ok;
    return ok ? 0 : 1;
}

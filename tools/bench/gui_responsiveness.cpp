// The real window under load (docs/benchmarks.md): a GUI event-loop probe (a 2 ms timer) records the longest
// stall while the window streams a large body from the embedded playground, while it streams and
// pretty-prints a large single-line JSON document, and while a million trace events arrive through the
// bridge and the timeline is scrolled. Prints one Markdown row per phase with the peak RSS of the process.
//
//   gui_responsiveness --phase stream|json|timeline [--size SIZE] [--events N]
//
// Run one phase per process (peak RSS is per process): tools/bench/gui-run does that under Xvfb.
#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "bridge/request_controller.h"
#include "models/timeline_model.h"
#include "playground/playground.h"
#include "widgets/body/body_viewer.h"
#include "widgets/inspector/timeline_pane.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <thread>

#include <winhttp.h> // last: <windows.h> defines macros Qt's headers must not see

using namespace hinterscope;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The longest time between two ticks of a 2 ms timer, minus the 2 ms: how long the GUI thread was away.
class StallProbe : public QObject {
public:
    StallProbe()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(2);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (last_ != 0)
                longest_ = std::max(longest_, now - last_ - 2'000'000);
            last_ = now;
        });
    }
    void start()
    {
        clock_.start();
        last_ = 0;
        longest_ = 0;
        timer_.start();
    }
    double stop()
    {
        timer_.stop();
        return static_cast<double>(longest_) / 1e6;
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    qint64 longest_ = 0;
};

bool waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void row(const char* phase, const QString& what, double stallMs, double seconds, const QString& extra)
{
    std::printf("| %s | %s | %.1f ms | %.2f s | %.0f MiB | %s |\n", phase, qPrintable(what), stallMs, seconds,
                static_cast<double>(peakRssKiB()) / 1024.0, qPrintable(extra));
    std::fflush(stdout);
}

int runDownload(MainWindow& window, const QString& url, bool pretty, const char* phase)
{
    RequestSpec spec;
    spec.url = url;
    window.openRequest(spec);
    StallProbe probe;
    bool finished = false;
    RunResult result;
    QObject::connect(&window.controller(), &RequestController::finished, &window,
                     [&](quintptr, const RunResult& outcome) {
                         finished = true;
                         result = outcome;
                     });
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    window.send();
    if (!waitUntil([&] { return finished; }, 600'000)) {
        std::fprintf(stderr, "%s did not finish in 10 minutes\n", qPrintable(url));
        return 1;
    }
    const double streamStall = probe.stop();
    const double seconds = static_cast<double>(elapsed.elapsed()) / 1000.0;
    if (!result.succeeded()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(url), qPrintable(describeFailure(result)));
        return 1;
    }
    const double mib = static_cast<double>(result.bodyBytes) / (1024.0 * 1024.0);
    row(phase, QStringLiteral("stream %1 MiB").arg(mib, 0, 'f', 0), streamStall, seconds,
        QStringLiteral("%1 MiB/s").arg(mib / seconds, 0, 'f', 0));
    if (!pretty)
        return 0;
    // The viewer formats as the body streams; what is left after the last byte is measured here.
    probe.start();
    elapsed.restart();
    if (!waitUntil([&] { return window.bodyViewer()->isPrettyReady(); }, 600'000)) {
        std::fprintf(stderr, "pretty-printing did not finish in 10 minutes\n");
        return 1;
    }
    row(phase, QStringLiteral("pretty-print, until ready"), probe.stop(),
        static_cast<double>(elapsed.elapsed()) / 1000.0, window.bodyViewer()->statusText());
    return 0;
}

int runTimeline(MainWindow& window, int events)
{
    auto observer = window.bridge().observer();
    StallProbe probe;
    QElapsedTimer elapsed;
    elapsed.start();
    probe.start();
    // A producer thread plays an engine: handles, then a long run of callbacks across 50 requests.
    std::thread producer([observer, events] {
        using hinternet::trace::Event;
        using hinternet::trace::EventKind;
        const std::uint64_t origin = 1'000'000'000;
        for (int i = 0; i < events; ++i) {
            Event event;
            event.timestamp_ns = origin + static_cast<std::uint64_t>(i) * 1000;
            event.thread_id = 7;
            event.handle = 0x2000 + static_cast<std::uintptr_t>(i % 50);
            event.parent = 0x1000;
            event.handle_type = WINHTTP_HANDLE_TYPE_REQUEST;
            event.kind = EventKind::Callback;
            event.status = i % 2 == 0 ? WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE : WINHTTP_CALLBACK_STATUS_READ_COMPLETE;
            event.number = 16384;
            event.delivered = true;
            observer->on_event(event);
        }
    });
    const bool arrived = waitUntil([&] { return window.timelineModel()->rowCount() >= events; }, 300'000);
    producer.join();
    const double ingestStall = probe.stop();
    const double seconds = static_cast<double>(elapsed.elapsed()) / 1000.0;
    if (!arrived) {
        std::fprintf(stderr, "only %d of %d events arrived\n", window.timelineModel()->rowCount(), events);
        return 1;
    }
    row("timeline", QStringLiteral("ingest %1 events").arg(events), ingestStall, seconds,
        QStringLiteral("%1 k events/s").arg(events / seconds / 1000.0, 0, 'f', 0));

    auto* view = window.findChild<QTableView*>(QStringLiteral("timelineView"));
    if (view == nullptr)
        return 1;
    QScrollBar* bar = view->verticalScrollBar();
    probe.start();
    elapsed.restart();
    // 200 jumps across the whole table, each painted, then 200 page steps.
    for (int i = 0; i < 200; ++i) {
        bar->setValue(static_cast<int>((static_cast<qint64>(i) * 7919 % 200) * bar->maximum() / 199));
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    for (int i = 0; i < 200; ++i) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    row("timeline", QStringLiteral("scroll: 200 jumps, 200 pages"), probe.stop(),
        static_cast<double>(elapsed.elapsed()) / 1000.0, QString());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HinterscopeBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption phase(QStringLiteral("phase"), QStringLiteral("stream, json or timeline"),
                                   QStringLiteral("phase"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("body size for the playground"),
                                  QStringLiteral("size"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("trace events"), QStringLiteral("n"),
                                    QStringLiteral("1000000"));
    parser.addOptions({phase, size, events});
    parser.process(app);

    QTemporaryDir data;
    PlaygroundOptions options;
    options.dataDirectory = data.path();
    Playground playground(options);
    QString error;
    if (!playground.start(&error)) {
        std::fprintf(stderr, "playground: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    waitUntil([&] { return window.isVisible(); }, 5000);
    QCoreApplication::processEvents();

    const QString which = parser.value(phase);
    if (which == QLatin1String("stream"))
        return runDownload(window, playground.httpUrl(QStringLiteral("/large/") + parser.value(size)), false, "stream");
    if (which == QLatin1String("json"))
        return runDownload(window, playground.httpUrl(QStringLiteral("/large-json/") + parser.value(size)), true,
                           "json");
    if (which == QLatin1String("timeline"))
        return runTimeline(window, parser.value(events).toInt());
    parser.showHelp(2);
}

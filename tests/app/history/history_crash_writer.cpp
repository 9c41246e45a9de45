// Writes exchanges into the history database given as argv[1] as fast as it can, forever, printing the
// number written after each one; tst_history_database kills it with SIGKILL mid-write.
#include "history/history_database.h"

#include "history_fixtures.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    hinterscope::HistoryDatabase database;
    database.setLimits({256 * 1024, 0}); // pruning runs on most writes too
    if (!database.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.lastError()));
        return 1;
    }
    const QByteArray body(8 * 1024, 'b');
    for (qint64 written = 1;; ++written) {
        const auto record = hinterscope::testing::makeRecord(
            QStringLiteral("POST"), QStringLiteral("http://127.0.0.1/crash/%1").arg(written), 200,
            QDateTime::currentDateTimeUtc(), {{QStringLiteral("Content-Type"), QStringLiteral("text/plain"), true}},
            body);
        if (database.record(record) == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(database.lastError()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(written));
        std::fflush(stdout);
    }
}

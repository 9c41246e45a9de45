// A save killed with SIGKILL at a random moment, 200 times: the request file always parses and is either
// the version before or the version being written, and loadCollection never takes a leftover temporary
// file for a request.
#include "collections/collection.h"
#include "collections/request_file.h"
#include "kill_save_specs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace hinterscope;

class KillDuringSave : public QObject {
    Q_OBJECT
private slots:
    void killedSavesLeaveOldOrNew()
    {
        constexpr int kKills = 200;
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString path = root.filePath(QStringLiteral("large.request.json"));
        const RequestSpec versionA = hs::test::largeRequest('A');
        const RequestSpec versionB = hs::test::largeRequest('B');
        QString error;
        QVERIFY2(saveRequestFile(path, versionA, &error), qPrintable(error));
        // Where QSaveFile cannot use an unnamed temporary file (O_TMPFILE), a killed save leaves
        // "large.request.json.XXXXXX" behind: half-written, and never a request.
        QFile leftover(path + QStringLiteral(".AbC123"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("{\"name\": \"half-writ");
        leftover.close();

        auto* random = QRandomGenerator::global();
        int sawA = 0;
        int sawB = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess child;
            child.start(QStringLiteral(HS_KILL_SAVE_CHILD), {path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QVERIFY2(child.waitForReadyRead(10000), "the child never said ready");
            QThread::usleep(random->bounded(60000)); // 0–60 ms: before, during and between saves
            child.kill();                            // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const auto survived = readRequestFile(path, &error);
            QVERIFY2(survived, qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(error)));
            const bool isA = *survived == versionA;
            const bool isB = *survived == versionB;
            QVERIFY2(isA || isB, qPrintable(QStringLiteral("after kill %1 the file is neither version").arg(kill)));
            (isA ? sawA : sawB) += 1;

            const Collection collection = loadCollection(root.path());
            QVERIFY2(collection.errors.isEmpty(), qPrintable(collection.errors.join(QLatin1Char('\n'))));
            QCOMPARE(collection.items.size(), 1);
            QCOMPARE(collection.items.front().filePath, path);
        }
        const QStringList leftovers = QDir(root.path())
                                          .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                                          .filter(QStringLiteral("large"));
        qInfo("%d kills: version A survived %d times, B %d times; %lld files in the folder (temporary files "
              "of killed saves included)",
              kKills, sawA, sawB, static_cast<long long>(leftovers.size()));
        QVERIFY(sawA + sawB == kKills);
    }
};

QTEST_GUILESS_MAIN(KillDuringSave)
#include "tst_kill_during_save.moc"

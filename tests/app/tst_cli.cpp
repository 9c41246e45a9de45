#include <QProcess>
#include <QTest>

class tst_Cli : public QObject {
    Q_OBJECT

private:
    struct Result {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(HINTERSCOPE_CLI_PATH), arguments);
        if (!process.waitForFinished(30000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("expectedOutput");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                                   << QStringLiteral("hinterscope-cli 0.");
        QTest::newRow("-V") << QStringList{QStringLiteral("-V")} << 0 << QStringLiteral("hinternet 0.");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--version");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2 << QStringLiteral("bogus");
        QTest::newRow("nothing") << QStringList{} << 2 << QStringLiteral("no command");
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expectedExit);
        QFETCH(QString, expectedOutput);
        const auto result = run(arguments);
        QCOMPARE(result.exitCode, expectedExit);
        QVERIFY2((result.out + result.err).contains(expectedOutput), qPrintable(result.out + result.err));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

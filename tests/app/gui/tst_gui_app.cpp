// The embedded default: the launcher starts the playground off the GUI thread and announces the Tour's
// variables; the real GUI binary starts, shows its window and reports the time it took.
#include "playground_launcher.h"

#include "playground/playground.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hinterscope;

class tst_GuiApp : public QObject {
    Q_OBJECT

private slots:
    void theLauncherAnnouncesThePlayground()
    {
        QTemporaryDir data;
        PlaygroundLauncher launcher;
        QSignalSpy ready(&launcher, &PlaygroundLauncher::ready);
        QSignalSpy failed(&launcher, &PlaygroundLauncher::failed);
        launcher.start(data.path());
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.size(), 0);
        const auto variables = ready.first().at(0).value<Variables>();
        for (const char* name : {"playground", "playground_https", "playground_broken"}) {
            const QUrl url(variables.value(QLatin1String(name)));
            QVERIFY2(url.isValid() && url.host() == QLatin1String("127.0.0.1") && url.port() > 0, name);
            QVERIFY2(!url.path().endsWith(QLatin1Char('/')), name); // "{{playground}}/get" must not get "//"
        }
        QVERIFY(QFile::exists(variables.value(QStringLiteral("playground_ca"))));
        QVERIFY(ready.first().at(1).toString().contains(launcher.playground()->caFingerprintSha256()));
    }

    void aPortInUseIsReportedNotFatal()
    {
        QTemporaryDir data;
        // A first playground holds the data dir's certificate files; a second with a taken port must fail.
        PlaygroundOptions options;
        options.dataDirectory = data.path();
        Playground first(options);
        QVERIFY(first.start());
        PlaygroundLauncher launcher;
        QSignalSpy failed(&launcher, &PlaygroundLauncher::failed);
        launcher.start(data.path(), first.httpPort());
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    }

    void theBinaryShowsItsWindowQuickly()
    {
        QTemporaryDir home;
        QProcess gui;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(environment);
        gui.setProcessChannelMode(QProcess::MergedChannels);
        gui.start(QStringLiteral(HINTERSCOPE_GUI_PATH), {QStringLiteral("--print-startup-time")});
        QVERIFY(gui.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += gui.readAll()).contains("first window after"), output.constData(), 20000);
        // The playground starts in the background and says where it listens.
        QTRY_VERIFY2_WITH_TIMEOUT((output += gui.readAll()).contains("playground on 127.0.0.1"), output.constData(),
                                  20000);
        gui.terminate();
        QVERIFY(gui.waitForFinished(10000));
        qInfo("%s", output.constData());
    }
};

QTEST_GUILESS_MAIN(tst_GuiApp)
#include "tst_gui_app.moc"

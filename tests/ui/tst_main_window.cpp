#include "widgets/main_window.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void showsTitleIconAndEngine()
    {
        hinterscope::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Hinterscope"));
        QVERIFY(!window.windowIcon().isNull());
        auto* engine = window.findChild<QLabel*>(QStringLiteral("engineLabel"));
        QVERIFY(engine);
        QVERIFY2(engine->text().contains(QStringLiteral("OpenSSL 3")), qPrintable(engine->text()));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_main_window.moc"

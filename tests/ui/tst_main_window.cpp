// The window itself: panes in their docks, the layout persisted across runs, the standard shortcuts, and the
// palette followed by the highlighted views.
#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "widgets/body/body_viewer.h"
#include "widgets/body/paged_text_view.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, Qt::white);
    return palette;
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HinterscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void showsTitleIconAndEngine()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Hinterscope"));
        QVERIFY(!window.windowIcon().isNull());
        auto* engine = window.findChild<QLabel*>(QStringLiteral("engineLabel"));
        QVERIFY(engine);
        QVERIFY2(engine->text().contains(QStringLiteral("OpenSSL 3")), qPrintable(engine->text()));
    }

    void panesAreInTheirDocks_data()
    {
        QTest::addColumn<QString>("dock");
        QTest::addColumn<QString>("pane");
        QTest::addColumn<int>("area");
        QTest::newRow("collections") << "collectionsDock" << "collectionPane" << int(Qt::LeftDockWidgetArea);
        QTest::newRow("history") << "historyDock" << "historyPane" << int(Qt::LeftDockWidgetArea);
        QTest::newRow("composer") << "composerDock" << "requestTabs" << int(Qt::TopDockWidgetArea);
        QTest::newRow("handles") << "handlesDock" << "handlesPane" << int(Qt::RightDockWidgetArea);
        QTest::newRow("timeline") << "timelineDock" << "timelinePane" << int(Qt::BottomDockWidgetArea);
    }

    void panesAreInTheirDocks()
    {
        QFETCH(QString, dock);
        QFETCH(QString, pane);
        QFETCH(int, area);
        QSettings().clear();
        MainWindow window;
        auto* widget = window.findChild<QDockWidget*>(dock);
        QVERIFY(widget);
        QCOMPARE(widget->widget()->objectName(), pane);
        QCOMPARE(int(window.dockWidgetArea(widget)), area);
        QCOMPARE(window.centralWidget()->objectName(), QStringLiteral("responsePane"));
    }

    void theLayoutIsRestored()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* handles = window.findChild<QDockWidget*>(QStringLiteral("handlesDock"));
            window.addDockWidget(Qt::LeftDockWidgetArea, handles);
            window.findChild<QDockWidget*>(QStringLiteral("timelineDock"))->hide();
            window.close();
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.dockWidgetArea(reopened.findChild<QDockWidget*>(QStringLiteral("handlesDock"))),
                 Qt::LeftDockWidgetArea);
        QVERIFY(reopened.findChild<QDockWidget*>(QStringLiteral("timelineDock"))->isHidden());
        QSettings().clear();
    }

    void standardShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("send") << "sendAction" << QKeySequence(Qt::CTRL | Qt::Key_Return);
        QTest::newRow("cancel") << "cancelAction" << QKeySequence(Qt::Key_Escape);
        QTest::newRow("focus URL") << "focusUrlAction" << QKeySequence(Qt::CTRL | Qt::Key_L);
        QTest::newRow("save") << "saveRequestAction" << QKeySequence(QKeySequence::Save);
        QTest::newRow("save as") << "saveRequestAsAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
        QTest::newRow("new tab") << "newTabAction" << QKeySequence(Qt::CTRL | Qt::Key_T);
        QTest::newRow("close tab") << "closeTabAction" << QKeySequence(Qt::CTRL | Qt::Key_W);
        QTest::newRow("copy as code") << "copyAsCodeAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
        QTest::newRow("undo") << "undoAction" << QKeySequence(QKeySequence::Undo);
        QTest::newRow("find") << "findAction" << QKeySequence(QKeySequence::Find);
    }

    void standardShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, keys);
        MainWindow window;
        auto* found = window.findChild<QAction*>(action);
        QVERIFY(found);
        QVERIFY2(found->shortcuts().contains(keys), qPrintable(found->shortcut().toString()));
    }

    void ctrlLFocusesTheUrl()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        auto* url = window.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
        QVERIFY(url);
        QTRY_VERIFY_WITH_TIMEOUT(url->hasFocus(), 2000);
    }

    void anUnknownVariableIsRefusedWithItsName()
    {
        MainWindow window;
        RequestSpec spec;
        spec.url = QStringLiteral("{{nowhere}}/get");
        window.openRequest(spec);
        window.send();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("nowhere")), 2000);
        QCOMPARE(window.currentRequest(), quintptr(0));
    }

    void theBodyFollowsThePalette()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A body from the store, shown as the response's.
        window.bridge().bodyStore().append(0x42, 0, "{\"a\": 1}\n");
        auto* viewer = window.bodyViewer();
        viewer->setBody(window.bridge().bodyStore().body(0x42), QStringLiteral("application/json"), QString());
        viewer->setView(BodyViewer::View::Raw);
        auto* text = viewer->rawTextView();
        const auto backgroundLightness = [text] {
            const QImage image = text->viewport()->grab().toImage();
            return image.pixelColor(image.width() - 5, image.height() - 5).lightness();
        };
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness() > 128, 2000);
        const QPalette light = window.palette();
        window.setPalette(darkPalette());
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness() < 128, 2000);
        window.setPalette(light);
        QTRY_VERIFY_WITH_TIMEOUT(backgroundLightness() > 128, 2000);
    }

private:
    QTemporaryDir settingsDir_;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_main_window.moc"

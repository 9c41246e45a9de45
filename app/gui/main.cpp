#include "playground_launcher.h"

#include "collections/collection.h"
#include "history/history_store.h"
#include "widgets/collections/collection_pane.h"
#include "widgets/documents/request_tabs.h"
#include "widgets/main_window.h"

#include <hinternet/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hinterscope"));
    QApplication::setOrganizationName(QStringLiteral("Hinterscope"));
    QApplication::setApplicationVersion(QStringLiteral(HINTERNET_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("hinterscope"));

    // Translations are compiled into the binary (:/i18n); the system locale picks one unless the settings
    // name a language.
    QTranslator translator;
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator.load(locale, QStringLiteral("hinterscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A WinHTTP request inspector"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption noPlayground(QStringLiteral("no-playground"),
                                          QApplication::translate("main", "Do not start the local playground."));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        QApplication::translate("main", "Open the collection in <folder>."),
                                        QStringLiteral("folder"));
    const QCommandLineOption startupTime(QStringLiteral("print-startup-time"),
                                         QApplication::translate("main", "Print the time to the first shown window."));
    parser.addOptions({noPlayground, collection, startupTime});
    parser.process(app);

    hinterscope::MainWindow window;
    hinterscope::PlaygroundLauncher playground;
    if (!parser.isSet(noPlayground)) {
        QObject::connect(&playground, &hinterscope::PlaygroundLauncher::ready, &window,
                         [&window](const hinterscope::Variables& variables, const QString& summary) {
                             window.addVariables(variables);
                             window.showMessage(summary);
                         });
        QObject::connect(
            &playground, &hinterscope::PlaygroundLauncher::failed, &window, [&window](const QString& error) {
                window.showMessage(QApplication::translate("main", "The playground did not start: %1").arg(error));
            });
        const QString dataDirectory =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/playground");
        QDir().mkpath(dataDirectory);
        playground.start(dataDirectory);
    }
    window.openHistory(hinterscope::HistoryStore::defaultPath());
    // The Tour is always there; the collections and tabs of the last run come back. On a first start the
    // Tour's first request is in the composer, ready to send.
    const auto tour = hinterscope::loadCollection(QStringLiteral(":/tour"));
    window.addCollection(tour);
    window.collectionPane()->restoreOpenCollections();
    if (window.requestTabs()->restoreSession() == 0 && !tour.items.isEmpty())
        window.openRequest(tour.items.first().request, tour.items.first().filePath);
    if (parser.isSet(collection))
        window.collectionPane()->openCollection(parser.value(collection));
    window.show();
    if (parser.isSet(startupTime))
        QTimer::singleShot(0, &window, [&sinceStart] { qInfo("first window after %lld ms", sinceStart.elapsed()); });
    return QApplication::exec();
}

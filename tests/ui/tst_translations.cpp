// The German translation compiled into the binary (:/i18n): known strings across the panes come out in German,
// no message of translations/hinterscope_de.ts is left unfinished, and the main window shows German menus.
#include "widgets/main_window.h"

#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hinterscope;

namespace {

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // the translation, or each numerus form
};

QList<TsMessage> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1StringView("TS")) {
            continue; // descend
        } else if (name == QLatin1StringView("context")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1StringView("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1StringView("message")) {
                    TsMessage message;
                    message.context = context;
                    message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1StringView("source")) {
                            message.source = xml.readElementText();
                        } else if (xml.name() == QLatin1StringView("comment")) {
                            message.comment = xml.readElementText();
                        } else if (xml.name() == QLatin1StringView("translation")) {
                            message.translationType = xml.attributes().value(QLatin1StringView("type")).toString();
                            if (message.numerus) {
                                while (xml.readNextStartElement())
                                    message.translations << xml.readElementText();
                            } else {
                                message.translations << xml.readElementText();
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    messages << message;
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1…%99 and %n, sorted: a translation must use exactly the placeholders of its source.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// hs_add_test sets it, so the test reads the .ts files of the checkout it was built from.
QString sourceDir()
{
    return qEnvironmentVariable("HINTERSCOPE_SOURCE_DIR");
}

QString describe(const TsMessage& message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "HINTERSCOPE_SOURCE_DIR is not set (run the test through ctest)");
        QVERIFY(settingsDir_.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HinterscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        // The same call as the application's main(): the locale picks hinterscope_de.qm from the resources.
        QVERIFY(german_.load(QLocale(QLocale::German), QStringLiteral("hinterscope"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCOMPARE(german_.language(), QStringLiteral("de_DE"));
        QVERIFY(QCoreApplication::installTranslator(&german_));
    }

    void cleanupTestCase() { QCoreApplication::removeTranslator(&german_); }

    void knownStringsAreGerman_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        const auto row = [](const char* name, const char* context, const QString& source, const QString& german) {
            QTest::newRow(name) << QString::fromLatin1(context) << source << german;
        };
        row("menu File", "hinterscope::MainWindow", QStringLiteral("&File"), QStringLiteral("&Datei"));
        row("menu Request", "hinterscope::MainWindow", QStringLiteral("&Request"), QStringLiteral("An&frage"));
        row("dock Timeline", "hinterscope::MainWindow", QStringLiteral("Timeline"), QStringLiteral("Zeitleiste"));
        row("composer send tip", "hinterscope::ComposerWidget", QStringLiteral("Send the request (Ctrl+Enter)"),
            QStringLiteral("Die Anfrage senden (Strg+Eingabe)"));
        row("composer headers tab", "hinterscope::ComposerWidget", QStringLiteral("Headers"), QStringLiteral("Header"));
        row("auth none", "hinterscope::AuthEditor", QStringLiteral("None"), QStringLiteral("Keine"));
        row("body mode none", "hinterscope::BodyEditor", QStringLiteral("None"), QStringLiteral("Kein Body"));
        row("body viewer pretty", "hinterscope::BodyViewer", QStringLiteral("Pretty"), QStringLiteral("Formatiert"));
        row("body viewer waiting", "hinterscope::BodyViewer", QStringLiteral("Waiting for the body…"),
            QStringLiteral("Warte auf den Body…"));
        row("response waiting", "hinterscope::ResponsePane", QStringLiteral("Waiting for the response…"),
            QStringLiteral("Warte auf die Antwort…"));
        row("response final url", "hinterscope::ResponsePane", QStringLiteral("Final URL (WINHTTP_OPTION_URL): %1"),
            QStringLiteral("Endgültige URL (WINHTTP_OPTION_URL): %1"));
        row("timeline zoom tip", "hinterscope::TimelinePane", QStringLiteral("Zoom the lanes in (Ctrl+wheel)"),
            QStringLiteral("Die Spuren vergrößern (Strg+Mausrad)"));
        row("timeline follow tip", "hinterscope::TimelinePane",
            QStringLiteral("Keep the newest event in view while the table is scrolled to the bottom"),
            QStringLiteral(
                "Das neueste Ereignis im Blick behalten, solange die Tabelle ganz nach unten gescrollt ist"));
        row("status explanation", "hinterscope::names", QStringLiteral("A HINTERNET handle was created."),
            QStringLiteral("Ein HINTERNET-Handle wurde erstellt."));
        row("request library", "QObject", QStringLiteral("Reading %1 failed: %2"),
            QStringLiteral("Lesen von %1 fehlgeschlagen: %2"));
        row("command line", "main", QStringLiteral("A WinHTTP request inspector"),
            QStringLiteral("Ein Inspektor für WinHTTP-Anfragen"));
    }

    void knownStringsAreGerman()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
    }

    void pluralsFollowTheCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("german");
        QTest::newRow("one") << 1 << QStringLiteral("1 Zeile löschen");
        QTest::newRow("two") << 2 << QStringLiteral("2 Zeilen löschen");
        QTest::newRow("many") << 12 << QStringLiteral("12 Zeilen löschen");
    }

    void pluralsFollowTheCount()
    {
        QFETCH(int, count);
        QFETCH(QString, german);
        QCOMPARE(QCoreApplication::translate("hinterscope::RowTableView", "Delete %n rows", nullptr, count), german);
    }

    void everyGermanMessageIsTranslated()
    {
        const QString path = sourceDir() + QStringLiteral("/translations/hinterscope_de.ts");
        QFile raw(path);
        QVERIFY2(raw.open(QIODevice::ReadOnly), qPrintable(path));
        const auto unfinished = raw.readAll().count("type=\"unfinished\"");

        QString error;
        const auto messages = readTsFile(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        if (unfinished != 0)
            problems << QStringLiteral("%1 messages are type=\"unfinished\"").arg(unfinished);
        for (const auto& message : messages) {
            if (!message.translationType.isEmpty())
                problems << describe(message) + QStringLiteral(" is ") + message.translationType;
            if (message.translations.isEmpty() || message.translations.contains(QString()))
                problems << describe(message) + QStringLiteral(" has an empty translation");
            if (message.numerus && message.translations.size() != 2)
                problems << describe(message) + QStringLiteral(" needs the 2 German plural forms");
            for (const auto& translation : message.translations) {
                if (placeholders(translation) != placeholders(message.source))
                    problems << describe(message) + QStringLiteral(" changes the placeholders: ") + translation;
            }
            // The compiled file must carry it too: the .qm is what the application loads.
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const char* disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
            for (const int n : message.numerus ? QList<int>{1, 2} : QList<int>{-1}) {
                if (german_.translate(context.constData(), source.constData(), disambiguation, n).isEmpty())
                    problems << describe(message) + QStringLiteral(" is missing from the compiled .qm");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        qInfo("%lld German messages, all translated", static_cast<long long>(messages.size()));
    }

    void englishPluralsAreFilled()
    {
        // hinterscope_en.ts is the source language: only its plural forms need text (singular and plural).
        QString error;
        const auto messages = readTsFile(sourceDir() + QStringLiteral("/translations/hinterscope_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int plurals = 0;
        for (const auto& message : messages) {
            if (!message.numerus)
                continue;
            ++plurals;
            QVERIFY2(message.translationType.isEmpty(), qPrintable(describe(message)));
            QCOMPARE(message.translations.size(), 2);
            QVERIFY2(!message.translations.contains(QString()), qPrintable(describe(message)));
        }
        QVERIFY(plurals > 0);
    }

    void mainWindowIsGerman()
    {
        QSettings().clear();
        MainWindow window;
        const auto menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        auto* timeline = window.findChild<QDockWidget*>(QStringLiteral("timelineDock"));
        QVERIFY(timeline);
        QCOMPARE(timeline->windowTitle(), QStringLiteral("Zeitleiste"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Hinterscope"));
    }

private:
    QTemporaryDir settingsDir_;
    QTranslator german_;
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

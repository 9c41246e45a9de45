// The import dialog parses pasted text and files off the GUI thread, previews the requests and the report,
// refuses broken input with its location, and writes the collection folder on Import.
#include "collections/collection.h"
#include "widgets/interchange/import_dialog.h"
#include "widgets/interchange/import_report_view.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace hinterscope;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("HINTERSCOPE_SOURCE_DIR") + QStringLiteral("/tests/app/interchange/fixtures/") + name;
}

template <typename Widget>
Widget* child(QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<Widget*>(QLatin1String(name));
    if (widget == nullptr)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

private slots:
    void pastedCurlImportsIntoFolder();
    void brokenInputShowsLocation();
    void fileWithFoldersPreviews();
    void reportViewListsEntries();
};

void TestImportDialog::pastedCurlImportsIntoFolder()
{
    QTemporaryDir temp;
    ImportDialog dialog;
    dialog.setCollectionsFolder(temp.path());
    QSignalSpy imported(&dialog, &ImportDialog::collectionImported);
    auto* paste = child<QPlainTextEdit>(dialog, "importPasteText");
    auto* preview = child<QTreeWidget>(dialog, "importPreview");
    auto* button = child<QPushButton>(dialog, "importButton");
    auto* report = child<ImportReportView>(dialog, "importReport");
    QVERIFY(!button->isEnabled());

    paste->setPlainText(QStringLiteral("curl -s -X POST 'http://127.0.0.1:8080/post' -H 'X-A: 1' --data-raw 'x=1'"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview().has_value(), 5000);
    QCOMPARE(preview->topLevelItemCount(), 1);
    QCOMPARE(preview->topLevelItem(0)->text(1), QStringLiteral("POST"));
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("http://127.0.0.1:8080/post"));
    QCOMPARE(report->topLevelItemCount(), 1);
    QCOMPARE(report->topLevelItem(0)->text(0), QStringLiteral("-s"));
    QVERIFY(child<QLabel>(dialog, "importSummary")->text().contains(QStringLiteral("curl")));
    QVERIFY(dialog.targetFolder().startsWith(temp.path()));

    child<QLineEdit>(dialog, "importCollectionName")->setText(QStringLiteral("Pasted"));
    QCOMPARE(dialog.targetFolder(), temp.filePath(QStringLiteral("Pasted")));
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 5000);
    QCOMPARE(imported.first().first().toString(), temp.filePath(QStringLiteral("Pasted")));
    const Collection collection = loadCollection(temp.filePath(QStringLiteral("Pasted")));
    QVERIFY(collection.errors.isEmpty());
    QCOMPARE(collection.name, QStringLiteral("Pasted"));
    QCOMPARE(collection.items.size(), 1);
    QCOMPARE(collection.items.first().request.method, QStringLiteral("POST"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportDialog::brokenInputShowsLocation()
{
    ImportDialog dialog;
    dialog.setTargetFolder(QStringLiteral("/nonexistent/target"));
    auto* error = child<QLabel>(dialog, "importError");
    auto* button = child<QPushButton>(dialog, "importButton");
    dialog.show();
    dialog.setSourceText(QStringLiteral("curl 'http://h/"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("1:6")), qPrintable(error->text()));
    QVERIFY(!dialog.preview().has_value());
    QVERIFY(!button->isEnabled());
    QCOMPARE(child<QTreeWidget>(dialog, "importPreview")->topLevelItemCount(), 0);

    // Fixing the text clears the error.
    dialog.setSourceText(QStringLiteral("curl 'http://h/'"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview().has_value(), 5000);
    QVERIFY(!error->isVisible());
    QVERIFY(button->isEnabled());
}

void TestImportDialog::fileWithFoldersPreviews()
{
    ImportDialog dialog;
    dialog.show();
    dialog.setSourceFile(fixture(QStringLiteral("sample.postman_collection.json")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview().has_value(), 5000);
    auto* preview = child<QTreeWidget>(dialog, "importPreview");
    QCOMPARE(preview->topLevelItem(0)->text(0), QStringLiteral("Users"));
    QCOMPARE(preview->topLevelItem(0)->childCount(), 2);
    QCOMPARE(dialog.preview()->requestCount(), 8);
    QCOMPARE(child<QLineEdit>(dialog, "importCollectionName")->text(), QStringLiteral("Sample API"));
    QVERIFY(child<ImportReportView>(dialog, "importReport")->topLevelItemCount() > 5);

    // Forcing the wrong format reports why, with the file's name.
    auto* format = child<QComboBox>(dialog, "importFormat");
    format->setCurrentIndex(format->findData(int(ImportFormat::Har)));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "importError")->isVisible(), 5000);
    QVERIFY(child<QLabel>(dialog, "importError")->text().contains(QStringLiteral("sample.postman_collection.json")));
    QVERIFY(!dialog.preview().has_value());
}

void TestImportDialog::reportViewListsEntries()
{
    ImportReportView view;
    MappingReport report;
    report.add(QStringLiteral("item[0].event[0]"), QStringLiteral("test script not imported"));
    report.add(QStringLiteral("line 3"), QStringLiteral("directive ignored"));
    view.setReport(report);
    QCOMPARE(view.topLevelItemCount(), 2);
    QCOMPARE(view.topLevelItem(1)->text(0), QStringLiteral("line 3"));
    QCOMPARE(view.report(), report);
    view.setReport({});
    QCOMPARE(view.topLevelItemCount(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"

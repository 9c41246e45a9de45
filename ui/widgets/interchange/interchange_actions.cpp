#include "widgets/interchange/interchange_actions.h"

#include "codegen/winhttp_generator.h"
#include "collections/collection.h"
#include "collections/request_file.h"
#include "interchange/curl_export.h"
#include "interchange/har_export.h"
#include "interchange/http_file_export.h"
#include "interchange/postman_export.h"
#include "widgets/codegen/copy_as_code_dialog.h"
#include "widgets/interchange/import_dialog.h"
#include "widgets/interchange/import_report_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace hinterscope {
namespace {

QAction* makeAction(const QString& text, const QString& name, QObject* parent)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    return action;
}

QString safeFileStem(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('-');
    }
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("export") : name;
}

} // namespace

InterchangeActions::InterchangeActions(Sources sources, QWidget* window)
    : QObject(window)
    , sources_(std::move(sources))
    , window_(window)
{
    choosePath_ = [this](const QString& title, const QString& suggested) {
        return QFileDialog::getSaveFileName(window_, title, suggested);
    };
    import_ = makeAction(tr("&Import…"), QStringLiteral("importAction"), this);
    import_->setToolTip(tr("Postman v2.1, HAR 1.2, a curl command line or a .http file as a new collection"));
    exportPostman_ = makeAction(tr("Collection as &Postman v2.1…"), QStringLiteral("exportPostmanAction"), this);
    exportHttpFile_ = makeAction(tr("Collection as .&http File…"), QStringLiteral("exportHttpFileAction"), this);
    exportHar_ = makeAction(tr("Response as &HAR 1.2…"), QStringLiteral("exportHarAction"), this);
    copyAsCode_ = makeAction(tr("Copy as &Code…"), QStringLiteral("copyAsCodeAction"), this);
    copyAsCode_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAsCurl_ = makeAction(tr("Copy as c&url"), QStringLiteral("copyAsCurlAction"), this);

    connect(import_, &QAction::triggered, this, &InterchangeActions::showImportDialog);
    connect(exportPostman_, &QAction::triggered, this, &InterchangeActions::exportCollectionAsPostman);
    connect(exportHttpFile_, &QAction::triggered, this, &InterchangeActions::exportCollectionAsHttpFile);
    connect(exportHar_, &QAction::triggered, this, &InterchangeActions::exportResponseAsHar);
    connect(copyAsCode_, &QAction::triggered, this, &InterchangeActions::copyAsCode);
    connect(copyAsCurl_, &QAction::triggered, this, &InterchangeActions::copyAsCurl);
}

void InterchangeActions::setSavePathChooser(std::function<QString(const QString&, const QString&)> choose)
{
    choosePath_ = std::move(choose);
}

void InterchangeActions::showImportDialog()
{
    auto* dialog = new ImportDialog(window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCollectionsFolder(sources_.collectionsFolder());
    connect(dialog, &ImportDialog::collectionImported, this, &InterchangeActions::collectionImported);
    dialog->open();
}

std::optional<QString> InterchangeActions::chosenCollectionRoot()
{
    const QString root = sources_.selectedCollectionRoot();
    if (root.isEmpty()) {
        emit message(tr("Select a collection in the Collections pane to export it."));
        return std::nullopt;
    }
    return root;
}

void InterchangeActions::exportCollectionAsPostman()
{
    const auto root = chosenCollectionRoot();
    if (!root)
        return;
    const Collection collection = loadCollection(*root);
    MappingReport report;
    const QByteArray bytes = exportPostmanCollection(collection, &report);
    writeExport(tr("Export as Postman Collection"),
                safeFileStem(collection.name) + QStringLiteral(".postman_collection.json"), bytes, report);
}

void InterchangeActions::exportCollectionAsHttpFile()
{
    const auto root = chosenCollectionRoot();
    if (!root)
        return;
    const Collection collection = loadCollection(*root);
    MappingReport report;
    const QByteArray bytes = exportHttpFile(collection, &report).toUtf8();
    writeExport(tr("Export as .http File"), safeFileStem(collection.name) + QStringLiteral(".http"), bytes, report);
}

void InterchangeActions::exportResponseAsHar()
{
    const auto exchange = sources_.lastExchange();
    if (!exchange) {
        emit message(tr("Send a request first: HAR export writes the last response with its hops."));
        return;
    }
    MappingReport report;
    const QByteArray bytes = exportHar({*exchange}, &report);
    writeExport(tr("Export Response as HAR"), safeFileStem(exchange->request.name) + QStringLiteral(".har"), bytes,
                report);
}

void InterchangeActions::writeExport(const QString& title, const QString& suggested, const QByteArray& bytes,
                                     const MappingReport& report)
{
    const QString path = choosePath_(title, suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveFileAtomically(path, bytes, &error)) {
        QMessageBox::warning(window_, title, tr("Could not export: %1").arg(error));
        return;
    }
    emit message(report.isEmpty()
                     ? tr("Exported %1").arg(QDir::toNativeSeparators(path))
                     : tr("Exported %1; %n item(s) could not be carried over", nullptr, int(report.entries.size()))
                           .arg(QDir::toNativeSeparators(path)));
    if (report.isEmpty() || !window_->isVisible())
        return;
    // What an export leaves out is shown, not only logged: the user decides whether the file is enough.
    auto* dialog = new QDialog(window_);
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Written to %1. Not carried over:").arg(QDir::toNativeSeparators(path)), dialog));
    auto* view = new ImportReportView(dialog);
    view->setReport(report);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
}

void InterchangeActions::copyAsCurl()
{
    // Placeholders stay placeholders: a copied command must not carry secret values into a chat or a log.
    QApplication::clipboard()->setText(exportCurlCommand(sources_.currentRequest(), CurlLayout::MultiLine));
    emit message(tr("Copied the request as a curl command ({{variables}} kept as written)."));
}

void InterchangeActions::copyAsCode()
{
    auto* dialog = new CopyAsCodeDialog(sources_.currentRequest(), sources_.variables(), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addGenerator(
        tr("curl"), [](const RequestSpec& spec) { return exportCurlCommand(spec, CurlLayout::MultiLine); },
        QStringLiteral("Bash"), QStringLiteral("sh"));
    dialog->open();
}

} // namespace hinterscope

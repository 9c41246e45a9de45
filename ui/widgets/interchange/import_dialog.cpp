#include "widgets/interchange/import_dialog.h"

#include "interchange/collection_writer.h"
#include "widgets/composer/background_task.h"
#include "widgets/interchange/import_report_view.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hinterscope {
namespace {

// Larger inputs are refused rather than read into memory: a HAR of a long browser session stays far below.
constexpr qint64 kMaxInputBytes = 512LL * 1024 * 1024;

ImportPreview parse(const QByteArray& bytes, ImportFormat format, const QString& source)
{
    ImportPreview preview;
    preview.format = format == ImportFormat::Auto ? detectImportFormat(bytes, source) : format;
    preview.result = importText(bytes, preview.format, source);
    return preview;
}

ImportPreview readAndParse(const QString& path, ImportFormat format)
{
    QFile file(path);
    ImportPreview preview;
    if (!file.open(QIODevice::ReadOnly)) {
        preview.result.error = {file.errorString(), 0, 0, path};
        return preview;
    }
    if (file.size() > kMaxInputBytes) {
        preview.result.error = {
            QCoreApplication::translate("hinterscope::ImportDialog", "the file is larger than 512 MiB"), 0, 0, path};
        return preview;
    }
    return parse(file.readAll(), format, path);
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    resize(900, 640);

    filePath_ = new QLineEdit(this);
    filePath_->setObjectName(QStringLiteral("importFilePath"));
    filePath_->setPlaceholderText(tr("A Postman collection, HAR file, .http file or a file with a curl command"));
    auto* browseFile = new QPushButton(tr("Choose File…"), this);
    browseFile->setObjectName(QStringLiteral("importBrowseFile"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(filePath_, 1);
    fileRow->addWidget(browseFile);

    pasteText_ = new QPlainTextEdit(this);
    pasteText_->setObjectName(QStringLiteral("importPasteText"));
    pasteText_->setPlaceholderText(tr("…or paste a curl command, .http requests, or Postman / HAR JSON here"));
    pasteText_->setLineWrapMode(QPlainTextEdit::NoWrap);

    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("importFormat"));
    for (ImportFormat format :
         {ImportFormat::Auto, ImportFormat::Postman, ImportFormat::Har, ImportFormat::Curl, ImportFormat::HttpFile})
        format_->addItem(formatName(format), int(format));

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("importSummary"));
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("importError"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    error_->hide();

    previewView_ = new QTreeWidget(this);
    previewView_->setObjectName(QStringLiteral("importPreview"));
    previewView_->setColumnCount(3);
    previewView_->setHeaderLabels({tr("Name"), tr("Method"), tr("URL")});
    previewView_->setUniformRowHeights(true);
    previewView_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    previewView_->header()->resizeSection(0, 260);
    reportView_ = new ImportReportView(this);
    reportView_->setObjectName(QStringLiteral("importReport"));
    auto* previews = new QSplitter(Qt::Vertical, this);
    previews->addWidget(previewView_);
    previews->addWidget(reportView_);
    previews->setStretchFactor(0, 3);
    previews->setStretchFactor(1, 1);

    collectionName_ = new QLineEdit(this);
    collectionName_->setObjectName(QStringLiteral("importCollectionName"));
    target_ = new QLineEdit(this);
    target_->setObjectName(QStringLiteral("importTargetFolder"));
    target_->setPlaceholderText(tr("A new or empty folder"));
    auto* browseTarget = new QPushButton(tr("Choose…"), this);
    browseTarget->setObjectName(QStringLiteral("importBrowseTarget"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(target_, 1);
    targetRow->addWidget(browseTarget);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    importButton_ = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton_->setObjectName(QStringLiteral("importButton"));
    importButton_->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Text:"), pasteText_);
    form->addRow(tr("Format:"), format_);
    auto* targetForm = new QFormLayout;
    targetForm->addRow(tr("Collection name:"), collectionName_);
    targetForm->addRow(tr("Save to folder:"), targetRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(error_);
    layout->addWidget(previews, 1);
    layout->addLayout(targetForm);
    layout->addWidget(buttons);

    parseTimer_ = new QTimer(this);
    parseTimer_->setSingleShot(true);
    parseTimer_->setInterval(250);
    connect(parseTimer_, &QTimer::timeout, this, &ImportDialog::startParse);
    connect(&parsing_, &QFutureWatcher<ImportPreview>::finished, this, [this] {
        if (parsing_.future().resultCount() > 0)
            showResult(parsing_.result());
    });
    connect(&writing_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = writing_.future().resultCount() > 0 ? writing_.result() : tr("the import was stopped");
        importButton_->setText(tr("Import"));
        if (!error.isEmpty()) {
            error_->setText(error);
            error_->show();
            updateImportButton();
            return;
        }
        const QString folder = targetFolder();
        emit collectionImported(folder);
        accept();
    });

    connect(pasteText_, &QPlainTextEdit::textChanged, this, [this] {
        if (!pasteText_->toPlainText().isEmpty() && !filePath_->text().isEmpty()) {
            const QSignalBlocker blocker(filePath_);
            filePath_->clear();
        }
        scheduleParse();
    });
    connect(filePath_, &QLineEdit::textChanged, this, [this] {
        if (!filePath_->text().isEmpty() && !pasteText_->toPlainText().isEmpty()) {
            const QSignalBlocker blocker(pasteText_);
            pasteText_->clear();
        }
        scheduleParse();
    });
    connect(format_, &QComboBox::currentIndexChanged, this, &ImportDialog::scheduleParse);
    connect(browseFile, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(browseTarget, &QPushButton::clicked, this, &ImportDialog::chooseTarget);
    connect(collectionName_, &QLineEdit::textChanged, this, &ImportDialog::updateTarget);
    connect(target_, &QLineEdit::textEdited, this, [this] {
        targetChosen_ = true;
        updateImportButton();
    });
    connect(target_, &QLineEdit::textChanged, this, &ImportDialog::updateImportButton);
    connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    collectionsFolder_ = QDir::home().filePath(QStringLiteral("Hinterscope"));
}

void ImportDialog::setCollectionsFolder(const QString& folder)
{
    collectionsFolder_ = folder;
    updateTarget();
}

void ImportDialog::setSourceText(const QString& text)
{
    pasteText_->setPlainText(text);
}

void ImportDialog::setSourceFile(const QString& path)
{
    filePath_->setText(path);
}

void ImportDialog::setFormat(ImportFormat format)
{
    format_->setCurrentIndex(format_->findData(int(format)));
}

void ImportDialog::setTargetFolder(const QString& folder)
{
    targetChosen_ = true;
    target_->setText(folder);
}

QString ImportDialog::targetFolder() const
{
    return target_->text().trimmed();
}

void ImportDialog::scheduleParse()
{
    preview_.reset();
    updateImportButton();
    parseTimer_->start();
}

void ImportDialog::startParse()
{
    const auto format = ImportFormat(format_->currentData().toInt());
    const QString path = filePath_->text().trimmed();
    const QString text = pasteText_->toPlainText();
    if (path.isEmpty() && text.trimmed().isEmpty()) {
        parsing_.setFuture(QFuture<ImportPreview>());
        showResult(ImportPreview{});
        error_->hide();
        summary_->setText(tr("Choose a file or paste text to import."));
        return;
    }
    summary_->setText(tr("Reading…"));
    if (!path.isEmpty())
        parsing_.setFuture(runInPool([path, format] { return readAndParse(path, format); }));
    else
        parsing_.setFuture(runInPool([bytes = text.toUtf8(), format] { return parse(bytes, format, QString()); }));
}

void ImportDialog::addPreviewItems(QTreeWidgetItem* parent, const QList<ImportedItem>& items)
{
    for (const ImportedItem& item : items) {
        auto* row = new QTreeWidgetItem(parent);
        row->setText(0, item.name);
        if (item.isFolder) {
            row->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            addPreviewItems(row, item.children);
        } else {
            row->setText(1, item.request.method);
            row->setText(2, item.request.url);
            row->setToolTip(2, item.request.url);
        }
    }
}

void ImportDialog::showResult(const ImportPreview& parsed)
{
    const ImportResult& result = parsed.result;
    previewView_->clear();
    reportView_->setReport(result.report);
    preview_ = result.collection;
    if (!result.ok()) {
        summary_->clear();
        if (!result.error.message.isEmpty()) {
            error_->setText(tr("Nothing can be imported: %1").arg(result.error.toString()));
            error_->show();
        }
        updateImportButton();
        return;
    }
    error_->hide();
    const ImportedCollection& collection = *result.collection;
    auto* root = previewView_->invisibleRootItem();
    addPreviewItems(root, collection.items);
    previewView_->expandAll();
    summary_->setText(
        tr("%1: %n request(s), %2 variable(s); %3 item(s) in the report", nullptr, collection.requestCount())
            .arg(formatName(parsed.format))
            .arg(collection.variables.size())
            .arg(result.report.entries.size()));
    if (collectionName_->text().isEmpty() || !collectionName_->isModified())
        collectionName_->setText(collection.name);
    updateImportButton();
}

void ImportDialog::updateTarget()
{
    if (targetChosen_ || collectionsFolder_.isEmpty())
        return;
    const QString name = collectionName_->text().trimmed();
    target_->setText(name.isEmpty() ? QString() : QDir(collectionsFolder_).filePath(safeFileName(name)));
}

void ImportDialog::updateImportButton()
{
    importButton_->setEnabled(preview_.has_value() && !targetFolder().isEmpty() && !writing_.isRunning());
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(), tr("Importable files (*.json *.har *.http *.rest *.txt *.sh);;All files (*)"));
    if (!path.isEmpty())
        filePath_->setText(path);
}

void ImportDialog::chooseTarget()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save the collection to"), collectionsFolder_);
    if (!folder.isEmpty())
        setTargetFolder(folder);
}

void ImportDialog::startImport()
{
    if (!preview_ || targetFolder().isEmpty())
        return;
    ImportedCollection collection = *preview_;
    if (!collectionName_->text().trimmed().isEmpty())
        collection.name = collectionName_->text().trimmed();
    const QString folder = targetFolder();
    importButton_->setEnabled(false);
    importButton_->setText(tr("Importing…"));
    writing_.setFuture(runInPool([collection, folder] {
        QString error;
        return writeCollectionFolder(collection, folder, &error) ? QString() : error;
    }));
}

} // namespace hinterscope

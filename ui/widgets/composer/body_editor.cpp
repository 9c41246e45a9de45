#include "widgets/composer/body_editor.h"

#include "widgets/composer/background_task.h"
#include "widgets/composer/key_value_model.h"
#include "widgets/composer/multipart_model.h"
#include "widgets/composer/part_kind_delegate.h"
#include "widgets/composer/row_table_view.h"
#include "widgets/highlighting/syntax_repository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

// Page order in the stack, by BodyMode (Raw and Json share the text page).
enum Page { NonePage, TextPage, FormPage, MultipartPage, BinaryPage };

Page pageFor(BodyMode mode)
{
    switch (mode) {
    case BodyMode::None:
        return NonePage;
    case BodyMode::Raw:
    case BodyMode::Json:
        return TextPage;
    case BodyMode::FormUrlEncoded:
        return FormPage;
    case BodyMode::Multipart:
        return MultipartPage;
    case BodyMode::BinaryFile:
        return BinaryPage;
    }
    return NonePage;
}

const QStringList& offeredContentTypes()
{
    static const QStringList types = {
        QStringLiteral("text/plain"),
        QStringLiteral("application/json"),
        QStringLiteral("application/xml"),
        QStringLiteral("text/html"),
        QStringLiteral("application/javascript"),
        QStringLiteral("application/octet-stream"),
    };
    return types;
}

// Highlighting re-runs over every block on each theme or definition change; past this size the editor
// stays plain so typing in a pasted multi-megabyte body stays responsive.
constexpr int kHighlightLimit = 512 * 1024;

} // namespace

BodyEditor::BodyEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bodyEditor"));
    modeCombo_ = new QComboBox(this);
    modeCombo_->setObjectName(QStringLiteral("bodyMode"));
    modeCombo_->addItem(tr("None"), int(BodyMode::None));
    modeCombo_->addItem(tr("Raw"), int(BodyMode::Raw));
    modeCombo_->addItem(tr("JSON"), int(BodyMode::Json));
    modeCombo_->addItem(tr("Form URL-encoded"), int(BodyMode::FormUrlEncoded));
    modeCombo_->addItem(tr("Multipart form"), int(BodyMode::Multipart));
    modeCombo_->addItem(tr("Binary file"), int(BodyMode::BinaryFile));
    modeCombo_->setToolTip(tr("What WinHttpSendRequest sends after the headers"));

    contentTypeCombo_ = new QComboBox(this);
    contentTypeCombo_->setObjectName(QStringLiteral("contentType"));
    contentTypeCombo_->addItems(offeredContentTypes());
    contentTypeCombo_->addItem(tr("Custom…"));
    contentTypeCombo_->setToolTip(tr("The Content-Type header sent with the body (unless the Headers tab sets one)"));
    customContentType_ = new QLineEdit(this);
    customContentType_->setObjectName(QStringLiteral("customContentType"));
    customContentType_->setPlaceholderText(tr("Content-Type (empty: none sent)"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(modeCombo_);
    top->addWidget(contentTypeCombo_);
    top->addWidget(customContentType_, 1);
    top->addStretch();

    pages_ = new QStackedWidget(this);
    auto* none = new QLabel(tr("This request has no body."), pages_);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    none->setEnabled(false);
    pages_->addWidget(none);
    buildTextPage(pages_);
    buildFormPage(pages_);
    buildMultipartPage(pages_);
    buildBinaryPage(pages_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(pages_, 1);

    connect(modeCombo_, &QComboBox::currentIndexChanged, this, [this] {
        showModeControls();
        updateHighlighting();
        if (mode() == BodyMode::Json)
            scheduleJsonCheck();
    });
    connect(modeCombo_, &QComboBox::activated, this, [this] {
        // A raw or binary body without a type would go out without Content-Type; offer the usual one.
        if (contentType().isEmpty() && mode() == BodyMode::Raw)
            setContentType(QStringLiteral("text/plain"));
        else if (contentType().isEmpty() && mode() == BodyMode::BinaryFile)
            setContentType(QStringLiteral("application/octet-stream"));
        emit edited();
    });
    connect(contentTypeCombo_, &QComboBox::currentIndexChanged, this, [this] {
        showModeControls();
        updateHighlighting();
    });
    connect(contentTypeCombo_, &QComboBox::activated, this, [this] {
        if (contentTypeCombo_->currentIndex() == contentTypeCombo_->count() - 1)
            customContentType_->setFocus();
        emit edited();
    });
    connect(customContentType_, &QLineEdit::textEdited, this, [this] {
        updateHighlighting();
        emit edited();
    });

    jsonDelay_.setSingleShot(true);
    jsonDelay_.setInterval(150);
    connect(&jsonDelay_, &QTimer::timeout, this, &BodyEditor::startJsonCheck);
    connect(&jsonWatcher_, &QFutureWatcher<JsonCheck>::finished, this,
            [this] { showJsonCheck(jsonWatcher_.result()); });
    connect(&prettyWatcher_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString pretty = prettyWatcher_.result();
        if (pretty.isNull() || prettyWatcher_.property("revision").toInt() != textRevision_)
            return;
        // Through a cursor, so Ctrl+Z takes the pretty-printing back.
        QTextCursor cursor(text_->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(pretty);
    });

    setBody({});
}

BodyEditor::~BodyEditor()
{
    // The watchers are members; waiting keeps a pool thread from finishing into a promise nobody reads.
    jsonWatcher_.waitForFinished();
    prettyWatcher_.waitForFinished();
}

void BodyEditor::buildTextPage(QStackedWidget* pages)
{
    auto* page = new QWidget(pages);
    text_ = new QPlainTextEdit(page);
    text_->setObjectName(QStringLiteral("bodyText"));
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setTabStopDistance(4 * text_->fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    text_->setMinimumHeight(3 * text_->fontMetrics().height());
    text_->setPlaceholderText(tr("Request body"));
    highlighter_ = new KSyntaxHighlighting::SyntaxHighlighter(text_->document());
    const auto theme = syntax::themeFor(palette());
    themeName_ = theme.name();
    highlighter_->setTheme(theme);

    jsonBar_ = new QWidget(page);
    jsonStatus_ = new QLabel(jsonBar_);
    jsonStatus_->setObjectName(QStringLiteral("jsonStatus"));
    jsonStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    prettyPrintButton_ = new QPushButton(tr("Pretty-print"), jsonBar_);
    prettyPrintButton_->setObjectName(QStringLiteral("prettyPrintButton"));
    prettyPrintButton_->setToolTip(tr("Re-indent the JSON (undo with Ctrl+Z)"));
    auto* bar = new QHBoxLayout(jsonBar_);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(jsonStatus_, 1);
    bar->addWidget(prettyPrintButton_);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(text_, 1);
    layout->addWidget(jsonBar_);
    pages->addWidget(page);

    connect(text_->document(), &QTextDocument::contentsChanged, this, [this] {
        ++textRevision_;
        const bool tooLarge = text_->document()->characterCount() > kHighlightLimit;
        if (tooLarge != tooLargeToHighlight_) {
            tooLargeToHighlight_ = tooLarge;
            updateHighlighting();
        }
        if (mode() == BodyMode::Json)
            scheduleJsonCheck();
        if (!loading_)
            emit edited();
    });
    connect(prettyPrintButton_, &QPushButton::clicked, this, &BodyEditor::prettyPrint);
}

void BodyEditor::buildFormPage(QStackedWidget* pages)
{
    formModel_ = new KeyValueModel(this);
    formModel_->setObjectName(QStringLiteral("formModel"));
    formModel_->setPlaceholderText(tr("Add a field"), QString());
    auto* view = new RowTableView(pages);
    view->setObjectName(QStringLiteral("formTable"));
    view->setModel(formModel_);
    view->setToolTip(tr("Sent as application/x-www-form-urlencoded; names and values are percent-encoded"));
    pages->addWidget(view);
    connect(formModel_, &KeyValueModel::edited, this, &BodyEditor::edited);
}

void BodyEditor::buildMultipartPage(QStackedWidget* pages)
{
    auto* page = new QWidget(pages);
    multipartModel_ = new MultipartModel(this);
    multipartModel_->setObjectName(QStringLiteral("multipartModel"));
    multipartView_ = new RowTableView(page);
    multipartView_->setObjectName(QStringLiteral("multipartTable"));
    multipartView_->setModel(multipartModel_);
    multipartView_->setItemDelegateForColumn(MultipartColumn::Kind, new PartKindDelegate(multipartView_));
    auto* addFiles = new QPushButton(tr("Add files…"), page);
    addFiles->setObjectName(QStringLiteral("addFilePartsButton"));
    addFiles->setToolTip(tr("Add one file part per chosen file"));
    auto* chooseFile = new QPushButton(tr("Choose file…"), page);
    chooseFile->setObjectName(QStringLiteral("choosePartFileButton"));
    chooseFile->setToolTip(tr("Make the selected part a file part and pick its file"));
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addFiles);
    buttons->addWidget(chooseFile);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(multipartView_, 1);
    layout->addLayout(buttons);
    pages->addWidget(page);
    connect(multipartModel_, &MultipartModel::edited, this, &BodyEditor::edited);
    connect(addFiles, &QPushButton::clicked, this, &BodyEditor::addFileParts);
    connect(chooseFile, &QPushButton::clicked, this, &BodyEditor::chooseFileForCurrentPart);
}

void BodyEditor::buildBinaryPage(QStackedWidget* pages)
{
    auto* page = new QWidget(pages);
    binaryPath_ = new QLineEdit(page);
    binaryPath_->setObjectName(QStringLiteral("binaryPath"));
    binaryPath_->setPlaceholderText(tr("File to send as the body"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("binaryBrowseButton"));
    binaryInfo_ = new QLabel(page);
    binaryInfo_->setObjectName(QStringLiteral("binarySize"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(binaryPath_, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(binaryInfo_);
    layout->addStretch();
    pages->addWidget(page);
    connect(binaryPath_, &QLineEdit::textChanged, this, &BodyEditor::updateBinaryInfo);
    connect(binaryPath_, &QLineEdit::textEdited, this, &BodyEditor::edited);
    connect(browse, &QPushButton::clicked, this, &BodyEditor::chooseBinaryFile);
}

BodyMode BodyEditor::mode() const
{
    return static_cast<BodyMode>(modeCombo_->currentData().toInt());
}

void BodyEditor::setMode(BodyMode mode)
{
    modeCombo_->setCurrentIndex(modeCombo_->findData(int(mode)));
}

QString BodyEditor::contentType() const
{
    if (contentTypeCombo_->currentIndex() == contentTypeCombo_->count() - 1)
        return customContentType_->text();
    return contentTypeCombo_->currentText();
}

void BodyEditor::setContentType(const QString& type)
{
    // Exact matches only: "Application/JSON" stays as written, in the custom field.
    const qsizetype offered = offeredContentTypes().indexOf(type);
    if (offered >= 0) {
        contentTypeCombo_->setCurrentIndex(int(offered));
    } else {
        contentTypeCombo_->setCurrentIndex(contentTypeCombo_->count() - 1);
        customContentType_->setText(type);
    }
    showModeControls();
    updateHighlighting();
}

RequestBodySpec BodyEditor::body() const
{
    RequestBodySpec body;
    body.mode = mode();
    body.text = text_->toPlainText();
    body.contentType = contentType();
    body.form = formModel_->rows();
    body.parts = multipartModel_->parts();
    body.filePath = binaryPath_->text();
    return body;
}

void BodyEditor::setBody(const RequestBodySpec& body)
{
    ++loading_;
    setMode(body.mode);
    customContentType_->clear();
    setContentType(body.contentType);
    if (text_->toPlainText() != body.text)
        text_->setPlainText(body.text);
    formModel_->setRows(body.form);
    multipartModel_->setParts(body.parts);
    binaryPath_->setText(body.filePath);
    showModeControls();
    updateHighlighting();
    if (body.mode == BodyMode::Json)
        scheduleJsonCheck();
    --loading_;
}

void BodyEditor::showModeControls()
{
    const BodyMode current = mode();
    pages_->setCurrentIndex(pageFor(current));
    const bool typed = current == BodyMode::Raw || current == BodyMode::BinaryFile;
    contentTypeCombo_->setVisible(typed);
    customContentType_->setVisible(typed && contentTypeCombo_->currentIndex() == contentTypeCombo_->count() - 1);
    jsonBar_->setVisible(current == BodyMode::Json);
}

void BodyEditor::updateHighlighting()
{
    KSyntaxHighlighting::Definition definition;
    if (!tooLargeToHighlight_) {
        if (mode() == BodyMode::Json)
            definition = syntax::definitionFor(QStringLiteral("application/json"));
        else if (mode() == BodyMode::Raw)
            definition = syntax::definitionFor(contentType());
    }
    // Setting a definition re-highlights the whole document; do it only when it changes.
    if (highlighter_->definition() != definition)
        highlighter_->setDefinition(definition);
}

void BodyEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !highlighter_)
        return;
    const auto theme = syntax::themeFor(palette());
    if (theme.name() == themeName_)
        return;
    themeName_ = theme.name();
    highlighter_->setTheme(theme);
    highlighter_->rehighlight();
}

void BodyEditor::scheduleJsonCheck()
{
    jsonDelay_.start();
}

void BodyEditor::startJsonCheck()
{
    if (mode() != BodyMode::Json)
        return;
    jsonWatcher_.setFuture(runInPool([text = text_->toPlainText()] { return checkJson(text); }));
}

void BodyEditor::showJsonCheck(const JsonCheck& check)
{
    jsonCheck_ = check;
    jsonStatus_->setText(check.text());
    prettyPrintButton_->setEnabled(check.ok);
    QList<QTextEdit::ExtraSelection> marks;
    if (!check.ok && !check.empty && check.offset >= 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(text_->document());
        mark.cursor.setPosition(std::min(check.offset, text_->document()->characterCount() - 1));
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(220, 40, 40));
        mark.format.setBackground(QColor(220, 40, 40, 70));
        marks.append(mark);
    }
    text_->setExtraSelections(marks);
    emit jsonChecked();
}

void BodyEditor::prettyPrint()
{
    prettyWatcher_.setProperty("revision", textRevision_);
    prettyWatcher_.setFuture(runInPool([text = text_->toPlainText()] { return prettyJson(text); }));
}

QString BodyEditor::sendProblem() const
{
    switch (mode()) {
    case BodyMode::BinaryFile: {
        if (binaryPath_->text().isEmpty())
            return tr("Choose the file to send as the body.");
        if (!QFileInfo(binaryPath_->text()).isFile())
            return tr("The body file “%1” does not exist.").arg(binaryPath_->text());
        return {};
    }
    case BodyMode::Multipart:
        if (const auto problem = multipartModel_->firstProblem())
            return tr("Part %1: %2").arg(problem->row + 1).arg(problem->message);
        return {};
    default:
        return {};
    }
}

int BodyEditor::activeRowCount() const
{
    switch (mode()) {
    case BodyMode::FormUrlEncoded:
        return formModel_->activeRowCount();
    case BodyMode::Multipart:
        return multipartModel_->activeRowCount();
    default:
        return 0;
    }
}

void BodyEditor::updateBinaryInfo()
{
    const QString path = binaryPath_->text();
    if (path.isEmpty()) {
        binaryInfo_->clear();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        binaryInfo_->setText(tr("No file at this path"));
        return;
    }
    binaryInfo_->setText(
        tr("%1 (%2 bytes)").arg(QLocale().formattedDataSize(info.size()), QLocale().toString(info.size())));
}

void BodyEditor::chooseBinaryFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("File to send"), binaryPath_->text());
    if (path.isEmpty())
        return;
    binaryPath_->setText(path);
    emit edited();
}

void BodyEditor::addFileParts()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Files to send as parts"));
    for (const QString& path : paths) {
        const int row = multipartModel_->storedRowCount();
        multipartModel_->setFile(row, path);
        multipartModel_->setData(multipartModel_->index(row, MultipartColumn::Name), QStringLiteral("file"));
    }
}

void BodyEditor::chooseFileForCurrentPart()
{
    const int row = multipartView_->currentIndex().isValid() ? multipartView_->currentIndex().row()
                                                             : multipartModel_->storedRowCount();
    const QString current =
        row < multipartModel_->storedRowCount() ? multipartModel_->parts().at(row).value : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("File for this part"), current);
    multipartModel_->setFile(row, path);
}

} // namespace hinterscope

#include "widgets/composer/composer_widget.h"

#include "interchange/curl_import.h"
#include "request/url_query.h"
#include "widgets/composer/auth_editor.h"
#include "widgets/composer/body_editor.h"
#include "widgets/composer/header_name_delegate.h"
#include "widgets/composer/http_tokens.h"
#include "widgets/composer/key_value_model.h"
#include "widgets/composer/method_validator.h"
#include "widgets/composer/options_panel.h"
#include "widgets/composer/row_table_view.h"
#include "widgets/composer/variable_line_edit.h"

#include <algorithm>

#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(200, 30, 30));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ComposerWidget::ComposerWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));

    method_ = new QComboBox(this);
    method_->setObjectName(QStringLiteral("methodCombo"));
    method_->setEditable(true);
    method_->setInsertPolicy(QComboBox::NoInsert);
    method_->addItems(http_tokens::standardMethods());
    method_->completer()->setCaseSensitivity(Qt::CaseSensitive);
    method_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    method_->setMinimumContentsLength(7);
    method_->setToolTip(tr("The verb passed to WinHttpOpenRequest; any token is allowed"));
    auto* methodValidator = new MethodValidator(method_);
    methodValidator->onRejected = [this](const QString& message) { showMessage(methodError_, message); };
    method_->lineEdit()->setValidator(methodValidator);

    url_ = new VariableLineEdit(this);
    url_->setObjectName(QStringLiteral("urlEdit"));
    url_->setPlaceholderText(tr("https://example.com/path?query  ({{variables}} allowed)"));
    url_->setClearButtonEnabled(true);
    url_->setToolTip(tr("Cracked with WinHttpCrackUrl; without a scheme, http:// is used"));

    sendButton_ = new QPushButton(tr("Send"), this);
    sendButton_->setObjectName(QStringLiteral("sendButton"));
    sendButton_->setToolTip(tr("Send the request (Ctrl+Enter)"));
    sendButton_->setDefault(false);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    cancelButton_->setToolTip(tr("Cancel the request in flight: its handles are closed (Esc)"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(4);
    top->addWidget(method_);
    top->addWidget(url_, 1);
    top->addWidget(sendButton_);
    top->addWidget(cancelButton_);

    methodError_ = messageLabel(QStringLiteral("methodError"), this);
    urlError_ = messageLabel(QStringLiteral("urlError"), this);
    sendError_ = messageLabel(QStringLiteral("sendError"), this);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("composerTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(buildParamsPage(), QString());
    tabs_->addTab(buildHeadersPage(), QString());
    body_ = new BodyEditor(tabs_);
    tabs_->addTab(body_, QString());
    auth_ = new AuthEditor(tabs_);
    tabs_->addTab(auth_, QString());
    options_ = new OptionsPanel;
    auto* optionsScroll = new QScrollArea(tabs_);
    optionsScroll->setObjectName(QStringLiteral("optionsScroll"));
    optionsScroll->setWidget(options_);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(optionsScroll, tr("Options"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(methodError_);
    layout->addWidget(urlError_);
    layout->addWidget(sendError_);
    layout->addWidget(tabs_, 1);

    urlErrorDelay_.setSingleShot(true);
    urlErrorDelay_.setInterval(400);
    connect(&urlErrorDelay_, &QTimer::timeout, this, &ComposerWidget::showUrlError);

    connect(url_, &QLineEdit::textChanged, this, &ComposerWidget::urlChanged);
    connect(url_, &QLineEdit::textEdited, this, [this](const QString& text) {
        showSendError(QString());
        // Only a paste (many characters at once) is taken as a command: typing "curl …" by hand must not be
        // turned into a request at its first word.
        if (text.size() > urlText_.size() + 1 && looksLikeCurlCommand(text))
            takeCurlCommand(text);
        noteEdit();
    });
    connect(url_, &QLineEdit::returnPressed, this, &ComposerWidget::requestSend);
    connect(method_->lineEdit(), &QLineEdit::textEdited, this, [this] {
        showMessage(methodError_, QString());
        noteEdit();
    });
    connect(method_, &QComboBox::activated, this, [this] {
        showMessage(methodError_, QString());
        noteEdit();
    });
    connect(method_->lineEdit(), &QLineEdit::returnPressed, this, &ComposerWidget::requestSend);
    connect(sendButton_, &QPushButton::clicked, this, &ComposerWidget::requestSend);
    connect(cancelButton_, &QPushButton::clicked, this, &ComposerWidget::cancel);
    connect(paramsModel_, &KeyValueModel::edited, this, &ComposerWidget::paramsEdited);
    connect(headersModel_, &KeyValueModel::edited, this, &ComposerWidget::noteEdit);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(paramsModel_, signal, this, &ComposerWidget::updateTabTitles);
        connect(headersModel_, signal, this, &ComposerWidget::updateTabTitles);
        connect(headersModel_, signal, this, &ComposerWidget::updateHeadersError);
    }
    connect(paramsModel_, &QAbstractItemModel::dataChanged, this, &ComposerWidget::updateTabTitles);
    connect(headersModel_, &QAbstractItemModel::dataChanged, this, [this] {
        updateTabTitles();
        updateHeadersError();
    });
    connect(body_, &BodyEditor::edited, this, [this] {
        updateTabTitles();
        noteEdit();
    });
    connect(auth_, &AuthEditor::edited, this, [this] {
        updateTabTitles();
        noteEdit();
    });
    connect(options_, &OptionsPanel::edited, this, &ComposerWidget::noteEdit);

    setBusy(false);
    setSpec({});
}

ComposerWidget::~ComposerWidget() = default;

QWidget* ComposerWidget::buildParamsPage()
{
    paramsModel_ = new KeyValueModel(this);
    paramsModel_->setObjectName(QStringLiteral("paramsModel"));
    paramsModel_->setPlaceholderText(tr("Add a parameter"), QString());
    paramsView_ = new RowTableView(this);
    paramsView_->setObjectName(QStringLiteral("paramsTable"));
    paramsView_->setModel(paramsModel_);
    paramsView_->setToolTip(tr("The URL's query, decoded; edits here rewrite the URL and the other way round"));
    return paramsView_;
}

QWidget* ComposerWidget::buildHeadersPage()
{
    headersPage_ = new QWidget(this);
    headersModel_ = new KeyValueModel(this);
    headersModel_->setObjectName(QStringLiteral("headersModel"));
    headersModel_->setPlaceholderText(tr("Add a header"), QString());
    headersModel_->setValidator([](const KeyValueRow& row, int column) {
        if (column == KeyValueColumn::Name)
            return http_tokens::headerNameProblem(row.name, !row.value.isEmpty());
        return http_tokens::headerValueProblem(row.value);
    });
    headersView_ = new RowTableView(headersPage_);
    headersView_->setObjectName(QStringLiteral("headersTable"));
    headersView_->setModel(headersModel_);
    headersView_->setItemDelegateForColumn(KeyValueColumn::Name, new HeaderNameDelegate(headersView_));
    headersView_->setToolTip(tr("Added with WinHttpAddRequestHeaders; unchecked rows are kept but not sent"));
    headersError_ = messageLabel(QStringLiteral("headersError"), headersPage_);
    auto* layout = new QVBoxLayout(headersPage_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(headersView_, 1);
    layout->addWidget(headersError_);
    return headersPage_;
}

RequestSpec ComposerWidget::spec() const
{
    RequestSpec spec = carried_;
    spec.method = method_->currentText();
    spec.url = url_->text();
    const auto params = paramsModel_->rows();
    if (std::any_of(params.begin(), params.end(), [](const KeyValueRow& row) { return !row.enabled; }))
        spec.params = params;
    spec.headers = headersModel_->rows();
    spec.body = body_->body();
    spec.auth = auth_->auth();
    spec.options = options_->options();
    return spec;
}

void ComposerWidget::setSpec(const RequestSpec& spec)
{
    ++loading_;
    carried_ = spec;
    method_->setEditText(spec.method);
    showMessage(methodError_, QString());
    showMessage(sendError_, QString());
    syncingQuery_ = true;
    url_->setText(spec.url);
    paramsModel_->setRows(spec.params.isEmpty() ? url_query::parse(url_query::split(spec.url).query)
                                                : url_query::mergeIntoTable(spec.params, spec.url));
    syncingQuery_ = false;
    headersModel_->setRows(spec.headers);
    body_->setBody(spec.body);
    auth_->setAuth(spec.auth);
    options_->setOptions(spec.options);
    // A loaded request with a broken URL says so at once.
    urlErrorDelay_.stop();
    showUrlError();
    updateHeadersError();
    updateTabTitles();
    --loading_;
}

void ComposerWidget::noteEdit()
{
    if (!loading_)
        emit specEdited();
}

void ComposerWidget::urlChanged()
{
    urlText_ = url_->text();
    urlCheck_ = checkUrl(url_->text());
    // Errors go at once, new ones wait for a pause in typing.
    if (urlCheck_.ok || urlCheck_.empty) {
        urlErrorDelay_.stop();
        showMessage(urlError_, QString());
    } else {
        urlErrorDelay_.start();
    }
    if (syncingQuery_)
        return;
    syncingQuery_ = true;
    paramsModel_->setRows(url_query::mergeIntoTable(paramsModel_->rows(), url_->text()));
    syncingQuery_ = false;
}

void ComposerWidget::showUrlError()
{
    showMessage(urlError_, urlCheck_.ok || urlCheck_.empty ? QString() : urlCheck_.text());
}

void ComposerWidget::paramsEdited()
{
    if (!syncingQuery_) {
        const QString rebuilt = url_query::withParams(url_->text(), paramsModel_->rows());
        if (rebuilt != url_->text()) {
            syncingQuery_ = true;
            url_->setText(rebuilt);
            syncingQuery_ = false;
        }
    }
    noteEdit();
}

void ComposerWidget::updateHeadersError()
{
    const auto problem = headersModel_->firstProblem();
    if (!problem) {
        showMessage(headersError_, QString());
        return;
    }
    const QString name = headersModel_->rows().at(problem->row).name;
    showMessage(headersError_, name.isEmpty() || problem->column == KeyValueColumn::Name
                                   ? tr("Header row %1: %2").arg(problem->row + 1).arg(problem->message)
                                   : tr("Header “%1”: %2").arg(visibleControls(name), problem->message));
}

void ComposerWidget::updateTabTitles()
{
    const auto counted = [](const QString& title, int count) {
        return count > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(count) : title;
    };
    tabs_->setTabText(0, counted(tr("Params"), paramsModel_->activeRowCount()));
    tabs_->setTabText(1, counted(tr("Headers"), headersModel_->activeRowCount()));
    // A dot says "in use" where a count would not mean much.
    tabs_->setTabText(2, body_->mode() == BodyMode::None ? tr("Body") : tr("Body •"));
    tabs_->setTabText(3, auth_->auth().mode == AuthMode::None ? tr("Auth") : tr("Auth •"));
}

void ComposerWidget::showSendError(const QString& message)
{
    showMessage(sendError_, message);
}

void ComposerWidget::requestSend()
{
    if (busy_)
        return;
    showSendError(QString());
    const QString method = method_->currentText();
    if (const QString problem = http_tokens::methodProblem(method); !problem.isEmpty()) {
        showMessage(methodError_, problem);
        method_->setFocus();
        return;
    }
    urlCheck_ = checkUrl(url_->text());
    if (!urlCheck_.ok) {
        urlErrorDelay_.stop();
        showMessage(urlError_, urlCheck_.text());
        url_->setFocus();
        return;
    }
    showMessage(urlError_, QString());
    if (const auto problem = headersModel_->firstProblem()) {
        tabs_->setCurrentWidget(headersPage_);
        headersView_->setCurrentIndex(headersModel_->index(problem->row, problem->column));
        showSendError(tr("Not sent: header row %1 is invalid. %2").arg(problem->row + 1).arg(problem->message));
        return;
    }
    if (const QString problem = body_->sendProblem(); !problem.isEmpty()) {
        tabs_->setCurrentWidget(body_);
        showSendError(tr("Not sent: %1").arg(problem));
        return;
    }
    RequestSpec request = spec();
    request.url = urlCheck_.effectiveUrl;
    emit sendRequested(request);
}

void ComposerWidget::takeCurlCommand(const QString& command)
{
    const CurlImport imported = importCurlCommand(command);
    if (!imported.ok()) {
        // The text stays as pasted, so the user can fix it where the error points.
        showSendError(tr("Not imported as curl: %1").arg(imported.error.toString()));
        return;
    }
    RequestSpec spec = *imported.request;
    spec.name = this->spec().name; // pasting a command replaces the request, not the tab's name
    setSpec(spec);
    const QStringList notes = imported.report.lines();
    showSendError(notes.isEmpty() ? QString()
                                  : tr("Imported from curl; not mapped: %1").arg(notes.join(QStringLiteral("; "))));
}

void ComposerWidget::showProblem(const QString& message)
{
    showSendError(message);
}

void ComposerWidget::cancel()
{
    if (busy_)
        emit cancelRequested();
}

void ComposerWidget::setBusy(bool busy)
{
    busy_ = busy;
    sendButton_->setEnabled(!busy);
    cancelButton_->setEnabled(busy);
}

void ComposerWidget::focusUrl()
{
    url_->setFocus(Qt::ShortcutFocusReason);
    url_->selectAll();
}

void ComposerWidget::setVariables(const QHash<QString, QString>& values)
{
    url_->setVariables(values);
}

} // namespace hinterscope

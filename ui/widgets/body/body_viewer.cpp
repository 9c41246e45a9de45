#include "widgets/body/body_viewer.h"

#include "bridge/body_store.h"
#include "widgets/body/body_pump.h"
#include "widgets/body/body_searcher.h"
#include "widgets/body/find_bar.h"
#include "widgets/body/hex_view.h"
#include "widgets/body/image_preview.h"
#include "widgets/body/json_pretty_printer.h"
#include "widgets/body/paged_text_view.h"
#include "widgets/body/xml_pretty_printer.h"
#include "widgets/highlighting/syntax_repository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPromise>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

using body_content::Kind;

constexpr int kPollIntervalMs = 100;
constexpr qint64 kSniffBytes = 4096;

KSyntaxHighlighting::Definition definitionByName(const QString& name)
{
    return syntax::repository().definitionForName(name);
}

} // namespace

BodyViewer::BodyViewer(QWidget* parent)
    : QWidget(parent)
    , viewButtons_(new QButtonGroup(this))
    , note_(new QLabel(this))
    , empty_(new QLabel(this))
    , pages_(new QStackedWidget(this))
    , prettyText_(new PagedTextView(&pool_, this))
    , rawText_(new PagedTextView(&pool_, this))
    , hexView_(new HexView(this))
    , imagePreview_(new ImagePreview(&pool_, this))
    , findBar_(new FindBar(this))
    , status_(new QLabel(this))
    , saveButton_(new QToolButton(this))
    , pollTimer_(new QTimer(this))
{
    setObjectName(QStringLiteral("bodyViewer"));
    // Index, formatter and search each run on their own worker, so none waits behind another.
    pool_.setMaxThreadCount(std::max(3, QThread::idealThreadCount()));

    auto* modes = new QHBoxLayout;
    modes->setContentsMargins(0, 0, 0, 0);
    const struct {
        View view;
        const char* name;
        QString text;
        QString tip;
    } buttons[] = {
        {View::Pretty, "prettyView", tr("Pretty"), tr("JSON or XML, indented")},
        {View::Raw, "rawView", tr("Raw"), tr("The body as received, highlighted by its type")},
        {View::Hex, "hexView", tr("Hex"), tr("Offsets, bytes and their ASCII")},
        {View::Image, "imageView", tr("Image"), tr("A preview of the image")},
        {View::Html, "htmlView", tr("HTML"), tr("The body as HTML source")},
    };
    for (const auto& entry : buttons) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(entry.name));
        button->setText(entry.text);
        button->setToolTip(entry.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        viewButtons_->addButton(button, int(entry.view));
        modes->addWidget(button);
    }
    viewButtons_->setExclusive(true);
    connect(viewButtons_, &QButtonGroup::idClicked, this, [this](int id) {
        userChoseView_ = true;
        setView(View(id));
    });
    modes->addStretch(1);
    saveButton_->setObjectName(QStringLiteral("bodySaveAs"));
    saveButton_->setText(tr("Save as…"));
    saveButton_->setToolTip(tr("Save the body's exact bytes to a file"));
    saveButton_->setAutoRaise(true);
    connect(saveButton_, &QToolButton::clicked, this, &BodyViewer::saveAs);
    modes->addWidget(saveButton_);

    note_->setObjectName(QStringLiteral("bodyNote"));
    note_->setWordWrap(true);
    note_->hide();
    empty_->setObjectName(QStringLiteral("bodyEmpty"));
    empty_->setAlignment(Qt::AlignCenter);
    prettyText_->setObjectName(QStringLiteral("prettyText"));
    rawText_->setObjectName(QStringLiteral("rawText"));
    hexView_->setObjectName(QStringLiteral("hexBytes"));
    imagePreview_->setObjectName(QStringLiteral("imagePreview"));
    status_->setObjectName(QStringLiteral("bodyStatus"));
    for (QWidget* page :
         {static_cast<QWidget*>(empty_), static_cast<QWidget*>(prettyText_), static_cast<QWidget*>(rawText_),
          static_cast<QWidget*>(hexView_), static_cast<QWidget*>(imagePreview_)})
        pages_->addWidget(page);
    findBar_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(modes);
    layout->addWidget(note_);
    layout->addWidget(pages_, 1);
    layout->addWidget(findBar_);
    layout->addWidget(status_);

    pollTimer_->setInterval(kPollIntervalMs);
    connect(pollTimer_, &QTimer::timeout, this, &BodyViewer::tick);
    for (PagedTextView* view : {prettyText_, rawText_}) {
        connect(view, &PagedTextView::indexProgressed, this, &BodyViewer::updateStatus);
        connect(view, &PagedTextView::copyTruncated, this, [this](qint64 bytes) {
            setNote(tr("Only the first %1 were copied; use \"Save as…\" for all of it.")
                        .arg(QLocale().formattedDataSize(bytes)));
        });
    }
    connect(imagePreview_, &ImagePreview::decoded, this, &BodyViewer::updateStatus);
    connect(findBar_, &FindBar::searchChanged, this, &BodyViewer::runSearch);
    connect(findBar_, &FindBar::nextRequested, this, &BodyViewer::findNext);
    connect(findBar_, &FindBar::previousRequested, this, &BodyViewer::findPrevious);
    connect(findBar_, &FindBar::closed, this, [this] {
        stopSearch();
        if (PagedTextView* text = textViewFor(view_))
            text->setFocus();
    });
    auto* next = new QShortcut(QKeySequence::FindNext, this, this, &BodyViewer::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previous = new QShortcut(QKeySequence::FindPrevious, this, this, &BodyViewer::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(&saveWatcher_, &QFutureWatcher<QString>::finished, this, [this] {
        saveButton_->setEnabled(body_ != nullptr);
        if (saveWatcher_.future().resultCount() == 0)
            return;
        const QString error = saveWatcher_.result();
        const QString path = saveWatcher_.property("path").toString();
        if (error.isEmpty()) {
            setNote(QString());
            emit saved(path);
        } else {
            QMessageBox::warning(this, tr("Save body"), tr("The body could not be saved to %1:\n%2").arg(path, error));
        }
    });

    attach();
}

BodyViewer::~BodyViewer()
{
    // Workers hold what they touch; cancelling them first makes the pool's wait short.
    stopSearch();
    delete prettyPump_;
    rawText_->setBody(nullptr, encoding_, true);
    prettyText_->setBody(nullptr, encoding_, true);
    imagePreview_->clear();
    pool_.clear();
    pool_.waitForDone();
}

void BodyViewer::setBody(std::shared_ptr<ResponseBody> body, const QString& contentType, const QString& url)
{
    body_ = std::move(body);
    contentType_ = contentType;
    url_ = url;
    userChoseView_ = false;
    attach();
}

void BodyViewer::clear()
{
    setBody(nullptr, QString(), QString());
}

void BodyViewer::setStreaming(bool streaming)
{
    if (streaming == streaming_)
        return;
    streaming_ = streaming;
    if (streaming) {
        // The views were told the body was complete: start them over for a growing one.
        attach();
        return;
    }
    tick();
    pollTimer_->stop();
    rawText_->setComplete();
    if (prettyPump_)
        prettyPump_->setComplete();
    if (searchPump_ && isSearchDocumentComplete())
        searchPump_->setComplete();
    if (body_ && body_content::isImage(kind_))
        imagePreview_->decode();
    updateStatus();
}

void BodyViewer::attach()
{
    stopSearch();
    delete prettyPump_;
    prettyPrinter_.reset();
    prettySink_ = nullptr;
    prettyDone_ = false;
    prettyFailed_ = false;
    kindKnown_ = false;
    kind_ = body_content::Kind::Text;
    encoding_ = body_content::encodingOf(contentType_);
    setNote(QString());

    rawText_->setBody(body_, encoding_, !streaming_);
    prettyText_->setBody(nullptr, encoding_, true);
    hexView_->setBody(body_);
    imagePreview_->clear();
    saveButton_->setEnabled(body_ != nullptr);
    decideKind();
    if (streaming_)
        pollTimer_->start();
    else
        pollTimer_->stop();
    showPage();
    updateStatus();
}

void BodyViewer::decideKind()
{
    const qint64 size = body_ ? body_->size() : 0;
    // Without bytes only the Content-Type speaks; the first bytes decide the rest once they are there.
    const QByteArray head = body_ ? body_->read(0, kSniffBytes) : QByteArray();
    kind_ = body_content::kindOf(contentType_, head);
    kindKnown_ = size > 0 || !streaming_;

    auto definition = syntax::definitionFor(contentType_, url_);
    if (!definition.isValid()) {
        if (kind_ == Kind::Json)
            definition = definitionByName(QStringLiteral("JSON"));
        else if (kind_ == Kind::Xml || kind_ == Kind::Svg)
            definition = definitionByName(QStringLiteral("XML"));
        else if (kind_ == Kind::Html)
            definition = definitionByName(QStringLiteral("HTML"));
    }
    const auto prettyDefinition =
        kind_ == Kind::Json ? definitionByName(QStringLiteral("JSON")) : definitionByName(QStringLiteral("XML"));
    prettyText_->setDefinition(prettyDefinition);
    rawText_->setDefinition(view_ == View::Html ? definitionByName(QStringLiteral("HTML")) : definition);
    rawText_->setProperty("rawDefinition", definition.name());

    for (const View view : {View::Pretty, View::Raw, View::Hex, View::Image, View::Html})
        buttonFor(view)->setEnabled(isViewAvailable(view));

    if (body_ && body_content::isImage(kind_) && !imagePreview_->hasImage())
        imagePreview_->setBody(body_, kind_ == Kind::Svg, !streaming_);

    if (!userChoseView_) {
        const QString mime = contentType_.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        View preferred = View::Raw;
        if (mime.startsWith(QLatin1String("image/")) || kind_ == Kind::Image)
            preferred = View::Image;
        else if (body_content::isPrettyPrintable(kind_) && !prettyFailed_)
            preferred = View::Pretty;
        else if (kind_ == Kind::Binary)
            preferred = View::Hex;
        setView(preferred);
    } else if (!isViewAvailable(view_)) {
        setView(View::Raw);
    }
}

bool BodyViewer::isViewAvailable(View view) const
{
    if (!body_)
        return false;
    switch (view) {
    case View::Pretty:
        return body_content::isPrettyPrintable(kind_) && !prettyFailed_;
    case View::Image:
        return body_content::isImage(kind_);
    case View::Raw:
    case View::Hex:
    case View::Html:
        return true;
    }
    return false;
}

void BodyViewer::setView(View view)
{
    if (!isViewAvailable(view) && body_)
        view = View::Raw;
    const bool documentChanges = (view == View::Pretty) != (view_ == View::Pretty);
    view_ = view;
    if (QAbstractButton* button = buttonFor(view))
        button->setChecked(true);
    if (view == View::Pretty)
        startPretty();
    if (view == View::Html) {
        rawText_->setDefinition(definitionByName(QStringLiteral("HTML")));
    } else if (view == View::Raw) {
        rawText_->setDefinition(definitionByName(rawText_->property("rawDefinition").toString()));
    }
    showPage();
    updateStatus();
    if (documentChanges && findBar_->isVisible() && !findBar_->text().isEmpty())
        runSearch();
    emit viewChanged(view);
}

PagedTextView* BodyViewer::textViewFor(View view) const
{
    switch (view) {
    case View::Pretty:
        return prettyText_;
    case View::Raw:
    case View::Html:
        return rawText_;
    case View::Hex:
    case View::Image:
        break;
    }
    return nullptr;
}

QToolButton* BodyViewer::buttonFor(View view) const
{
    return qobject_cast<QToolButton*>(viewButtons_->button(int(view)));
}

QString BodyViewer::viewName(View view)
{
    switch (view) {
    case View::Pretty:
        return tr("Pretty");
    case View::Raw:
        return tr("Raw");
    case View::Hex:
        return tr("Hex");
    case View::Image:
        return tr("Image");
    case View::Html:
        return tr("HTML");
    }
    return {};
}

void BodyViewer::showPage()
{
    const qint64 size = body_ ? body_->size() : 0;
    if (!body_ || size == 0) {
        empty_->setText(!body_ ? tr("No body") : streaming_ ? tr("Waiting for the body…") : tr("The body is empty"));
        pages_->setCurrentWidget(empty_);
        return;
    }
    switch (view_) {
    case View::Pretty:
        pages_->setCurrentWidget(prettyText_);
        break;
    case View::Raw:
    case View::Html:
        pages_->setCurrentWidget(rawText_);
        break;
    case View::Hex:
        pages_->setCurrentWidget(hexView_);
        break;
    case View::Image:
        pages_->setCurrentWidget(imagePreview_);
        break;
    }
}

void BodyViewer::tick()
{
    if (!body_)
        return;
    if (!kindKnown_ && body_->size() > 0)
        decideKind();
    if (pages_->currentWidget() == empty_ && body_->size() > 0)
        showPage();
    rawText_->refresh();
    hexView_->refresh();
    if (prettyPump_) {
        if (body_->size() > kMaxPrettyBytes)
            fallBackFromPretty(tr("The body is larger than %1, so it is not pretty-printed; Raw is shown.")
                                   .arg(QLocale().formattedDataSize(kMaxPrettyBytes)));
        else
            prettyPump_->poke();
    }
    if (searchPump_)
        searchPump_->poke();
    updateStatus();
}

void BodyViewer::startPretty()
{
    if (prettyPump_ || prettyDone_ || !body_ || !body_content::isPrettyPrintable(kind_))
        return;
    if (body_->size() > kMaxPrettyBytes) {
        fallBackFromPretty(tr("The body is larger than %1, so it is not pretty-printed; Raw is shown.")
                               .arg(QLocale().formattedDataSize(kMaxPrettyBytes)));
        return;
    }
    if (kind_ == Kind::Json) {
        auto printer = std::make_shared<JsonPrettyPrinter>();
        prettySink_ = &printer->sink();
        prettyPrinter_ = printer;
    } else {
        auto printer = std::make_shared<XmlPrettyPrinter>();
        prettySink_ = &printer->sink();
        prettyPrinter_ = printer;
    }
    prettyPump_ = new BodyPump(body_, prettyPrinter_, &pool_, this);
    connect(prettyPump_, &BodyPump::progressed, this, &BodyViewer::onPrettyProgress);
    connect(prettyPump_, &BodyPump::done, this, &BodyViewer::onPrettyDone);
    if (streaming_)
        prettyPump_->poke();
    else
        prettyPump_->setComplete();
}

void BodyViewer::onPrettyProgress()
{
    if (!prettySink_)
        return;
    if (!prettyText_->body()) {
        // The formatted body exists from its first byte on; the view follows it as it grows.
        if (auto formatted = prettySink_->body()) {
            prettyText_->setBody(std::move(formatted), encoding_, false);
            if (view_ == View::Pretty && findBar_->isVisible() && !findBar_->text().isEmpty())
                runSearch();
        }
    }
    prettyText_->refresh();
    if (searchPump_ && searchedDocument_ == prettyText_->body())
        searchPump_->poke();
    updateStatus();
}

void BodyViewer::onPrettyDone()
{
    onPrettyProgress();
    prettyText_->setComplete();
    if (searchPump_ && searchedDocument_ == prettyText_->body())
        searchPump_->setComplete();
    prettyDone_ = true;
    updateStatus();
    emit prettyReady();
}

void BodyViewer::fallBackFromPretty(const QString& note)
{
    delete prettyPump_;
    prettyPrinter_.reset();
    prettySink_ = nullptr;
    prettyFailed_ = true;
    prettyDone_ = true;
    prettyText_->setBody(nullptr, encoding_, true);
    buttonFor(View::Pretty)->setEnabled(false);
    setNote(note);
    if (view_ == View::Pretty)
        setView(View::Raw);
    emit prettyReady();
}

void BodyViewer::setNote(const QString& note)
{
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

QString BodyViewer::noteText() const
{
    return note_->text();
}

QString BodyViewer::statusText() const
{
    return status_->text();
}

void BodyViewer::updateStatus()
{
    if (!body_) {
        status_->clear();
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << locale.formattedDataSize(body_->size());
    if (streaming_)
        parts << tr("streaming…");
    parts << viewName(view_);
    if (const PagedTextView* text = textViewFor(view_)) {
        const qint64 lines = text->lineCount();
        const QString count = lines == 1 ? tr("1 line") : tr("%1 lines").arg(locale.toString(lines));
        if (view_ == View::Pretty && !prettyDone_)
            parts << tr("formatting… %1 so far").arg(count);
        else if (text->isIndexComplete())
            parts << count;
        else
            parts << tr("%1 so far").arg(count);
    } else if (view_ == View::Image && imagePreview_->hasImage()) {
        parts << imagePreview_->infoText();
    }
    if (body_->droppedChunks() > 0)
        parts << tr("%1 chunks lost (gaps in the stream)").arg(locale.toString(body_->droppedChunks()));
    status_->setText(parts.join(QStringLiteral(" · ")));
}

bool BodyViewer::saveTo(const QString& path, QString* error) const
{
    if (body_)
        return body_->saveTo(path, error);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.commit())
        return true;
    if (error != nullptr)
        *error = file.errorString();
    return false;
}

void BodyViewer::saveAs()
{
    if (!body_ || saveWatcher_.isRunning())
        return;
    QString suggested = QUrl(url_).fileName();
    if (suggested.isEmpty())
        suggested = kind_ == Kind::Json ? QStringLiteral("body.json") : QStringLiteral("body");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save body as"), suggested);
    if (path.isEmpty())
        return;
    // A spooled body may be gigabytes: the copy runs on a worker, the window stays usable.
    saveButton_->setEnabled(false);
    setNote(tr("Saving to %1…").arg(path));
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    saveWatcher_.setProperty("path", path);
    saveWatcher_.setFuture(promise->future());
    pool_.start([promise, body = body_, path] {
        QString error;
        if (!body->saveTo(path, &error) && error.isEmpty())
            error = tr("unknown error");
        promise->addResult(error);
        promise->finish();
    });
}

// --- find ---------------------------------------------------------------------------------------------------

void BodyViewer::find()
{
    findBar_->activate();
    if (!findBar_->text().isEmpty() && !searcher_)
        runSearch();
}

std::shared_ptr<ResponseBody> BodyViewer::searchDocument() const
{
    if (view_ == View::Pretty)
        return prettyText_->body();
    return body_;
}

bool BodyViewer::isSearchDocumentComplete() const
{
    if (view_ == View::Pretty)
        return prettyDone_;
    return !streaming_;
}

void BodyViewer::stopSearch()
{
    delete searchPump_;
    searcher_.reset();
    searchedDocument_.reset();
    currentMatch_ = -1;
    rawText_->setSearch(nullptr);
    prettyText_->setSearch(nullptr);
    hexView_->setSearch(nullptr);
    findBar_->setStatus(QString(), false);
}

void BodyViewer::runSearch()
{
    stopSearch();
    const QString text = findBar_->text();
    if (text.isEmpty())
        return;
    auto document = searchDocument();
    if (!document) {
        findBar_->setStatus(view_ == View::Pretty ? tr("Waiting for the formatted body…") : tr("No body"), false);
        return;
    }
    if (view_ == View::Image) {
        findBar_->setStatus(tr("Find works in the text and hex views"), false);
        return;
    }
    const QByteArray pattern = encoding_ == body_content::Encoding::Latin1 ? text.toLatin1() : text.toUtf8();
    searcher_ = std::make_shared<BodySearcher>(pattern, findBar_->isCaseSensitive());
    searchedDocument_ = document;
    searchFinishedSignalled_ = false;
    // The first match at or below what is on screen comes first, as in an editor.
    PagedTextView* textView = textViewFor(view_);
    searchAnchor_ = textView != nullptr ? textView->firstVisibleOffset() : 0;
    if (textView != nullptr)
        textView->setSearch(searcher_);
    else
        hexView_->setSearch(searcher_);
    searchPump_ = new BodyPump(document, searcher_, &pool_, this);
    connect(searchPump_, &BodyPump::progressed, this, &BodyViewer::onSearchProgress);
    connect(searchPump_, &BodyPump::done, this, &BodyViewer::onSearchProgress);
    findBar_->setStatus(tr("Searching…"), false);
    if (isSearchDocumentComplete())
        searchPump_->setComplete();
    else
        searchPump_->poke();
}

void BodyViewer::onSearchProgress()
{
    if (!searcher_)
        return;
    const qint64 count = searcher_->matchCount();
    const bool finished = searcher_->isFinished();
    if (currentMatch_ < 0) {
        const qint64 below = searcher_->firstMatchFrom(searchAnchor_);
        if (below >= 0)
            selectMatch(below);
        else if (finished && count > 0)
            selectMatch(0);
    }
    const QLocale locale;
    const QString total = searcher_->isCapped() ? tr("%1+").arg(locale.toString(count)) : locale.toString(count);
    if (count == 0)
        findBar_->setStatus(finished ? tr("No matches") : tr("Searching…"), finished);
    else if (currentMatch_ >= 0)
        findBar_->setStatus(
            tr("%1 of %2%3").arg(locale.toString(currentMatch_ + 1), total, finished ? QString() : tr(" (searching…)")),
            false);
    else
        findBar_->setStatus(tr("%1 found, searching…").arg(total), false);
    if (PagedTextView* text = textViewFor(view_))
        text->viewport()->update();
    else
        hexView_->viewport()->update();
    if (finished && !searchFinishedSignalled_) {
        searchFinishedSignalled_ = true;
        emit searchFinished();
    }
}

void BodyViewer::selectMatch(qint64 index)
{
    if (!searcher_)
        return;
    const qint64 offset = searcher_->matchAt(index);
    if (offset < 0)
        return;
    currentMatch_ = index;
    if (PagedTextView* text = textViewFor(view_))
        text->setCurrentMatch(offset, searcher_->patternLength());
    else
        hexView_->setCurrentMatch(offset, searcher_->patternLength());
    emit currentMatchChanged(offset);
}

void BodyViewer::findNext()
{
    if (!searcher_) {
        find();
        return;
    }
    const qint64 count = searcher_->matchCount();
    if (count == 0)
        return;
    selectMatch(currentMatch_ < 0 ? 0 : (currentMatch_ + 1) % count);
    onSearchProgress();
}

void BodyViewer::findPrevious()
{
    if (!searcher_) {
        find();
        return;
    }
    const qint64 count = searcher_->matchCount();
    if (count == 0)
        return;
    selectMatch(currentMatch_ <= 0 ? count - 1 : currentMatch_ - 1);
    onSearchProgress();
}

qint64 BodyViewer::matchCount() const
{
    return searcher_ ? searcher_->matchCount() : 0;
}

qint64 BodyViewer::currentMatchOffset() const
{
    return searcher_ && currentMatch_ >= 0 ? searcher_->matchAt(currentMatch_) : -1;
}

bool BodyViewer::isSearchFinished() const
{
    // Finished once the viewer has seen it finish (and picked the current match), not merely on the worker.
    return searcher_ && searchFinishedSignalled_;
}

} // namespace hinterscope

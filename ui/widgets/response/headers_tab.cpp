#include "widgets/response/headers_tab.h"

#include "models/headers_model.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

QTableView* headersTable(HeadersModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return view;
}

QWidget* titled(QLabel* title, QTableView* view, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(view);
    return box;
}

} // namespace

HeadersTab::HeadersTab(HeadersModel* response, HeadersModel* request, QWidget* parent)
    : QWidget(parent)
    , response_(response)
    , request_(request)
{
    setObjectName(QStringLiteral("headersTab"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    rawToggle_ = new QToolButton(this);
    rawToggle_->setObjectName(QStringLiteral("rawHeadersToggle"));
    rawToggle_->setText(tr("Raw"));
    rawToggle_->setCheckable(true);
    rawToggle_->setToolTip(tr("Show every head exactly as it was sent and received"));
    bar->addStretch(1);
    bar->addWidget(rawToggle_);
    layout->addLayout(bar);

    pages_ = new QStackedWidget(this);
    auto* splitter = new QSplitter(Qt::Vertical, pages_);
    responseLine_ = new QLabel(splitter);
    responseLine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    requestLine_ = new QLabel(splitter);
    requestLine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    responseView_ = headersTable(response_, QStringLiteral("responseHeadersView"), splitter);
    requestView_ = headersTable(request_, QStringLiteral("requestHeadersView"), splitter);
    splitter->addWidget(titled(responseLine_, responseView_, splitter));
    splitter->addWidget(titled(requestLine_, requestView_, splitter));
    pages_->addWidget(splitter);

    raw_ = new QPlainTextEdit(pages_);
    raw_->setObjectName(QStringLiteral("rawHeadersView"));
    raw_->setReadOnly(true);
    raw_->setLineWrapMode(QPlainTextEdit::NoWrap);
    raw_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pages_->addWidget(raw_);
    layout->addWidget(pages_, 1);

    connect(rawToggle_, &QToolButton::toggled, this, [this](bool raw) { pages_->setCurrentIndex(raw ? 1 : 0); });
    clear();
}

void HeadersTab::setRaw(bool raw)
{
    rawToggle_->setChecked(raw);
}

bool HeadersTab::isRaw() const
{
    return rawToggle_->isChecked();
}

QString HeadersTab::rawText(const QList<MessageHeads::Head>& heads)
{
    QString text;
    int hop = 0;
    for (const auto& head : heads) {
        if (head.sent)
            ++hop;
        if (!text.isEmpty())
            text += u'\n';
        text += head.sent ? tr("── sent, hop %1, %n bytes ──", nullptr, static_cast<int>(head.bytes.size())).arg(hop)
                          : tr("── received, hop %1, %n bytes ──", nullptr, static_cast<int>(head.bytes.size()))
                                .arg(std::max(hop, 1));
        text += u'\n';
        // Latin-1: one character per byte, so nothing is merged or lost in decoding. CR LF ends a line; a CR
        // or LF on its own is shown as its picture (a malformed line end stays visible).
        const QByteArray& bytes = head.bytes;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
                continue;
            if (c == '\n') {
                if (i == 0 || bytes[i - 1] != '\r')
                    text += QChar(0x240a);
                text += u'\n';
            } else if (c < 0x20 && c != '\t') {
                text += QChar(0x2400 + c);
            } else if (c == 0x7f) {
                text += QChar(0x2421);
            } else {
                text += QChar::fromLatin1(static_cast<char>(c));
            }
        }
        if (text.size() > kMaxRawChars) {
            text.truncate(kMaxRawChars);
            text += u'\n' + tr("… (cut: more heads than the raw view shows)");
            break;
        }
    }
    return text;
}

void HeadersTab::setExchange(const QList<MessageHeads::Head>& heads, const QByteArray& responseHead,
                             const QByteArray& requestHead)
{
    if (responseHead.isEmpty())
        response_->clear();
    else
        response_->setRawHead(responseHead);
    if (requestHead.isEmpty())
        request_->clear();
    else
        request_->setRawHead(requestHead);
    responseLine_->setText(response_->startLine().isEmpty() ? tr("Response headers")
                                                            : tr("Response headers — %1").arg(response_->startLine()));
    requestLine_->setText(request_->startLine().isEmpty() ? tr("Request headers")
                                                          : tr("Request headers — %1").arg(request_->startLine()));
    const QString text = rawText(heads);
    if (text != rawShown_) {
        rawShown_ = text;
        raw_->setPlainText(text);
    }
}

void HeadersTab::clear()
{
    setExchange({}, {}, {});
}

} // namespace hinterscope

#include "widgets/body/paged_text_view.h"

#include "bridge/body_store.h"
#include "widgets/body/body_pump.h"
#include "widgets/body/body_searcher.h"
#include "widgets/body/row_index.h"
#include "widgets/highlighting/syntax_repository.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStringDecoder>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>

namespace hinterscope {

namespace {

// Reads a body forward from a fixed start, loading more as a walk over rows needs it.
class ByteWindow {
public:
    ByteWindow(const ResponseBody& body, qint64 base, qint64 limit)
        : body_(body)
        , base_(base)
        , limit_(limit)
    {}

    // Makes bytes up to `position` (exclusive, absolute) available, as far as the limit allows.
    void load(qint64 position)
    {
        position = std::min(position, limit_);
        while (base_ + bytes_.size() < position) {
            const qint64 from = base_ + bytes_.size();
            const QByteArray more = body_.read(from, std::max<qint64>(position - from, 64 * 1024));
            if (more.isEmpty()) {
                limit_ = from; // the body could not be read further
                return;
            }
            bytes_.append(more);
        }
    }
    qint64 limit() const { return limit_; }
    const char* at(qint64 position) const { return bytes_.constData() + (position - base_); }
    QByteArray slice(qint64 from, qint64 to) const { return bytes_.mid(from - base_, to - from); }
    // A slice's start moved past UTF-8 continuation bytes.
    qint64 sequenceStart(qint64 position)
    {
        load(position + 4);
        const qint64 end = std::min(limit_, base_ + bytes_.size());
        const QByteArrayView view(bytes_.constData(), end - base_);
        return base_ + body_content::sequenceStart(view, position - base_);
    }

private:
    const ResponseBody& body_;
    const qint64 base_;
    qint64 limit_;
    QByteArray bytes_;
};

} // namespace

PagedTextView::PagedTextView(QThreadPool* pool, QWidget* parent)
    : QAbstractScrollArea(parent)
    , pool_(pool)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    font_ = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font_);
    const QFontMetrics metrics(font_);
    lineHeight_ = std::max(1, metrics.lineSpacing());
    characterWidth_ = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    horizontalScrollBar()->setSingleStep(characterWidth_ * 4);
    applyTheme();
}

PagedTextView::~PagedTextView() = default;

void PagedTextView::setBody(std::shared_ptr<ResponseBody> body, body_content::Encoding encoding, bool complete)
{
    delete pump_;
    body_ = std::move(body);
    encoding_ = encoding;
    index_.reset();
    searcher_.reset();
    currentMatch_ = -1;
    pendingScrollOffset_ = -1;
    selectionAnchor_ = selectionCursor_ = -1;
    invalidateRendering();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    if (body_) {
        index_ = std::make_shared<RowIndex>(sliceLength_);
        pump_ = new BodyPump(body_, index_, pool_, this);
        connect(pump_, &BodyPump::progressed, this, &PagedTextView::onIndexProgress);
        connect(pump_, &BodyPump::done, this, [this] {
            onIndexProgress();
            emit indexCompleted();
        });
        if (complete)
            pump_->setComplete();
        else
            pump_->poke();
    }
    updateScrollBars();
    viewport()->update();
}

void PagedTextView::refresh()
{
    if (pump_)
        pump_->poke();
}

void PagedTextView::setComplete()
{
    if (pump_)
        pump_->setComplete();
}

void PagedTextView::setDefinition(const KSyntaxHighlighting::Definition& definition)
{
    if (highlighter_.definition() == definition)
        return;
    highlighter_.setDefinition(definition);
    invalidateRendering();
    viewport()->update();
}

void PagedTextView::setSearch(std::shared_ptr<const BodySearcher> searcher)
{
    searcher_ = std::move(searcher);
    currentMatch_ = -1;
    viewport()->update();
}

void PagedTextView::setCurrentMatch(qint64 offset, qint64 length)
{
    currentMatch_ = offset;
    currentMatchLength_ = length;
    if (offset >= 0)
        scrollToOffset(offset);
    viewport()->update();
}

qint64 PagedTextView::rowCount() const
{
    return index_ ? index_->rowCount() : 0;
}

qint64 PagedTextView::lineCount() const
{
    return index_ ? index_->lineCount() : 0;
}

qint64 PagedTextView::indexedBytes() const
{
    return index_ ? index_->indexedBytes() : 0;
}

bool PagedTextView::isIndexComplete() const
{
    return index_ && index_->isComplete();
}

void PagedTextView::invalidateRendering()
{
    rendered_.clear();
    pageDirty_ = true;
}

void PagedTextView::applyTheme()
{
    const auto theme = syntax::themeFor(palette());
    highlighter_.setTheme(theme);
    const auto color = [&theme](KSyntaxHighlighting::Theme::EditorColorRole role) {
        return QColor::fromRgba(theme.editorColor(role));
    };
    background_ = color(KSyntaxHighlighting::Theme::BackgroundColor);
    foreground_ = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
    gutterBackground_ = color(KSyntaxHighlighting::Theme::IconBorder);
    gutterForeground_ = color(KSyntaxHighlighting::Theme::LineNumbers);
    selectionBackground_ = color(KSyntaxHighlighting::Theme::TextSelection);
    matchBackground_ = color(KSyntaxHighlighting::Theme::SearchHighlight);
    if (!theme.isValid()) {
        background_ = palette().color(QPalette::Base);
        foreground_ = palette().color(QPalette::Text);
        gutterBackground_ = palette().color(QPalette::AlternateBase);
        gutterForeground_ = palette().color(QPalette::PlaceholderText);
        selectionBackground_ = palette().color(QPalette::Highlight);
        matchBackground_ = QColor(255, 230, 120);
    }
    invalidateRendering();
    viewport()->update();
}

void PagedTextView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

int PagedTextView::visibleRowCapacity() const
{
    return viewport()->height() / lineHeight_ + 1;
}

int PagedTextView::gutterWidth() const
{
    const qint64 lines = std::max<qint64>(lineCount(), 1);
    const int digits = int(QString::number(lines).size());
    return (std::max(digits, 3) + 2) * characterWidth_;
}

std::vector<PagedTextView::RowSpan> PagedTextView::readRows(qint64 firstRow, int count, qint64 untilOffset) const
{
    std::vector<RowSpan> rows;
    if (!index_ || !body_ || count <= 0)
        return rows;
    const RowAnchor anchor = index_->anchorForRow(firstRow);
    const qint64 slice = index_->sliceLength();
    const bool utf8 = encoding_ == body_content::Encoding::Utf8;
    ByteWindow window(*body_, anchor.lineStart + anchor.slice * slice, index_->indexedBytes());

    RowAnchor cursor = anchor;
    while (int(rows.size()) < count) {
        const qint64 nominal = cursor.lineStart + cursor.slice * slice;
        if (nominal >= window.limit())
            break;
        const qint64 start = cursor.slice > 0 && utf8 ? window.sequenceStart(nominal) : nominal;
        const qint64 nextNominal = nominal + slice;
        // A newline right at the next slice's nominal start still ends this one: the index counts it so.
        const qint64 searchEnd = std::min(nextNominal + 1, window.limit());
        window.load(searchEnd);
        const qint64 searchable = std::max<qint64>(0, std::min(searchEnd, window.limit()) - start);
        const auto* newline = searchable > 0
                                  ? static_cast<const char*>(std::memchr(window.at(start), '\n', size_t(searchable)))
                                  : nullptr;
        RowSpan span;
        span.row = cursor.row;
        span.line = cursor.line;
        span.start = start;
        span.firstOfLine = cursor.slice == 0;
        if (newline != nullptr) {
            const qint64 at = start + (newline - window.at(start));
            span.end = at > start && *window.at(at - 1) == '\r' ? at - 1 : at;
            cursor = RowAnchor{cursor.row + 1, cursor.line + 1, at + 1, 0};
        } else {
            span.end = nextNominal < window.limit() ? (utf8 ? window.sequenceStart(nextNominal) : nextNominal)
                                                    : window.limit();
            cursor = RowAnchor{cursor.row + 1, cursor.line, cursor.lineStart, cursor.slice + 1};
        }
        if (untilOffset >= 0 && span.start > untilOffset)
            break;
        if (span.row >= firstRow) {
            span.bytes = window.slice(span.start, span.end);
            rows.push_back(std::move(span));
        }
    }
    return rows;
}

qint64 PagedTextView::rowOfOffset(qint64 offset) const
{
    if (!index_)
        return 0;
    const RowAnchor anchor = index_->anchorForOffset(offset);
    // At most an anchor's spacing (64 KiB) lies between it and the row wanted: the last row starting at or
    // before the offset holds it.
    const auto rows = readRows(anchor.row, INT_MAX, offset);
    return rows.empty() ? anchor.row : rows.back().row;
}

void PagedTextView::ensurePage()
{
    const qint64 first = verticalScrollBar()->value();
    if (!pageDirty_ && first == pageFirstRow_ && windowStart() == pageWindowStart_)
        return;
    pageWindowStart_ = windowStart();
    pageIndexedBytes_ = indexedBytes();
    pageGutterWidth_ = gutterWidth();
    page_ = readRows(first, visibleRowCapacity());
    pageFirstRow_ = first;
    pageDirty_ = false;

    // The previous row's end state, if it was highlighted before, keeps multi-row constructs right.
    KSyntaxHighlighting::State state;
    if (const auto above = rendered_.constFind(first - 1); above != rendered_.constEnd())
        state = above->after;
    qsizetype widest = 0;
    QElapsedTimer budget;
    budget.start();
    bool deferred = false;
    for (const auto& span : page_) {
        // Past the budget, rows are shown plain and highlighted on the next turn of the event loop.
        const bool mayHighlight = budget.elapsed() < kHighlightBudgetMs;
        deferred = deferred || !mayHighlight;
        const RenderedRow& row = render(span, state, mayHighlight);
        state = row.after;
        widest = std::max(widest, row.text.size());
    }
    if (rendered_.size() > int(page_.size()) * 4 + 64) {
        // Drop what scrolled away; keep the page and the row above it.
        for (auto it = rendered_.begin(); it != rendered_.end();) {
            if (it.key() < first - 1 || it.key() >= first + qint64(page_.size()))
                it = rendered_.erase(it);
            else
                ++it;
        }
    }
    const int textWidth = viewport()->width() - textLeft();
    if (deferred) {
        QTimer::singleShot(0, this, [this] {
            pageDirty_ = true;
            viewport()->update();
        });
    }
    // Rows are monospaced text of at most a slice: their width is their length in characters, near enough.
    horizontalScrollBar()->setRange(0, std::max(0, int(widest + 2) * characterWidth_ - textWidth));
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
}

const PagedTextView::RenderedRow& PagedTextView::render(const RowSpan& span, const KSyntaxHighlighting::State& before,
                                                        bool mayHighlight)
{
    auto& row = rendered_[span.row];
    const int window = windowStart();
    if (row.start != span.start || row.end != span.end || row.before != before || row.text.isNull()) {
        row.start = span.start;
        row.end = span.end;
        row.bytes = span.bytes;
        row.before = before;
        row.text = body_content::decodeRow(span.bytes, encoding_);
        row.highlightedWindow = -1;
        row.layout.reset();
    }
    const bool longRow = row.text.size() > kFullHighlightCharacters;
    if (row.highlightedWindow < 0 || (longRow && row.highlightedWindow != window)) {
        if (mayHighlight) {
            highlight(row, longRow ? window : 0);
            row.layout.reset();
        } else if (row.highlightedWindow != kNotHighlighted) {
            row.formats.clear();
            row.after = row.before;
            row.highlightedWindow = kNotHighlighted;
            row.layout.reset();
        }
    }
    if (!row.layout || row.windowStart != window || row.windowLength != windowLength())
        layOut(row, window);
    return row;
}

void PagedTextView::highlight(RenderedRow& row, int window)
{
    row.formats.clear();
    row.highlightedWindow = window;
    if (!highlighter_.definition().isValid()) {
        row.after = row.before;
        return;
    }
    if (row.text.size() <= kFullHighlightCharacters) {
        row.after = highlighter_.highlight(row.text, row.before, &row.formats);
        return;
    }
    // A long row (a slice of a huge line) is highlighted only around what is on screen: KSyntaxHighlighting
    // manages a few MB/s, too slow for a page of 4 KiB rows. Mid-row it starts afresh, a little to the left
    // so it can find its footing; the row after starts afresh too.
    const int from = std::max(0, window - kHighlightLookback);
    const int length = window + windowLength() - from;
    row.after = KSyntaxHighlighting::State();
    highlighter_.highlight(QStringView(row.text).mid(from, std::min<qsizetype>(length, row.text.size() - from)),
                           from == 0 ? row.before : KSyntaxHighlighting::State(), &row.formats);
    for (auto& range : row.formats)
        range.start += from;
}

int PagedTextView::windowStart() const
{
    const int firstColumn = horizontalScrollBar()->value() / characterWidth_;
    return firstColumn / kWindowStep * kWindowStep;
}

int PagedTextView::windowLength() const
{
    // From the window's start (up to a step left of the screen's edge) to a little past the right edge.
    return viewport()->width() / characterWidth_ + kWindowStep + 8;
}

void PagedTextView::layOut(RenderedRow& row, int windowStart) const
{
    // A window of a few hundred characters costs a fraction of a whole 4 KiB row full of tokens.
    const int length = windowLength();
    row.windowStart = windowStart;
    row.windowLength = length;
    const QString text = windowStart < row.text.size() ? row.text.mid(windowStart, length) : QString();
    QList<QTextLayout::FormatRange> formats;
    for (const auto& range : std::as_const(row.formats)) {
        const int from = std::max(range.start, windowStart);
        const int to = std::min(range.start + range.length, windowStart + length);
        if (from < to)
            formats.append(QTextLayout::FormatRange{from - windowStart, to - from, range.format});
    }
    row.layout = std::make_shared<QTextLayout>(text, font_);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(characterWidth_ * 4);
    row.layout->setTextOption(option);
    row.layout->setFormats(formats);
    row.layout->beginLayout();
    QTextLine line = row.layout->createLine();
    if (line.isValid())
        line.setLineWidth(1.0e6);
    row.layout->endLayout();
    if (!line.isValid()) {
        // An empty text still needs a line to draw and hit-test.
        row.layout->beginLayout();
        row.layout->createLine();
        row.layout->endLayout();
    }
}

void PagedTextView::paintEvent(QPaintEvent* /*event*/)
{
    ensurePage();
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), background_);
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), gutterBackground_);

    const qint64 pageStart = page_.empty() ? 0 : page_.front().start;
    const qint64 pageEnd = page_.empty() ? 0 : page_.back().end + 1;
    const std::vector<qint64> matches = searcher_ ? searcher_->matchesIn(pageStart, pageEnd) : std::vector<qint64>();
    const qint64 matchLength = searcher_ ? searcher_->patternLength() : 0;
    const qint64 selectionFrom = std::min(selectionAnchor_, selectionCursor_);
    const qint64 selectionTo = std::max(selectionAnchor_, selectionCursor_);

    const int left = textLeft() - horizontalScrollBar()->value();
    int y = 0;
    for (const auto& span : page_) {
        const RenderedRow& row = rendered_[span.row];
        const int window = row.windowStart;
        const int windowEnd = window + windowLength();
        const auto characterAt = [&](qint64 offset) {
            const int character = int(body_content::characterForByte(
                row.bytes, std::clamp(offset, span.start, span.end) - span.start, encoding_));
            return std::clamp(character, window, windowEnd) - window;
        };
        QList<QTextLayout::FormatRange> marks;
        const auto mark = [&](qint64 from, qint64 to, const QColor& color, const QColor& text) {
            if (to <= span.start || from >= span.end)
                return;
            const int first = characterAt(from);
            const int last = characterAt(to);
            if (last <= first)
                return;
            QTextCharFormat format;
            format.setBackground(color);
            if (text.isValid())
                format.setForeground(text);
            marks.append(QTextLayout::FormatRange{first, last - first, format});
        };
        for (const qint64 match : matches)
            mark(match, match + matchLength, matchBackground_, QColor());
        if (currentMatch_ >= 0)
            mark(currentMatch_, currentMatch_ + currentMatchLength_, QColor(255, 150, 30), QColor(Qt::black));
        if (selectionAnchor_ >= 0 && selectionFrom < selectionTo)
            mark(selectionFrom, selectionTo, selectionBackground_, QColor());

        painter.setPen(foreground_);
        painter.setClipRect(QRect(gutter, 0, viewport()->width() - gutter, viewport()->height()));
        row.layout->draw(&painter, QPointF(left + window * characterWidth_, y), marks);
        painter.setClipping(false);
        painter.setPen(gutterForeground_);
        const QRect numberBox(0, y, gutter - characterWidth_, lineHeight_);
        // A slice that continues a line gets a mark instead of a number.
        const QString label = span.firstOfLine ? QString::number(span.line + 1) : QStringLiteral("\u21aa");
        painter.drawText(numberBox, Qt::AlignRight | Qt::AlignVCenter, label);
        y += lineHeight_;
    }
}

void PagedTextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    pageDirty_ = true;
    updateScrollBars();
}

void PagedTextView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    viewport()->update();
}

void PagedTextView::updateScrollBars()
{
    const qint64 rows = rowCount();
    const int fullRows = std::max(1, viewport()->height() / lineHeight_);
    // QScrollBar counts in int: beyond that many rows (over 2 GiB of one-byte lines) the end is out of reach.
    const qint64 maximum = std::clamp<qint64>(rows - fullRows, 0, INT_MAX - 1);
    verticalScrollBar()->setRange(0, int(maximum));
    verticalScrollBar()->setPageStep(fullRows);
    verticalScrollBar()->setSingleStep(1);
}

void PagedTextView::onIndexProgress()
{
    const int gutter = gutterWidth();
    updateScrollBars();
    // A page ending before the indexed end shows the same rows however the body grows: no repaint for it.
    const bool pageMayChange = page_.empty() || int(page_.size()) < visibleRowCapacity() ||
                               page_.back().end + 2 >= pageIndexedBytes_ || gutter != pageGutterWidth_;
    if (pageMayChange) {
        pageDirty_ = true;
        viewport()->update();
    }
    if (pendingScrollOffset_ >= 0 && pendingScrollOffset_ < indexedBytes()) {
        const qint64 target = pendingScrollOffset_;
        pendingScrollOffset_ = -1;
        scrollToOffset(target);
    }
    emit indexProgressed();
}

void PagedTextView::scrollToOffset(qint64 offset)
{
    if (!index_)
        return;
    if (offset >= index_->indexedBytes()) {
        pendingScrollOffset_ = offset;
        return;
    }
    const qint64 row = rowOfOffset(offset);
    const qint64 first = verticalScrollBar()->value();
    const int fullRows = std::max(1, viewport()->height() / lineHeight_);
    if (row < first || row >= first + fullRows)
        verticalScrollBar()->setValue(int(std::clamp<qint64>(row - fullRows / 3, 0, INT_MAX - 1)));
    revealCurrentMatchHorizontally();
    viewport()->update();
}

void PagedTextView::revealCurrentMatchHorizontally()
{
    if (currentMatch_ < 0)
        return;
    ensurePage();
    for (const auto& span : page_) {
        if (currentMatch_ < span.start || currentMatch_ > span.end)
            continue;
        const RenderedRow& row = rendered_[span.row];
        const int character = int(body_content::characterForByte(row.bytes, currentMatch_ - span.start, encoding_));
        const int x = character * characterWidth_;
        const int visible = viewport()->width() - textLeft();
        auto* bar = horizontalScrollBar();
        if (x < bar->value() || x > bar->value() + visible - characterWidth_ * 8)
            bar->setValue(std::max(0, x - visible / 3));
        return;
    }
}

QStringList PagedTextView::visibleRowTexts()
{
    ensurePage();
    QStringList texts;
    for (const auto& span : page_)
        texts.append(rendered_[span.row].text);
    return texts;
}

qint64 PagedTextView::firstVisibleOffset()
{
    ensurePage();
    return page_.empty() ? 0 : page_.front().start;
}

qint64 PagedTextView::offsetAt(const QPoint& position)
{
    ensurePage();
    if (page_.empty())
        return 0;
    const int index = position.y() / lineHeight_;
    if (position.y() < 0)
        return page_.front().start;
    if (index >= int(page_.size()))
        return page_.back().end;
    const RowSpan& span = page_[size_t(index)];
    const RenderedRow& row = rendered_[span.row];
    const qreal x = position.x() - textLeft() + horizontalScrollBar()->value() - row.windowStart * characterWidth_;
    const int character = row.windowStart + row.layout->lineAt(0).xToCursor(std::max<qreal>(0, x));
    return span.start + body_content::byteForCharacter(row.bytes, character, encoding_);
}

void PagedTextView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 offset = offsetAt(event->position().toPoint());
    if (event->modifiers() & Qt::ShiftModifier && selectionAnchor_ >= 0) {
        selectionCursor_ = offset;
    } else {
        selectionAnchor_ = selectionCursor_ = offset;
    }
    viewport()->update();
}

void PagedTextView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || selectionAnchor_ < 0)
        return;
    const QPoint position = event->position().toPoint();
    // Dragging past an edge scrolls, a row per move.
    if (position.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (position.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    selectionCursor_ = offsetAt(position);
    viewport()->update();
}

void PagedTextView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // A word (or a JSON value's unquoted run) under the pointer.
    ensurePage();
    const int index = event->position().toPoint().y() / lineHeight_;
    if (index < 0 || index >= int(page_.size()))
        return;
    const RowSpan& span = page_[size_t(index)];
    const qint64 at = offsetAt(event->position().toPoint()) - span.start;
    const auto isWord = [](char byte) {
        return std::isalnum(static_cast<unsigned char>(byte)) || byte == '_' || byte == '-' || byte == '.' ||
               (static_cast<unsigned char>(byte) & 0x80) != 0;
    };
    qint64 from = at;
    qint64 to = at;
    while (from > 0 && isWord(span.bytes[from - 1]))
        --from;
    while (to < span.bytes.size() && isWord(span.bytes[to]))
        ++to;
    selectionAnchor_ = span.start + from;
    selectionCursor_ = span.start + to;
    viewport()->update();
}

QString PagedTextView::selectedText(bool* truncated) const
{
    if (!hasSelection() || !body_)
        return {};
    const qint64 from = std::min(selectionAnchor_, selectionCursor_);
    const qint64 to = std::max(selectionAnchor_, selectionCursor_);
    const qint64 length = std::min(to - from, kMaxCopyBytes);
    if (truncated != nullptr)
        *truncated = length < to - from;
    const QByteArray bytes = body_->read(from, length);
    if (encoding_ == body_content::Encoding::Latin1)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

void PagedTextView::copy()
{
    bool truncated = false;
    const QString text = selectedText(&truncated);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    if (truncated)
        emit copyTruncated(kMaxCopyBytes);
}

void PagedTextView::selectAll()
{
    if (!index_)
        return;
    selectionAnchor_ = 0;
    selectionCursor_ = index_->indexedBytes();
    viewport()->update();
}

void PagedTextView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy))
        return copy();
    if (event->matches(QKeySequence::SelectAll))
        return selectAll();
    if (event->matches(QKeySequence::MoveToStartOfDocument))
        return verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    if (event->matches(QKeySequence::MoveToEndOfDocument))
        return verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    if (event->key() == Qt::Key_Home)
        return horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    if (event->key() == Qt::Key_End)
        return horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QAbstractScrollArea::keyPressEvent(event);
}

void PagedTextView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copyAction = menu.addAction(tr("&Copy"), QKeySequence::Copy, this, &PagedTextView::copy);
    copyAction->setEnabled(hasSelection());
    menu.addAction(tr("Select &All"), QKeySequence::SelectAll, this, &PagedTextView::selectAll);
    menu.exec(event->globalPos());
}

} // namespace hinterscope

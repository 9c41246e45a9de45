#include "widgets/body/hex_view.h"

#include "bridge/body_store.h"
#include "widgets/body/body_searcher.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace hinterscope {

namespace {

// Columns of a row: offset, two spaces, 16 × "xx " with an extra space after the eighth, a space, |ascii|.
int hexColumn(int offsetDigits, int byteIndex)
{
    return offsetDigits + 2 + byteIndex * 3 + (byteIndex >= 8 ? 1 : 0);
}

int asciiColumn(int offsetDigits, int byteIndex)
{
    return hexColumn(offsetDigits, HexView::kBytesPerRow) + 1 + byteIndex;
}

} // namespace

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    const QFontMetrics metrics(font);
    lineHeight_ = std::max(1, metrics.lineSpacing());
    characterWidth_ = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
}

void HexView::setBody(std::shared_ptr<ResponseBody> body)
{
    body_ = std::move(body);
    searcher_.reset();
    currentMatch_ = -1;
    knownSize_ = body_ ? body_->size() : 0;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void HexView::refresh()
{
    const qint64 size = body_ ? body_->size() : 0;
    if (size == knownSize_)
        return;
    // A repaint only when the new bytes land on screen.
    const bool visible = knownSize_ < (firstRow() + visibleRows()) * kBytesPerRow;
    knownSize_ = size;
    updateScrollBars();
    if (visible)
        viewport()->update();
}

void HexView::setSearch(std::shared_ptr<const BodySearcher> searcher)
{
    searcher_ = std::move(searcher);
    currentMatch_ = -1;
    viewport()->update();
}

void HexView::setCurrentMatch(qint64 offset, qint64 length)
{
    currentMatch_ = offset;
    currentMatchLength_ = length;
    if (offset >= 0)
        scrollToOffset(offset);
    viewport()->update();
}

void HexView::scrollToOffset(qint64 offset)
{
    const qint64 row = offset / kBytesPerRow;
    const int rows = std::max(1, viewport()->height() / lineHeight_);
    if (row < firstRow() || row >= firstRow() + rows)
        verticalScrollBar()->setValue(int(std::clamp<qint64>(row - rows / 3, 0, INT_MAX - 1)));
}

int HexView::offsetDigits() const
{
    int digits = 8;
    while (digits < 16 && (knownSize_ >> (digits * 4)) != 0)
        ++digits;
    return digits;
}

qint64 HexView::firstRow() const
{
    return verticalScrollBar()->value();
}

int HexView::visibleRows() const
{
    return viewport()->height() / lineHeight_ + 1;
}

void HexView::updateScrollBars()
{
    const qint64 rows = (knownSize_ + kBytesPerRow - 1) / kBytesPerRow;
    const int fullRows = std::max(1, viewport()->height() / lineHeight_);
    // int rows of 16 bytes reach 32 GiB; past that the end is out of the scroll bar's reach.
    verticalScrollBar()->setRange(0, int(std::clamp<qint64>(rows - fullRows, 0, INT_MAX - 1)));
    verticalScrollBar()->setPageStep(fullRows);
    const int width = asciiColumn(offsetDigits(), kBytesPerRow) + 2;
    horizontalScrollBar()->setRange(0, std::max(0, width * characterWidth_ - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QString HexView::formatRow(qint64 offset, QByteArrayView bytes, int offsetDigits)
{
    QString text = QStringLiteral("%1  ").arg(offset, offsetDigits, 16, QLatin1Char('0'));
    for (int i = 0; i < kBytesPerRow; ++i) {
        if (i == 8)
            text += QLatin1Char(' ');
        if (i < bytes.size())
            text += QStringLiteral("%1 ").arg(static_cast<uchar>(bytes[i]), 2, 16, QLatin1Char('0'));
        else
            text += QStringLiteral("   ");
    }
    text += QLatin1Char('|');
    for (const char byte : bytes) {
        const auto value = static_cast<uchar>(byte);
        text += value >= 0x20 && value < 0x7f ? QLatin1Char(char(value)) : QLatin1Char('.');
    }
    text += QLatin1Char('|');
    return text;
}

QStringList HexView::visibleRowTexts() const
{
    QStringList rows;
    if (!body_)
        return rows;
    const qint64 first = firstRow();
    const QByteArray bytes = body_->read(first * kBytesPerRow, qint64(visibleRows()) * kBytesPerRow);
    for (qsizetype at = 0; at < bytes.size(); at += kBytesPerRow)
        rows.append(formatRow(first * kBytesPerRow + at,
                              QByteArrayView(bytes).sliced(at, std::min<qsizetype>(kBytesPerRow, bytes.size() - at)),
                              offsetDigits()));
    return rows;
}

void HexView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!body_)
        return;
    const qint64 first = firstRow();
    const qint64 pageStart = first * kBytesPerRow;
    const QByteArray bytes = body_->read(pageStart, qint64(visibleRows()) * kBytesPerRow);
    const int digits = offsetDigits();
    const int left = -horizontalScrollBar()->value() + characterWidth_ / 2;
    const QFontMetrics metrics(font());

    // Match marks go under the text, in both the hex and the ASCII column.
    const auto markBytes = [&](qint64 from, qint64 to, const QColor& color) {
        for (qint64 at = std::max(from, pageStart); at < std::min<qint64>(to, pageStart + bytes.size()); ++at) {
            const int row = int((at - pageStart) / kBytesPerRow);
            const int column = int((at - pageStart) % kBytesPerRow);
            const int y = row * lineHeight_;
            painter.fillRect(
                QRect(left + hexColumn(digits, column) * characterWidth_, y, characterWidth_ * 2, lineHeight_), color);
            painter.fillRect(
                QRect(left + asciiColumn(digits, column) * characterWidth_, y, characterWidth_, lineHeight_), color);
        }
    };
    if (searcher_) {
        const qint64 length = searcher_->patternLength();
        for (const qint64 match : searcher_->matchesIn(pageStart, pageStart + bytes.size()))
            markBytes(match, match + length, QColor(255, 230, 120));
    }
    if (currentMatch_ >= 0)
        markBytes(currentMatch_, currentMatch_ + currentMatchLength_, QColor(255, 150, 30));

    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    const QColor textColor = palette().color(QPalette::Text);
    int y = 0;
    for (qsizetype at = 0; at < bytes.size(); at += kBytesPerRow) {
        const QString row =
            formatRow(pageStart + at,
                      QByteArrayView(bytes).sliced(at, std::min<qsizetype>(kBytesPerRow, bytes.size() - at)), digits);
        const int baseline = y + metrics.ascent();
        painter.setPen(offsetColor);
        painter.drawText(left, baseline, row.left(digits));
        painter.setPen(textColor);
        painter.drawText(left + (digits + 2) * characterWidth_, baseline, row.mid(digits + 2));
        y += lineHeight_;
    }
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::scrollContentsBy(int /*dx*/, int /*dy*/)
{
    viewport()->update();
}

void HexView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::MoveToStartOfDocument))
        return verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
    if (event->matches(QKeySequence::MoveToEndOfDocument))
        return verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace hinterscope

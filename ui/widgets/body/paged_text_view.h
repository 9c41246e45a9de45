#pragma once

#include "widgets/body/body_content.h"
#include "widgets/body/row_highlighter.h"

#include <KSyntaxHighlighting/State>

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

class QThreadPool;
class QTextLayout;

namespace hinterscope {

class BodyPump;
class BodySearcher;
class ResponseBody;
class RowIndex;

// A read-only text view over a ResponseBody of any size. It reads only the bytes of the rows it shows, keeps
// no text of the whole body, and lays out rows of at most sliceLength() bytes: a longer line is shown as
// several rows (marked in the gutter), so no multi-megabyte line ever reaches a text layout. The rows are
// found by a RowIndex built on a worker thread as the body grows. Highlighting runs only over the rows shown.
class PagedTextView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr int kDefaultSliceLength = 4096;
    // Copying more than this takes the first part only; "Save as" is the way to get everything.
    static constexpr qint64 kMaxCopyBytes = 16 * 1024 * 1024;

    explicit PagedTextView(QThreadPool* pool, QWidget* parent = nullptr);
    ~PagedTextView() override;

    // Null shows nothing. A complete body will not grow; otherwise call refresh() as it does, then setComplete().
    void setBody(std::shared_ptr<ResponseBody> body, body_content::Encoding encoding, bool complete);
    std::shared_ptr<ResponseBody> body() const { return body_; }
    void refresh();
    void setComplete();
    // Takes effect with the next setBody().
    void setSliceLength(int bytes) { sliceLength_ = bytes; }
    int sliceLength() const { return sliceLength_; }
    // An unchanged definition is not set again (that would throw the highlighted rows away).
    void setDefinition(const KSyntaxHighlighting::Definition& definition);

    // Matches to mark (null: none), and the one to show and mark strongly.
    void setSearch(std::shared_ptr<const BodySearcher> searcher);
    void setCurrentMatch(qint64 offset, qint64 length);
    // Scrolls so the row holding `offset` is shown; waits for the index if it has not got there yet.
    void scrollToOffset(qint64 offset);

    qint64 rowCount() const;
    qint64 lineCount() const;
    qint64 indexedBytes() const;
    bool isIndexComplete() const;
    // What the rows on screen hold, top to bottom (for tests and the benchmark).
    QStringList visibleRowTexts();
    qint64 firstVisibleOffset();

    bool hasSelection() const { return selectionAnchor_ >= 0 && selectionAnchor_ != selectionCursor_; }
    QString selectedText(bool* truncated = nullptr) const;

public slots:
    void copy();
    void selectAll();

signals:
    // More rows or lines are known.
    void indexProgressed();
    // Every byte of a complete body is indexed.
    void indexCompleted();
    void copyTruncated(qint64 copiedBytes);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct RowSpan {
        qint64 row = 0;
        qint64 line = 0;
        qint64 start = 0;
        qint64 end = 0; // content end: a line's "\r\n" is not part of it
        bool firstOfLine = true;
        QByteArray bytes;
    };
    struct RenderedRow {
        qint64 start = -1;
        qint64 end = -1;
        QByteArray bytes;
        QString text;
        KSyntaxHighlighting::State before;
        KSyntaxHighlighting::State after;
        QList<QTextLayout::FormatRange> formats;
        // Only a window of the row's characters around what is on screen is laid out.
        int highlightedWindow = -1;
        int windowStart = -1;
        int windowLength = 0;
        std::shared_ptr<QTextLayout> layout;
    };

    // Rows from `firstRow` on, at most `count`, none starting after `untilOffset` (when not negative).
    std::vector<RowSpan> readRows(qint64 firstRow, int count, qint64 untilOffset = -1) const;
    qint64 rowOfOffset(qint64 offset) const;
    void ensurePage();
    const RenderedRow& render(const RowSpan& span, const KSyntaxHighlighting::State& before, bool mayHighlight);
    void highlight(RenderedRow& row, int window);
    void layOut(RenderedRow& row, int windowStart) const;
    int windowStart() const;
    int windowLength() const;
    void onIndexProgress();
    void updateScrollBars();
    void applyTheme();
    void invalidateRendering();
    int visibleRowCapacity() const;
    int gutterWidth() const;
    int textLeft() const { return gutterWidth() + kTextMargin; }
    qint64 offsetAt(const QPoint& position);
    void revealCurrentMatchHorizontally();

    static constexpr int kTextMargin = 6;
    // Layout windows start at multiples of this many characters.
    static constexpr int kWindowStep = 64;
    // Rows up to this long are highlighted whole, with the state carried from the row above.
    static constexpr int kFullHighlightCharacters = 512;
    static constexpr int kHighlightLookback = 64;
    // Highlighting a page may take this long; the rest of the page follows a moment later.
    static constexpr qint64 kHighlightBudgetMs = 15;
    static constexpr int kNotHighlighted = -2;

    QThreadPool* const pool_;
    std::shared_ptr<ResponseBody> body_;
    std::shared_ptr<RowIndex> index_;
    QPointer<BodyPump> pump_;
    body_content::Encoding encoding_ = body_content::Encoding::Utf8;
    int sliceLength_ = kDefaultSliceLength;

    RowHighlighter highlighter_;
    QFont font_;
    int lineHeight_ = 1;
    int characterWidth_ = 1;
    QColor background_, foreground_, gutterBackground_, gutterForeground_, selectionBackground_, matchBackground_;

    bool pageDirty_ = true;
    qint64 pageFirstRow_ = -1;
    int pageWindowStart_ = 0;
    qint64 pageIndexedBytes_ = 0;
    int pageGutterWidth_ = 0;
    std::vector<RowSpan> page_;
    QHash<qint64, RenderedRow> rendered_;

    std::shared_ptr<const BodySearcher> searcher_;
    qint64 currentMatch_ = -1;
    qint64 currentMatchLength_ = 0;
    qint64 pendingScrollOffset_ = -1;

    qint64 selectionAnchor_ = -1;
    qint64 selectionCursor_ = -1;
};

} // namespace hinterscope

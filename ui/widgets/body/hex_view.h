#pragma once

#include <QAbstractScrollArea>

#include <memory>

namespace hinterscope {

class BodySearcher;
class ResponseBody;

// Offset, hex and ASCII columns over a body of any size, 16 bytes a row; only the rows shown are read.
class HexView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr int kBytesPerRow = 16;

    explicit HexView(QWidget* parent = nullptr);

    void setBody(std::shared_ptr<ResponseBody> body);
    // The body may have grown.
    void refresh();
    void setSearch(std::shared_ptr<const BodySearcher> searcher);
    void setCurrentMatch(qint64 offset, qint64 length);
    void scrollToOffset(qint64 offset);

    // The rows on screen as drawn, e.g. "00000010  41 42 …  |AB…|" (for tests).
    QStringList visibleRowTexts() const;
    static QString formatRow(qint64 offset, QByteArrayView bytes, int offsetDigits);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateScrollBars();
    int offsetDigits() const;
    qint64 firstRow() const;
    int visibleRows() const;

    std::shared_ptr<ResponseBody> body_;
    std::shared_ptr<const BodySearcher> searcher_;
    qint64 knownSize_ = 0;
    qint64 currentMatch_ = -1;
    qint64 currentMatchLength_ = 0;
    int lineHeight_ = 1;
    int characterWidth_ = 1;
};

} // namespace hinterscope

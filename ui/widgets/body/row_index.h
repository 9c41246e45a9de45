#pragma once

#include "widgets/body/chunk_consumer.h"

#include <QtGlobal>

#include <mutex>
#include <vector>

namespace hinterscope {

// Where a row starts: row `row` is slice `slice` of line `line`, which starts at byte `lineStart`. A slice
// starts nominally at lineStart + slice * sliceLength; the reader moves that past UTF-8 continuation bytes.
struct RowAnchor {
    qint64 row = 0;
    qint64 line = 0;
    qint64 lineStart = 0;
    qint64 slice = 0;
};

// The rows of a body, built front to back as the body grows (a ChunkConsumer fed by a BodyPump) and read by
// the view on the GUI thread. A row is a line, or a slice of at most sliceLength bytes of a longer line, so no
// row a view lays out is longer than that. Only an anchor every 1024 rows or 64 KiB is kept: memory stays
// small for any body, and any row is at most 64 KiB of scanning away from an anchor.
class RowIndex : public ChunkConsumer {
public:
    explicit RowIndex(int sliceLength);

    bool consume(QByteArrayView chunk, qint64 offset) override;
    void finish() override;

    int sliceLength() const { return sliceLength_; }
    // Rows and lines in the bytes indexed so far (an unterminated last line counts).
    qint64 rowCount() const;
    qint64 lineCount() const;
    qint64 indexedBytes() const;
    bool isComplete() const;
    // The last anchor at or before `row`, or whose nominal start is at or before `offset`.
    RowAnchor anchorForRow(qint64 row) const;
    RowAnchor anchorForOffset(qint64 offset) const;

    static constexpr qint64 kAnchorRows = 1024;
    static constexpr qint64 kAnchorBytes = 64 * 1024;

private:
    void visitRow(const RowAnchor& row, std::vector<RowAnchor>& fresh);
    void visitSlicesBefore(qint64 end, std::vector<RowAnchor>& fresh);

    const int sliceLength_;

    // Worker side: where the scan is.
    qint64 lineStart_ = 0;
    qint64 line_ = 0;
    qint64 rowsBeforeLine_ = 0;
    qint64 nextSlice_ = 1;
    RowAnchor lastAnchor_;

    // Published to readers.
    mutable std::mutex mutex_;
    std::vector<RowAnchor> anchors_{RowAnchor{}};
    qint64 publishedLineStart_ = 0;
    qint64 publishedLine_ = 0;
    qint64 publishedRowsBeforeLine_ = 0;
    qint64 indexed_ = 0;
    bool complete_ = false;
};

} // namespace hinterscope

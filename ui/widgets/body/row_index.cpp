#include "widgets/body/row_index.h"

#include <algorithm>
#include <cstring>

namespace hinterscope {

RowIndex::RowIndex(int sliceLength)
    : sliceLength_(std::max(16, sliceLength))
{}

void RowIndex::visitRow(const RowAnchor& row, std::vector<RowAnchor>& fresh)
{
    const qint64 start = row.lineStart + row.slice * sliceLength_;
    const qint64 lastStart = lastAnchor_.lineStart + lastAnchor_.slice * sliceLength_;
    if (row.row - lastAnchor_.row >= kAnchorRows || start - lastStart >= kAnchorBytes) {
        lastAnchor_ = row;
        fresh.push_back(row);
    }
}

void RowIndex::visitSlicesBefore(qint64 end, std::vector<RowAnchor>& fresh)
{
    // A long line: its slices are rows too and may need anchors of their own.
    for (; lineStart_ + nextSlice_ * sliceLength_ < end; ++nextSlice_)
        visitRow(RowAnchor{rowsBeforeLine_ + nextSlice_, line_, lineStart_, nextSlice_}, fresh);
}

bool RowIndex::consume(QByteArrayView chunk, qint64 offset)
{
    std::vector<RowAnchor> fresh;
    const char* const begin = chunk.data();
    const char* const end = begin + chunk.size();
    const char* cursor = begin;
    while (cursor < end) {
        const auto* newline = static_cast<const char*>(std::memchr(cursor, '\n', static_cast<size_t>(end - cursor)));
        if (newline == nullptr) {
            visitSlicesBefore(offset + chunk.size(), fresh);
            break;
        }
        const qint64 newlineAt = offset + (newline - begin);
        visitSlicesBefore(newlineAt, fresh);
        const qint64 length = newlineAt - lineStart_;
        rowsBeforeLine_ += std::max<qint64>(1, (length + sliceLength_ - 1) / sliceLength_);
        lineStart_ = newlineAt + 1;
        ++line_;
        nextSlice_ = 1;
        visitRow(RowAnchor{rowsBeforeLine_, line_, lineStart_, 0}, fresh);
        cursor = newline + 1;
    }
    std::lock_guard lock(mutex_);
    anchors_.insert(anchors_.end(), fresh.begin(), fresh.end());
    publishedLineStart_ = lineStart_;
    publishedLine_ = line_;
    publishedRowsBeforeLine_ = rowsBeforeLine_;
    indexed_ = offset + chunk.size();
    return true;
}

void RowIndex::finish()
{
    std::lock_guard lock(mutex_);
    complete_ = true;
}

qint64 RowIndex::rowCount() const
{
    std::lock_guard lock(mutex_);
    const qint64 partial = indexed_ - publishedLineStart_;
    return publishedRowsBeforeLine_ + (partial + sliceLength_ - 1) / sliceLength_;
}

qint64 RowIndex::lineCount() const
{
    std::lock_guard lock(mutex_);
    return publishedLine_ + (indexed_ > publishedLineStart_ ? 1 : 0);
}

qint64 RowIndex::indexedBytes() const
{
    std::lock_guard lock(mutex_);
    return indexed_;
}

bool RowIndex::isComplete() const
{
    std::lock_guard lock(mutex_);
    return complete_;
}

RowAnchor RowIndex::anchorForRow(qint64 row) const
{
    std::lock_guard lock(mutex_);
    const auto after =
        std::upper_bound(anchors_.begin(), anchors_.end(), row, [](qint64 r, const RowAnchor& a) { return r < a.row; });
    return after == anchors_.begin() ? anchors_.front() : *(after - 1);
}

RowAnchor RowIndex::anchorForOffset(qint64 offset) const
{
    std::lock_guard lock(mutex_);
    const qint64 slice = sliceLength_;
    const auto after =
        std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                         [slice](qint64 o, const RowAnchor& a) { return o < a.lineStart + a.slice * slice; });
    return after == anchors_.begin() ? anchors_.front() : *(after - 1);
}

} // namespace hinterscope

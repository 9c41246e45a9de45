#include "widgets/inspector/lane_summary.h"

#include <winhttp.h>

#include <algorithm>
#include <bit>

namespace hinterscope {

using hinternet::trace::EventKind;

LaneSummary::LaneSummary(QObject* parent)
    : QObject(parent)
{}

void LaneSummary::setModel(const TimelineModel* model)
{
    for (auto& connection : connections_)
        disconnect(connection);
    model_ = model;
    reset();
    if (model == nullptr)
        return;
    connections_[0] = connect(model, &QAbstractItemModel::rowsInserted, this,
                              [this](const QModelIndex&, int first, int last) { addRows(first, last); });
    connections_[1] = connect(model, &QAbstractItemModel::modelReset, this, [this] {
        reset();
        emit changed();
    });
    // The timeline only appends; anything else is a new start.
    connections_[2] = connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        reset();
        if (model_ && model_->rowCount() > 0)
            addRows(0, model_->rowCount() - 1);
        emit changed();
    });
    if (model->rowCount() > 0)
        addRows(0, model->rowCount() - 1);
}

void LaneSummary::reset()
{
    lanes_.clear();
    laneIndex_.clear();
    binNs_ = kInitialBinNs;
    endNs_ = 0;
    rowsSeen_ = 0;
}

int LaneSummary::laneOf(quintptr handle) const
{
    const auto found = laneIndex_.find(handle);
    return found == laneIndex_.end() ? -1 : found->second;
}

bool LaneSummary::isDensityEvent(const TimelineModel::Row& row)
{
    switch (static_cast<EventKind>(row.kind)) {
    case EventKind::BodyDecoded:
    case EventKind::BytesReceived:
    case EventKind::BytesSent:
        return true;
    case EventKind::Callback:
        return row.status == WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE ||
               row.status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE ||
               row.status == WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE;
    default:
        return false;
    }
}

int LaneSummary::categoryIndex(TimelineCategory category)
{
    const auto bits = static_cast<unsigned>(category);
    return bits == 0 ? 0 : std::min(std::countr_zero(bits), kCategoryCount - 1);
}

void LaneSummary::coarsenUntil(std::int64_t timeNs)
{
    while (timeNs / binNs_ >= static_cast<std::int64_t>(kMaxBins)) {
        binNs_ *= 2;
        for (Lane& lane : lanes_) {
            auto& bins = lane.bins;
            const std::size_t merged = (bins.size() + 1) / 2;
            for (std::size_t i = 0; i < merged; ++i) {
                Bin bin = bins[2 * i];
                if (2 * i + 1 < bins.size()) {
                    const Bin& next = bins[2 * i + 1];
                    bin.count += next.count;
                    bin.bytes += next.bytes;
                    if (bin.firstRow < 0 || (next.firstRow >= 0 && next.firstRow < bin.firstRow))
                        bin.firstRow = next.firstRow;
                }
                bins[i] = bin;
            }
            bins.resize(merged);
        }
    }
}

void LaneSummary::addRows(int first, int last)
{
    if (!model_ || first > last)
        return;
    for (int index = first; index <= last; ++index) {
        const TimelineModel::Row& row = model_->row(index);
        ++rowsSeen_;
        if (row.handle == 0)
            continue;
        const std::int64_t time = std::max<std::int64_t>(row.timeNs, 0);
        endNs_ = std::max(endNs_, time);

        auto [slot, isNew] = laneIndex_.try_emplace(static_cast<quintptr>(row.handle), static_cast<int>(lanes_.size()));
        if (isNew) {
            Lane lane;
            lane.handle = static_cast<quintptr>(row.handle);
            lane.firstNs = time;
            lane.lastNs = time;
            lanes_.push_back(std::move(lane));
        }
        Lane& lane = lanes_[static_cast<std::size_t>(slot->second)];
        lane.firstNs = std::min(lane.firstNs, time);
        lane.lastNs = std::max(lane.lastNs, time);
        const auto kind = static_cast<EventKind>(row.kind);
        if (kind == EventKind::HandleCreated)
            lane.type = row.status;
        if (kind == EventKind::HandleClosed ||
            (kind == EventKind::Callback && row.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)) {
            if (!lane.closedNs || time < *lane.closedNs)
                lane.closedNs = time;
        }

        if (isDensityEvent(row)) {
            coarsenUntil(time);
            const auto bin = static_cast<std::size_t>(time / binNs_);
            if (lane.bins.size() <= bin)
                lane.bins.resize(bin + 1);
            Bin& slotBin = lane.bins[bin];
            ++slotBin.count;
            slotBin.bytes += row.number;
            if (slotBin.firstRow < 0)
                slotBin.firstRow = index;
            ++lane.densityEvents;
            continue;
        }
        auto& marks = lane.marks[static_cast<std::size_t>(categoryIndex(static_cast<TimelineCategory>(row.category)))];
        const Mark mark{time, index};
        if (marks.empty() || marks.back().timeNs <= time) {
            marks.push_back(mark);
        } else { // threads interleave a little: keep the marks sorted for the binary searches of painting
            const auto at = std::upper_bound(marks.begin(), marks.end(), time,
                                             [](std::int64_t t, const Mark& m) { return t < m.timeNs; });
            marks.insert(at, mark);
        }
    }
    emit changed();
}

} // namespace hinterscope

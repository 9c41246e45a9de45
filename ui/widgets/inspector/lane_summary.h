#pragma once

#include "models/model_roles.h"
#include "models/timeline_model.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hinterscope {

// What the lane view draws, kept up to date per batch: one lane per handle with its events as marks (sorted
// by time, per category) and its body traffic (DATA_AVAILABLE, READ/WRITE_COMPLETE, bytes sent, received and
// decoded) as counts in time bins. Only the rows a batch added are read, never the whole timeline.
//
// The bins have one width for all lanes, starting at 10 µs; when a trace outgrows kMaxBins bins the width
// doubles and neighbouring bins merge, so a lane never holds more than kMaxBins bins.
class LaneSummary : public QObject {
    Q_OBJECT

public:
    static constexpr std::int64_t kInitialBinNs = 10'000;
    static constexpr std::size_t kMaxBins = 1u << 16;
    static constexpr int kCategoryCount = 5; // one per TimelineCategory bit

    struct Mark {
        std::int64_t timeNs;
        int row; // in the TimelineModel
    };

    struct Bin {
        std::uint32_t count = 0;
        std::uint64_t bytes = 0;
        int firstRow = -1; // the earliest row counted here, for a click on the strip
    };

    struct Lane {
        quintptr handle = 0;
        std::uint32_t type = 0; // WINHTTP_HANDLE_TYPE_*, 0 until HandleCreated is seen
        std::int64_t firstNs = 0;
        std::int64_t lastNs = 0;
        std::optional<std::int64_t> closedNs;
        std::array<std::vector<Mark>, kCategoryCount> marks; // by categoryIndex()
        std::vector<Bin> bins;                               // by time / binWidthNs()
        std::uint64_t densityEvents = 0;
    };

    explicit LaneSummary(QObject* parent = nullptr);

    // Reads what the model has and follows its insertions and resets.
    void setModel(const TimelineModel* model);
    const TimelineModel* model() const { return model_; }

    const std::vector<Lane>& lanes() const { return lanes_; }
    int laneOf(quintptr handle) const;            // -1 when the handle has no lane
    std::int64_t endNs() const { return endNs_; } // the latest event time seen
    std::int64_t binWidthNs() const { return binNs_; }
    std::uint64_t rowsSeen() const { return rowsSeen_; }

    static bool isDensityEvent(const TimelineModel::Row& row);
    static int categoryIndex(TimelineCategory category);
    static TimelineCategory categoryAt(int index) { return static_cast<TimelineCategory>(1 << index); }

signals:
    void changed();

private:
    void addRows(int first, int last);
    void reset();
    void coarsenUntil(std::int64_t timeNs);

    QPointer<const TimelineModel> model_;
    QMetaObject::Connection connections_[3];
    std::vector<Lane> lanes_;
    std::unordered_map<quintptr, int> laneIndex_;
    std::int64_t binNs_ = kInitialBinNs;
    std::int64_t endNs_ = 0;
    std::uint64_t rowsSeen_ = 0;
};

} // namespace hinterscope

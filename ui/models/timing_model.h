#pragma once

#include "bridge/event_batch.h"
#include "models/response_roles.h"
#include "models/timing_breakdown.h"

#include <QAbstractTableModel>

namespace hinterscope {

// The timing of one request, a row per hop and a column per phase (milliseconds), for the waterfall and
// for anyone who wants the numbers. Fed every batch; keeps only the events of the request set.
class TimingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit TimingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over with another request (0: none).
    void setRequest(quintptr handle);
    quintptr request() const { return request_; }
    const TimingBreakdown& breakdown() const { return breakdown_; }

    static QString phaseName(TimingBreakdown::Phase phase);

public slots:
    // GUI thread. New hops are inserted once per batch; hops that changed get one dataChanged.
    void ingest(const hinterscope::EventBatch& batch);
    // The request ended: a hop still open is closed.
    void finish(bool failed);
    void clear();

private:
    void publish(int firstChanged);

    TimingBreakdown breakdown_;
    quintptr request_ = 0;
    int shownRows_ = 0;
};

} // namespace hinterscope

#pragma once

#include "models/timing_breakdown.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QWidget>

namespace hinterscope {

class TimingModel;

// The Timing tab's picture: a bar per hop on one time axis, split into DNS, connect, tunnel, TLS, send,
// wait and receive, with the numbers in ms under each bar and a legend on top. Scales to its width.
class TimingWaterfall : public QWidget {
    Q_OBJECT

public:
    struct Segment {
        int hop = 0;
        TimingBreakdown::Phase phase = TimingBreakdown::Dns;
        QRectF rect;
        quint64 startNs = 0; // since the request began
        quint64 durationNs = 0;
    };

    explicit TimingWaterfall(QWidget* parent = nullptr);

    void setModel(TimingModel* model);
    TimingModel* model() const { return model_; }

    // Where each phase is drawn at the current size (what paintEvent draws and tooltips look up).
    QList<Segment> segments() const;
    static QColor phaseColour(TimingBreakdown::Phase phase);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int legendHeight() const;
    int rowHeight() const;
    int labelWidth() const;
    QRectF barArea(int hop) const;
    QString hopLabel(int hop) const;
    QString hopNumbers(int hop) const;

    QPointer<TimingModel> model_;
};

} // namespace hinterscope

#include "widgets/response/response_summary_bar.h"

#include "widgets/response/response_texts.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hinterscope {

using response::Texts;

namespace {

// Badge colours by class: fixed hues that read on light and dark palettes, white text on all of them.
QColor badgeColour(const QString& statusClass)
{
    if (statusClass == QLatin1StringView("2xx"))
        return QColor(0x2e, 0x7d, 0x32);
    if (statusClass == QLatin1StringView("3xx"))
        return QColor(0x15, 0x65, 0xc0);
    if (statusClass == QLatin1StringView("4xx"))
        return QColor(0xc7, 0x5b, 0x00);
    if (statusClass == QLatin1StringView("5xx") || statusClass == QLatin1StringView("error"))
        return QColor(0xc6, 0x28, 0x28);
    if (statusClass == QLatin1StringView("1xx"))
        return QColor(0x00, 0x83, 0x8f);
    return QColor(0x75, 0x75, 0x75); // pending, cancelled, idle
}

} // namespace

ResponseSummaryBar::ResponseSummaryBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("responseSummary"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* line = new QHBoxLayout;
    badge_ = new QLabel(this);
    badge_->setObjectName(QStringLiteral("statusBadge"));
    badge_->setAlignment(Qt::AlignCenter);
    badge_->setMinimumWidth(badge_->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
    reason_ = new QLabel(this);
    reason_->setObjectName(QStringLiteral("reasonLabel"));
    reason_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    time_ = new QLabel(this);
    time_->setObjectName(QStringLiteral("totalTimeLabel"));
    size_ = new QLabel(this);
    size_->setObjectName(QStringLiteral("sizeLabel"));
    protocol_ = new QLabel(this);
    protocol_->setObjectName(QStringLiteral("protocolLabel"));
    line->addWidget(badge_);
    line->addWidget(reason_, 1);
    line->addWidget(time_);
    line->addSpacing(12);
    line->addWidget(size_);
    line->addSpacing(12);
    line->addWidget(protocol_);
    outer->addLayout(line);

    auto* progressLine = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("bodyProgress"));
    progress_->setTextVisible(false); // the label beside it says more than a percentage
    progress_->setMaximumHeight(progress_->fontMetrics().height());
    progressText_ = new QLabel(this);
    progressText_->setObjectName(QStringLiteral("bodyProgressText"));
    progressLine->addWidget(progress_, 1);
    progressLine->addWidget(progressText_);
    outer->addLayout(progressLine);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("errorLabel"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(badgeColour(QStringLiteral("error")).name()));
    outer->addWidget(error_);

    display(ResponseSummary{});
}

QString ResponseSummaryBar::statusClass(const ResponseSummary& summary)
{
    switch (summary.state) {
    case ResponseSummary::State::Idle:
        return QStringLiteral("idle");
    case ResponseSummary::State::Cancelled:
        return QStringLiteral("cancelled");
    case ResponseSummary::State::Failed:
        if (summary.status == 0)
            return QStringLiteral("error");
        break;
    case ResponseSummary::State::InFlight:
        if (summary.status == 0)
            return QStringLiteral("pending");
        break;
    case ResponseSummary::State::Done:
        if (summary.status == 0)
            return QStringLiteral("error");
        break;
    }
    return QStringLiteral("%1xx").arg(std::clamp(summary.status / 100, 1, 5));
}

void ResponseSummaryBar::display(const ResponseSummary& summary)
{
    summary_ = summary;
    const QString cls = statusClass(summary);
    badge_->setProperty("statusClass", cls);
    QString badgeText;
    if (summary.status != 0)
        badgeText = QString::number(summary.status);
    else if (cls == QLatin1StringView("error"))
        badgeText = tr("Error");
    else if (cls == QLatin1StringView("cancelled"))
        badgeText = tr("Cancelled");
    else if (cls == QLatin1StringView("pending"))
        badgeText = tr("…");
    badge_->setText(badgeText);
    badge_->setVisible(summary.state != ResponseSummary::State::Idle);
    if (cls != badge_->property("styledClass").toString()) { // style sheets are costly: only on a change
        badge_->setProperty("styledClass", cls);
        badge_->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; "
                                             "padding: 2px 8px; font-weight: bold; }")
                                  .arg(badgeColour(cls).name()));
    }
    badge_->setToolTip(summary.state == ResponseSummary::State::Failed && summary.status != 0
                           ? tr("The response arrived, then the request failed")
                           : QString());

    reason_->setText(summary.state == ResponseSummary::State::Idle ? tr("No request sent yet") : summary.reason);
    const bool started = summary.state != ResponseSummary::State::Idle;
    time_->setText(started && summary.totalNs > 0 ? tr("Time %1").arg(Texts::duration(summary.totalNs)) : QString());
    time_->setToolTip(tr("From the first step of sending to the end of the body"));
    size_->setText(started ? tr("Size %1").arg(Texts::bytes(summary.bodyBytes)) : QString());
    QString sizeTip = tr("Body %1 as delivered (after decoding); headers %2")
                          .arg(Texts::bytes(summary.bodyBytes), Texts::bytes(summary.headBytes));
    if (summary.wireBodyBytes >= 0)
        sizeTip += tr("; %1 of body on the wire").arg(Texts::bytes(summary.wireBodyBytes));
    size_->setToolTip(sizeTip);
    protocol_->setText(summary.protocol);

    progress_->setVisible(summary.streaming);
    progressText_->setVisible(summary.streaming);
    if (summary.streaming) {
        QStringList parts;
        if (summary.progressTotal > 0) {
            // QProgressBar counts in int: scale to per-mille.
            progress_->setRange(0, 1000);
            progress_->setValue(static_cast<int>(
                std::min<qint64>(1000, summary.progressDone * 1000 / std::max<qint64>(1, summary.progressTotal))));
            parts << tr("%1 of %2").arg(Texts::bytes(summary.progressDone), Texts::bytes(summary.progressTotal));
        } else {
            progress_->setRange(0, 0); // indeterminate: no Content-Length
            parts << Texts::bytes(summary.progressDone);
        }
        if (summary.bytesPerSecond > 0) {
            parts << Texts::rate(summary.bytesPerSecond);
            if (summary.progressTotal > summary.progressDone) {
                const double seconds =
                    static_cast<double>(summary.progressTotal - summary.progressDone) / summary.bytesPerSecond;
                parts << tr("%1 left").arg(Texts::duration(static_cast<quint64>(std::llround(seconds * 1e9))));
            }
        }
        progressText_->setText(parts.join(QStringLiteral(" · ")));
    }

    error_->setVisible(!summary.error.isEmpty());
    error_->setText(summary.errorDetail.isEmpty() ? summary.error
                                                  : QStringLiteral("%1\n%2").arg(summary.error, summary.errorDetail));
}

} // namespace hinterscope

#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace hinterscope {

// What the summary strip shows; the pane fills it from the trace and the runner's outcome.
struct ResponseSummary {
    enum class State { Idle, InFlight, Done, Failed, Cancelled };

    State state = State::Idle;
    int status = 0; // 0 until a final response head arrived
    QString reason;
    QString protocol;    // "HTTP/1.1 · TLSv1.3"
    quint64 totalNs = 0; // so far, while in flight
    qint64 bodyBytes = 0;
    qint64 headBytes = 0;
    qint64 wireBodyBytes = -1;
    bool streaming = false; // the body is arriving: the progress bar shows
    qint64 progressDone = 0;
    qint64 progressTotal = -1; // Content-Length when known (then progressDone counts the same bytes)
    double bytesPerSecond = 0;
    QString error;       // "ERROR_WINHTTP_SECURE_FAILURE (12175): …"; empty without one
    QString errorDetail; // TLS failure flags decoded, the call that failed, …
};

// The strip above the tabs: status badge, reason, total time, size, protocol; a progress bar while the body
// streams; an error line.
class ResponseSummaryBar : public QWidget {
    Q_OBJECT

public:
    explicit ResponseSummaryBar(QWidget* parent = nullptr);

    void display(const ResponseSummary& summary);
    const ResponseSummary& summary() const { return summary_; }

    // "2xx", "3xx", "4xx", "5xx", "1xx", "error", "cancelled", "pending" or "idle": the badge's class and
    // its `statusClass` property.
    static QString statusClass(const ResponseSummary& summary);

private:
    QLabel* badge_ = nullptr;
    QLabel* reason_ = nullptr;
    QLabel* time_ = nullptr;
    QLabel* size_ = nullptr;
    QLabel* protocol_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* progressText_ = nullptr;
    QLabel* error_ = nullptr;
    ResponseSummary summary_;
};

} // namespace hinterscope

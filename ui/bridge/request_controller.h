#pragma once

#include "collections/variables.h"
#include "request/exchange_record.h"
#include "request/request_runner.h"

#include <QObject>

#include <map>
#include <memory>

namespace hinterscope {

class EngineBridge;

// Sends composed requests through RequestRun and keeps them alive until they end. The bridge is attached
// to each request's session before its connect and request handles exist, so the inspector sees every
// handle and callback. Lives on the GUI thread; results come back through a queued signal.
class RequestController : public QObject {
    Q_OBJECT

public:
    explicit RequestController(EngineBridge& bridge, QObject* parent = nullptr);
    ~RequestController() override; // cancels and waits for what still runs

    // Values for {{name}} placeholders, applied at send time.
    void setVariables(const Variables& variables);
    const Variables& variables() const { return variables_; }
    // The secret variables (name → value): recorded exchanges show {{name}} where their values were sent.
    void setSecrets(const QHash<QString, QString>& secrets);
    // Bytes of each response body an exchange record keeps (history, HAR).
    void setRecordedBodyLimit(qint64 bytes);

    // Resolves variables and starts the request. Returns the request handle, or 0 when setup failed (then
    // failed() was emitted).
    quintptr send(const RequestSpec& spec);
    // Cancels every request still running (Esc).
    void cancelAll();
    bool isBusy() const { return !runs_.empty(); }

signals:
    void started(quintptr requestHandle, const hinterscope::RequestSpec& resolved);
    // The final response's head is in: status, reason, content type, WINHTTP_OPTION_URL.
    void headersAvailable(quintptr requestHandle, const hinterscope::RunResult& partial);
    void finished(quintptr requestHandle, const hinterscope::RunResult& result);
    // Setup failed before anything was sent (bad URL, unknown variable, unreadable file, …).
    void failed(const hinterscope::RunResult& result, const QString& message);
    void busyChanged(bool busy);
    // After finished(): the exchange as it happened, redacted, for history and HAR export.
    void exchangeRecorded(quintptr requestHandle, const hinterscope::ExchangeRecord& record);

private:
    void onFinished(quintptr requestHandle, const RunResult& result, const ExchangeRecord& record);

    EngineBridge& bridge_;
    Variables variables_;
    QHash<QString, QString> secrets_;
    qint64 recordedBodyLimit_ = 64 * 1024;
    std::map<quintptr, std::unique_ptr<RequestRun>> runs_;
};

// A one-line description of a failure for the status bar and the response pane.
QString describeFailure(const RunResult& result);

} // namespace hinterscope

Q_DECLARE_METATYPE(hinterscope::RunResult)
Q_DECLARE_METATYPE(hinterscope::RequestSpec)
Q_DECLARE_METATYPE(hinterscope::ExchangeRecord)

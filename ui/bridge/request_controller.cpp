#include "bridge/request_controller.h"

#include "bridge/engine_bridge.h"
#include "models/winhttp_names.h"
#include "request/exchange_recorder.h"

#include <QPointer>
#include <QThread>

namespace hinterscope {

RequestController::RequestController(EngineBridge& bridge, QObject* parent)
    : QObject(parent)
    , bridge_(bridge)
{
    qRegisterMetaType<RunResult>();
    qRegisterMetaType<RequestSpec>();
    qRegisterMetaType<ExchangeRecord>();
}

RequestController::~RequestController()
{
    for (auto& [handle, run] : runs_)
        run->cancel();
    runs_.clear(); // each destructor joins its thread
}

void RequestController::setVariables(const Variables& variables)
{
    variables_ = variables;
}

void RequestController::setSecrets(const QHash<QString, QString>& secrets)
{
    secrets_ = secrets;
}

void RequestController::setRecordedBodyLimit(qint64 bytes)
{
    recordedBodyLimit_ = bytes;
}

quintptr RequestController::send(const RequestSpec& spec)
{
    Q_ASSERT(QThread::currentThread() == thread());
    QStringList unknown;
    const RequestSpec resolved = resolveVariables(spec, variables_, &unknown);
    if (!unknown.isEmpty()) {
        RunResult result;
        result.problem = tr("Unknown variable: %1").arg(unknown.join(QLatin1String(", ")));
        emit failed(result, result.problem);
        return 0;
    }
    auto run = std::make_unique<RequestRun>(resolved);
    RunResult failure;
    if (!run->openSession(&failure)) {
        emit failed(failure, describeFailure(failure));
        return 0;
    }
    bridge_.attach(run->session());
    // Observes from before the connect handle exists, like the bridge, so the record has every handle.
    auto recorder = std::make_shared<ExchangeRecorder>(resolved, secrets_, recordedBodyLimit_);
    recorder->attach(run->session());
    if (!run->prepare(&failure)) {
        emit failed(failure, describeFailure(failure));
        return 0; // the run's destructor closes what prepare() opened; the trace shows it
    }
    const auto handle = reinterpret_cast<quintptr>(run->request());
    QPointer<RequestController> self(this);
    RequestRun& runRef = *run;
    const bool wasBusy = isBusy();
    runs_.emplace(handle, std::move(run));
    emit started(handle, resolved);
    if (!wasBusy)
        emit busyChanged(true);
    runRef.start(
        [self, handle, recorder](const RunResult& result) {
            // On the run's own thread: hand the result to the GUI thread; the run is destroyed there. The
            // handles are closed by now, so the record is complete.
            ExchangeRecord record = recorder->finish(result);
            QMetaObject::invokeMethod(
                self.data(),
                [self, handle, result, record = std::move(record)] {
                    if (self)
                        self->onFinished(handle, result, record);
                },
                Qt::QueuedConnection);
        },
        [self, handle](const RunResult& partial) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, handle, partial] {
                    if (self)
                        emit self->headersAvailable(handle, partial);
                },
                Qt::QueuedConnection);
        });
    return handle;
}

void RequestController::cancelAll()
{
    for (auto& [handle, run] : runs_)
        run->cancel();
}

void RequestController::onFinished(quintptr requestHandle, const RunResult& result, const ExchangeRecord& record)
{
    // The run's thread has returned from its last call by now or will in a moment; joining is short.
    runs_.erase(requestHandle);
    emit finished(requestHandle, result);
    emit exchangeRecorded(requestHandle, record);
    if (!isBusy())
        emit busyChanged(false);
}

QString describeFailure(const RunResult& result)
{
    if (!result.problem.isEmpty())
        return result.problem;
    if (result.cancelled)
        return RequestController::tr("Cancelled");
    if (result.error != 0)
        return RequestController::tr("%1 failed: %2 (%3)")
            .arg(result.failedCall, names::error(result.error))
            .arg(result.error);
    return {};
}

} // namespace hinterscope

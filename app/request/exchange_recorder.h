#pragma once

// Records one RequestRun's exchange from the engine's trace of its session, as an ExchangeRecord for
// history and HAR (docs/history.md). The hops come from the same TraceRecorder the CLI's --json report
// reads. Events arrive on engine threads; every method may be called from any thread.
//
//     RequestRun run(resolved);
//     run.openSession(&failure);
//     ExchangeRecorder recorder(resolved, secrets);
//     recorder.attach(run.session());          // before prepare(), so it sees every handle
//     run.prepare(&failure); run.start(...);
//     ... in Finished: history.record(recorder.finish(result));
#include "request/exchange_record.h"

#include <QHash>
#include <QString>

#include <memory>

typedef void* HINTERNET;

namespace hinterscope {

class ExchangeRecorder {
public:
    static constexpr qint64 defaultBodyLimit = 64 * 1024;
    // A long download makes two callbacks per read; past this they are not kept (history stays small).
    static constexpr int maxCallbacks = 5000;

    // `sent`: the spec as sent (variables substituted). `secrets`: the secret variables, name → value; their
    // values are replaced by {{name}} everywhere in the record. `bodyLimit`: bytes of the final body kept.
    ExchangeRecorder(RequestSpec sent, QHash<QString, QString> secrets, qint64 bodyLimit = defaultBodyLimit);
    ~ExchangeRecorder(); // stops observing
    ExchangeRecorder(const ExchangeRecorder&) = delete;
    ExchangeRecorder& operator=(const ExchangeRecorder&) = delete;

    // Starts observing `session` (from RequestRun::openSession). False when it is not a session handle.
    bool attach(HINTERNET session);
    // The exchange so far, redacted, with the run's result: call it once the run has finished.
    ExchangeRecord finish(const RunResult& result) const;

private:
    class Observer;
    std::shared_ptr<Observer> observer_;
    HINTERNET session_ = nullptr;
};

} // namespace hinterscope

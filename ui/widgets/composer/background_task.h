#pragma once

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace hinterscope {

// Runs `work` on the global thread pool and returns its future (QtConcurrent::run without linking
// Qt Concurrent). Watch it with a QFutureWatcher owned by the widget: a watcher that is destroyed or given
// another future drops the result, so a late result never reaches a dead or newer editor.
template <typename Work>
auto runInPool(Work work) -> QFuture<decltype(work())>
{
    using Result = decltype(work());
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace hinterscope

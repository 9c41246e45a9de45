#include "playground_launcher.h"

#include "playground/playground.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hinterscope {

Variables playgroundVariables(const Playground& playground)
{
    return playground.variables();
}

PlaygroundLauncher::PlaygroundLauncher(QObject* parent)
    : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = watcher_.result();
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        const Variables variables = playgroundVariables(*playground_);
        emit ready(variables, tr("Playground: %1 · %2 · CA SHA-256 %3 (%4)")
                                  .arg(variables.value(QStringLiteral("playground")),
                                       variables.value(QStringLiteral("playground_https")),
                                       playground_->caFingerprintSha256(), playground_->caCertificatePath()));
    });
}

PlaygroundLauncher::~PlaygroundLauncher()
{
    watcher_.waitForFinished();
    if (playground_)
        playground_->stop();
}

void PlaygroundLauncher::start(const QString& dataDirectory, quint16 httpPort)
{
    PlaygroundOptions options;
    options.dataDirectory = dataDirectory;
    options.httpPort = httpPort;
    playground_ = std::make_unique<Playground>(options);
    Playground* playground = playground_.get();
    watcher_.setFuture(QtConcurrent::run([playground] {
        QString error;
        return playground->start(&error) ? QString() : error;
    }));
}

} // namespace hinterscope

#pragma once

#include "collections/variables.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace hinterscope {

class Playground;

// Starts the embedded playground off the GUI thread (the first start generates a CA and a certificate),
// so the window appears at once; the Tour's {{playground…}} variables are announced when it listens.
class PlaygroundLauncher : public QObject {
    Q_OBJECT

public:
    explicit PlaygroundLauncher(QObject* parent = nullptr);
    ~PlaygroundLauncher() override; // stops the playground

    // `httpPort` 0 picks a free one.
    void start(const QString& dataDirectory, quint16 httpPort = 0);
    const Playground* playground() const { return playground_.get(); }

signals:
    // playground, playground_https, playground_broken, playground_ca; and a line for the status bar.
    void ready(const hinterscope::Variables& variables, const QString& summary);
    void failed(const QString& error);

private:
    std::unique_ptr<Playground> playground_;
    QFutureWatcher<QString> watcher_;
};

// The Tour's variables for a running playground: playground, playground_https, playground_broken (base URLs
// without a trailing slash, so "{{playground}}/get" is right) and playground_ca (the CA file).
Variables playgroundVariables(const Playground& playground);

} // namespace hinterscope

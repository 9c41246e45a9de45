#pragma once

#include "collections/collection.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace hinterscope {

// Loads collections on the thread pool (the GUI never waits for a disk) and watches each open one: its
// folders, request files and collection.json. A change on disk (a git pull, an editor, another Hinterscope)
// reloads the collection once things settle (a short debounce gathers a burst of changes into one load).
class CollectionLoader : public QObject {
    Q_OBJECT

public:
    explicit CollectionLoader(QObject* parent = nullptr);
    ~CollectionLoader() override;

    // Starts a load; one already running for `root` is followed by another, so the last change is seen.
    void load(const QString& root);
    void watch(const QString& root);
    void forget(const QString& root);
    bool isLoading(const QString& root) const;
    QStringList watchedPaths(const QString& root) const;

    static constexpr int kSettleMs = 150;

signals:
    void loaded(const hinterscope::Collection& collection);

private:
    struct Loaded {
        Collection collection;
        QStringList watchPaths;
    };
    struct State {
        bool running = false;
        bool again = false;
        bool watched = false;
        QTimer* settle = nullptr;
    };

    static Loaded loadWithWatchPaths(const QString& root);
    void finished(const QString& root, const Loaded& result);
    void updateWatches(const QString& root, const QStringList& paths);
    void changed(const QString& path);

    QFileSystemWatcher watcher_;
    QHash<QString, State> states_;
};

} // namespace hinterscope

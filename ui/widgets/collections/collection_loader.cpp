#include "widgets/collections/collection_loader.h"

#include "collections/request_file.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace hinterscope {
namespace {

// inotify watches are a per-user budget shared with every other program; folders are watched first, so past
// this a change of a file's content may go unseen, but files coming and going are still seen.
constexpr qsizetype kMaxWatchesPerCollection = 4000;

bool isUnder(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

CollectionLoader::CollectionLoader(QObject* parent)
    : QObject(parent)
{
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, &CollectionLoader::changed);
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, &CollectionLoader::changed);
}

CollectionLoader::~CollectionLoader() = default;

CollectionLoader::Loaded CollectionLoader::loadWithWatchPaths(const QString& root)
{
    Loaded result;
    result.collection = loadCollection(root);
    if (root.startsWith(QLatin1Char(':')) || !QFileInfo(root).isDir())
        return result;
    // Hidden entries (.git) are neither part of the collection nor worth a watch.
    QStringList folders{root};
    QStringList files;
    QDirIterator it(root, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (entry.isDir())
            folders.append(entry.filePath());
        else if (entry.fileName().endsWith(kRequestFileSuffix) ||
                 (entry.fileName() == QLatin1String("collection.json") && entry.path() == root))
            files.append(entry.filePath());
    }
    result.watchPaths = folders + files;
    if (result.watchPaths.size() > kMaxWatchesPerCollection)
        result.watchPaths.resize(kMaxWatchesPerCollection);
    return result;
}

void CollectionLoader::load(const QString& root)
{
    State& state = states_[root];
    if (state.running) {
        state.again = true;
        return;
    }
    state.running = true;
    state.again = false;
    QtConcurrent::run(&CollectionLoader::loadWithWatchPaths, root).then(this, [this, root](const Loaded& result) {
        finished(root, result);
    });
}

void CollectionLoader::finished(const QString& root, const Loaded& result)
{
    const auto it = states_.find(root);
    if (it == states_.end())
        return; // forgotten while it loaded
    it->running = false;
    if (it->watched)
        updateWatches(root, result.watchPaths);
    const bool again = it->again;
    emit loaded(result.collection);
    if (again && states_.contains(root))
        load(root);
}

void CollectionLoader::watch(const QString& root)
{
    if (root.startsWith(QLatin1Char(':')))
        return; // resources never change
    State& state = states_[root];
    if (state.watched)
        return;
    state.watched = true;
    state.settle = new QTimer(this);
    state.settle->setSingleShot(true);
    state.settle->setInterval(kSettleMs);
    connect(state.settle, &QTimer::timeout, this, [this, root] { load(root); });
    watcher_.addPath(root);
}

void CollectionLoader::forget(const QString& root)
{
    const auto it = states_.find(root);
    if (it == states_.end())
        return;
    delete it->settle;
    states_.erase(it);
    updateWatches(root, {});
}

bool CollectionLoader::isLoading(const QString& root) const
{
    return states_.value(root).running;
}

QStringList CollectionLoader::watchedPaths(const QString& root) const
{
    QStringList paths;
    for (const QString& path : watcher_.directories() + watcher_.files())
        if (isUnder(path, root))
            paths.append(path);
    return paths;
}

void CollectionLoader::updateWatches(const QString& root, const QStringList& paths)
{
    // Another open collection may live inside this one (or around it): its watches stay.
    QSet<QString> keep(paths.begin(), paths.end());
    for (auto it = states_.cbegin(); it != states_.cend(); ++it) {
        if (it.key() != root && it->watched)
            for (const QString& path : watchedPaths(it.key()))
                keep.insert(path);
    }
    const QStringList current = watchedPaths(root);
    QStringList stale;
    for (const QString& path : current)
        if (!keep.contains(path))
            stale.append(path);
    if (!stale.isEmpty())
        watcher_.removePaths(stale);
    // A file replaced by a rename (every QSaveFile save, most git checkouts) lost its watch with its inode;
    // adding what is missing watches the new one.
    const QSet<QString> watchedNow(current.begin(), current.end());
    QStringList missing;
    for (const QString& path : paths)
        if (!watchedNow.contains(path))
            missing.append(path);
    if (!missing.isEmpty())
        watcher_.addPaths(missing);
}

void CollectionLoader::changed(const QString& path)
{
    for (auto it = states_.begin(); it != states_.end(); ++it)
        if (it->watched && isUnder(path, it.key()))
            it->settle->start();
}

} // namespace hinterscope

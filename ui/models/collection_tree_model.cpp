#include "models/collection_tree_model.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QMimeData>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace hinterscope {

struct CollectionTreeModel::Node {
    CollectionNodeKind kind = CollectionNodeKind::Request;
    QString name;
    QString path;
    RequestSpec spec; // requests
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    // Collection rows only.
    QStringList errors;
    bool readOnly = false;
    bool loading = false;

    bool isFolder() const { return kind == CollectionNodeKind::Folder; }
    const Node* collection() const
    {
        const Node* node = this;
        while (node->parent)
            node = node->parent;
        return node;
    }
    int rowIn(const std::vector<std::unique_ptr<Node>>& siblings) const
    {
        const auto it =
            std::find_if(siblings.begin(), siblings.end(), [this](const auto& n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
};

namespace {

bool isUnder(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

struct Key {
    QString path;
    bool isFolder = false;
    friend bool operator==(const Key&, const Key&) = default;
};

size_t qHash(const Key& key, size_t seed = 0)
{
    return ::qHash(key.path, seed) ^ size_t(key.isFolder);
}

} // namespace

CollectionTreeModel::CollectionTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

CollectionTreeModel::~CollectionTreeModel() = default;

void CollectionTreeModel::assertGuiThread() const
{
    Q_ASSERT(QThread::currentThread() == thread());
}

CollectionTreeModel::Node* CollectionTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex CollectionTreeModel::indexOf(const Node* node) const
{
    if (!node)
        return {};
    const int row = node->rowIn(node->parent ? node->parent->children : collections_);
    return createIndex(row, 0, const_cast<Node*>(node));
}

QModelIndex CollectionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const auto& siblings = parent.isValid() ? nodeAt(parent)->children : collections_;
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, 0, siblings[size_t(row)].get());
}

QModelIndex CollectionTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeAt(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int CollectionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? nodeAt(parent)->children.size() : collections_.size());
}

int CollectionTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant CollectionTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeAt(index);
    if (!node)
        return {};
    const bool isRequest = node->kind == CollectionNodeKind::Request;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        if (node->kind == CollectionNodeKind::Collection)
            return QStringList{node->path, node->errors.join(QLatin1Char('\n'))}.join(QLatin1Char('\n')).trimmed();
        if (isRequest)
            return QStringLiteral("%1 %2%3").arg(node->spec.method, node->spec.url,
                                                 node->spec.notes.isEmpty() ? QString()
                                                                            : QStringLiteral("\n") + node->spec.notes);
        return node->path;
    case CollectionRole::Kind:
        return int(node->kind);
    case CollectionRole::Path:
        return node->path;
    case CollectionRole::CollectionRoot:
        return node->collection()->path;
    case CollectionRole::Method:
        return isRequest ? QVariant(node->spec.method.toUpper()) : QVariant();
    case CollectionRole::Url:
        return isRequest ? QVariant(node->spec.url) : QVariant();
    case CollectionRole::Spec:
        return isRequest ? QVariant::fromValue(node->spec) : QVariant();
    case CollectionRole::Errors:
        return node->errors;
    case CollectionRole::ReadOnly:
        return node->collection()->readOnly;
    case CollectionRole::Loading:
        return node->loading;
    default:
        return {};
    }
}

bool CollectionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* node = nodeAt(index);
    if (!node || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == node->name)
        return false;
    // The name changes once the file has; the tree follows the disk.
    emit renameRequested(node->path, name);
    return true;
}

Qt::ItemFlags CollectionTreeModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool writable = !node->collection()->readOnly && !node->collection()->loading;
    if (node->kind != CollectionNodeKind::Collection) {
        flags |= Qt::ItemIsDragEnabled;
        if (writable)
            flags |= Qt::ItemIsEditable;
    }
    if (writable)
        flags |= Qt::ItemIsDropEnabled;
    if (node->kind == CollectionNodeKind::Request)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QStringList CollectionTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kCollectionPathsMimeType)};
}

QMimeData* CollectionTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList paths;
    for (const QModelIndex& index : indexes) {
        const Node* node = nodeAt(index);
        if (node && node->kind != CollectionNodeKind::Collection && !paths.contains(node->path))
            paths.append(node->path);
    }
    // A folder carries what it holds: its selected children are not moved on their own.
    paths.erase(std::remove_if(paths.begin(), paths.end(),
                               [&paths](const QString& path) {
                                   return std::any_of(paths.begin(), paths.end(), [&path](const QString& other) {
                                       return other != path && path.startsWith(other + QLatin1Char('/'));
                                   });
                               }),
                paths.end());
    if (paths.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << paths;
    data->setData(QString::fromLatin1(kCollectionPathsMimeType), encoded);
    data->setText(paths.join(QLatin1Char('\n')));
    return data;
}

QStringList CollectionTreeModel::pathsFromMime(const QMimeData* data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kCollectionPathsMimeType)))
        return {};
    QStringList paths;
    QDataStream stream(data->data(QString::fromLatin1(kCollectionPathsMimeType)));
    stream >> paths;
    return stream.status() == QDataStream::Ok ? paths : QStringList();
}

bool CollectionTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                          const QModelIndex& parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const QStringList paths = pathsFromMime(data);
    const Node* target = nodeAt(parent);
    if (paths.isEmpty() || !target || !(flags(parent) & Qt::ItemIsDropEnabled))
        return false;
    const QString folder = folderFor(parent);
    bool somethingMoves = false;
    for (const QString& path : paths) {
        if (isUnder(folder, path))
            return false; // a folder into itself
        if (QFileInfo(path).absolutePath() != folder || action == Qt::CopyAction)
            somethingMoves = true;
    }
    return somethingMoves;
}

bool CollectionTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                       const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList paths = pathsFromMime(data);
    const bool fromReadOnly = std::any_of(paths.begin(), paths.end(), [this](const QString& path) {
        const QString root = collectionRootOf(path);
        return root.isEmpty() || isReadOnly(root);
    });
    emit dropRequested(paths, folderFor(parent), action == Qt::CopyAction || fromReadOnly);
    return true;
}

Qt::DropActions CollectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CollectionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

int CollectionTreeModel::collectionRow(const QString& rootPath) const
{
    for (size_t row = 0; row < collections_.size(); ++row)
        if (collections_[row]->path == rootPath)
            return int(row);
    return -1;
}

CollectionTreeModel::Node* CollectionTreeModel::collectionNode(const QString& rootPath) const
{
    const int row = collectionRow(rootPath);
    return row < 0 ? nullptr : collections_[size_t(row)].get();
}

std::unique_ptr<CollectionTreeModel::Node> CollectionTreeModel::makeNode(const CollectionItem& item, Node* parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = item.isFolder ? CollectionNodeKind::Folder : CollectionNodeKind::Request;
    node->name = item.name;
    node->path = item.filePath;
    node->parent = parent;
    if (!item.isFolder)
        node->spec = item.request;
    for (const CollectionItem& child : item.children)
        node->children.push_back(makeNode(child, node.get()));
    return node;
}

void CollectionTreeModel::setCollection(const Collection& collection)
{
    assertGuiThread();
    Node* node = collectionNode(collection.rootPath);
    if (!node) {
        const int row = int(collections_.size());
        beginInsertRows({}, row, row);
        auto created = std::make_unique<Node>();
        created->kind = CollectionNodeKind::Collection;
        created->path = collection.rootPath;
        created->name = collection.name;
        created->errors = collection.errors;
        created->readOnly = collection.rootPath.startsWith(QLatin1Char(':'));
        for (const CollectionItem& item : collection.items)
            created->children.push_back(makeNode(item, created.get()));
        collections_.push_back(std::move(created));
        endInsertRows();
        return;
    }
    if (node->name != collection.name || node->errors != collection.errors || node->loading) {
        node->name = collection.name;
        node->errors = collection.errors;
        node->loading = false;
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index);
    }
    merge(node, collection.items);
}

void CollectionTreeModel::update(Node* node, const CollectionItem& item)
{
    if (node->name != item.name || (!item.isFolder && !(node->spec == item.request))) {
        node->name = item.name;
        if (!item.isFolder)
            node->spec = item.request;
        const QModelIndex index = indexOf(node);
        emit dataChanged(index, index);
    }
    if (item.isFolder)
        merge(node, item.children);
}

void CollectionTreeModel::merge(Node* parent, const QList<CollectionItem>& items)
{
    const QModelIndex parentIndex = indexOf(parent);
    auto& children = parent->children;
    const auto keyOf = [](const auto& thing) {
        if constexpr (std::is_same_v<std::decay_t<decltype(thing)>, CollectionItem>)
            return Key{thing.filePath, thing.isFolder};
        else
            return Key{thing->path, thing->isFolder()};
    };
    QSet<Key> wanted;
    for (const CollectionItem& item : items)
        wanted.insert(keyOf(item));

    // Rows that went away, in contiguous ranges from the end.
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        if (wanted.contains(keyOf(children[size_t(row)])))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(keyOf(children[size_t(row - 1)])))
            --row;
        beginRemoveRows(parentIndex, row, last);
        children.erase(children.begin() + row, children.begin() + last + 1);
        endRemoveRows();
    }

    // What stayed is normally in the same order as before (file-name order); if not, start this level over.
    QHash<Key, int> position;
    for (int i = 0; i < items.size(); ++i)
        position.insert(keyOf(items[i]), i);
    const bool sameOrder = std::is_sorted(children.begin(), children.end(), [&](const auto& a, const auto& b) {
        return position.value(keyOf(a)) < position.value(keyOf(b));
    });
    if (!sameOrder && !children.empty()) {
        beginRemoveRows(parentIndex, 0, int(children.size()) - 1);
        children.clear();
        endRemoveRows();
    }

    // New rows in contiguous ranges; rows that stayed are updated in place.
    size_t row = 0;
    for (qsizetype i = 0; i < items.size();) {
        if (row < children.size() && keyOf(children[row]) == keyOf(items[i])) {
            update(children[row].get(), items[i]);
            ++row;
            ++i;
            continue;
        }
        const qsizetype first = i;
        while (i < items.size() && !(row < children.size() && keyOf(children[row]) == keyOf(items[i])))
            ++i;
        beginInsertRows(parentIndex, int(row), int(row + size_t(i - first)) - 1);
        for (qsizetype j = first; j < i; ++j)
            children.insert(children.begin() + qsizetype(row) + (j - first), makeNode(items[j], parent));
        endInsertRows();
        row += size_t(i - first);
    }
}

void CollectionTreeModel::addLoadingCollection(const QString& rootPath)
{
    assertGuiThread();
    if (collectionNode(rootPath))
        return;
    const int row = int(collections_.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<Node>();
    node->kind = CollectionNodeKind::Collection;
    node->path = rootPath;
    node->name = QFileInfo(rootPath).fileName().isEmpty() ? rootPath : QFileInfo(rootPath).fileName();
    node->readOnly = rootPath.startsWith(QLatin1Char(':'));
    node->loading = true;
    collections_.push_back(std::move(node));
    endInsertRows();
}

void CollectionTreeModel::removeCollection(const QString& rootPath)
{
    assertGuiThread();
    const int row = collectionRow(rootPath);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    collections_.erase(collections_.begin() + row);
    endRemoveRows();
}

QStringList CollectionTreeModel::collectionRoots() const
{
    QStringList roots;
    for (const auto& node : collections_)
        roots.append(node->path);
    return roots;
}

bool CollectionTreeModel::isReadOnly(const QString& rootPath) const
{
    const Node* node = collectionNode(rootPath);
    return !node || node->readOnly;
}

QStringList CollectionTreeModel::errors(const QString& rootPath) const
{
    const Node* node = collectionNode(rootPath);
    return node ? node->errors : QStringList();
}

QString CollectionTreeModel::collectionName(const QString& rootPath) const
{
    const Node* node = collectionNode(rootPath);
    return node ? node->name : QString();
}

QString CollectionTreeModel::collectionRootOf(const QString& path) const
{
    QString best;
    for (const auto& node : collections_)
        if (isUnder(path, node->path) && node->path.size() > best.size())
            best = node->path;
    return best;
}

QModelIndex CollectionTreeModel::indexForPath(const QString& path) const
{
    const Node* node = collectionNode(collectionRootOf(path));
    while (node && node->path != path) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&path](const auto& child) { return isUnder(path, child->path); });
        node = it == node->children.end() ? nullptr : it->get();
    }
    return indexOf(node);
}

QString CollectionTreeModel::folderFor(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    if (!node)
        return {};
    if (node->kind == CollectionNodeKind::Request)
        node = node->parent;
    return node ? node->path : QString();
}

} // namespace hinterscope

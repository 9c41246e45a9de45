#pragma once

#include "collections/collection.h"
#include "models/collection_roles.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

namespace hinterscope {

// Open collections as a tree: a top-level row per collection, then its folders and requests in file-name
// order. setCollection() merges a fresh load into what is shown (rows that stayed keep their indexes, so
// expansion, selection and an open editor survive a reload); only the differences are removed, inserted or
// changed. The model never writes to disk: renames and drops are asked for through signals, and the pane
// performs them as undoable commands.
class CollectionTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit CollectionTreeModel(QObject* parent = nullptr);
    ~CollectionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // GUI thread. Adds the collection, or merges it into the one with the same root. Collections whose root
    // starts with ':' (the resources) are read-only.
    void setCollection(const Collection& collection);
    // GUI thread. A row for a collection still loading (name from its folder).
    void addLoadingCollection(const QString& rootPath);
    void removeCollection(const QString& rootPath);

    QStringList collectionRoots() const;
    bool isReadOnly(const QString& rootPath) const;
    QStringList errors(const QString& rootPath) const;
    QString collectionName(const QString& rootPath) const;
    // The open collection that holds `path` (a file or folder inside it, or its root), or empty.
    QString collectionRootOf(const QString& path) const;
    QModelIndex indexForPath(const QString& path) const;
    // The folder a new item goes into for this row: the folder itself, a request's folder, a collection's root.
    QString folderFor(const QModelIndex& index) const;
    static QStringList pathsFromMime(const QMimeData* data);

signals:
    // An inline edit finished with a different name.
    void renameRequested(const QString& path, const QString& newName);
    // Items dropped onto `targetFolder`. `copy`: Ctrl held, or the items come from a read-only collection.
    void dropRequested(const QStringList& paths, const QString& targetFolder, bool copy);

private:
    struct Node;

    Node* nodeAt(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    int collectionRow(const QString& rootPath) const;
    Node* collectionNode(const QString& rootPath) const;
    void merge(Node* parent, const QList<CollectionItem>& items);
    void update(Node* node, const CollectionItem& item);
    std::unique_ptr<Node> makeNode(const CollectionItem& item, Node* parent) const;
    void assertGuiThread() const;

    std::vector<std::unique_ptr<Node>> collections_;
};

} // namespace hinterscope

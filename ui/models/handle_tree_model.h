#pragma once

#include "bridge/event_batch.h"
#include "models/model_roles.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace hinterscope {

// The handles the trace has shown, as WinHTTP nests them: session → connect → request. A handle appears
// with the first event that names it (normally HandleCreated). A handle whose parent has not been seen yet
// waits at the top level and moves under its parent when that appears (a session observer never sees its
// session being opened; batches from several threads may interleave).
class HandleTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit HandleTreeModel(QObject* parent = nullptr);
    ~HandleTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(quintptr handle) const; // column 0; invalid when unknown
    quintptr handleAt(const QModelIndex& index) const;
    // The handle and everything below it (just the handle when it is unknown).
    QSet<quintptr> subtreeHandles(quintptr handle) const;
    bool contains(quintptr handle) const { return nodes_.count(handle) != 0; }

public slots:
    // GUI thread. Per batch: one beginInsertRows per parent that gains children, one dataChanged per handle
    // that changed, one move per orphan that found its parent.
    void ingest(const hinterscope::EventBatch& batch);
    // Removes every subtree whose handles are all closed; returns their handles (for BodyStore::remove).
    QList<quintptr> pruneClosed();
    void clear();

private:
    struct Node {
        quintptr handle = 0;
        quintptr parentHandle = 0;
        std::uint32_t type = 0;
        HandleState state = HandleState::Open;
        std::int64_t createdNs = 0;
        std::optional<std::int64_t> closedNs;
        QString description;
        Node* parent = nullptr;
        std::vector<Node*> children;
        int row = 0;
        bool attached = false; // in the model (signals were sent for it)
    };

    Node* nodeFor(const hinternet::trace::Event& event, std::vector<Node*>& fresh);
    void apply(Node& node, const hinternet::trace::Event& event);
    void insertFresh(const std::vector<Node*>& fresh);
    void adoptOrphans();
    QModelIndex indexOfNode(const Node* node, int column = 0) const;
    Node* nodeAt(const QModelIndex& index) const;
    static bool isAncestor(const Node* ancestor, const Node* node);
    static bool subtreeClosed(const Node* node);
    void pruneChildren(Node* parent, QList<quintptr>& removed);
    void forget(Node* node, QList<quintptr>& removed);
    static void renumber(Node* parent, std::size_t from);

    Node root_;
    std::unordered_map<quintptr, std::unique_ptr<Node>> nodes_;
    QSet<Node*> orphans_;   // at the top level, waiting for their parent
    QSet<quintptr> pruned_; // removed by pruneClosed()/clear(): late events for them are ignored
    std::uint64_t origin_ns_ = 0;
};

} // namespace hinterscope

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
//
// With option rows shown (setOptionRowsShown), a handle that has options gets a first child "Options" that
// lists the options in effect: what it was opened with (HandleCreated's text), every WINHTTP_OPTION_* set on
// it (OptionChanged) and what it inherited from its ancestors when it was created (WinHTTP copies the
// parent's settings then). Handle children follow that row.
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
    // The handle of a handle row; of the handle an "Options" group or an option row belongs to.
    quintptr handleAt(const QModelIndex& index) const;
    HandleTreeRowKind rowKind(const QModelIndex& index) const;
    // The "Options" group row of a handle (column 0); invalid when hidden or the handle has no options.
    QModelIndex optionGroupOf(quintptr handle) const;

    bool optionRowsShown() const { return showOptions_; }
    void setOptionRowsShown(bool shown); // resets the model
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
    struct Option {
        QString name;         // "WINHTTP_OPTION_REDIRECT_POLICY", or the parameter ("agent")
        QString value;        // as traced; empty when the engine did not say
        std::uint32_t id = 0; // WINHTTP_OPTION_*, 0 for what the handle was opened with
        HandleOptionSource source = HandleOptionSource::Opened;
        quintptr from = 0; // the handle it was set on (inherited rows)
        std::uint32_t fromType = 0;
        std::int64_t atNs = 0;
    };

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
        std::vector<Option> options;
        bool groupShown = false;      // the views know the "Options" row
        std::size_t optionsShown = 0; // how many option rows the views know (options only grow)
    };

    enum Tag : quintptr { HandleTag = 0, GroupTag = 1, OptionTag = 2, TagMask = 3 };

    Node* nodeFor(const hinternet::trace::Event& event, std::vector<Node*>& fresh);
    // True when the node's options changed.
    bool apply(Node& node, const hinternet::trace::Event& event);
    void setOpenedWith(Node& node, const QString& description, std::int64_t at);
    void inheritOptions(Node& node, const Node& parent);
    static void upsert(Node& node, Option option);
    void syncOptions(Node* node);
    void markAttached(Node* node);
    int offset(const Node* node) const { return node->groupShown ? 1 : 0; }
    QVariant optionData(const Node& owner, const Option& option, int column, int role) const;
    QVariant groupData(const Node& owner, int column, int role) const;
    static Tag tagOf(const QModelIndex& index) { return static_cast<Tag>(index.internalId() & TagMask); }
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
    bool showOptions_ = false;
};

} // namespace hinterscope

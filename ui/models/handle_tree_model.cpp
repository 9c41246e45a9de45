#include "models/handle_tree_model.h"

#include "models/winhttp_names.h"

#include <QThread>

#include <algorithm>

#include <winhttp.h>

namespace hinterscope {

using hinternet::trace::Event;
using hinternet::trace::EventKind;

namespace {

QString milliseconds(std::int64_t ns)
{
    return QString::number(static_cast<double>(ns) / 1e6, 'f', 3);
}

QString stateName(HandleState state)
{
    switch (state) {
    case HandleState::Open:
        return QStringLiteral("open");
    case HandleState::Sending:
        return QStringLiteral("sending");
    case HandleState::Receiving:
        return QStringLiteral("receiving");
    case HandleState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace

HandleTreeModel::HandleTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

HandleTreeModel::~HandleTreeModel() = default;

HandleTreeModel::Node* HandleTreeModel::nodeAt(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : const_cast<Node*>(&root_);
}

QModelIndex HandleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* owner = nodeAt(parent);
    return createIndex(row, column, owner->children[static_cast<std::size_t>(row)]);
}

QModelIndex HandleTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* owner = nodeAt(child)->parent;
    return indexOfNode(owner);
}

QModelIndex HandleTreeModel::indexOfNode(const Node* node, int column) const
{
    if (node == nullptr || node == &root_)
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

int HandleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeAt(parent)->children.size());
}

int HandleTreeModel::columnCount(const QModelIndex&) const
{
    return HandleTreeColumn::Count;
}

QVariant HandleTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = *nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HandleTreeColumn::Handle:
            return QStringLiteral("0x%1").arg(node.handle, 0, 16);
        case HandleTreeColumn::Type:
            return names::handleType(node.type);
        case HandleTreeColumn::State:
            return stateName(node.state);
        case HandleTreeColumn::Created:
            return milliseconds(node.createdNs);
        case HandleTreeColumn::Closed:
            return node.closedNs ? milliseconds(*node.closedNs) : QString();
        case HandleTreeColumn::Description:
            return node.description;
        }
        return {};
    case HandleTreeRole::Handle:
        return QVariant::fromValue<qulonglong>(node.handle);
    case HandleTreeRole::ParentHandle:
        return QVariant::fromValue<qulonglong>(node.parentHandle);
    case HandleTreeRole::HandleType:
        return static_cast<uint>(node.type);
    case HandleTreeRole::State:
        return static_cast<int>(node.state);
    case HandleTreeRole::Closed:
        return node.state == HandleState::Closed;
    case HandleTreeRole::CreatedNs:
        return QVariant::fromValue<qlonglong>(node.createdNs);
    case HandleTreeRole::ClosedNs:
        return node.closedNs ? QVariant::fromValue<qlonglong>(*node.closedNs) : QVariant();
    default:
        return {};
    }
}

QVariant HandleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case HandleTreeColumn::Handle:
        return tr("Handle");
    case HandleTreeColumn::Type:
        return tr("Type");
    case HandleTreeColumn::State:
        return tr("State");
    case HandleTreeColumn::Created:
        return tr("Created (ms)");
    case HandleTreeColumn::Closed:
        return tr("Closed (ms)");
    case HandleTreeColumn::Description:
        return tr("Description");
    }
    return {};
}

QModelIndex HandleTreeModel::indexOf(quintptr handle) const
{
    const auto found = nodes_.find(handle);
    return found == nodes_.end() || !found->second->attached ? QModelIndex() : indexOfNode(found->second.get());
}

quintptr HandleTreeModel::handleAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeAt(index)->handle : 0;
}

QSet<quintptr> HandleTreeModel::subtreeHandles(quintptr handle) const
{
    QSet<quintptr> result{handle};
    const auto found = nodes_.find(handle);
    if (found == nodes_.end())
        return result;
    std::vector<const Node*> pending{found->second.get()};
    while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        result.insert(node->handle);
        pending.insert(pending.end(), node->children.begin(), node->children.end());
    }
    return result;
}

// ---- ingesting -------------------------------------------------------------------------------------------

HandleTreeModel::Node* HandleTreeModel::nodeFor(const Event& event, std::vector<Node*>& fresh)
{
    if (event.handle == 0 || pruned_.contains(event.handle))
        return nullptr;
    auto& slot = nodes_[event.handle];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->handle = event.handle;
        slot->parentHandle = event.parent == event.handle ? 0 : event.parent;
        slot->type = event.handle_type;
        slot->createdNs = static_cast<std::int64_t>(event.timestamp_ns - origin_ns_);
        fresh.push_back(slot.get());
    }
    return slot.get();
}

void HandleTreeModel::apply(Node& node, const Event& event)
{
    const auto at = static_cast<std::int64_t>(event.timestamp_ns - origin_ns_);
    const auto close = [&] {
        node.state = HandleState::Closed;
        if (!node.closedNs || at < *node.closedNs) // batches may interleave: the earliest close counts
            node.closedNs = at;
    };
    switch (event.kind) {
    case EventKind::HandleCreated:
        node.description = QString::fromStdString(event.text);
        node.createdNs = at;
        node.type = event.handle_type;
        if (!node.attached && event.parent != event.handle)
            node.parentHandle = event.parent;
        break;
    case EventKind::HandleClosed:
        close();
        break;
    case EventKind::Callback:
        if (event.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)
            close();
        else if (node.state == HandleState::Closed)
            break; // a late event does not reopen it
        else if (event.status == WINHTTP_CALLBACK_STATUS_SENDING_REQUEST)
            node.state = HandleState::Sending;
        else if (event.status == WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE)
            node.state = HandleState::Receiving;
        break;
    default:
        break;
    }
}

bool HandleTreeModel::isAncestor(const Node* ancestor, const Node* node)
{
    for (const Node* current = node; current != nullptr; current = current->parent) {
        if (current == ancestor)
            return true;
    }
    return false;
}

void HandleTreeModel::renumber(Node* parent, std::size_t from)
{
    for (std::size_t i = from; i < parent->children.size(); ++i)
        parent->children[i]->row = static_cast<int>(i);
}

void HandleTreeModel::insertFresh(const std::vector<Node*>& fresh)
{
    // Fresh nodes under fresh parents are linked quietly: they enter the model inside their parent's row.
    // The others are inserted, one beginInsertRows per parent that is already in the model.
    std::vector<std::pair<Node*, std::vector<Node*>>> groups;
    for (Node* node : fresh) {
        Node* parent = nullptr;
        if (node->parentHandle != 0) {
            const auto found = nodes_.find(node->parentHandle);
            if (found != nodes_.end())
                parent = found->second.get();
        }
        if (parent != nullptr && !parent->attached) {
            if (!isAncestor(node, parent)) {
                node->parent = parent;
                node->row = static_cast<int>(parent->children.size());
                parent->children.push_back(node);
                continue;
            }
            parent = nullptr; // the events name a cycle: break it at the top level
        }
        if (parent == nullptr) {
            parent = &root_;
            if (node->parentHandle != 0)
                orphans_.insert(node);
        }
        auto group = std::find_if(groups.begin(), groups.end(), [parent](const auto& g) { return g.first == parent; });
        if (group == groups.end())
            group = groups.insert(groups.end(), {parent, {}});
        group->second.push_back(node);
    }
    for (auto& [parent, children] : groups) {
        const int first = static_cast<int>(parent->children.size());
        beginInsertRows(indexOfNode(parent), first, first + static_cast<int>(children.size()) - 1);
        for (Node* child : children) {
            child->parent = parent;
            child->row = static_cast<int>(parent->children.size());
            parent->children.push_back(child);
            std::vector<Node*> subtree{child};
            while (!subtree.empty()) {
                Node* current = subtree.back();
                subtree.pop_back();
                current->attached = true;
                subtree.insert(subtree.end(), current->children.begin(), current->children.end());
            }
        }
        endInsertRows();
    }
}

void HandleTreeModel::adoptOrphans()
{
    const auto waiting = orphans_.values();
    for (Node* orphan : waiting) {
        const auto found = nodes_.find(orphan->parentHandle);
        if (found == nodes_.end() || !found->second->attached)
            continue;
        Node* parent = found->second.get();
        orphans_.remove(orphan);
        if (isAncestor(orphan, parent))
            continue; // a cycle: it stays where it is
        const int row = orphan->row;
        if (!beginMoveRows({}, row, row, indexOfNode(parent), static_cast<int>(parent->children.size())))
            continue;
        root_.children.erase(root_.children.begin() + row);
        renumber(&root_, static_cast<std::size_t>(row));
        orphan->parent = parent;
        orphan->row = static_cast<int>(parent->children.size());
        parent->children.push_back(orphan);
        endMoveRows();
    }
}

void HandleTreeModel::ingest(const EventBatch& batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (batch.empty())
        return;
    if (origin_ns_ == 0)
        origin_ns_ = batch.origin_ns != 0 ? batch.origin_ns : batch[0].timestamp_ns;

    std::vector<Node*> fresh;
    QSet<Node*> changed;
    for (const Event& event : batch) {
        Node* node = nodeFor(event, fresh);
        if (node == nullptr)
            continue;
        apply(*node, event);
        if (node->attached)
            changed.insert(node);
    }
    if (!fresh.empty()) {
        insertFresh(fresh);
        adoptOrphans();
    }
    for (const Node* node : std::as_const(changed))
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, HandleTreeColumn::Count - 1));
}

// ---- pruning ---------------------------------------------------------------------------------------------

bool HandleTreeModel::subtreeClosed(const Node* node)
{
    if (node->state != HandleState::Closed)
        return false;
    return std::all_of(node->children.begin(), node->children.end(), subtreeClosed);
}

void HandleTreeModel::forget(Node* node, QList<quintptr>& removed)
{
    for (Node* child : node->children)
        forget(child, removed);
    const quintptr handle = node->handle; // the key must outlive the node erase() destroys
    removed.append(handle);
    pruned_.insert(handle);
    orphans_.remove(node);
    nodes_.erase(handle);
}

void HandleTreeModel::pruneChildren(Node* parent, QList<quintptr>& removed)
{
    std::vector<bool> removable(parent->children.size());
    for (std::size_t i = 0; i < parent->children.size(); ++i) {
        removable[i] = subtreeClosed(parent->children[i]);
        if (!removable[i])
            pruneChildren(parent->children[i], removed);
    }
    // Contiguous runs, last first, so the rows of the runs before stay valid.
    std::size_t end = parent->children.size();
    while (end > 0) {
        if (!removable[end - 1]) {
            --end;
            continue;
        }
        std::size_t begin = end - 1;
        while (begin > 0 && removable[begin - 1])
            --begin;
        beginRemoveRows(indexOfNode(parent), static_cast<int>(begin), static_cast<int>(end - 1));
        std::vector<Node*> gone(parent->children.begin() + static_cast<std::ptrdiff_t>(begin),
                                parent->children.begin() + static_cast<std::ptrdiff_t>(end));
        parent->children.erase(parent->children.begin() + static_cast<std::ptrdiff_t>(begin),
                               parent->children.begin() + static_cast<std::ptrdiff_t>(end));
        renumber(parent, begin);
        endRemoveRows();
        for (Node* node : gone)
            forget(node, removed);
        end = begin;
    }
}

QList<quintptr> HandleTreeModel::pruneClosed()
{
    Q_ASSERT(QThread::currentThread() == thread());
    QList<quintptr> removed;
    pruneChildren(&root_, removed);
    return removed;
}

void HandleTreeModel::clear()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    for (const auto& [handle, node] : nodes_)
        pruned_.insert(handle);
    root_.children.clear();
    orphans_.clear();
    nodes_.clear();
    endResetModel();
}

} // namespace hinterscope

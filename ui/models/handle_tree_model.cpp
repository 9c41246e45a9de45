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

bool isPassword(std::uint32_t option)
{
    return option == WINHTTP_OPTION_PASSWORD || option == WINHTTP_OPTION_PROXY_PASSWORD;
}

// "agent=\"t\" mode=sync" → {"agent","t"}, {"mode","sync"}; the words before the first key=value (a request
// line) come back as one pair with an empty key.
QList<std::pair<QString, QString>> parameters(const QString& description)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    for (const QChar c : description) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u' ' && !quoted) {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        tokens << current;

    QList<std::pair<QString, QString>> result;
    QStringList leading;
    for (const QString& token : std::as_const(tokens)) {
        const auto equals = token.indexOf(u'=');
        if (equals <= 0) {
            if (result.isEmpty())
                leading << token;
            else
                result.last().second += u' ' + token; // a value with a space the engine did not quote
            continue;
        }
        if (!leading.isEmpty() && result.isEmpty())
            result.append({QString(), leading.join(u' ')});
        QString value = token.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        result.append({token.left(equals), value});
    }
    if (result.isEmpty() && !leading.isEmpty())
        result.append({QString(), leading.join(u' ')});
    return result;
}

} // namespace

HandleTreeModel::HandleTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

HandleTreeModel::~HandleTreeModel() = default;

// An index's internal id is the node's address with a tag in its low bits (nodes are 8-byte aligned): the
// handle's own row, its "Options" group, or one of its option rows (the row number says which).
HandleTreeModel::Node* HandleTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return const_cast<Node*>(&root_);
    return reinterpret_cast<Node*>(index.internalId() & ~static_cast<quintptr>(TagMask));
}

QModelIndex HandleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* owner = nodeAt(parent);
    const auto id = reinterpret_cast<quintptr>(owner);
    if (parent.isValid() && tagOf(parent) == GroupTag)
        return createIndex(row, column, id | OptionTag);
    if (parent.isValid() && tagOf(parent) == OptionTag)
        return {};
    if (owner->groupShown && row == 0)
        return createIndex(row, column, id | GroupTag);
    return createIndex(row, column, owner->children[static_cast<std::size_t>(row - offset(owner))]);
}

QModelIndex HandleTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeAt(child);
    switch (tagOf(child)) {
    case OptionTag:
        return createIndex(0, 0, reinterpret_cast<quintptr>(node) | GroupTag);
    case GroupTag:
        return indexOfNode(node);
    default:
        return indexOfNode(node->parent);
    }
}

QModelIndex HandleTreeModel::indexOfNode(const Node* node, int column) const
{
    if (node == nullptr || node == &root_)
        return {};
    return createIndex(node->row + offset(node->parent), column, const_cast<Node*>(node));
}

int HandleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* node = nodeAt(parent);
    if (!parent.isValid() || tagOf(parent) == HandleTag)
        return static_cast<int>(node->children.size()) + offset(node);
    return tagOf(parent) == GroupTag ? static_cast<int>(node->optionsShown) : 0;
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
    if (tagOf(index) == GroupTag)
        return groupData(node, index.column(), role);
    if (tagOf(index) == OptionTag)
        return optionData(node, node.options[static_cast<std::size_t>(index.row())], index.column(), role);
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
    case HandleTreeRole::RowKind:
        return static_cast<int>(HandleTreeRowKind::Handle);
    default:
        return {};
    }
}

QVariant HandleTreeModel::groupData(const Node& owner, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? tr("Options (%n)", nullptr, static_cast<int>(owner.optionsShown)) : QVariant();
    case Qt::ToolTipRole:
        return tr("The options in effect for this handle: what it was opened with, what was set on it and what "
                  "it inherited when it was created");
    case HandleTreeRole::Handle:
        return QVariant::fromValue<qulonglong>(owner.handle);
    case HandleTreeRole::HandleType:
        return static_cast<uint>(owner.type);
    case HandleTreeRole::Closed:
        return owner.state == HandleState::Closed;
    case HandleTreeRole::RowKind:
        return static_cast<int>(HandleTreeRowKind::OptionGroup);
    default:
        return {};
    }
}

QVariant HandleTreeModel::optionData(const Node& owner, const Option& option, int column, int role) const
{
    const auto sourceText = [&] {
        switch (option.source) {
        case HandleOptionSource::Opened:
            return tr("opened with");
        case HandleOptionSource::Set:
            return tr("set");
        case HandleOptionSource::Inherited:
            return tr("inherited from %1 0x%2").arg(names::handleType(option.fromType)).arg(option.from, 0, 16);
        }
        return QString();
    };
    const auto valueText = [&] {
        if (isPassword(option.id) && !option.value.isEmpty())
            return QStringLiteral("••••••");
        return option.value.isEmpty() && option.id != 0 ? tr("(value not traced)") : option.value;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HandleTreeColumn::Handle:
            return option.name.isEmpty() ? tr("opened as") : option.name;
        case HandleTreeColumn::Type:
            return sourceText();
        case HandleTreeColumn::Created:
            return milliseconds(option.atNs);
        case HandleTreeColumn::Description:
            return valueText();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == HandleTreeColumn::Handle && option.id != 0) {
            const QString line = names::optionDescription(option.id);
            return line.isEmpty() ? option.name : option.name + QStringLiteral(": ") + line;
        }
        if (column == HandleTreeColumn::Description)
            return valueText();
        return sourceText();
    case HandleTreeRole::Handle:
        return QVariant::fromValue<qulonglong>(owner.handle);
    case HandleTreeRole::HandleType:
        return static_cast<uint>(owner.type);
    case HandleTreeRole::Closed:
        return owner.state == HandleState::Closed;
    case HandleTreeRole::CreatedNs:
        return QVariant::fromValue<qlonglong>(option.atNs);
    case HandleTreeRole::RowKind:
        return static_cast<int>(HandleTreeRowKind::Option);
    case HandleTreeRole::OptionId:
        return option.id != 0 ? QVariant(static_cast<uint>(option.id)) : QVariant();
    case HandleTreeRole::OptionSource:
        return static_cast<int>(option.source);
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

HandleTreeRowKind HandleTreeModel::rowKind(const QModelIndex& index) const
{
    switch (tagOf(index)) {
    case GroupTag:
        return HandleTreeRowKind::OptionGroup;
    case OptionTag:
        return HandleTreeRowKind::Option;
    default:
        return HandleTreeRowKind::Handle;
    }
}

QModelIndex HandleTreeModel::optionGroupOf(quintptr handle) const
{
    const auto found = nodes_.find(handle);
    if (found == nodes_.end() || !found->second->attached || !found->second->groupShown)
        return {};
    return createIndex(0, 0, reinterpret_cast<quintptr>(found->second.get()) | GroupTag);
}

void HandleTreeModel::setOptionRowsShown(bool shown)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (shown == showOptions_)
        return;
    beginResetModel();
    showOptions_ = shown;
    for (auto& [handle, node] : nodes_) {
        node->groupShown = shown && node->attached && !node->options.empty();
        node->optionsShown = node->groupShown ? node->options.size() : 0;
    }
    endResetModel();
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

void HandleTreeModel::upsert(Node& node, Option option)
{
    // One row per option: setting it again updates the row; a value set on the handle replaces an inherited one.
    const auto same = [&](const Option& existing) {
        return option.id != 0 ? existing.id == option.id
                              : existing.id == 0 && existing.name == option.name && existing.source == option.source;
    };
    const auto found = std::find_if(node.options.begin(), node.options.end(), same);
    if (found == node.options.end())
        node.options.push_back(std::move(option));
    else if (!(found->source == HandleOptionSource::Set && option.source == HandleOptionSource::Inherited))
        *found = std::move(option);
}

void HandleTreeModel::setOpenedWith(Node& node, const QString& description, std::int64_t at)
{
    for (const auto& [name, value] : parameters(description)) {
        Option option;
        option.name = name;
        option.value = value;
        option.source = HandleOptionSource::Opened;
        option.from = node.handle;
        option.fromType = node.type;
        option.atNs = at;
        upsert(node, std::move(option));
    }
}

void HandleTreeModel::inheritOptions(Node& node, const Node& parent)
{
    for (const Option& own : parent.options) {
        Option option = own;
        if (own.source != HandleOptionSource::Inherited) {
            option.from = parent.handle;
            option.fromType = parent.type;
        }
        option.source = HandleOptionSource::Inherited;
        upsert(node, std::move(option));
    }
}

bool HandleTreeModel::apply(Node& node, const Event& event)
{
    const auto at = static_cast<std::int64_t>(event.timestamp_ns - origin_ns_);
    const auto close = [&] {
        node.state = HandleState::Closed;
        if (!node.closedNs || at < *node.closedNs) // batches may interleave: the earliest close counts
            node.closedNs = at;
    };
    switch (event.kind) {
    case EventKind::HandleCreated: {
        node.description = QString::fromStdString(event.text);
        node.createdNs = at;
        node.type = event.handle_type;
        if (!node.attached && event.parent != event.handle)
            node.parentHandle = event.parent;
        setOpenedWith(node, node.description, at);
        // WinHTTP copies the parent's settings when it opens a child: what the parent has now is inherited.
        const auto parent = node.parentHandle != 0 ? nodes_.find(node.parentHandle) : nodes_.end();
        if (parent != nodes_.end())
            inheritOptions(node, *parent->second);
        return true;
    }
    case EventKind::OptionChanged: {
        Option option;
        option.id = static_cast<std::uint32_t>(event.number);
        option.name = names::option(option.id);
        option.value = QString::fromStdString(event.text);
        option.source = HandleOptionSource::Set;
        option.from = node.handle;
        option.fromType = node.type;
        option.atNs = at;
        upsert(node, std::move(option));
        return true;
    }
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
    return false;
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
        const int first = static_cast<int>(parent->children.size()) + offset(parent);
        beginInsertRows(indexOfNode(parent), first, first + static_cast<int>(children.size()) - 1);
        for (Node* child : children) {
            child->parent = parent;
            child->row = static_cast<int>(parent->children.size());
            parent->children.push_back(child);
            markAttached(child);
        }
        endInsertRows();
    }
}

void HandleTreeModel::markAttached(Node* node)
{
    // A subtree enters the model whole: with its option rows, and its children inside it.
    std::vector<Node*> subtree{node};
    while (!subtree.empty()) {
        Node* current = subtree.back();
        subtree.pop_back();
        current->attached = true;
        current->groupShown = showOptions_ && !current->options.empty();
        current->optionsShown = current->groupShown ? current->options.size() : 0;
        subtree.insert(subtree.end(), current->children.begin(), current->children.end());
    }
}

void HandleTreeModel::syncOptions(Node* node)
{
    if (!showOptions_ || !node->attached || node->options.empty())
        return;
    if (!node->groupShown) {
        beginInsertRows(indexOfNode(node), 0, 0);
        node->groupShown = true;
        node->optionsShown = node->options.size();
        endInsertRows();
        return;
    }
    const QModelIndex group = createIndex(0, 0, reinterpret_cast<quintptr>(node) | GroupTag);
    const auto known = node->optionsShown;
    if (known > 0) // set again, or replaced an inherited value: the rows the views know may have changed
        emit dataChanged(index(0, 0, group), index(static_cast<int>(known) - 1, HandleTreeColumn::Count - 1, group));
    if (known < node->options.size()) {
        beginInsertRows(group, static_cast<int>(known), static_cast<int>(node->options.size()) - 1);
        node->optionsShown = node->options.size();
        endInsertRows();
        emit dataChanged(group, group); // its count
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
        const int destination = static_cast<int>(parent->children.size()) + offset(parent);
        if (!beginMoveRows({}, row, row, indexOfNode(parent), destination))
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
    std::vector<quintptr> optionsChanged; // by value: a node could not go away within a batch, but be safe
    for (const Event& event : batch) {
        Node* node = nodeFor(event, fresh);
        if (node == nullptr)
            continue;
        if (apply(*node, event) &&
            std::find(optionsChanged.begin(), optionsChanged.end(), node->handle) == optionsChanged.end())
            optionsChanged.push_back(node->handle);
        if (node->attached)
            changed.insert(node);
    }
    if (!fresh.empty()) {
        insertFresh(fresh);
        adoptOrphans();
    }
    for (const quintptr handle : optionsChanged) {
        const auto found = nodes_.find(handle);
        if (found != nodes_.end())
            syncOptions(found->second.get());
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
        const int shift = offset(parent);
        beginRemoveRows(indexOfNode(parent), static_cast<int>(begin) + shift, static_cast<int>(end - 1) + shift);
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

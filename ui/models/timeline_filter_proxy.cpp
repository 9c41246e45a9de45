#include "models/timeline_filter_proxy.h"

#include "models/handle_tree_model.h"
#include "models/timeline_model.h"

#include <algorithm>

namespace hinterscope {

TimelineFilterProxy::TimelineFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void TimelineFilterProxy::setSourceModel(QAbstractItemModel* source)
{
    timeline_ = qobject_cast<const TimelineModel*>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void TimelineFilterProxy::setHandleSubtree(quintptr handle, const HandleTreeModel* tree)
{
    for (auto& connection : treeConnections_)
        disconnect(connection);
    tree_ = tree;
    subtreeRoot_ = handle;
    if (tree != nullptr) {
        // Children created after the filter was set belong to it too.
        treeConnections_[0] =
            connect(tree, &QAbstractItemModel::rowsInserted, this, &TimelineFilterProxy::refreshSubtree);
        treeConnections_[1] = connect(tree, &QAbstractItemModel::rowsMoved, this, &TimelineFilterProxy::refreshSubtree);
        treeConnections_[2] =
            connect(tree, &QAbstractItemModel::rowsRemoved, this, &TimelineFilterProxy::refreshSubtree);
        treeConnections_[3] =
            connect(tree, &QAbstractItemModel::modelReset, this, &TimelineFilterProxy::refreshSubtree);
    }
    applyHandles(tree != nullptr ? tree->subtreeHandles(handle) : QSet<quintptr>{handle}, true);
}

void TimelineFilterProxy::refreshSubtree()
{
    if (!tree_)
        return;
    // Pruning the tree must not make the rows of a still-selected handle vanish: only ever widen.
    auto handles = tree_->subtreeHandles(subtreeRoot_);
    handles.unite(handles_);
    applyHandles(handles, true);
}

void TimelineFilterProxy::setHandles(const QSet<quintptr>& handles)
{
    for (auto& connection : treeConnections_)
        disconnect(connection);
    tree_ = nullptr;
    applyHandles(handles, true);
}

void TimelineFilterProxy::clearHandleFilter()
{
    for (auto& connection : treeConnections_)
        disconnect(connection);
    tree_ = nullptr;
    applyHandles({}, false);
}

void TimelineFilterProxy::setHandleFilter(const QSet<quintptr>& handles)
{
    if (handles.isEmpty())
        clearHandleFilter();
    else
        setHandles(handles);
}

void TimelineFilterProxy::applyHandles(const QSet<quintptr>& handles, bool on)
{
    if (on == handleFilterOn_ && handles == handles_)
        return;
    handles_ = handles;
    fewHandles_.clear();
    if (handles_.size() <= 8)
        fewHandles_.assign(handles_.cbegin(), handles_.cend());
    handleFilterOn_ = on;
    refilter();
}

void TimelineFilterProxy::setCategories(TimelineCategories categories)
{
    if (categories == categories_)
        return;
    categories_ = categories;
    refilter();
}

void TimelineFilterProxy::refilter()
{
    // invalidateRowsFilter() tells views about every run of rows that comes or goes. A filter change on a
    // million rows makes tens of thousands of runs, and a view updates its header per run: about 40 s measured
    // (tst_inspector_panes). One layout change lets the view catch up once, and keeps the selection.
    invalidate();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (timeline_) {
        const auto& row = timeline_->row(sourceRow);
        if (!categories_.testFlag(static_cast<TimelineCategory>(row.category)))
            return false;
        if (handleFilterOn_) {
            const auto handle = static_cast<quintptr>(row.handle);
            const bool wanted = handles_.size() <= 8
                                    ? std::find(fewHandles_.begin(), fewHandles_.end(), handle) != fewHandles_.end()
                                    : handles_.contains(handle);
            if (!wanted)
                return false;
        }
    } else if (const auto* source = sourceModel()) {
        const auto index = source->index(sourceRow, 0, sourceParent);
        const auto category = static_cast<TimelineCategory>(index.data(TimelineRole::Category).toInt());
        if (!categories_.testFlag(category))
            return false;
        if (handleFilterOn_ &&
            !handles_.contains(static_cast<quintptr>(index.data(TimelineRole::Handle).toULongLong())))
            return false;
    }
    if (filterRegularExpression().pattern().isEmpty())
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hinterscope

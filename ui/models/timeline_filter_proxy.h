#pragma once

#include "models/model_roles.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace hinterscope {

class HandleTreeModel;
class TimelineModel;

// The timeline narrowed to some handles (a handle and everything under it) and some categories. The text
// filter of QSortFilterProxyModel still applies on top. Reads TimelineModel's rows directly, so filtering a
// million rows does not go through QVariant.
class TimelineFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TimelineFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    // Rows of `handle` and its descendants in `tree`; follows the tree as children appear later.
    void setHandleSubtree(quintptr handle, const HandleTreeModel* tree);
    // Rows of exactly these handles.
    void setHandles(const QSet<quintptr>& handles);
    void clearHandleFilter();
    QSet<quintptr> handles() const { return handles_; }
    bool isHandleFiltered() const { return handleFilterOn_; }

    void setCategories(TimelineCategories categories);
    TimelineCategories categories() const { return categories_; }

public slots:
    // Rows of exactly these handles; an empty set shows every handle (what HandlesPane::handlesSelected sends).
    void setHandleFilter(const QSet<quintptr>& handles);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refreshSubtree();
    void refilter();
    void applyHandles(const QSet<quintptr>& handles, bool on);

    QPointer<const TimelineModel> timeline_;
    QPointer<const HandleTreeModel> tree_;
    QMetaObject::Connection treeConnections_[4];
    quintptr subtreeRoot_ = 0;
    QSet<quintptr> handles_;
    // A selection is mostly one request or one connect with a few requests: a short array beats hashing.
    std::vector<quintptr> fewHandles_;
    bool handleFilterOn_ = false;
    TimelineCategories categories_ = kAllTimelineCategories;
};

} // namespace hinterscope

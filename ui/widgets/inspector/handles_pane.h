#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QItemSelection;
class QModelIndex;
class QTreeView;

namespace hinterscope {

class HandleTreeModel;

// The live handle tree: session → connect → request with type, HINTERNET value, state, times and the
// options in effect (an expandable "Options" row per handle). New sessions and connects expand as they
// appear and the newest handle stays in view while nothing is selected. Closed handles are greyed and
// "Prune closed" removes them. Selecting handles announces them and everything under them, for the timeline.
//
// The pane does not feed the model: whoever owns the model connects EngineBridge::eventsArrived to
// HandleTreeModel::ingest. It turns the model's option rows on (setOptionRowsShown) and off with
// "Show options".
class HandlesPane : public QWidget {
    Q_OBJECT

public:
    explicit HandlesPane(HandleTreeModel* tree, QWidget* parent = nullptr);

    QTreeView* view() const { return view_; }
    HandleTreeModel* model() const { return tree_; }
    // The selected handles and their descendants; empty when nothing is selected ("show all").
    QSet<quintptr> selectedHandles() const { return selected_; }

public slots:
    void selectHandle(quintptr handle); // 0 clears the selection
    void showAll();                     // clears the selection
    QList<quintptr> pruneClosed();

signals:
    // The selection changed, or handles appeared under it. Empty: nothing selected, show everything.
    void handlesSelected(const QSet<quintptr>& handles);
    // Handles pruned from the tree, for BodyStore::remove, MessageHeads::forget, HopLedgerModel::forget.
    void handlesPruned(const QList<quintptr>& handles);

private:
    void rowsInserted(const QModelIndex& parent, int first, int last);
    void rowsMoved(const QModelIndex& destination);
    void expandNewHandles(const QModelIndex& index);
    void announceSelection();
    void showContextMenu(const QPoint& pos);
    void updateActions();

    QPointer<HandleTreeModel> tree_;
    QTreeView* view_ = nullptr;
    QAction* pruneAction_ = nullptr;
    QAction* showAllAction_ = nullptr;
    QAction* optionsAction_ = nullptr;
    QAction* copyAction_ = nullptr;
    QSet<quintptr> selected_;
    bool announcedOnce_ = false;
};

} // namespace hinterscope

#include "widgets/inspector/handles_pane.h"

#include "models/handle_tree_model.h"
#include "models/model_roles.h"
#include "widgets/inspector/handle_item_delegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStringList>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <winhttp.h>

namespace hinterscope {

HandlesPane::HandlesPane(HandleTreeModel* tree, QWidget* parent)
    : QWidget(parent)
    , tree_(tree)
{
    setObjectName(QStringLiteral("handlesPane"));
    Q_ASSERT(tree != nullptr);
    tree->setOptionRowsShown(true);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("handlesToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    pruneAction_ = toolbar->addAction(tr("Prune closed"));
    pruneAction_->setObjectName(QStringLiteral("pruneClosedAction"));
    pruneAction_->setToolTip(tr("Remove the handles that are closed, with everything under them"));
    connect(pruneAction_, &QAction::triggered, this, &HandlesPane::pruneClosed);

    showAllAction_ = toolbar->addAction(tr("Show all"));
    showAllAction_->setObjectName(QStringLiteral("showAllAction"));
    showAllAction_->setToolTip(tr("Clear the selection: the timeline shows the events of every handle"));
    connect(showAllAction_, &QAction::triggered, this, &HandlesPane::showAll);

    optionsAction_ = toolbar->addAction(tr("Options"));
    optionsAction_->setObjectName(QStringLiteral("showOptionsAction"));
    optionsAction_->setCheckable(true);
    optionsAction_->setChecked(true);
    optionsAction_->setToolTip(tr("Show each handle's options in effect as an expandable row"));
    connect(optionsAction_, &QAction::toggled, this, [this](bool shown) {
        if (tree_)
            tree_->setOptionRowsShown(shown);
    });

    copyAction_ = new QAction(tr("Copy handle value"), this);
    copyAction_->setObjectName(QStringLiteral("copyHandleAction"));
    copyAction_->setShortcut(QKeySequence::Copy);
    copyAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copyAction_);
    connect(copyAction_, &QAction::triggered, this, [this] {
        QStringList values;
        for (const QModelIndex& index : view_->selectionModel()->selectedRows(HandleTreeColumn::Handle))
            values << QStringLiteral("0x%1").arg(tree_->handleAt(index), 0, 16);
        values.removeDuplicates();
        if (!values.isEmpty())
            QGuiApplication::clipboard()->setText(values.join(u'\n'));
    });

    view_ = new QTreeView(this);
    view_->setObjectName(QStringLiteral("handleTree"));
    view_->setModel(tree);
    view_->setItemDelegate(new HandleItemDelegate(view_));
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setTextElideMode(Qt::ElideMiddle);
    auto* header = view_->header();
    header->setStretchLastSection(true);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(HandleTreeColumn::Handle, digit * 26);
    header->resizeSection(HandleTreeColumn::Type, digit * 12);
    header->resizeSection(HandleTreeColumn::State, digit * 10);
    header->resizeSection(HandleTreeColumn::Created, digit * 11);
    header->resizeSection(HandleTreeColumn::Closed, digit * 11);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(view_);

    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HandlesPane::announceSelection);
    connect(view_, &QWidget::customContextMenuRequested, this, &HandlesPane::showContextMenu);
    connect(tree, &QAbstractItemModel::rowsInserted, this, &HandlesPane::rowsInserted);
    connect(tree, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int, int, const QModelIndex& destination, int) { rowsMoved(destination); });
    connect(tree, &QAbstractItemModel::rowsRemoved, this, &HandlesPane::announceSelection);
    connect(tree, &QAbstractItemModel::modelReset, this, [this] {
        expandNewHandles({});
        announceSelection();
    });
    expandNewHandles({});
    updateActions();
}

void HandlesPane::expandNewHandles(const QModelIndex& index)
{
    // Sessions and connects open up so their requests show; requests stay closed (their child is "Options").
    if (index.isValid()) {
        if (tree_->rowKind(index) != HandleTreeRowKind::Handle ||
            index.data(HandleTreeRole::HandleType).toUInt() == WINHTTP_HANDLE_TYPE_REQUEST)
            return;
        view_->expand(index);
    }
    for (int row = 0; row < tree_->rowCount(index); ++row)
        expandNewHandles(tree_->index(row, 0, index));
}

void HandlesPane::rowsInserted(const QModelIndex& parent, int first, int last)
{
    QModelIndex newest;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = tree_->index(row, 0, parent);
        if (tree_->rowKind(index) != HandleTreeRowKind::Handle)
            continue;
        expandNewHandles(index);
        newest = index;
    }
    if (newest.isValid() && selected_.isEmpty())
        view_->scrollTo(newest, QAbstractItemView::EnsureVisible);
    if (!selected_.isEmpty() && newest.isValid())
        announceSelection(); // a child of a selected handle belongs to the selection
}

void HandlesPane::rowsMoved(const QModelIndex& destination)
{
    if (destination.isValid())
        expandNewHandles(destination);
    if (!selected_.isEmpty())
        announceSelection();
}

void HandlesPane::announceSelection()
{
    QSet<quintptr> handles;
    if (tree_) {
        for (const QModelIndex& index : view_->selectionModel()->selectedRows(0))
            handles.unite(tree_->subtreeHandles(tree_->handleAt(index)));
    }
    updateActions();
    if (announcedOnce_ && handles == selected_)
        return;
    announcedOnce_ = true;
    selected_ = handles;
    emit handlesSelected(selected_);
}

void HandlesPane::selectHandle(quintptr handle)
{
    const QModelIndex index = handle != 0 && tree_ ? tree_->indexOf(handle) : QModelIndex();
    if (!index.isValid()) {
        showAll();
        return;
    }
    view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    view_->scrollTo(index);
}

void HandlesPane::showAll()
{
    view_->selectionModel()->clearSelection();
    announceSelection();
}

QList<quintptr> HandlesPane::pruneClosed()
{
    if (!tree_)
        return {};
    const QList<quintptr> removed = tree_->pruneClosed();
    announceSelection();
    if (!removed.isEmpty())
        emit handlesPruned(removed);
    return removed;
}

void HandlesPane::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    copyAction_->setEnabled(view_->selectionModel()->hasSelection());
    menu.addAction(copyAction_);
    menu.addSeparator();
    menu.addAction(showAllAction_);
    menu.addAction(pruneAction_);
    menu.addAction(optionsAction_);
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

void HandlesPane::updateActions()
{
    showAllAction_->setEnabled(view_->selectionModel()->hasSelection());
}

} // namespace hinterscope

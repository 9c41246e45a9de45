#include "widgets/composer/row_table_view.h"

#include "models/composer_roles.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

namespace hinterscope {

RowTableView::RowTableView(QWidget* parent)
    : QTableView(parent)
{
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setWordWrap(false);
    setMinimumHeight(3 * verticalHeader()->defaultSectionSize());
}

void RowTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(0, fontMetrics().height() + 16);
    for (int column = 1; column + 1 < model->columnCount(); ++column)
        horizontalHeader()->resizeSection(column, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
}

QList<int> RowTableView::selectedStoredRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex& index : selectionModel()->selectedIndexes()) {
        if (!index.data(ComposerRole::Placeholder).toBool() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && currentIndex().isValid() && !currentIndex().data(ComposerRole::Placeholder).toBool())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RowTableView::removeSelectedRows()
{
    const QList<int> rows = selectedStoredRows();
    // Bottom up, in contiguous runs, so each removal leaves the remaining row numbers valid.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        qsizetype first = i;
        while (first > 0 && rows.at(first - 1) == rows.at(first) - 1)
            --first;
        model()->removeRows(rows.at(first), int(i - first + 1));
        i = first - 1;
    }
}

void RowTableView::setSelectedRowsEnabled(bool enabled)
{
    for (const int row : selectedStoredRows())
        model()->setData(model()->index(row, 0), enabled ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void RowTableView::keyPressEvent(QKeyEvent* event)
{
    if (state() != QAbstractItemView::EditingState &&
        (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) &&
        !selectedStoredRows().isEmpty()) {
        removeSelectedRows();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void RowTableView::contextMenuEvent(QContextMenuEvent* event)
{
    const QList<int> rows = selectedStoredRows();
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Enable"), this, [this] { setSelectedRowsEnabled(true); });
    menu.addAction(tr("Disable"), this, [this] { setSelectedRowsEnabled(false); });
    menu.addSeparator();
    menu.addAction(rows.size() == 1 ? tr("Delete row") : tr("Delete %n rows", nullptr, int(rows.size())), this,
                   [this] { removeSelectedRows(); });
    menu.exec(event->globalPos());
}

} // namespace hinterscope

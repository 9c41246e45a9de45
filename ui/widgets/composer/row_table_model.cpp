#include "widgets/composer/row_table_model.h"

namespace hinterscope {

int RowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : storedRowCount() + 1;
}

Qt::ItemFlags RowTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isPlaceholder(index.row())) {
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (placeholderEditable(index.column()))
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    return storedFlags(index.row(), index.column());
}

bool RowTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    if (isPlaceholder(row)) {
        if (!placeholderEditable(index.column()) || role != Qt::EditRole || value.toString().isEmpty())
            return false;
        // The edited row becomes a real one; the new placeholder is the row inserted below it.
        beginInsertRows({}, row + 1, row + 1);
        appendStoredRow();
        endInsertRows();
        writeCell(row, index.column(), value, role);
        emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
        emit edited();
        return true;
    }
    if (!writeCell(row, index.column(), value, role))
        return false;
    // A cell's problem may depend on its neighbour (a value needs a name), so the whole row is refreshed.
    emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    emit edited();
    return true;
}

bool RowTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (parent.isValid() || row < 0 || count <= 0)
        return false;
    // The placeholder cannot be removed; a range that reaches it stops before it.
    count = std::min(count, storedRowCount() - row);
    if (count <= 0)
        return false;
    beginRemoveRows({}, row, row + count - 1);
    eraseStoredRows(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace hinterscope

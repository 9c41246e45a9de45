#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QThread>

namespace hinterscope {

// The shared part of the composer's tables: stored rows plus one trailing placeholder row. Editing the
// placeholder appends a row (and a new placeholder below it), as in Postman. `edited()` is emitted for the
// user's changes only (setData, removeRows), never for replaceRows(), so a sync that writes a table does not
// come back as an edit of it.
class RowTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const final;
    Qt::ItemFlags flags(const QModelIndex& index) const final;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) final;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) final;

    bool isPlaceholder(int row) const { return row == storedRowCount(); }
    virtual int storedRowCount() const = 0;

signals:
    void edited();

protected:
    virtual void appendStoredRow() = 0;
    virtual void eraseStoredRows(int row, int count) = 0;
    // Writes one cell of a stored row; false when the value is refused or unchanged.
    virtual bool writeCell(int row, int column, const QVariant& value, int role) = 0;
    virtual Qt::ItemFlags storedFlags(int row, int column) const = 0;
    // Columns the placeholder row accepts typing in.
    virtual bool placeholderEditable(int column) const = 0;

    // Replaces the stored rows with `next`: changed rows first (one dataChanged), then rows inserted or
    // removed in front of the placeholder, in one batch each.
    template <typename Row>
    void replaceRows(QList<Row>& stored, const QList<Row>& next)
    {
        Q_ASSERT(QThread::currentThread() == thread());
        const auto common = std::min(stored.size(), next.size());
        qsizetype firstChanged = -1;
        qsizetype lastChanged = -1;
        for (qsizetype i = 0; i < common; ++i) {
            if (stored.at(i) == next.at(i))
                continue;
            stored[i] = next.at(i);
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
        if (firstChanged >= 0)
            emit dataChanged(index(int(firstChanged), 0), index(int(lastChanged), columnCount() - 1));
        if (next.size() > stored.size()) {
            beginInsertRows({}, int(stored.size()), int(next.size() - 1));
            stored.append(next.mid(stored.size()));
            endInsertRows();
        } else if (next.size() < stored.size()) {
            beginRemoveRows({}, int(next.size()), int(stored.size() - 1));
            stored.resize(next.size());
            endRemoveRows();
        }
    }
};

} // namespace hinterscope

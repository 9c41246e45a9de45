#pragma once

#include "models/composer_roles.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QList>
#include <QPalette>
#include <QThread>

#include <algorithm>
#include <optional>

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

// The storage both composer tables share: rows that each have `enabled`, `name` and `value`, appended and
// removed through the placeholder, with the Enabled check box, and the questions the composer asks of them.
template <typename Row>
class RowListModel : public RowTableModel {
public:
    struct Problem {
        int row = -1;
        int column = -1;
        QString message;
    };

    using RowTableModel::RowTableModel;

    int storedRowCount() const override { return int(rows_.size()); }

    // Why a cell cannot be sent, or an empty string.
    virtual QString problem(int row, int column) const = 0;
    // The first problem in an enabled row, top to bottom, left to right.
    std::optional<Problem> firstProblem() const
    {
        for (int row = 0; row < rows_.size(); ++row) {
            if (!rows_.at(row).enabled)
                continue;
            for (int column = 0; column < columnCount(); ++column) {
                const QString why = problem(row, column);
                if (!why.isEmpty())
                    return Problem{row, column, why};
            }
        }
        return std::nullopt;
    }
    // Enabled rows with a name or a value: what a tab label counts.
    int activeRowCount() const
    {
        return int(std::count_if(rows_.cbegin(), rows_.cend(), [](const Row& row) {
            return row.enabled && !(row.name.isEmpty() && row.value.isEmpty());
        }));
    }

protected:
    void appendStoredRow() override { rows_.append(Row{}); }
    void eraseStoredRows(int row, int count) override { rows_.remove(row, count); }
    // What every stored row shows the same way in both tables: a problem's background and text, a disabled
    // row greyed out, not the placeholder. Invalid for any other role (the model answers those itself).
    QVariant commonRowData(const Row& row, int rowIndex, int column, int role) const
    {
        switch (role) {
        case Qt::BackgroundRole:
            // Translucent, so it reads on light and dark palettes alike.
            return problem(rowIndex, column).isEmpty() ? QVariant() : QVariant(QBrush(QColor(220, 40, 40, 70)));
        case Qt::ForegroundRole:
            return row.enabled ? QVariant()
                               : QVariant(QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)));
        case ComposerRole::Problem:
            return problem(rowIndex, column);
        case ComposerRole::Placeholder:
            return false;
        default:
            return {};
        }
    }
    // The Enabled check box of `row`: true when it changed.
    static bool writeEnabled(Row& row, const QVariant& value, int role)
    {
        if (role != Qt::CheckStateRole)
            return false;
        const bool enabled = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
        if (enabled == row.enabled)
            return false;
        row.enabled = enabled;
        return true;
    }

    QList<Row> rows_;
};

} // namespace hinterscope

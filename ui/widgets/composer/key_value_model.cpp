#include "widgets/composer/key_value_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace hinterscope {

QString visibleControls(const QString& text)
{
    const auto isControl = [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    // As C escapes: every font has these glyphs, unlike the Control Pictures block.
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!isControl(c))
            shown += c;
        else if (c == QLatin1Char('\r'))
            shown += QLatin1String("\\r");
        else if (c == QLatin1Char('\n'))
            shown += QLatin1String("\\n");
        else if (c.unicode() == 0)
            shown += QLatin1String("\\0");
        else
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return shown;
}

KeyValueModel::KeyValueModel(QObject* parent)
    : RowListModel(parent)
{}

void KeyValueModel::setValidator(Validator validator)
{
    validator_ = std::move(validator);
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, KeyValueColumn::Count - 1));
}

void KeyValueModel::setPlaceholderText(const QString& name, const QString& value)
{
    namePlaceholder_ = name;
    valuePlaceholder_ = value;
    const int row = storedRowCount();
    emit dataChanged(index(row, 0), index(row, KeyValueColumn::Count - 1));
}

int KeyValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : KeyValueColumn::Count;
}

QString KeyValueModel::problem(int row, int column) const
{
    if (!validator_ || row < 0 || row >= rows_.size() || column == KeyValueColumn::Enabled)
        return {};
    return validator_(rows_.at(row), column);
}

QVariant KeyValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (isPlaceholder(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == KeyValueColumn::Name)
                return namePlaceholder_;
            if (column == KeyValueColumn::Value)
                return valuePlaceholder_;
            return {};
        case Qt::EditRole:
            return column == KeyValueColumn::Enabled ? QVariant() : QVariant(QString());
        case Qt::ForegroundRole:
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        case ComposerRole::Placeholder:
            return true;
        default:
            return {};
        }
    }
    const KeyValueRow& row = rows_.at(index.row());
    const QString text = column == KeyValueColumn::Name ? row.name : row.value;
    switch (role) {
    case Qt::DisplayRole:
        return column == KeyValueColumn::Enabled ? QVariant() : QVariant(visibleControls(text));
    case Qt::EditRole:
        return column == KeyValueColumn::Enabled ? QVariant(row.enabled) : QVariant(text);
    case Qt::CheckStateRole:
        if (column == KeyValueColumn::Enabled)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        if (column == KeyValueColumn::Enabled)
            return row.enabled ? tr("Sent; uncheck to keep the row without sending it") : tr("Not sent");
        const QString why = problem(index.row(), column);
        return why.isEmpty() ? QVariant() : QVariant(why);
    }
    default:
        return commonRowData(row, index.row(), column, role);
    }
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyValueColumn::Enabled:
        return QString();
    case KeyValueColumn::Name:
        return tr("Name");
    case KeyValueColumn::Value:
        return tr("Value");
    default:
        return {};
    }
}

void KeyValueModel::setRows(const QList<KeyValueRow>& rows)
{
    replaceRows(rows_, rows);
}

bool KeyValueModel::writeCell(int row, int column, const QVariant& value, int role)
{
    KeyValueRow& target = rows_[row];
    if (column == KeyValueColumn::Enabled)
        return writeEnabled(target, value, role);
    if (role != Qt::EditRole)
        return false;
    QString& field = column == KeyValueColumn::Name ? target.name : target.value;
    const QString text = value.toString();
    if (field == text)
        return false;
    field = text;
    return true;
}

Qt::ItemFlags KeyValueModel::storedFlags(int, int column) const
{
    if (column == KeyValueColumn::Enabled)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool KeyValueModel::placeholderEditable(int column) const
{
    return column == KeyValueColumn::Name || column == KeyValueColumn::Value;
}

} // namespace hinterscope

#include "widgets/environments/environment_variables_model.h"

#include "models/environment_roles.h"

#include <QThread>

#include <algorithm>

namespace hinterscope {
namespace {

const QString kMask = QStringLiteral("••••••••");

} // namespace

EnvironmentVariablesModel::EnvironmentVariablesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EnvironmentVariablesModel::assertThread() const
{
    Q_ASSERT(QThread::currentThread() == thread());
}

void EnvironmentVariablesModel::setVariables(const QList<EnvironmentVariable>& variables, bool secretsPending)
{
    assertThread();
    beginResetModel();
    variables_ = variables;
    secretsPending_ = secretsPending;
    endResetModel();
}

void EnvironmentVariablesModel::setSecretValues(const QHash<QString, QString>& values)
{
    assertThread();
    secretsPending_ = false;
    for (int row = 0; row < variables_.size(); ++row) {
        auto& variable = variables_[row];
        if (variable.secret && values.contains(variable.name))
            variable.value = values.value(variable.name);
    }
    if (!variables_.isEmpty())
        emit dataChanged(index(0, EnvironmentVariableColumn::Value),
                         index(int(variables_.size()) - 1, EnvironmentVariableColumn::Value));
}

void EnvironmentVariablesModel::setRevealSecrets(bool reveal)
{
    assertThread();
    if (reveal_ == reveal)
        return;
    reveal_ = reveal;
    if (!variables_.isEmpty())
        emit dataChanged(index(0, EnvironmentVariableColumn::Value),
                         index(int(variables_.size()) - 1, EnvironmentVariableColumn::Value));
}

int EnvironmentVariablesModel::appendVariable(const QString& baseName)
{
    assertThread();
    QString name = baseName;
    for (int n = 2; std::any_of(variables_.begin(), variables_.end(), [&](const auto& v) { return v.name == name; });
         ++n)
        name = QStringLiteral("%1_%2").arg(baseName).arg(n);
    const int row = int(variables_.size());
    beginInsertRows({}, row, row);
    EnvironmentVariable variable;
    variable.name = name;
    variables_.append(variable);
    endInsertRows();
    emit edited();
    return row;
}

void EnvironmentVariablesModel::removeVariables(QList<int> rows)
{
    assertThread();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= variables_.size())
            continue;
        beginRemoveRows({}, row, row);
        variables_.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit edited();
}

int EnvironmentVariablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(variables_.size());
}

int EnvironmentVariablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : EnvironmentVariableColumn::Count;
}

QVariant EnvironmentVariablesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvironmentVariable& variable = variables_.at(index.row());
    const bool pending = variable.secret && secretsPending_;
    switch (role) {
    case EnvironmentVariableRole::IsSecret:
        return variable.secret;
    case EnvironmentVariableRole::PlainValue:
        return variable.value;
    case EnvironmentVariableRole::SecretPending:
        return pending;
    default:
        break;
    }
    switch (index.column()) {
    case EnvironmentVariableColumn::Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return variable.name;
        if (role == Qt::CheckStateRole)
            return variable.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Enabled: a disabled variable is kept but not used");
        break;
    case EnvironmentVariableColumn::Value:
        if (role == Qt::DisplayRole) {
            if (pending)
                return tr("(reading from the keyring…)");
            if (variable.secret && !reveal_)
                return variable.value.isEmpty() ? QString() : kMask;
            return variable.value;
        }
        if (role == Qt::EditRole)
            return variable.value;
        if (role == Qt::ToolTipRole && variable.secret)
            return tr("Secret: kept in the keyring (or the 0600 fallback file), never in the collection");
        break;
    case EnvironmentVariableColumn::Secret:
        if (role == Qt::CheckStateRole)
            return variable.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Secret: the value is stored in the keyring, never in the environment file");
        break;
    default:
        break;
    }
    return {};
}

QVariant EnvironmentVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnvironmentVariableColumn::Name:
        return tr("Name");
    case EnvironmentVariableColumn::Value:
        return tr("Value");
    case EnvironmentVariableColumn::Secret:
        return tr("Secret");
    default:
        return {};
    }
}

Qt::ItemFlags EnvironmentVariablesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const EnvironmentVariable& variable = variables_.at(index.row());
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case EnvironmentVariableColumn::Name:
        return flags | Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
    case EnvironmentVariableColumn::Value:
        return variable.secret && secretsPending_ ? flags : flags | Qt::ItemIsEditable;
    case EnvironmentVariableColumn::Secret:
        return variable.secret && secretsPending_ ? flags : flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

bool EnvironmentVariablesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    assertThread();
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (role == Qt::CheckStateRole ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable)))
        return false;
    EnvironmentVariable& variable = variables_[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    switch (index.column()) {
    case EnvironmentVariableColumn::Name:
        if (role == Qt::CheckStateRole) {
            variable.enabled = checked;
        } else if (role == Qt::EditRole) {
            const QString name = value.toString().trimmed();
            const bool usable = !name.isEmpty() && std::none_of(name.begin(), name.end(), [](QChar c) {
                return c.isSpace() || c == QLatin1Char('{') || c == QLatin1Char('}');
            });
            if (!usable)
                return false; // {{name}} could never refer to it
            variable.name = name;
        } else {
            return false;
        }
        break;
    case EnvironmentVariableColumn::Value:
        if (role != Qt::EditRole)
            return false;
        variable.value = value.toString();
        break;
    case EnvironmentVariableColumn::Secret:
        if (role != Qt::CheckStateRole)
            return false;
        variable.secret = checked;
        emit dataChanged(this->index(index.row(), EnvironmentVariableColumn::Value),
                         this->index(index.row(), EnvironmentVariableColumn::Value));
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

} // namespace hinterscope

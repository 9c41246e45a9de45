#pragma once

// The variables of one environment as a table (Name with an Enabled box, Value, Secret box). A secret's value
// is shown as dots unless setRevealSecrets(true); while the store is still reading it, the cell says so and
// cannot be edited, so a late answer never overwrites what the user typed.
#include "collections/environment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hinterscope {

class EnvironmentVariablesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit EnvironmentVariablesModel(QObject* parent = nullptr);

    void setVariables(const QList<EnvironmentVariable>& variables, bool secretsPending);
    const QList<EnvironmentVariable>& variables() const { return variables_; }
    // The store's answer: fills the secret rows of these names, and ends the pending state.
    void setSecretValues(const QHash<QString, QString>& values);
    bool secretsPending() const { return secretsPending_; }

    void setRevealSecrets(bool reveal);
    bool revealSecrets() const { return reveal_; }

    // Appends a variable with a name no row has yet and returns its row.
    int appendVariable(const QString& baseName = QStringLiteral("variable"));
    void removeVariables(QList<int> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void edited(); // the user changed something

private:
    void assertThread() const;

    QList<EnvironmentVariable> variables_;
    bool secretsPending_ = false;
    bool reveal_ = false;
};

} // namespace hinterscope

#pragma once

#include "models/composer_roles.h"
#include "request/request_spec.h"
#include "widgets/composer/row_table_model.h"

#include <functional>
#include <optional>

namespace hinterscope {

// Enabled / name / value rows: the params, headers and form-urlencoded tables. Rows with a problem (as the
// validator sees them) are kept as typed and marked (background, tooltip, ComposerRole::Problem), so the
// user can fix them; whether they may be sent is the caller's decision (firstProblem()).
class KeyValueModel : public RowListModel<KeyValueRow> {
    Q_OBJECT

public:
    // Why a cell cannot be sent, or an empty string. `column` is KeyValueColumn::Name or Value.
    using Validator = std::function<QString(const KeyValueRow& row, int column)>;

    explicit KeyValueModel(QObject* parent = nullptr);

    void setValidator(Validator validator);
    // What the placeholder row shows in grey, e.g. "Add a header".
    void setPlaceholderText(const QString& name, const QString& value);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<KeyValueRow>& rows() const { return rows_; }
    void setRows(const QList<KeyValueRow>& rows);

    QString problem(int row, int column) const override;

protected:
    bool writeCell(int row, int column, const QVariant& value, int role) override;
    Qt::ItemFlags storedFlags(int row, int column) const override;
    bool placeholderEditable(int column) const override;

private:
    Validator validator_;
    QString namePlaceholder_;
    QString valuePlaceholder_;
};

// Control characters shown as C escapes ("a\r\nb"), so a value that would be refused shows why.
QString visibleControls(const QString& text);

} // namespace hinterscope

#pragma once

#include "models/composer_roles.h"
#include "request/request_spec.h"
#include "widgets/composer/row_table_model.h"

#include <optional>

namespace hinterscope {

// The parts of a multipart/form-data body: text parts and file parts. The Kind column edits as a bool
// (EditRole true = file). A file part whose path does not exist, or a part with a value but no name, is
// marked like an invalid header and listed by firstProblem().
class MultipartModel : public RowListModel<MultipartPart> {
    Q_OBJECT

public:
    explicit MultipartModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<MultipartPart>& parts() const { return rows_; }
    void setParts(const QList<MultipartPart>& parts);
    // Makes `row` (the placeholder appends one) a file part with this path, as the file picker does.
    void setFile(int row, const QString& path);

    QString problem(int row, int column) const override;

protected:
    bool writeCell(int row, int column, const QVariant& value, int role) override;
    Qt::ItemFlags storedFlags(int row, int column) const override;
    bool placeholderEditable(int column) const override;
};

} // namespace hinterscope

#pragma once

#include <QTableView>

namespace hinterscope {

// A compact table for the composer's RowTableModels: the first column holds the "enabled" check box, the
// last one stretches, Delete removes the selected rows (never the placeholder), and a context menu offers
// the same plus enabling or disabling a selection at once.
class RowTableView : public QTableView {
    Q_OBJECT

public:
    explicit RowTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void removeSelectedRows();
    void setSelectedRowsEnabled(bool enabled);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QList<int> selectedStoredRows() const;
};

} // namespace hinterscope

#pragma once

// The History pane (docs/history.md): every exchange sent, newest first, searchable (URL, method, headers)
// and filterable (method, status class, time); "Open as New Request" gives the request back as it was sent,
// secrets as {{placeholders}}. Reads and writes go through the HistoryStore's worker thread.
#include "request/request_spec.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hinterscope {

class HistoryModel;
class HistoryStore;

class HistoryPane : public QWidget {
    Q_OBJECT

public:
    // `store` must outlive the pane.
    explicit HistoryPane(HistoryStore& store, QWidget* parent = nullptr);

    HistoryModel* model() const { return model_; }
    QTableView* table() const { return table_; }

    // Asked before "Clear History…" clears; the default asks with a message box.
    void setClearConfirmation(std::function<bool(QWidget*)> confirm);

public slots:
    void openSelected();                     // the current row as a new request (openRequested)
    void deleteSelected();                   // every selected row
    void clearHistory();                     // after the confirmation
    void showNotice(const QString& message); // e.g. "the damaged database was moved aside"

signals:
    void openRequested(const hinterscope::RequestSpec& request);

private:
    void applyFilters();
    void updateStatus();
    void showContextMenu(const QPoint& position);
    QList<qint64> selectedIds() const;

    HistoryStore& store_;
    HistoryModel* model_ = nullptr;
    QLineEdit* search_ = nullptr;
    QComboBox* methodFilter_ = nullptr;
    QComboBox* statusFilter_ = nullptr;
    QComboBox* timeFilter_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* notice_ = nullptr;
    QTimer* searchDelay_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* deleteAction_ = nullptr;
    QAction* clearAction_ = nullptr;
    QAction* refreshAction_ = nullptr;
    std::function<bool(QWidget*)> confirmClear_;
    quint64 openTicket_ = 0;
};

} // namespace hinterscope

#include "widgets/history/history_pane.h"

#include "history/history_store.h"
#include "models/history_model.h"
#include "models/history_roles.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hinterscope {
namespace {

// Time filter choices: seconds back from now, 0 for any time.
constexpr qint64 hour = 3600;
constexpr qint64 timeSpans[] = {0, hour, 24 * hour, 7 * 24 * hour, 30 * 24 * hour};

} // namespace

HistoryPane::HistoryPane(HistoryStore& store, QWidget* parent)
    : QWidget(parent)
    , store_(store)
    , model_(new HistoryModel(store, this))
    , search_(new QLineEdit(this))
    , methodFilter_(new QComboBox(this))
    , statusFilter_(new QComboBox(this))
    , timeFilter_(new QComboBox(this))
    , table_(new QTableView(this))
    , status_(new QLabel(this))
    , notice_(new QLabel(this))
    , searchDelay_(new QTimer(this))
    , confirmClear_([](QWidget* parentWidget) {
        return QMessageBox::question(parentWidget, tr("Clear History"),
                                     tr("Delete every exchange in the history? This cannot be undone."),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("historyPane"));
    model_->setObjectName(QStringLiteral("historyModel"));

    search_->setObjectName(QStringLiteral("historySearch"));
    search_->setPlaceholderText(tr("Search URL, method, headers"));
    search_->setClearButtonEnabled(true);
    searchDelay_->setObjectName(QStringLiteral("historySearchDelay"));
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(250);

    methodFilter_->setObjectName(QStringLiteral("historyMethodFilter"));
    methodFilter_->setToolTip(tr("Method"));
    methodFilter_->addItem(tr("Any method"), QString());
    for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        methodFilter_->addItem(QLatin1String(method), QLatin1String(method));

    statusFilter_->setObjectName(QStringLiteral("historyStatusFilter"));
    statusFilter_->setToolTip(tr("Status class"));
    statusFilter_->addItem(tr("Any status"), int(StatusClass::Any));
    statusFilter_->addItem(tr("2xx success"), int(StatusClass::Success));
    statusFilter_->addItem(tr("3xx redirect"), int(StatusClass::Redirect));
    statusFilter_->addItem(tr("4xx client error"), int(StatusClass::ClientError));
    statusFilter_->addItem(tr("5xx server error"), int(StatusClass::ServerError));
    statusFilter_->addItem(tr("1xx informational"), int(StatusClass::Informational));
    statusFilter_->addItem(tr("No response"), int(StatusClass::NoResponse));

    timeFilter_->setObjectName(QStringLiteral("historyTimeFilter"));
    timeFilter_->setToolTip(tr("Time"));
    timeFilter_->addItem(tr("Any time"));
    timeFilter_->addItem(tr("Last hour"));
    timeFilter_->addItem(tr("Last 24 hours"));
    timeFilter_->addItem(tr("Last 7 days"));
    timeFilter_->addItem(tr("Last 30 days"));

    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setContextMenuPolicy(Qt::CustomContextMenu);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(HistoryColumn::Url, QHeaderView::Stretch);
    for (const int column : {int(HistoryColumn::Time), int(HistoryColumn::Method), int(HistoryColumn::Status),
                             int(HistoryColumn::Duration), int(HistoryColumn::Size)})
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    status_->setObjectName(QStringLiteral("historyStatusLabel"));
    notice_->setObjectName(QStringLiteral("historyNotice"));
    notice_->setWordWrap(true);
    notice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notice_->hide();

    openAction_ = new QAction(tr("Open as New Request"), this);
    openAction_->setObjectName(QStringLiteral("historyOpenAction"));
    openAction_->setShortcut(Qt::Key_Return);
    openAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    deleteAction_ = new QAction(tr("Delete"), this);
    deleteAction_->setObjectName(QStringLiteral("historyDeleteAction"));
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    clearAction_ = new QAction(tr("Clear History…"), this);
    clearAction_->setObjectName(QStringLiteral("historyClearAction"));
    refreshAction_ = new QAction(tr("Refresh"), this);
    refreshAction_->setObjectName(QStringLiteral("historyRefreshAction"));
    refreshAction_->setShortcut(QKeySequence::Refresh);
    refreshAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table_->addAction(openAction_);
    table_->addAction(deleteAction_);
    addAction(refreshAction_);

    auto* filters = new QHBoxLayout;
    filters->addWidget(search_, 1);
    filters->addWidget(methodFilter_);
    filters->addWidget(statusFilter_);
    filters->addWidget(timeFilter_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(notice_);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
    connect(searchDelay_, &QTimer::timeout, this, &HistoryPane::applyFilters);
    connect(search_, &QLineEdit::returnPressed, this, &HistoryPane::applyFilters);
    for (auto* combo : {methodFilter_, statusFilter_, timeFilter_})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilters);
    connect(table_, &QTableView::doubleClicked, this, &HistoryPane::openSelected);
    connect(table_, &QWidget::customContextMenuRequested, this, &HistoryPane::showContextMenu);
    connect(openAction_, &QAction::triggered, this, &HistoryPane::openSelected);
    connect(deleteAction_, &QAction::triggered, this, &HistoryPane::deleteSelected);
    connect(clearAction_, &QAction::triggered, this, [this] {
        if (confirmClear_(this))
            clearHistory();
    });
    connect(refreshAction_, &QAction::triggered, model_, &HistoryModel::refresh);
    connect(model_, &HistoryModel::totalCountChanged, this, &HistoryPane::updateStatus);
    connect(model_, &HistoryModel::loadingChanged, this, &HistoryPane::updateStatus);
    connect(&store_, &HistoryStore::requestLoaded, this, [this](quint64 ticket, const RequestSpec& request) {
        if (ticket == openTicket_)
            emit openRequested(request);
    });
    connect(&store_, &HistoryStore::opened, this, [this](bool ok, const QString& message) {
        if (!message.isEmpty())
            showNotice(ok ? message : tr("History unavailable: %1").arg(message));
    });
    connect(&store_, &HistoryStore::failed, this, &HistoryPane::showNotice);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = table_->selectionModel()->hasSelection();
        openAction_->setEnabled(any);
        deleteAction_->setEnabled(any);
    });
    openAction_->setEnabled(false);
    deleteAction_->setEnabled(false);
    updateStatus();
}

void HistoryPane::setClearConfirmation(std::function<bool(QWidget*)> confirm)
{
    confirmClear_ = std::move(confirm);
}

void HistoryPane::applyFilters()
{
    searchDelay_->stop();
    HistoryQuery query;
    query.text = search_->text().trimmed();
    query.method = methodFilter_->currentData().toString();
    query.statusClass = static_cast<StatusClass>(statusFilter_->currentData().toInt());
    const qint64 span = timeSpans[std::clamp(timeFilter_->currentIndex(), 0, int(std::size(timeSpans)) - 1)];
    if (span > 0)
        query.from = QDateTime::currentDateTimeUtc().addSecs(-span);
    if (query == model_->query())
        return;
    model_->setQuery(query);
}

void HistoryPane::updateStatus()
{
    const int total = model_->totalCount();
    if (model_->isLoading() && model_->rowCount() == 0)
        status_->setText(tr("Loading…"));
    else
        status_->setText(tr("%n exchange(s)", nullptr, total));
    clearAction_->setEnabled(total > 0);
}

QList<qint64> HistoryPane::selectedIds() const
{
    QList<qint64> ids;
    for (const auto& index : table_->selectionModel()->selectedRows())
        ids.append(index.data(HistoryRole::EntryId).toLongLong());
    return ids;
}

void HistoryPane::openSelected()
{
    QModelIndex index = table_->currentIndex();
    if (!index.isValid() || !table_->selectionModel()->isRowSelected(index.row(), {})) {
        const auto rows = table_->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        index = rows.first();
    }
    openTicket_ = store_.loadRequest(model_->index(index.row(), 0).data(HistoryRole::EntryId).toLongLong());
}

void HistoryPane::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        store_.remove(ids);
}

void HistoryPane::clearHistory()
{
    store_.clear();
}

void HistoryPane::showNotice(const QString& message)
{
    notice_->setText(message);
    notice_->setVisible(!message.isEmpty());
}

void HistoryPane::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("historyContextMenu"));
    menu.addAction(openAction_);
    menu.addAction(deleteAction_);
    menu.addSeparator();
    menu.addAction(refreshAction_);
    menu.addAction(clearAction_);
    menu.exec(table_->viewport()->mapToGlobal(position));
}

} // namespace hinterscope

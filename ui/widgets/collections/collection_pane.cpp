#include "widgets/collections/collection_pane.h"

#include "bridge/request_controller.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace hinterscope {
namespace {

constexpr int kSpecRole = Qt::UserRole + 900;
constexpr int kHandleRole = Qt::UserRole + 901;
constexpr int kFileRole = Qt::UserRole + 902;

QTreeView* makeTree(QStandardItemModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setHeaderHidden(model->columnCount() <= 1);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    return view;
}

} // namespace

CollectionPane::CollectionPane(QWidget* parent)
    : QWidget(parent)
    , collections_(new QStandardItemModel(this))
    , history_(new QStandardItemModel(0, 2, this))
{
    setObjectName(QStringLiteral("collectionPane"));
    history_->setHorizontalHeaderLabels({tr("Request"), tr("Outcome")});
    collectionView_ = makeTree(collections_, this, QStringLiteral("collectionTree"));
    historyView_ = makeTree(history_, this, QStringLiteral("historyView"));
    historyView_->setRootIsDecorated(false);
    historyView_->header()->setStretchLastSection(true);

    errors_ = new QLabel(this);
    errors_->setObjectName(QStringLiteral("collectionErrors"));
    errors_->setWordWrap(true);
    errors_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors_->hide();

    auto* collectionsPage = new QWidget(this);
    auto* collectionsLayout = new QVBoxLayout(collectionsPage);
    collectionsLayout->setContentsMargins(0, 0, 0, 0);
    collectionsLayout->addWidget(collectionView_);
    collectionsLayout->addWidget(errors_);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("collectionTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(collectionsPage, tr("Collections"));
    tabs->addTab(historyView_, tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    const auto activate = [this](const QModelIndex& index) {
        const QVariant spec = index.siblingAtColumn(0).data(kSpecRole);
        if (spec.canConvert<RequestSpec>())
            emit requestActivated(spec.value<RequestSpec>(), index.siblingAtColumn(0).data(kFileRole).toString());
    };
    connect(collectionView_, &QTreeView::activated, this, activate);
    connect(historyView_, &QTreeView::activated, this, activate);
}

void CollectionPane::addItems(QStandardItem* parent, const QList<CollectionItem>& items)
{
    for (const auto& item : items) {
        auto* row = new QStandardItem(item.name);
        row->setToolTip(item.isFolder                  ? item.filePath
                        : item.request.notes.isEmpty() ? item.request.url
                                                       : item.request.notes);
        if (item.isFolder)
            addItems(row, item.children);
        else
            row->setData(QVariant::fromValue(item.request), kSpecRole);
        row->setData(item.filePath, kFileRole);
        parent->appendRow(row);
    }
}

void CollectionPane::addCollection(const Collection& collection)
{
    auto* root = new QStandardItem(collection.name);
    root->setToolTip(collection.rootPath);
    addItems(root, collection.items);
    collections_->appendRow(root);
    collectionView_->expand(root->index());
    if (!collection.errors.isEmpty()) {
        // A broken file names itself and its line:column; the rest of the collection is still there.
        errors_->setText(errors_->text() + (errors_->text().isEmpty() ? QString() : QStringLiteral("\n")) +
                         collection.errors.join(QLatin1Char('\n')));
        errors_->show();
    }
}

void CollectionPane::recordSent(quintptr requestHandle, const RequestSpec& spec)
{
    auto* request = new QStandardItem(QStringLiteral("%1 %2").arg(spec.method, spec.url));
    request->setData(QVariant::fromValue(spec), kSpecRole);
    request->setData(requestHandle, kHandleRole);
    request->setToolTip(spec.url);
    auto* outcome = new QStandardItem(tr("running…"));
    history_->insertRow(0, {request, outcome});
}

void CollectionPane::recordOutcome(quintptr requestHandle, const QString& outcome)
{
    for (int row = 0; row < history_->rowCount(); ++row) {
        if (history_->item(row, 0)->data(kHandleRole).value<quintptr>() == requestHandle) {
            history_->item(row, 1)->setText(outcome);
            return;
        }
    }
}

} // namespace hinterscope

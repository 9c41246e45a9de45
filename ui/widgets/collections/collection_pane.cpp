#include "widgets/collections/collection_pane.h"

#include "models/collection_roles.h"
#include "models/collection_tree_model.h"
#include "widgets/collections/collection_editor.h"
#include "widgets/collections/collection_item_delegate.h"
#include "widgets/collections/collection_loader.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace hinterscope {
namespace {

const QString kRecentKey = QStringLiteral("collections/recent");
const QString kOpenKey = QStringLiteral("collections/open");

bool isUnder(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':'));
}

CollectionNodeKind kindOf(const QModelIndex& index)
{
    return CollectionNodeKind(index.data(CollectionRole::Kind).toInt());
}

} // namespace

CollectionPane::CollectionPane(QWidget* parent)
    : QWidget(parent)
    , model_(new CollectionTreeModel(this))
    , editor_(new CollectionEditor(this))
    , loader_(new CollectionLoader(this))
{
    setObjectName(QStringLiteral("collectionPane"));
    model_->setObjectName(QStringLiteral("collectionTreeModel"));

    collectionView_ = new QTreeView(this);
    collectionView_->setObjectName(QStringLiteral("collectionTree"));
    collectionView_->setModel(model_);
    collectionView_->setItemDelegate(new CollectionItemDelegate(collectionView_));
    collectionView_->setHeaderHidden(true);
    collectionView_->setUniformRowHeights(true);
    collectionView_->setEditTriggers(QAbstractItemView::EditKeyPressed);
    collectionView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    collectionView_->setDragEnabled(true);
    collectionView_->setAcceptDrops(true);
    collectionView_->setDropIndicatorShown(true);
    collectionView_->setDragDropMode(QAbstractItemView::DragDrop);
    collectionView_->setDefaultDropAction(Qt::MoveAction);
    collectionView_->setContextMenuPolicy(Qt::CustomContextMenu);

    errors_ = new QListWidget(this);
    errors_->setObjectName(QStringLiteral("collectionErrors"));
    errors_->setWordWrap(true);
    errors_->setMaximumHeight(120);
    errors_->hide();
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("collectionMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(collectionView_, 1);
    layout->addWidget(message_);
    layout->addWidget(errors_);

    newRequestAction_ =
        makeAction(tr("New &Request"), QStringLiteral("newRequestAction"), {}, &CollectionPane::newRequest);
    newFolderAction_ = makeAction(tr("New &Folder"), QStringLiteral("newFolderAction"), {}, &CollectionPane::newFolder);
    renameAction_ = makeAction(tr("Re&name"), QStringLiteral("renameAction"), QKeySequence(Qt::Key_F2),
                               &CollectionPane::renameSelected);
    duplicateAction_ = makeAction(tr("D&uplicate"), QStringLiteral("duplicateAction"),
                                  QKeySequence(Qt::CTRL | Qt::Key_D), &CollectionPane::duplicateSelected);
    deleteAction_ = makeAction(tr("&Delete"), QStringLiteral("deleteAction"), QKeySequence::Delete,
                               &CollectionPane::deleteSelected);
    revealAction_ =
        makeAction(tr("Show in File &Manager"), QStringLiteral("revealAction"), {}, &CollectionPane::revealSelected);
    closeCollectionAction_ = makeAction(tr("&Close Collection"), QStringLiteral("closeCollectionAction"), {},
                                        &CollectionPane::closeSelectedCollection);

    connect(collectionView_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (kindOf(index) == CollectionNodeKind::Request)
            emit requestActivated(index.data(CollectionRole::Spec).value<RequestSpec>(),
                                  index.data(CollectionRole::Path).toString());
    });
    connect(collectionView_, &QTreeView::customContextMenuRequested, this, &CollectionPane::showContextMenu);
    connect(collectionView_, &QTreeView::expanded, this,
            [this](const QModelIndex& index) { expandedPaths_.insert(index.data(CollectionRole::Path).toString()); });
    connect(collectionView_, &QTreeView::collapsed, this,
            [this](const QModelIndex& index) { expandedPaths_.remove(index.data(CollectionRole::Path).toString()); });
    connect(collectionView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!applying_ && current.isValid())
                    currentPath_ = current.data(CollectionRole::Path).toString();
                updateActions();
            });
    connect(collectionView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectionPane::updateActions);

    connect(model_, &CollectionTreeModel::renameRequested, this, [this](const QString& path, const QString& name) {
        message_->hide();
        const QString renamed = editor_->rename(path, name);
        if (!renamed.isEmpty())
            currentPath_ = renamed;
    });
    connect(model_, &CollectionTreeModel::dropRequested, this,
            [this](const QStringList& paths, const QString& target, bool copy) {
                message_->hide();
                const QStringList placed = copy ? editor_->copy(paths, target) : editor_->move(paths, target);
                if (!placed.isEmpty()) {
                    currentPath_ = placed.first();
                    expandedPaths_.insert(target);
                }
            });
    connect(editor_, &CollectionEditor::pathsChanged, this, &CollectionPane::reloadCollectionsHolding);
    connect(editor_, &CollectionEditor::pathMoved, this, &CollectionPane::remapPath);
    connect(editor_, &CollectionEditor::requestFileMoved, this, &CollectionPane::requestFileMoved);
    connect(editor_, &CollectionEditor::requestFileRemoved, this, &CollectionPane::requestFileRemoved);
    connect(editor_, &CollectionEditor::failed, this, [this](const QString& message) {
        message_->setText(message);
        message_->show();
        emit operationFailed(message);
    });
    connect(loader_, &CollectionLoader::loaded, this, &CollectionPane::applyLoaded);
    updateActions();
}

CollectionPane::~CollectionPane() = default;

QAction* CollectionPane::makeAction(const QString& text, const QString& name, const QKeySequence& shortcut,
                                    void (CollectionPane::*slot)())
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Only while the tree has the focus: Delete and Ctrl+D mean other things in the composer's fields.
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, slot);
    collectionView_->addAction(action);
    return action;
}

QUndoStack* CollectionPane::undoStack() const
{
    return editor_->undoStack();
}

void CollectionPane::addCollection(const Collection& collection)
{
    model_->setCollection(collection);
    expandedPaths_.insert(collection.rootPath);
    restoreViewState(collection.rootPath);
    if (!isResource(collection.rootPath)) {
        loader_->watch(collection.rootPath);
        loader_->load(collection.rootPath); // sets the watches up; merges nothing new
        saveOpenCollections();
    }
    refreshErrors();
    emit collectionsChanged();
}

void CollectionPane::openCollection(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        const QString message = tr("%1: no such folder").arg(path);
        message_->setText(message);
        message_->show();
        emit operationFailed(message);
        return;
    }
    open(info.canonicalFilePath(), true);
}

void CollectionPane::open(const QString& root, bool remember)
{
    if (remember)
        rememberRecent(root);
    if (model_->collectionRoots().contains(root)) {
        selectPath(root);
        return;
    }
    model_->addLoadingCollection(root);
    expandedPaths_.insert(root);
    loader_->watch(root);
    loader_->load(root);
    saveOpenCollections();
    emit collectionsChanged();
}

void CollectionPane::closeCollection(const QString& rootPath)
{
    if (!model_->collectionRoots().contains(rootPath))
        return;
    model_->removeCollection(rootPath);
    loader_->forget(rootPath);
    for (auto it = expandedPaths_.begin(); it != expandedPaths_.end();)
        it = isUnder(*it, rootPath) ? expandedPaths_.erase(it) : std::next(it);
    saveOpenCollections();
    refreshErrors();
    emit collectionsChanged();
}

void CollectionPane::restoreOpenCollections()
{
    const QStringList roots = QSettings().value(kOpenKey).toStringList();
    for (const QString& root : roots) {
        const QFileInfo info(root);
        if (info.isDir())
            open(info.canonicalFilePath(), false);
    }
}

QStringList CollectionPane::recentCollections() const
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeIf([](const QString& path) { return !QFileInfo(path).isDir(); });
    recent.removeDuplicates();
    if (recent.size() > kMaxRecent)
        recent.resize(kMaxRecent);
    return recent;
}

void CollectionPane::rememberRecent(const QString& root)
{
    QStringList recent = recentCollections();
    recent.removeAll(root);
    recent.prepend(root);
    if (recent.size() > kMaxRecent)
        recent.resize(kMaxRecent);
    QSettings().setValue(kRecentKey, recent);
    emit recentCollectionsChanged(recent);
}

void CollectionPane::saveOpenCollections() const
{
    QStringList roots = model_->collectionRoots();
    roots.removeIf(isResource);
    QSettings().setValue(kOpenKey, roots);
}

QStringList CollectionPane::openCollectionRoots() const
{
    return model_->collectionRoots();
}

void CollectionPane::applyLoaded(const Collection& collection)
{
    if (!model_->collectionRoots().contains(collection.rootPath))
        return; // closed while it loaded
    {
        // Rows that go away move the current index to a neighbour; the path to come back to stays.
        const QScopedValueRollback guard(applying_, true);
        model_->setCollection(collection);
    }
    restoreViewState(collection.rootPath);
    refreshErrors();
    updateActions();
    emit collectionLoaded(collection);
    emit collectionsChanged();
}

void CollectionPane::restoreViewState(const QString& root)
{
    for (const QString& path : std::as_const(expandedPaths_)) {
        if (!isUnder(path, root))
            continue;
        const QModelIndex index = model_->indexForPath(path);
        if (index.isValid() && !collectionView_->isExpanded(index))
            collectionView_->expand(index);
    }
    if (!pendingEdit_.isEmpty() && isUnder(pendingEdit_, root)) {
        const QModelIndex index = model_->indexForPath(pendingEdit_);
        if (index.isValid()) {
            pendingEdit_.clear();
            selectPath(index.data(CollectionRole::Path).toString());
            collectionView_->edit(index);
            return;
        }
    }
    if (!currentPath_.isEmpty() && isUnder(currentPath_, root)) {
        const QModelIndex index = model_->indexForPath(currentPath_);
        if (index.isValid() && collectionView_->currentIndex() != index)
            selectPath(currentPath_);
    }
}

void CollectionPane::selectPath(const QString& path)
{
    const QModelIndex index = model_->indexForPath(path);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        collectionView_->expand(parent);
    collectionView_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    collectionView_->scrollTo(index);
    currentPath_ = path;
}

void CollectionPane::reloadCollectionsHolding(const QStringList& paths)
{
    for (const QString& root : model_->collectionRoots()) {
        if (isResource(root))
            continue;
        if (std::any_of(paths.begin(), paths.end(), [&root](const QString& path) { return isUnder(path, root); }))
            loader_->load(root);
    }
}

void CollectionPane::remapPath(const QString& oldPath, const QString& newPath)
{
    const auto remap = [&](const QString& path) {
        return isUnder(path, oldPath) ? newPath + path.mid(oldPath.size()) : path;
    };
    QSet<QString> expanded;
    for (const QString& path : std::as_const(expandedPaths_))
        expanded.insert(remap(path));
    expandedPaths_ = expanded;
    currentPath_ = remap(currentPath_);
}

void CollectionPane::refreshErrors()
{
    errors_->clear();
    for (const QString& root : model_->collectionRoots()) {
        const QString name = model_->collectionName(root);
        for (const QString& error : model_->errors(root)) {
            // "users/broken.request.json:3:5: …" reads better than the absolute path; the tooltip has it.
            const QString shown = error.startsWith(root + QLatin1Char('/')) ? error.mid(root.size() + 1) : error;
            auto* item = new QListWidgetItem(QStringLiteral("%1: %2").arg(name, shown), errors_);
            item->setToolTip(error);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    errors_->setVisible(errors_->count() > 0);
}

QStringList CollectionPane::selectedItemPaths() const
{
    QStringList paths;
    for (const QModelIndex& index : collectionView_->selectionModel()->selectedRows()) {
        if (kindOf(index) != CollectionNodeKind::Collection && !index.data(CollectionRole::ReadOnly).toBool())
            paths.append(index.data(CollectionRole::Path).toString());
    }
    // Deleting a folder takes what is inside it along.
    paths.removeIf([&paths](const QString& path) {
        return std::any_of(paths.begin(), paths.end(), [&path](const QString& other) {
            return other != path && path.startsWith(other + QLatin1Char('/'));
        });
    });
    paths.sort();
    return paths;
}

QString CollectionPane::selectedPath() const
{
    return collectionView_->currentIndex().data(CollectionRole::Path).toString();
}

QString CollectionPane::selectedFolder() const
{
    const QModelIndex index = collectionView_->currentIndex();
    if (!index.isValid() || index.data(CollectionRole::ReadOnly).toBool())
        return {};
    return model_->folderFor(index);
}

QString CollectionPane::createRequest(const RequestSpec& spec, const QString& folder)
{
    const QString target = folder.isEmpty() ? selectedFolder() : folder;
    if (target.isEmpty())
        return {};
    const QString path = editor_->createRequest(target, spec);
    if (!path.isEmpty()) {
        expandedPaths_.insert(target);
        currentPath_ = path;
    }
    return path;
}

void CollectionPane::newRequest()
{
    message_->hide();
    const QString folder = selectedFolder();
    if (folder.isEmpty())
        return;
    RequestSpec spec;
    spec.name = tr("New Request");
    const QString path = editor_->createRequest(folder, spec);
    if (!path.isEmpty()) {
        expandedPaths_.insert(folder);
        pendingEdit_ = path;
    }
}

void CollectionPane::newFolder()
{
    message_->hide();
    const QString parent = selectedFolder();
    if (parent.isEmpty())
        return;
    const QString path = editor_->createFolder(parent, tr("New Folder"));
    if (!path.isEmpty()) {
        expandedPaths_.insert(parent);
        pendingEdit_ = path;
    }
}

void CollectionPane::renameSelected()
{
    const QModelIndex index = collectionView_->currentIndex();
    if (model_->flags(index) & Qt::ItemIsEditable)
        collectionView_->edit(index);
}

void CollectionPane::duplicateSelected()
{
    message_->hide();
    const QModelIndex index = collectionView_->currentIndex();
    if (!(model_->flags(index) & Qt::ItemIsEditable))
        return;
    const QString copy = editor_->duplicate(index.data(CollectionRole::Path).toString());
    if (!copy.isEmpty())
        currentPath_ = copy;
}

void CollectionPane::deleteSelected()
{
    message_->hide();
    const QStringList paths = selectedItemPaths();
    if (!paths.isEmpty())
        editor_->remove(paths);
}

void CollectionPane::closeSelectedCollection()
{
    const QString root = collectionView_->currentIndex().data(CollectionRole::CollectionRoot).toString();
    if (!root.isEmpty())
        closeCollection(root);
}

void CollectionPane::revealSelected()
{
    const QModelIndex index = collectionView_->currentIndex();
    const QString path = index.data(CollectionRole::Path).toString();
    if (path.isEmpty() || isResource(path))
        return;
    const QString folder = kindOf(index) == CollectionNodeKind::Request ? QFileInfo(path).absolutePath() : path;
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void CollectionPane::updateActions()
{
    const QModelIndex index = collectionView_->currentIndex();
    const bool valid = index.isValid();
    const bool writable = valid && !index.data(CollectionRole::ReadOnly).toBool() &&
                          !model_->data(index, CollectionRole::Loading).toBool();
    const bool isItem = valid && kindOf(index) != CollectionNodeKind::Collection;
    newRequestAction_->setEnabled(writable);
    newFolderAction_->setEnabled(writable);
    renameAction_->setEnabled(writable && isItem);
    duplicateAction_->setEnabled(writable && isItem);
    deleteAction_->setEnabled(!selectedItemPaths().isEmpty());
    revealAction_->setEnabled(valid && !isResource(index.data(CollectionRole::Path).toString()));
    closeCollectionAction_->setEnabled(valid);
}

void CollectionPane::showContextMenu(const QPoint& position)
{
    updateActions();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("collectionContextMenu"));
    menu.addAction(newRequestAction_);
    menu.addAction(newFolderAction_);
    menu.addSeparator();
    menu.addAction(renameAction_);
    menu.addAction(duplicateAction_);
    menu.addAction(deleteAction_);
    menu.addSeparator();
    menu.addAction(revealAction_);
    menu.addAction(closeCollectionAction_);
    menu.exec(collectionView_->viewport()->mapToGlobal(position));
}

} // namespace hinterscope

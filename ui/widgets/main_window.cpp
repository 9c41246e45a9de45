#include "widgets/main_window.h"

#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "bridge/request_controller.h"
#include "collections/active_environment.h"
#include "collections/secret_store.h"
#include "collections/variable_layers.h"
#include "history/history_store.h"
#include "models/handle_tree_model.h"
#include "models/timeline_model.h"
#include "widgets/body/body_viewer.h"
#include "widgets/collections/collection_pane.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/documents/request_tabs.h"
#include "widgets/environments/environment_editor.h"
#include "widgets/environments/environment_selector.h"
#include "widgets/history/history_pane.h"
#include "widgets/history/history_settings_dialog.h"
#include "widgets/inspector/handles_pane.h"
#include "widgets/inspector/timeline_pane.h"
#include "widgets/interchange/interchange_actions.h"
#include "widgets/response/response_pane.h"

#include <hinternet/library_versions.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace hinterscope {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLanguageKey = QStringLiteral("ui/language");
// Bumped when the docks change, so an old saved layout is not forced onto new panes.
constexpr int kLayoutVersion = 2;
const QString kHistoryBodyKey = QStringLiteral("history/bodyKiB");
const QString kHistoryEntriesKey = QStringLiteral("history/maxEntries");
const QString kHistoryMegabytesKey = QStringLiteral("history/maxMiB");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , bridge_(std::make_unique<EngineBridge>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hinterscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hinterscope.svg")));
    setDockNestingEnabled(true);

    controller_ = new RequestController(*bridge_, this);
    handleTree_ = new HandleTreeModel(this);
    timelineModel_ = new TimelineModel(this);

    composer_ = new ComposerWidget(this);
    requestTabs_ = new RequestTabs(composer_, this);
    response_ = new ResponsePane(this);
    bodyViewer_ = new BodyViewer(this);
    response_->setBodyWidget(bodyViewer_);
    handles_ = new HandlesPane(handleTree_, this);
    timeline_ = new TimelinePane(timelineModel_, this);
    collections_ = new CollectionPane(this);
    history_ = new HistoryStore(this);
    historyPane_ = new HistoryPane(*history_, this);
    secrets_ = new SecretStore(this);
    activeEnvironment_ = new ActiveEnvironment(secrets_, this);
    environmentSelector_ = new EnvironmentSelector(this);
    environmentSelector_->setActiveEnvironment(activeEnvironment_);

    setCentralWidget(response_);
    auto* collectionsDock =
        addDock(collections_, tr("Collections"), QStringLiteral("collectionsDock"), Qt::LeftDockWidgetArea);
    auto* historyDock = addDock(historyPane_, tr("History"), QStringLiteral("historyDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(collectionsDock, historyDock);
    collectionsDock->raise();
    auto* environmentBar = addToolBar(tr("Environment"));
    environmentBar->setObjectName(QStringLiteral("environmentToolBar"));
    environmentBar->addWidget(environmentSelector_);
    addDock(requestTabs_, tr("Composer"), QStringLiteral("composerDock"), Qt::TopDockWidgetArea);
    addDock(handles_, tr("Handles"), QStringLiteral("handlesDock"), Qt::RightDockWidgetArea);
    addDock(timeline_, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);

    connect(bridge_.get(), &EngineBridge::eventsArrived, this, &MainWindow::onBatch);
    connect(composer_, &ComposerWidget::sendRequested, this, &MainWindow::sendComposed);
    connect(controller_, &RequestController::exchangeRecorded, this, &MainWindow::onExchangeRecorded);
    connect(historyPane_, &HistoryPane::openRequested, this,
            [this](const RequestSpec& spec) { requestTabs_->openRequest(spec); });
    connect(history_, &HistoryStore::failed, this, &MainWindow::showMessage);
    connect(activeEnvironment_, &ActiveEnvironment::changed, this, &MainWindow::applyVariables);
    connect(activeEnvironment_, &ActiveEnvironment::secretsLoaded, this, [this] {
        if (!activeEnvironment_->secretsError().isEmpty())
            showMessage(tr("Secrets of %1 could not be read: %2")
                            .arg(activeEnvironment_->environmentName(), activeEnvironment_->secretsError()));
        applyVariables();
    });
    connect(environmentSelector_, &EnvironmentSelector::manageRequested, this, &MainWindow::manageEnvironments);
    connect(collections_, &CollectionPane::collectionsChanged, this, &MainWindow::forgetClosedCollections);
    connect(composer_, &ComposerWidget::cancelRequested, this, &MainWindow::cancel);
    connect(controller_, &RequestController::started, this, &MainWindow::onStarted);
    connect(controller_, &RequestController::headersAvailable, this, &MainWindow::onHeadersAvailable);
    connect(controller_, &RequestController::finished, this, &MainWindow::onFinished);
    connect(controller_, &RequestController::failed, this, &MainWindow::onFailed);
    connect(controller_, &RequestController::busyChanged, this, [this](bool busy) {
        composer_->setBusy(busy);
        cancelAction_->setEnabled(busy);
    });
    connect(handles_, &HandlesPane::handlesSelected, timeline_, &TimelinePane::setHandleFilter);
    connect(collections_, &CollectionPane::requestActivated, requestTabs_, &RequestTabs::openRequest);
    connect(collections_, &CollectionPane::requestFileMoved, requestTabs_, &RequestTabs::fileMoved);
    connect(collections_, &CollectionPane::requestFileRemoved, requestTabs_, &RequestTabs::fileRemoved);
    connect(collections_, &CollectionPane::operationFailed, this, &MainWindow::showMessage);
    connect(collections_, &CollectionPane::collectionLoaded, this, &MainWindow::onCollectionLoaded);
    connect(collections_->collectionView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { requestTabs_->setDefaultSaveFolder(collections_->selectedFolder()); });
    connect(requestTabs_, &RequestTabs::message, this, &MainWindow::showMessage);
    connect(requestTabs_, &RequestTabs::currentFileChanged, this, &MainWindow::setCurrentFile);

    const auto versions = hinternet::library_versions();
    engineLabel_ =
        new QLabel(tr("hinternet %1 · %2")
                       .arg(QString::fromStdString(versions.hinternet), QString::fromStdString(versions.openssl)),
                   this);
    engineLabel_->setObjectName(QStringLiteral("engineLabel"));
    secretsLabel_ = new QLabel(this);
    secretsLabel_->setObjectName(QStringLiteral("secretsLabel"));
    statusBar()->addPermanentWidget(secretsLabel_);
    statusBar()->addPermanentWidget(engineLabel_);
    connect(secrets_, &SecretStore::backendChanged, this, [this](SecretStore::Backend, const QString& description) {
        secretsLabel_->setText(tr("Secrets: %1").arg(description));
        secretsLabel_->setToolTip(description);
    });
    secrets_->probe();

    InterchangeActions::Sources sources;
    sources.currentRequest = [this] { return composer_->spec(); };
    sources.variables = [this] {
        // Copy as Code may resolve {{variables}} into the code: never secrets, which stay placeholders.
        Variables shareable = resolved_.variables;
        for (auto it = resolved_.secrets.cbegin(); it != resolved_.secrets.cend(); ++it)
            shareable.remove(it.key());
        return shareable;
    };
    sources.selectedCollectionRoot = [this] {
        const QString selected = collections_->selectedPath();
        QString best;
        for (const QString& root : collections_->openCollectionRoots()) {
            if ((selected == root || selected.startsWith(root + QLatin1Char('/'))) && root.size() > best.size())
                best = root;
        }
        return best;
    };
    sources.collectionsFolder = [] {
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Hinterscope");
    };
    sources.lastExchange = [this] { return lastExchange_; };
    interchange_ = new InterchangeActions(std::move(sources), this);
    connect(interchange_, &InterchangeActions::message, this, &MainWindow::showMessage);
    connect(interchange_, &InterchangeActions::collectionImported, collections_, &CollectionPane::openCollection);

    createMenus();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Requests still running end before the bridge they report to goes away.
    delete controller_;
    controller_ = nullptr;
    bridge_->detach();
}

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(requestTabs_->newTabAction());
    fileMenu->addAction(tr("New &Collection…"), this, &MainWindow::newCollection)
        ->setObjectName(QStringLiteral("newCollectionAction"));
    fileMenu->addAction(tr("&Open Collection…"), this, &MainWindow::openCollection)
        ->setObjectName(QStringLiteral("openCollectionAction"));
    recentMenu_ = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(collections_, &CollectionPane::recentCollectionsChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu(collections_->recentCollections());
    fileMenu->addAction(interchange_->importAction());
    auto* exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(interchange_->exportPostmanAction());
    exportMenu->addAction(interchange_->exportHttpFileAction());
    exportMenu->addAction(interchange_->exportHarAction());
    fileMenu->addSeparator();
    fileMenu->addAction(requestTabs_->saveAction());
    fileMenu->addAction(requestTabs_->saveAsAction());
    auto* saveBody = fileMenu->addAction(tr("Save &Body As…"), bodyViewer_, &BodyViewer::saveAs);
    saveBody->setObjectName(QStringLiteral("saveBodyAction"));
    fileMenu->addAction(requestTabs_->closeTabAction());
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* undo = collections_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    // The composer's text fields keep their own Ctrl+Z: the collection's undo applies where focus is not
    // in an editor.
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    collections_->addAction(undo);
    editMenu->addAction(undo);
    auto* redo = collections_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    collections_->addAction(redo);
    editMenu->addAction(redo);

    auto* requestMenu = menuBar()->addMenu(tr("&Request"));
    sendAction_ = requestMenu->addAction(tr("&Send"), this, &MainWindow::send);
    sendAction_->setObjectName(QStringLiteral("sendAction"));
    sendAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction_->setShortcutContext(Qt::ApplicationShortcut);
    cancelAction_ = requestMenu->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    cancelAction_->setObjectName(QStringLiteral("cancelAction"));
    cancelAction_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction_->setShortcutContext(Qt::ApplicationShortcut);
    cancelAction_->setEnabled(false);
    auto* focusUrl = requestMenu->addAction(tr("Focus &URL"), composer_, &ComposerWidget::focusUrl);
    focusUrl->setObjectName(QStringLiteral("focusUrlAction"));
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auto* find = requestMenu->addAction(tr("&Find in Body"), this, [this] {
        response_->setCurrentTab(ResponsePane::BodyTab);
        bodyViewer_->find();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    requestMenu->addSeparator();
    requestMenu->addAction(interchange_->copyAsCodeAction());
    requestMenu->addAction(interchange_->copyAsCurlAction());
    requestMenu->addSeparator();
    requestMenu
        ->addAction(tr("Manage &Environments…"), this,
                    [this] { manageEnvironments(environmentSelector_->activeCollectionRoot()); })
        ->setObjectName(QStringLiteral("manageEnvironmentsAction"));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(requestTabs_->nextTabAction());
    viewMenu->addAction(requestTabs_->previousTabAction());
    viewMenu->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->setToolTipsVisible(true);
    // Never persisted: every start masks credentials in the trace until the user asks again.
    auto* revealSecrets = viewMenu->addAction(tr("Reveal Secrets in Trace"));
    revealSecrets->setObjectName(QStringLiteral("revealSecretsAction"));
    revealSecrets->setCheckable(true);
    revealSecrets->setChecked(false);
    revealSecrets->setToolTip(tr("Show Authorization, Cookie and Set-Cookie values unmasked in the trace of requests "
                                 "sent from now on"));
    connect(revealSecrets, &QAction::toggled, bridge_.get(), &EngineBridge::setRevealSecrets);

    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&History…"), this, &MainWindow::editHistorySettings)
        ->setObjectName(QStringLiteral("historySettingsAction"));
    auto* languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString chosen = QSettings().value(kLanguageKey).toString();
    const std::pair<QString, QString> choices[] = {{QString(), tr("System")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")}};
    for (const auto& [code, label] : choices) {
        auto* action = languageMenu->addAction(label, this, [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Hinterscope"), this, [this] {
        QMessageBox::about(this, tr("About Hinterscope"),
                           tr("Hinterscope shows what WinHTTP does: handles, callbacks, headers, redirects and "
                              "bodies, live.\n\n%1")
                               .arg(engineLabel_->text()));
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion))
        return;
    // First start: the response gets the most room, the composer just what its first tab needs.
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    resizeDocks({dock("composerDock"), dock("timelineDock")}, {170, 320}, Qt::Vertical);
    resizeDocks({dock("collectionsDock"), dock("handlesDock")}, {250, 330}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!requestTabs_->maybeCloseAll()) {
        event->ignore();
        return;
    }
    requestTabs_->saveSession();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
    showMessage(tr("The language changes when Hinterscope starts again."));
}

void MainWindow::addCollection(const Collection& collection)
{
    collections_->addCollection(collection);
    onCollectionLoaded(collection);
}

void MainWindow::onCollectionLoaded(const Collection& collection)
{
    openCollections_.insert(collection.rootPath, collection);
    environmentSelector_->setCollection(collection);
    if (currentCollectionRoot_.isEmpty())
        currentCollectionRoot_ = collection.rootPath;
    applyVariables();
}

void MainWindow::forgetClosedCollections()
{
    const QStringList open = collections_->openCollectionRoots();
    for (const QString& root : openCollections_.keys()) {
        if (open.contains(root))
            continue;
        openCollections_.remove(root);
        environmentSelector_->removeCollection(root);
        if (currentCollectionRoot_ == root)
            currentCollectionRoot_.clear();
    }
    applyVariables();
}

void MainWindow::addVariables(const Variables& variables)
{
    applicationVariables_.insert(variables);
    applyVariables();
}

void MainWindow::setCurrentFile(const QString& path)
{
    // The collection whose folder holds the file; a request without a file keeps the last collection's
    // variables, so a copy of a collection request still sends as it did.
    QString best;
    for (auto it = openCollections_.cbegin(); it != openCollections_.cend(); ++it) {
        const QString& root = it.key();
        if (path.startsWith(root + QLatin1Char('/')) && root.size() > best.size())
            best = root;
    }
    if (best.isEmpty() || best == currentCollectionRoot_)
        return;
    currentCollectionRoot_ = best;
    applyVariables();
}

void MainWindow::applyVariables()
{
    resolved_ =
        activeEnvironment_->resolve(openCollections_.value(currentCollectionRoot_).variables, applicationVariables_);
    controller_->setVariables(resolved_.variables);
    controller_->setSecrets(resolved_.secrets);
    composer_->setVariables(resolved_.variables);
}

void MainWindow::sendComposed(const RequestSpec& spec)
{
    // A secret the environment declares but the keyring has no value for must not fall back to another
    // layer's value: the send is refused with its name.
    if (!resolved_.missingSecrets.isEmpty()) {
        QStringList unknown;
        resolveVariables(spec, resolved_.variables, &unknown);
        QStringList missing;
        for (const QString& name : std::as_const(unknown)) {
            if (resolved_.missingSecrets.contains(name))
                missing.append(name);
        }
        if (!missing.isEmpty()) {
            const QString environment = activeEnvironment_->environmentName();
            const QString problem =
                activeEnvironment_->secretsReady()
                    ? tr("The secret %1 has no stored value in environment %2")
                          .arg(missing.join(QStringLiteral(", ")), environment)
                    : tr("The secrets of environment %1 are still being read; send again in a moment").arg(environment);
            composer_->showProblem(problem);
            showMessage(problem);
            return;
        }
    }
    controller_->send(applyCollectionDefaults(spec, openCollections_.value(currentCollectionRoot_).defaults));
}

void MainWindow::onExchangeRecorded(quintptr request, const ExchangeRecord& record)
{
    history_->record(record);
    if (request == currentRequest_)
        lastExchange_ = record;
}

void MainWindow::openHistory(const QString& path)
{
    applyHistorySettings();
    history_->open(path);
}

void MainWindow::applyHistorySettings()
{
    const QSettings settings;
    HistoryLimits limits;
    limits.maxEntries = settings.value(kHistoryEntriesKey, limits.maxEntries).toInt();
    limits.maxBytes =
        settings.value(kHistoryMegabytesKey, int(limits.maxBytes / (1024 * 1024))).toLongLong() * 1024 * 1024;
    history_->setLimits(limits);
    controller_->setRecordedBodyLimit(settings.value(kHistoryBodyKey, 64).toLongLong() * 1024);
}

void MainWindow::editHistorySettings()
{
    QSettings settings;
    HistorySettingsDialog dialog(this);
    dialog.setBodyKiB(settings.value(kHistoryBodyKey, 64).toInt());
    dialog.setMaxEntries(settings.value(kHistoryEntriesKey, HistoryLimits{}.maxEntries).toInt());
    dialog.setMaxMiB(settings.value(kHistoryMegabytesKey, int(HistoryLimits{}.maxBytes / (1024 * 1024))).toInt());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(kHistoryBodyKey, dialog.bodyKiB());
    settings.setValue(kHistoryEntriesKey, dialog.maxEntries());
    settings.setValue(kHistoryMegabytesKey, dialog.maxMiB());
    applyHistorySettings();
}

void MainWindow::manageEnvironments(const QString& collectionRoot)
{
    QString root = collectionRoot;
    if (root.isEmpty() && !openCollections_.isEmpty())
        root = openCollections_.contains(currentCollectionRoot_) ? currentCollectionRoot_
                                                                 : openCollections_.cbegin().key();
    if (!openCollections_.contains(root)) {
        showMessage(tr("Open a collection first: environments belong to a collection."));
        return;
    }
    auto* editor = new EnvironmentEditor(openCollections_.value(root), secrets_, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &EnvironmentEditor::saved, environmentSelector_, &EnvironmentSelector::reloadCollection);
    connect(editor, &EnvironmentEditor::saved, activeEnvironment_, &ActiveEnvironment::reload);
    connect(editor, &EnvironmentEditor::saveFailed, this, &MainWindow::showMessage);
    editor->open();
}

void MainWindow::newCollection()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("New Collection: choose an empty folder"));
    if (folder.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Collection"), tr("Name:"), QLineEdit::Normal, QDir(folder).dirName(), &ok);
    if (!ok)
        return;
    QString error;
    if (!createCollection(folder, name.trimmed().isEmpty() ? QDir(folder).dirName() : name.trimmed(), &error)) {
        QMessageBox::warning(this, tr("New Collection"), error);
        return;
    }
    collections_->openCollection(folder);
}

void MainWindow::openRequest(const RequestSpec& spec, const QString& filePath)
{
    requestTabs_->openRequest(spec, filePath);
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::send()
{
    composer_->requestSend();
}

void MainWindow::cancel()
{
    controller_->cancelAll();
}

void MainWindow::openCollection()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Collection"));
    if (!folder.isEmpty())
        collections_->openCollection(folder);
}

void MainWindow::rebuildRecentMenu(const QStringList& recent)
{
    recentMenu_->clear();
    for (const QString& root : recent)
        recentMenu_->addAction(QDir::toNativeSeparators(root), this,
                               [this, root] { collections_->openCollection(root); });
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::onBatch(const EventBatch& batch)
{
    handleTree_->ingest(batch);
    timelineModel_->ingest(batch);
    response_->ingest(batch);
    attachBodyIfArrived();
}

void MainWindow::attachBodyIfArrived()
{
    if (currentRequest_ == 0 || bodyAttached_)
        return;
    // The store makes a body when its first byte arrives; until then there is nothing to page through.
    if (auto body = bridge_->bodyStore().body(currentRequest_)) {
        bodyViewer_->setBody(std::move(body), currentContentType_, currentUrl_);
        bodyViewer_->setStreaming(true);
        bodyAttached_ = true;
    }
}

void MainWindow::onStarted(quintptr request, const RequestSpec& resolved)
{
    if (currentRequest_ != 0 && currentRequest_ != request)
        bridge_->bodyStore().remove(currentRequest_);
    currentRequest_ = request;
    lastExchange_.reset();
    currentContentType_.clear();
    currentUrl_ = effectiveUrl(resolved.url);
    bodyAttached_ = false;
    bodyViewer_->clear();
    response_->showRequest(request);
    response_->setIgnoredSecurityFlags(resolved.options.securityIgnoreFlags);
    showMessage(tr("Sending %1 %2…").arg(effectiveMethod(resolved), currentUrl_));
}

void MainWindow::onHeadersAvailable(quintptr request, const RunResult& partial)
{
    if (request != currentRequest_)
        return;
    currentContentType_ = partial.contentType;
    if (!partial.finalUrl.isEmpty())
        currentUrl_ = partial.finalUrl;
}

void MainWindow::onFinished(quintptr request, const RunResult& result)
{
    bridge_->flush(); // the last callbacks belong in the panes before the outcome is shown
    const QString outcome =
        result.succeeded() ? QStringLiteral("%1 %2").arg(result.status).arg(result.reason) : describeFailure(result);
    if (request != currentRequest_)
        return;
    attachBodyIfArrived();
    if (bodyAttached_)
        bodyViewer_->setStreaming(false);
    response_->setFinished(result.cancelled ? quint32(12017) : result.error, result.finalUrl);
    showMessage(result.succeeded() ? tr("%1 in %2 ms").arg(outcome).arg(result.elapsedMs, 0, 'f', 1) : outcome);
}

void MainWindow::onFailed(const RunResult& result, const QString& message)
{
    Q_UNUSED(result);
    bridge_->flush();
    composer_->showProblem(message);
    showMessage(message);
}

} // namespace hinterscope

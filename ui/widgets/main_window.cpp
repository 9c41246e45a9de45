#include "widgets/main_window.h"

#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "bridge/request_controller.h"
#include "collections/request_json.h"
#include "models/handle_tree_model.h"
#include "models/timeline_model.h"
#include "widgets/body/body_viewer.h"
#include "widgets/collections/collection_pane.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/inspector/handles_pane.h"
#include "widgets/inspector/timeline_pane.h"
#include "widgets/response/response_pane.h"

#include <hinternet/library_versions.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace hinterscope {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLanguageKey = QStringLiteral("ui/language");
// Bumped when the docks change, so an old saved layout is not forced onto new panes.
constexpr int kLayoutVersion = 1;

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
    response_ = new ResponsePane(this);
    bodyViewer_ = new BodyViewer(this);
    response_->setBodyWidget(bodyViewer_);
    handles_ = new HandlesPane(handleTree_, this);
    timeline_ = new TimelinePane(timelineModel_, this);
    collections_ = new CollectionPane(this);

    setCentralWidget(response_);
    addDock(collections_, tr("Collections"), QStringLiteral("collectionsDock"), Qt::LeftDockWidgetArea);
    addDock(composer_, tr("Composer"), QStringLiteral("composerDock"), Qt::TopDockWidgetArea);
    addDock(handles_, tr("Handles"), QStringLiteral("handlesDock"), Qt::RightDockWidgetArea);
    addDock(timeline_, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);

    connect(bridge_.get(), &EngineBridge::eventsArrived, this, &MainWindow::onBatch);
    connect(composer_, &ComposerWidget::sendRequested, this,
            [this](const RequestSpec& spec) { controller_->send(spec); });
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
    connect(collections_, &CollectionPane::requestActivated, this,
            [this](const RequestSpec& spec, const QString& filePath) { openRequest(spec, filePath); });

    const auto versions = hinternet::library_versions();
    engineLabel_ =
        new QLabel(tr("hinternet %1 · %2")
                       .arg(QString::fromStdString(versions.hinternet), QString::fromStdString(versions.openssl)),
                   this);
    engineLabel_->setObjectName(QStringLiteral("engineLabel"));
    statusBar()->addPermanentWidget(engineLabel_);

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
    fileMenu->addAction(tr("&Open Collection…"), this, &MainWindow::openCollection)
        ->setObjectName(QStringLiteral("openCollectionAction"));
    auto* save = fileMenu->addAction(tr("&Save Request As…"), this, &MainWindow::saveRequestAs);
    save->setObjectName(QStringLiteral("saveRequestAction"));
    save->setShortcut(QKeySequence::Save);
    auto* saveBody = fileMenu->addAction(tr("Save &Body As…"), bodyViewer_, &BodyViewer::saveAs);
    saveBody->setObjectName(QStringLiteral("saveBodyAction"));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

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

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());

    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
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
    Variables merged = collection.variables;
    merged.insert(variables_); // what the application set (the playground) wins over collection defaults
    addVariables(merged);
}

void MainWindow::addVariables(const Variables& variables)
{
    variables_.insert(variables);
    controller_->setVariables(variables_);
    composer_->setVariables(variables_);
}

void MainWindow::openRequest(const RequestSpec& spec, const QString& filePath)
{
    composer_->setSpec(spec);
    // Requests from the resources (the Tour) are read-only: Ctrl+S asks where to save them.
    currentRequestFile_ = filePath.startsWith(QLatin1Char(':')) ? QString() : filePath;
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

void MainWindow::saveRequestAs()
{
    const RequestSpec spec = composer_->spec();
    QString path = currentRequestFile_;
    if (path.isEmpty()) {
        const QString suggested =
            (spec.name.isEmpty() ? QStringLiteral("request") : spec.name) + QStringLiteral(".request.json");
        path = QFileDialog::getSaveFileName(this, tr("Save Request"), suggested, tr("Requests (*.request.json)"));
        if (path.isEmpty())
            return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(requestToJson(spec)).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Save Request"), tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    currentRequestFile_ = path;
    showMessage(tr("Saved %1").arg(path));
}

void MainWindow::openCollection()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Collection"));
    if (!folder.isEmpty())
        addCollection(loadCollection(folder));
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
    currentContentType_.clear();
    currentUrl_ = effectiveUrl(resolved.url);
    bodyAttached_ = false;
    bodyViewer_->clear();
    response_->showRequest(request);
    response_->setIgnoredSecurityFlags(resolved.options.securityIgnoreFlags);
    collections_->recordSent(request, resolved);
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
    collections_->recordOutcome(request, outcome);
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

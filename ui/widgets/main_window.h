#pragma once

#include "collections/collection.h"
#include "collections/variable_layers.h"
#include "collections/variables.h"
#include "request/exchange_record.h"
#include "request/request_runner.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace hinterscope {

class BodyStore;
class BodyViewer;
class CollectionPane;
class ComposerWidget;
class EngineBridge;
class HandleTreeModel;
class HandlesPane;
class ActiveEnvironment;
class EnvironmentSelector;
class HistoryPane;
class HistoryStore;
class InterchangeActions;
class SecretStore;
class RequestController;
class RequestTabs;
class ResponsePane;
class TimelineModel;
class TimelinePane;
struct EventBatch;

// The inspector (docs/main-window.md): Collections/History left, Composer top, Response centre, Handles right,
// Timeline bottom, all docks persisted in QSettings. The window wires the composer to the request controller
// and the engine bridge's batches to every model and pane; it holds no engine logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void addCollection(const Collection& collection);
    // Values for {{name}} placeholders (the playground's URLs once it listens), merged over what was set.
    void addVariables(const Variables& variables);
    void showMessage(const QString& message);
    // Puts a request in a tab of the composer (from a collection or the history).
    void openRequest(const RequestSpec& spec, const QString& filePath = QString());
    // The history database (default: HistoryStore::defaultPath()); the window opens it at start.
    void openHistory(const QString& path);

    ComposerWidget* composer() const { return composer_; }
    ResponsePane* responsePane() const { return response_; }
    BodyViewer* bodyViewer() const { return bodyViewer_; }
    HandlesPane* handlesPane() const { return handles_; }
    TimelinePane* timelinePane() const { return timeline_; }
    CollectionPane* collectionPane() const { return collections_; }
    RequestTabs* requestTabs() const { return requestTabs_; }
    HistoryPane* historyPane() const { return historyPane_; }
    HistoryStore& historyStore() const { return *history_; }
    EnvironmentSelector* environmentSelector() const { return environmentSelector_; }
    ActiveEnvironment& activeEnvironment() const { return *activeEnvironment_; }
    SecretStore& secretStore() const { return *secrets_; }
    InterchangeActions* interchangeActions() const { return interchange_; }
    // The variables the next send uses (docs/environments.md), secrets included.
    const ResolvedVariables& resolvedVariables() const { return resolved_; }
    // The last finished exchange of the request the response pane shows.
    const std::optional<ExchangeRecord>& lastExchange() const { return lastExchange_; }
    EngineBridge& bridge() const { return *bridge_; }
    RequestController& controller() const { return *controller_; }
    HandleTreeModel* handleTreeModel() const { return handleTree_; }
    TimelineModel* timelineModel() const { return timelineModel_; }
    // The request the response pane shows: the last one sent. 0 before the first send.
    quintptr currentRequest() const { return currentRequest_; }

public slots:
    void send();
    void cancel();
    void openCollection();
    void newCollection();
    void manageEnvironments(const QString& collectionRoot);
    void editHistorySettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area);
    void createMenus();
    void restoreLayout();
    void onBatch(const EventBatch& batch);
    void onStarted(quintptr request, const RequestSpec& resolved);
    void onHeadersAvailable(quintptr request, const RunResult& partial);
    void onFinished(quintptr request, const RunResult& result);
    void onFailed(const RunResult& result, const QString& message);
    void rebuildRecentMenu(const QStringList& recent);
    void onCollectionLoaded(const Collection& collection);
    void forgetClosedCollections();
    void sendComposed(const RequestSpec& spec);
    void onExchangeRecorded(quintptr request, const ExchangeRecord& record);
    void applyHistorySettings();
    void setCurrentFile(const QString& path);
    // Applies the variable layers (docs/environments.md) for the current request's collection.
    void applyVariables();
    void attachBodyIfArrived();
    void chooseLanguage(const QString& language);

    std::unique_ptr<EngineBridge> bridge_;
    RequestController* controller_ = nullptr;
    HandleTreeModel* handleTree_ = nullptr;
    TimelineModel* timelineModel_ = nullptr;

    ComposerWidget* composer_ = nullptr;
    RequestTabs* requestTabs_ = nullptr;
    ResponsePane* response_ = nullptr;
    BodyViewer* bodyViewer_ = nullptr;
    HandlesPane* handles_ = nullptr;
    TimelinePane* timeline_ = nullptr;
    CollectionPane* collections_ = nullptr;
    HistoryPane* historyPane_ = nullptr;
    HistoryStore* history_ = nullptr;
    SecretStore* secrets_ = nullptr;
    ActiveEnvironment* activeEnvironment_ = nullptr;
    EnvironmentSelector* environmentSelector_ = nullptr;
    InterchangeActions* interchange_ = nullptr;
    QLabel* secretsLabel_ = nullptr;
    ResolvedVariables resolved_;
    std::optional<ExchangeRecord> lastExchange_;
    QLabel* engineLabel_ = nullptr;
    QAction* sendAction_ = nullptr;
    QAction* cancelAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;

    Variables applicationVariables_;             // the playground's
    QHash<QString, Collection> openCollections_; // by root: variables, defaults, environments
    QString currentCollectionRoot_;              // of the request in the current tab
    quintptr currentRequest_ = 0;
    QString currentContentType_;
    QString currentUrl_;
    bool bodyAttached_ = false;
};

} // namespace hinterscope

#pragma once

#include "collections/collection.h"
#include "collections/variables.h"
#include "request/request_runner.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;

namespace hinterscope {

class BodyStore;
class BodyViewer;
class CollectionPane;
class ComposerWidget;
class EngineBridge;
class HandleTreeModel;
class HandlesPane;
class RequestController;
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
    // Puts a request in the composer (from a collection or the history).
    void openRequest(const RequestSpec& spec, const QString& filePath = QString());

    ComposerWidget* composer() const { return composer_; }
    ResponsePane* responsePane() const { return response_; }
    BodyViewer* bodyViewer() const { return bodyViewer_; }
    HandlesPane* handlesPane() const { return handles_; }
    TimelinePane* timelinePane() const { return timeline_; }
    CollectionPane* collectionPane() const { return collections_; }
    EngineBridge& bridge() const { return *bridge_; }
    RequestController& controller() const { return *controller_; }
    HandleTreeModel* handleTreeModel() const { return handleTree_; }
    TimelineModel* timelineModel() const { return timelineModel_; }
    // The request the response pane shows: the last one sent. 0 before the first send.
    quintptr currentRequest() const { return currentRequest_; }

public slots:
    void send();
    void cancel();
    void saveRequestAs();
    void openCollection();

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
    void attachBodyIfArrived();
    void chooseLanguage(const QString& language);

    std::unique_ptr<EngineBridge> bridge_;
    RequestController* controller_ = nullptr;
    HandleTreeModel* handleTree_ = nullptr;
    TimelineModel* timelineModel_ = nullptr;

    ComposerWidget* composer_ = nullptr;
    ResponsePane* response_ = nullptr;
    BodyViewer* bodyViewer_ = nullptr;
    HandlesPane* handles_ = nullptr;
    TimelinePane* timeline_ = nullptr;
    CollectionPane* collections_ = nullptr;
    QLabel* engineLabel_ = nullptr;
    QAction* sendAction_ = nullptr;
    QAction* cancelAction_ = nullptr;

    Variables variables_;
    quintptr currentRequest_ = 0;
    QString currentContentType_;
    QString currentUrl_;
    bool bodyAttached_ = false;
    QString currentRequestFile_; // the file the composer's request was opened from, when writable
};

} // namespace hinterscope

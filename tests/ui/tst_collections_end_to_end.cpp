// The collections issue through the whole window against the real playground: a collection on disk with
// defaults and an environment, sent from a tab; every send recorded in history; the last response exported
// as HAR; a history entry reopened as a new tab.
#include "bridge/request_controller.h"
#include "collections/collection.h"
#include "collections/environment.h"
#include "collections/request_file.h"
#include "history/history_store.h"
#include "models/history_model.h"
#include "models/history_roles.h"
#include "playground/playground.h"
#include "playground_launcher.h"
#include "widgets/collections/collection_pane.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/documents/request_document.h"
#include "widgets/documents/request_tabs.h"
#include "widgets/environments/environment_selector.h"
#include "widgets/history/history_pane.h"
#include "widgets/interchange/interchange_actions.h"
#include "widgets/main_window.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

class tst_CollectionsEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dataDir_.isValid());
        PlaygroundOptions options;
        options.dataDirectory = dataDir_.path();
        playground_ = std::make_unique<Playground>(options);
        QString error;
        QVERIFY2(playground_->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { playground_.reset(); }

    void init()
    {
        QSettings().clear();
        QVERIFY(work_.emplace().isValid());
        window_ = std::make_unique<MainWindow>();
        window_->openHistory(work_->filePath(QStringLiteral("history.sqlite")));
        QSignalSpy opened(&window_->historyStore(), &HistoryStore::opened);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
        historyTester_ = std::make_unique<QAbstractItemModelTester>(
            window_->historyPane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window_->addVariables(playgroundVariables(*playground_));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup()
    {
        historyTester_.reset();
        window_.reset();
        work_.reset();
        QSettings().clear();
    }

    // The environment's value wins over the collection's, the collection's default header is sent, and the
    // exchange lands in history with its final URL.
    void aCollectionRequestSendsWithItsEnvironmentAndDefaults()
    {
        const QString root = work_->filePath(QStringLiteral("api"));
        QString error;
        auto collection = createCollection(root, QStringLiteral("API"), &error);
        QVERIFY2(collection, qPrintable(error));
        collection->variables.insert(QStringLiteral("base"), QStringLiteral("http://127.0.0.1:9")); // nothing listens
        collection->defaults.headers.append({QStringLiteral("X-Collection-Default"), QStringLiteral("yes"), true});
        QVERIFY2(writeCollectionFile(root, *collection, &error), qPrintable(error));
        Environment local;
        local.name = QStringLiteral("local");
        EnvironmentVariable base;
        base.name = QStringLiteral("base");
        base.value = playground_->httpUrl(QStringLiteral("")).chopped(1);
        local.variables.append(base);
        QVERIFY2(saveEnvironment(root, local, &error), qPrintable(error));
        RequestSpec spec;
        spec.name = QStringLiteral("Echo headers");
        spec.url = QStringLiteral("{{base}}/headers");
        const QString requestPath = root + QStringLiteral("/echo.request.json");
        QVERIFY2(saveRequestFile(requestPath, spec, &error), qPrintable(error));

        QSignalSpy loaded(window_->collectionPane(), &CollectionPane::collectionLoaded);
        window_->collectionPane()->openCollection(root);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QVERIFY(window_->environmentSelector()->selectEnvironment(root, QStringLiteral("local")));
        window_->openRequest(spec, requestPath);
        QCOMPARE(window_->requestTabs()->currentDocument()->filePath(), requestPath);

        const RunResult result = send();
        QVERIFY2(result.succeeded(), qPrintable(describeFailure(result)));
        QCOMPARE(result.finalUrl, playground_->httpUrl(QStringLiteral("/headers")));
        QTRY_VERIFY_WITH_TIMEOUT(window_->lastExchange().has_value(), 10000);
        QVERIFY2(window_->lastExchange()->bodyPrefix.contains("X-Collection-Default"),
                 window_->lastExchange()->bodyPrefix.constData());
        QTRY_COMPARE_WITH_TIMEOUT(window_->historyPane()->model()->rowCount(), 1, 10000);
        const QString shownUrl = window_->historyPane()
                                     ->model()
                                     ->index(0, 0)
                                     .siblingAtColumn(HistoryColumn::Url)
                                     .data(Qt::DisplayRole)
                                     .toString();
        QVERIFY2(shownUrl.contains(QLatin1String("/headers")), qPrintable(shownUrl));
    }

    void theLastResponseExportsAsHarWithItsHops()
    {
        RequestSpec spec;
        spec.name = QStringLiteral("Two redirects");
        spec.url = playground_->httpUrl(QStringLiteral("/redirect/2"));
        window_->openRequest(spec);
        const RunResult result = send();
        QVERIFY2(result.succeeded(), qPrintable(describeFailure(result)));
        QTRY_VERIFY_WITH_TIMEOUT(window_->lastExchange().has_value(), 10000);

        const QString harPath = work_->filePath(QStringLiteral("out.har"));
        window_->interchangeActions()->setSavePathChooser([&](const QString&, const QString&) { return harPath; });
        window_->interchangeActions()->exportHarAction()->trigger();
        QFile file(harPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject log =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("log")).toObject();
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 3); // two redirects and the final response
        QCOMPARE(entries.at(0)
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 302);
        QCOMPARE(entries.at(2)
                     .toObject()
                     .value(QStringLiteral("response"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 200);
        QVERIFY(entries.at(2).toObject().contains(QStringLiteral("_winhttp")));
    }

    void aHistoryEntryReopensAsANewTab()
    {
        RequestSpec spec;
        spec.name = QStringLiteral("Remembered");
        spec.method = QStringLiteral("POST");
        spec.url = playground_->httpUrl(QStringLiteral("/post"));
        spec.body.mode = BodyMode::Json;
        spec.body.text = QStringLiteral("{\"x\": 1}");
        window_->openRequest(spec);
        QVERIFY(send().succeeded());
        QTRY_COMPARE_WITH_TIMEOUT(window_->historyPane()->model()->rowCount(), 1, 10000);
        const int tabsBefore = window_->requestTabs()->count();
        window_->historyPane()
            ->findChild<QAbstractItemView*>(QStringLiteral("historyTable"))
            ->setCurrentIndex(window_->historyPane()->model()->index(0, 0));
        window_->historyPane()->openSelected();
        QTRY_COMPARE_WITH_TIMEOUT(window_->requestTabs()->count(), tabsBefore + 1, 10000);
        const RequestSpec reopened = window_->composer()->spec();
        QCOMPARE(reopened.method, QStringLiteral("POST"));
        QCOMPARE(reopened.url, spec.url);
        QCOMPARE(reopened.body.text, spec.body.text);
        QVERIFY(window_->requestTabs()->currentDocument()->filePath().isEmpty());
    }

private:
    RunResult send()
    {
        QSignalSpy finished(&window_->controller(), &RequestController::finished);
        window_->send();
        if (!finished.wait(20000))
            qFatal("the request did not finish in 20 s");
        return finished.first().at(1).value<RunResult>();
    }

    QTemporaryDir dataDir_;
    std::optional<QTemporaryDir> work_;
    std::unique_ptr<Playground> playground_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<QAbstractItemModelTester> historyTester_;
};

QTEST_MAIN(tst_CollectionsEndToEnd)
#include "tst_collections_end_to_end.moc"

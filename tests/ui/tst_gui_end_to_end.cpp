// The whole window against the real playground: requests composed in the composer, sent by the request
// controller through the WinHTTP API, and what every pane then shows — handle tree, timeline rows, headers,
// hop ledger, final WINHTTP_OPTION_URL, body, errors, cancellation.
#include "bridge/body_store.h"
#include "bridge/engine_bridge.h"
#include "bridge/request_controller.h"
#include "collections/collection.h"
#include "models/handle_tree_model.h"
#include "models/headers_model.h"
#include "models/hop_ledger_model.h"
#include "models/model_roles.h"
#include "models/timeline_model.h"
#include "playground/playground.h"
#include "playground_launcher.h"
#include "widgets/body/body_viewer.h"
#include "widgets/body/paged_text_view.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/main_window.h"
#include "widgets/response/response_pane.h"
#include "widgets/response/response_summary_bar.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

namespace {

QStringList column(const QAbstractItemModel& model, int column, const QModelIndex& parent = {})
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values << model.index(row, column, parent).data().toString();
    return values;
}

// Every handle type in the tree, depth first: "session", "connect", "request", ….
void collectTypes(const QAbstractItemModel& model, const QModelIndex& parent, QStringList* types)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QVariant type = index.data(HandleTreeRole::HandleType);
        if (type.isValid())
            types->append(model.index(row, HandleTreeColumn::Type, parent).data().toString());
        collectTypes(model, index, types);
    }
}

} // namespace

class tst_GuiEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir_.isValid());
        PlaygroundOptions options;
        options.dataDirectory = dataDir_.path();
        playground_ = std::make_unique<Playground>(options);
        QString error;
        QVERIFY2(playground_->start(&error), qPrintable(error));
        tour_ = loadCollection(QStringLiteral(":/tour"));
        QVERIFY(tour_.errors.isEmpty());
    }

    void cleanupTestCase() { playground_.reset(); }

    void init()
    {
        window_ = std::make_unique<MainWindow>();
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        testers_.clear();
        testers_.push_back(std::make_unique<QAbstractItemModelTester>(window_->handleTreeModel(), Mode::QtTest));
        testers_.push_back(std::make_unique<QAbstractItemModelTester>(window_->timelineModel(), Mode::QtTest));
        testers_.push_back(
            std::make_unique<QAbstractItemModelTester>(window_->responsePane()->hopLedgerModel(), Mode::QtTest));
        testers_.push_back(
            std::make_unique<QAbstractItemModelTester>(window_->responsePane()->responseHeadersModel(), Mode::QtTest));
        window_->addCollection(tour_);
        window_->addVariables(playgroundVariables(*playground_));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup()
    {
        testers_.clear();
        window_.reset();
    }

    void aGetShowsHandlesTimelineHeadersAndBody()
    {
        const RunResult result = sendTour(QStringLiteral("GET a JSON document"));
        QVERIFY(result.succeeded());
        QCOMPARE(result.status, 200);

        QStringList types;
        collectTypes(*window_->handleTreeModel(), {}, &types);
        QVERIFY2(types.contains(QStringLiteral("session")) && types.contains(QStringLiteral("connect")) &&
                     types.contains(QStringLiteral("request")),
                 qPrintable(types.join(u',')));

        const QStringList events = column(*window_->timelineModel(), TimelineColumn::Event);
        // The documented order of a synchronous GET, as the timeline lists it.
        const QStringList expected{QStringLiteral("RESOLVING_NAME"),     QStringLiteral("CONNECTED_TO_SERVER"),
                                   QStringLiteral("SENDING_REQUEST"),    QStringLiteral("REQUEST_SENT"),
                                   QStringLiteral("RECEIVING_RESPONSE"), QStringLiteral("RESPONSE_RECEIVED"),
                                   QStringLiteral("HANDLE_CLOSING")};
        qsizetype from = 0;
        for (const auto& name : expected) {
            const auto at = events.indexOf(name, from);
            QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(" missing after row ") + QString::number(from)));
            from = at + 1;
        }

        const QStringList names = column(*window_->responsePane()->responseHeadersModel(), HeadersColumn::Name);
        QVERIFY2(names.contains(QStringLiteral("Content-Type"), Qt::CaseInsensitive), qPrintable(names.join(u',')));
        QCOMPARE(window_->responsePane()->summary().status, 200);
        QCOMPARE(window_->responsePane()->finalUrl(), playground_->httpUrl(QStringLiteral("/get?tour=1&lang=en")));
        // The JSON body is shown pretty-printed: one key per line.
        auto* viewer = window_->bodyViewer();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->currentView(), BodyViewer::View::Pretty, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->prettyTextView()->visibleRowTexts().join(u'\n').contains(
                                     QLatin1String("\"url\": \"") + playground_->httpUrl(QStringLiteral("/get"))),
                                 5000);
        QVERIFY(window_->bridge().bodyStore().size(window_->currentRequest()) > 0);
    }

    void aPostSendsItsJsonBody()
    {
        const RunResult result = sendTour(QStringLiteral("POST JSON"));
        QVERIFY(result.succeeded());
        const QByteArray body = window_->bridge().bodyStore().read(window_->currentRequest(), 0, 1 << 20);
        QVERIFY2(body.contains("\"engine\": \"hinternet\""), body.constData());
        const QStringList sent = column(*window_->responsePane()->requestHeadersModel(), HeadersColumn::Name);
        QVERIFY2(sent.contains(QStringLiteral("Content-Type"), Qt::CaseInsensitive), qPrintable(sent.join(u',')));
    }

    void aRedirectChainWithACrossOriginHop()
    {
        const RunResult result = sendTour(QStringLiteral("Redirect chain with a cross-origin hop"));
        QVERIFY2(result.succeeded(), qPrintable(describeFailure(result)));
        QCOMPARE(result.finalUrl, playground_->httpsUrl(QStringLiteral("/get")));
        QCOMPARE(window_->responsePane()->finalUrl(), result.finalUrl);
        auto* hops = window_->responsePane()->hopLedgerModel();
        QTRY_COMPARE_WITH_TIMEOUT(hops->rowCount(), 6, 2000); // five redirects and the final response
        const QStringList statuses = column(*hops, HopLedgerColumn::Status);
        QCOMPARE(statuses.mid(0, 5), (QStringList{"301", "302", "303", "307", "308"}));
        const QStringList methods = column(*hops, HopLedgerColumn::Method);
        QCOMPARE(methods.first(), QStringLiteral("POST"));
        QCOMPARE(methods.last(), QStringLiteral("GET")); // the 303 rewrote it
        const QString dropped = column(*hops, HopLedgerColumn::DroppedHeaders).join(u'|');
        QVERIFY2(dropped.contains(QLatin1String("Authorization")), qPrintable(dropped));
        QVERIFY(hops->index(5, 0).data(HopLedgerRole::IsFinal).toBool());
    }

    void aTlsErrorIsShownAsSecureFailure()
    {
        const RunResult result = sendTour(QStringLiteral("A broken certificate (SECURE_FAILURE)"));
        QCOMPARE(result.error, 12175u); // ERROR_WINHTTP_SECURE_FAILURE
        QVERIFY(result.secureFailureFlags != 0);
        QVERIFY(column(*window_->timelineModel(), TimelineColumn::Event).contains(QStringLiteral("SECURE_FAILURE")));
        const auto& summary = window_->responsePane()->summary();
        QVERIFY2(summary.error.contains(QLatin1String("SECURE_FAILURE")), qPrintable(summary.error));
    }

    void aDownloadCanBeCancelled()
    {
        composeTour(QStringLiteral("A 1 GiB download (cancel it with Esc)"));
        QSignalSpy finished(&window_->controller(), &RequestController::finished);
        window_->send();
        QTRY_VERIFY_WITH_TIMEOUT(window_->currentRequest() != 0 &&
                                     window_->bridge().bodyStore().size(window_->currentRequest()) > 1024 * 1024,
                                 10000);
        auto* cancel = window_->findChild<QAction*>(QStringLiteral("cancelAction"));
        QVERIFY(cancel && cancel->isEnabled());
        cancel->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto result = finished.first().at(1).value<RunResult>();
        QVERIFY(result.cancelled);
        QVERIFY(!result.bodyComplete);
        QCOMPARE(window_->responsePane()->summary().state, ResponseSummary::State::Cancelled);
        QVERIFY(!cancel->isEnabled());
        // Every handle of the request ended up closed in the tree.
        QTRY_VERIFY_WITH_TIMEOUT(
            column(*window_->handleTreeModel(), HandleTreeColumn::State).join(u',').contains(QLatin1String("closed")),
            5000);
    }

private:
    void composeTour(const QString& name)
    {
        for (const auto& item : tour_.items) {
            if (item.name == name) {
                window_->openRequest(item.request);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no Tour request named ") + name));
    }

    RunResult sendTour(const QString& name)
    {
        composeTour(name);
        QSignalSpy finished(&window_->controller(), &RequestController::finished);
        window_->send();
        if (!finished.wait(20000))
            qFatal("%s did not finish in 20 s", qPrintable(name));
        window_->bridge().flush();
        QCoreApplication::processEvents();
        return finished.first().at(1).value<RunResult>();
    }

    QTemporaryDir dataDir_;
    std::unique_ptr<Playground> playground_;
    Collection tour_;
    std::unique_ptr<MainWindow> window_;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers_;
};

QTEST_MAIN(tst_GuiEndToEnd)
#include "tst_gui_end_to_end.moc"

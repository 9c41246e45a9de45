// HistoryModel and HistoryPane over a real HistoryStore (SQLite in a temporary folder): paging with
// fetchMore, filters, live inserts, deletion, clearing, pruning and "Open as New Request".
#include "history/history_database.h"
#include "history/history_store.h"
#include "models/history_model.h"
#include "models/history_roles.h"
#include "widgets/history/history_pane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hinterscope;

namespace {

const QDateTime now = QDateTime::currentDateTimeUtc();

ExchangeRecord exchange(int n, const QString& method, int status, qint64 secondsAgo)
{
    ExchangeRecord record;
    record.startedAt = now.addSecs(-secondsAgo);
    record.request.method = method;
    record.request.url = QStringLiteral("http://127.0.0.1/item/%1").arg(n);
    record.request.headers = {{QStringLiteral("X-Number"), QStringLiteral("n%1").arg(n), true}};
    record.result.responseReceived = status != 0;
    record.result.status = status;
    record.result.bodyComplete = status != 0;
    record.result.finalUrl = status != 0 ? record.request.url : QString();
    record.result.elapsedMs = n;
    if (status == 0) {
        record.result.error = 12029;
        record.result.failedCall = QStringLiteral("WinHttpSendRequest");
    }
    record.bodySize = 100 * n;
    return record;
}

// n = 0 … count-1; n is newer the smaller it is (n half-minutes ago). Every 10th is a POST, every 7th a 404,
// every 25th failed without a response, the rest 200.
void prefill(const QString& path, int count)
{
    HistoryDatabase database;
    QVERIFY(database.open(path));
    database.setLimits({0, 0});
    for (int n = count - 1; n >= 0; --n) {
        const QString method = n % 10 == 0 ? QStringLiteral("POST") : QStringLiteral("GET");
        const int status = n % 25 == 0 ? 0 : n % 7 == 0 ? 404 : 200;
        QVERIFY(database.record(exchange(n, method, status, n * 30)) != 0);
    }
}

QString urlAt(const QAbstractItemModel& model, int row)
{
    return model.index(row, HistoryColumn::Url).data().toString();
}

} // namespace

class tst_HistoryPane : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        path_ = dir_->filePath(QStringLiteral("history.sqlite"));
    }

    void cleanup()
    {
        pane_.reset();
        store_.reset();
        dir_.reset();
    }

    void modelPagesThroughALargeHistory()
    {
        prefill(path_, 450);
        openStore();
        HistoryModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(urlAt(model, 0), QStringLiteral("http://127.0.0.1/item/0"));
        QCOMPARE(model.index(0, HistoryColumn::Method).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model.index(0, HistoryColumn::Status).data().toString(), QStringLiteral("failed"));
        QCOMPARE(model.index(1, HistoryColumn::Status).data().toInt(), 200);
        QCOMPARE(model.index(1, 0).data(HistoryRole::BodySize).toLongLong(), 100);
        QVERIFY(!model.index(0, HistoryColumn::Status).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.canFetchMore({}));
        while (model.rowCount() < 450) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one page at a time
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, 10000);
        }
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(urlAt(model, 449), QStringLiteral("http://127.0.0.1/item/449"));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1, 0).data(HistoryRole::StartedAt).toDateTime() >=
                    model.index(row, 0).data(HistoryRole::StartedAt).toDateTime());
    }

    void liveChanges()
    {
        prefill(path_, 5);
        openStore();
        HistoryModel model(*store_);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 10000);

        store_->record(exchange(99, QStringLiteral("PUT"), 201, -5)); // the newest
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 6, 10000);
        QCOMPARE(urlAt(model, 0), QStringLiteral("http://127.0.0.1/item/99"));
        QCOMPARE(model.totalCount(), 6);

        const qint64 id = model.index(2, 0).data(HistoryRole::EntryId).toLongLong();
        store_->remove({id});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 10000);
        QCOMPARE(model.totalCount(), 5);

        store_->setLimits({0, 3}); // the two oldest go
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
        QCOMPARE(urlAt(model, 0), QStringLiteral("http://127.0.0.1/item/99"));
        QCOMPARE(urlAt(model, 2), QStringLiteral("http://127.0.0.1/item/2"));

        store_->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
        QCOMPARE(model.totalCount(), 0);
    }

    void paneFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("methodIndex"); // in historyMethodFilter
        QTest::addColumn<int>("statusIndex"); // in historyStatusFilter
        QTest::addColumn<int>("timeIndex");   // in historyTimeFilter
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("everything") << QString() << 0 << 0 << 0 << 60;
        QTest::newRow("header text") << "x-number: n42" << 0 << 0 << 0 << 1;
        QTest::newRow("url text") << "item/5" << 0 << 0 << 0 << 11; // 5, 50…59
        QTest::newRow("POST") << QString() << 2 << 0 << 0 << 6;
        QTest::newRow("4xx") << QString() << 0 << 3 << 0 << 8;         // 7, 14, …, 56
        QTest::newRow("no response") << QString() << 0 << 6 << 0 << 3; // 0, 25, 50
        QTest::newRow("last hour") << QString() << 0 << 0 << 1 << 60;
        QTest::newRow("POST without response") << QString() << 2 << 6 << 0 << 2; // 0, 50
    }

    void paneFilters()
    {
        QFETCH(QString, text);
        QFETCH(int, methodIndex);
        QFETCH(int, statusIndex);
        QFETCH(int, timeIndex);
        QFETCH(int, expectedRows);
        prefill(path_, 60);
        openStore();
        pane_ = std::make_unique<HistoryPane>(*store_);
        QAbstractItemModelTester tester(pane_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane_->show();
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->totalCount(), 60, 10000);
        auto* search = pane_->findChild<QLineEdit*>(QStringLiteral("historySearch"));
        auto* method = pane_->findChild<QComboBox*>(QStringLiteral("historyMethodFilter"));
        auto* status = pane_->findChild<QComboBox*>(QStringLiteral("historyStatusFilter"));
        auto* time = pane_->findChild<QComboBox*>(QStringLiteral("historyTimeFilter"));
        QVERIFY(search && method && status && time);
        search->setText(text);
        method->setCurrentIndex(methodIndex);
        status->setCurrentIndex(statusIndex);
        time->setCurrentIndex(timeIndex);
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->totalCount(), expectedRows, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->rowCount(), expectedRows, 10000);
        auto* label = pane_->findChild<QLabel*>(QStringLiteral("historyStatusLabel"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QString::number(expectedRows)), 10000);
    }

    void openAsNewRequest()
    {
        prefill(path_, 3);
        openStore();
        pane_ = std::make_unique<HistoryPane>(*store_);
        QAbstractItemModelTester tester(pane_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane_->show();
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->rowCount(), 3, 10000);
        QSignalSpy opened(pane_.get(), &HistoryPane::openRequested);
        auto* table = pane_->findChild<QTableView*>(QStringLiteral("historyTable"));
        QVERIFY(table);
        auto* open = pane_->findChild<QAction*>(QStringLiteral("historyOpenAction"));
        QVERIFY(open);
        QVERIFY(!open->isEnabled());
        table->selectRow(1);
        QVERIFY(open->isEnabled());
        open->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const auto spec = opened.first().at(0).value<RequestSpec>();
        QCOMPARE(spec.url, QStringLiteral("http://127.0.0.1/item/1"));
        QCOMPARE(spec.headers.first().value, QStringLiteral("n1"));

        const QRect cell = table->visualRect(pane_->model()->index(2, HistoryColumn::Url));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
        QCOMPARE(opened.last().at(0).value<RequestSpec>().url, QStringLiteral("http://127.0.0.1/item/2"));
    }

    void deleteAndClear()
    {
        prefill(path_, 4);
        openStore();
        pane_ = std::make_unique<HistoryPane>(*store_);
        QAbstractItemModelTester tester(pane_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane_->show();
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->rowCount(), 4, 10000);
        auto* table = pane_->table();
        table->selectRow(0);
        table->selectionModel()->select(pane_->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        pane_->findChild<QAction*>(QStringLiteral("historyDeleteAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->rowCount(), 2, 10000);
        QCOMPARE(urlAt(*pane_->model(), 0), QStringLiteral("http://127.0.0.1/item/1"));
        QCOMPARE(urlAt(*pane_->model(), 1), QStringLiteral("http://127.0.0.1/item/3"));

        auto* clear = pane_->findChild<QAction*>(QStringLiteral("historyClearAction"));
        QVERIFY(clear && clear->isEnabled());
        int asked = 0;
        pane_->setClearConfirmation([&](QWidget*) { return ++asked > 1; }); // no, then yes
        clear->trigger();
        QTest::qWait(200);
        QCOMPARE(pane_->model()->rowCount(), 2);
        clear->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(pane_->model()->rowCount(), 0, 10000);
        QCOMPARE(asked, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!clear->isEnabled(), 10000);
    }

    void damagedDatabaseNotice()
    {
        {
            QFile file(path_);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(5000, 'Z'));
        }
        store_ = std::make_unique<HistoryStore>();
        pane_ = std::make_unique<HistoryPane>(*store_);
        store_->open(path_);
        auto* notice = pane_->findChild<QLabel*>(QStringLiteral("historyNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QLatin1String("moved")), 10000);
        QVERIFY(!notice->isHidden());
    }

private:
    void openStore()
    {
        store_ = std::make_unique<HistoryStore>();
        QSignalSpy opened(store_.get(), &HistoryStore::opened);
        store_->open(path_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QVERIFY(opened.first().at(0).toBool());
    }

    std::unique_ptr<QTemporaryDir> dir_;
    QString path_;
    std::unique_ptr<HistoryStore> store_;
    std::unique_ptr<HistoryPane> pane_;
};

QTEST_MAIN(tst_HistoryPane)
#include "tst_history_pane.moc"

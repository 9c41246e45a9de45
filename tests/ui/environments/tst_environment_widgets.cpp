// The variables model (masking, pending secrets, edits) under QAbstractItemModelTester; the selector lists the
// environments of every open collection and drives the ActiveEnvironment; the editor creates, renames,
// deletes and saves environments with their secrets in the store and never in the collection's files.
#include "collections/active_environment.h"
#include "collections/collection.h"
#include "collections/secret_store.h"
#include "models/environment_roles.h"
#include "widgets/environments/environment_editor.h"
#include "widgets/environments/environment_selector.h"
#include "widgets/environments/environment_variables_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hinterscope;

namespace {

const QString kId = QStringLiteral("5eed0000-0000-4000-8000-00000000c0de");

SecretStore::Options fileStore(const QTemporaryDir& dir)
{
    SecretStore::Options options;
    options.fallbackFile = dir.filePath(QStringLiteral("secrets.json"));
    options.fileOnly = true;
    return options;
}

EnvironmentVariable variable(const QString& name, const QString& value, bool secret = false, bool enabled = true)
{
    return {name, value, secret, enabled, {}};
}

Collection makeCollection(const QString& root, const QString& name, const QStringList& environments)
{
    QString error;
    auto collection = createCollection(root, name, &error);
    if (!collection)
        qFatal("%s", qPrintable(error));
    for (const QString& environmentName : environments) {
        Environment environment;
        environment.name = environmentName;
        environment.variables = {variable(QStringLiteral("base"), QStringLiteral("http://") + environmentName)};
        if (!saveEnvironment(root, environment, &error))
            qFatal("%s", qPrintable(error));
    }
    return loadCollection(root);
}

bool anyFileContains(const QString& folder, const QByteArray& needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class EnvironmentWidgets : public QObject {
    Q_OBJECT
private slots:
    void modelMasksSecrets_data()
    {
        QTest::addColumn<bool>("secret");
        QTest::addColumn<bool>("reveal");
        QTest::addColumn<QString>("shown");
        QTest::addRow("plain") << false << false << QStringLiteral("value");
        QTest::addRow("secret") << true << false << QStringLiteral("••••••••");
        QTest::addRow("secret revealed") << true << true << QStringLiteral("value");
    }
    void modelMasksSecrets()
    {
        QFETCH(bool, secret);
        QFETCH(bool, reveal);
        QFETCH(QString, shown);
        EnvironmentVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({variable(QStringLiteral("v"), QStringLiteral("value"), secret)}, false);
        model.setRevealSecrets(reveal);
        const QModelIndex value = model.index(0, EnvironmentVariableColumn::Value);
        QCOMPARE(value.data().toString(), shown);
        QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("value"));
        QCOMPARE(value.data(EnvironmentVariableRole::IsSecret).toBool(), secret);
    }

    void modelEdits()
    {
        EnvironmentVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &EnvironmentVariablesModel::edited);
        model.setVariables(
            {variable(QStringLiteral("a"), QStringLiteral("1")), variable(QStringLiteral("token"), QString(), true)},
            true);
        // While the store reads it, a secret's value can be neither seen nor edited.
        const QModelIndex pending = model.index(1, EnvironmentVariableColumn::Value);
        QVERIFY(pending.data(EnvironmentVariableRole::SecretPending).toBool());
        QVERIFY(!(model.flags(pending) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(pending, QStringLiteral("typed")));
        model.setSecretValues({{QStringLiteral("token"), QStringLiteral("t")}});
        QVERIFY(model.flags(pending) & Qt::ItemIsEditable);
        QCOMPARE(model.variables()[1].value, QStringLiteral("t"));

        QCOMPARE(model.appendVariable(QStringLiteral("a")), 2);
        QCOMPARE(model.variables()[2].name, QStringLiteral("a_2"));
        QVERIFY(!model.setData(model.index(2, EnvironmentVariableColumn::Name), QStringLiteral("has space")));
        QVERIFY(!model.setData(model.index(2, EnvironmentVariableColumn::Name), QStringLiteral("{x}")));
        QVERIFY(model.setData(model.index(2, EnvironmentVariableColumn::Name), QStringLiteral("key")));
        QVERIFY(model.setData(model.index(2, EnvironmentVariableColumn::Secret), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(2, EnvironmentVariableColumn::Name), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.variables()[2].secret);
        QVERIFY(!model.variables()[2].enabled);
        model.removeVariables({0, 2, 0});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.variables()[0].name, QStringLiteral("token"));
        QVERIFY(edited.size() >= 5);
    }

    void selectorListsEveryOpenCollection()
    {
        QTemporaryDir dir;
        QTemporaryDir storeDir;
        const Collection api = makeCollection(dir.filePath(QStringLiteral("api")), QStringLiteral("API"),
                                              {QStringLiteral("local"), QStringLiteral("staging")});
        const Collection shop =
            makeCollection(dir.filePath(QStringLiteral("shop")), QStringLiteral("Shop"), {QStringLiteral("prod")});
        SecretStore store(fileStore(storeDir));
        ActiveEnvironment active(&store);
        EnvironmentSelector selector;
        selector.setActiveEnvironment(&active);
        auto* combo = selector.findChild<QComboBox*>(QStringLiteral("environmentCombo"));
        QVERIFY(combo);
        QAbstractItemModelTester tester(combo->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(selector.findChild<QToolButton*>(QStringLiteral("manageEnvironmentsButton")));
        QSignalSpy changed(&selector, &EnvironmentSelector::activeEnvironmentChanged);

        selector.setCollection(api);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), QStringLiteral("No environment"));
        QCOMPARE(combo->itemText(2), QStringLiteral("staging"));
        selector.setCollection(shop);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(3), QStringLiteral("Shop › prod"));
        QCOMPARE(changed.size(), 0);

        QVERIFY(selector.selectEnvironment(api.rootPath, QStringLiteral("staging")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(1).toString(), QStringLiteral("staging"));
        QCOMPARE(active.environmentName(), QStringLiteral("staging"));
        QCOMPARE(active.resolve({}, {}).variables.value(QStringLiteral("base")), QStringLiteral("http://staging"));

        // Re-adding the collection keeps the choice; closing it falls back to no environment.
        selector.setCollection(loadCollection(api.rootPath));
        QCOMPARE(selector.activeEnvironmentName(), QStringLiteral("staging"));
        QCOMPARE(changed.size(), 1);
        selector.removeCollection(api.rootPath);
        QCOMPARE(changed.size(), 2);
        QVERIFY(selector.activeEnvironmentName().isEmpty());
        QVERIFY(!active.isActive());
        QCOMPARE(combo->count(), 2);

        QSignalSpy manage(&selector, &EnvironmentSelector::manageRequested);
        selector.findChild<QToolButton*>(QStringLiteral("manageEnvironmentsButton"))->click();
        QCOMPARE(manage.size(), 1);
        QCOMPARE(manage.front().at(0).toString(), shop.rootPath);
    }

    void editorSavesFilesAndSecrets()
    {
        QTemporaryDir dir;
        QTemporaryDir storeDir;
        const QString root = dir.filePath(QStringLiteral("api"));
        QString error;
        QVERIFY(createCollection(root, QStringLiteral("API"), &error));
        Environment staging;
        staging.name = QStringLiteral("staging");
        staging.variables = {variable(QStringLiteral("base"), QStringLiteral("https://staging")),
                             variable(QStringLiteral("token"), QString(), true)};
        QVERIFY(saveEnvironment(root, staging, &error));
        const Collection collection = loadCollection(root);
        SecretStore store(fileStore(storeDir));
        QVERIFY(store
                    .writeBlocking(collection.id, QStringLiteral("staging"),
                                   {{QStringLiteral("token"), QStringLiteral("old-secret-value")}})
                    .ok());

        EnvironmentEditor editor(collection, &store);
        for (const char* name :
             {"environmentList", "newEnvironmentButton", "renameEnvironmentButton", "duplicateEnvironmentButton",
              "deleteEnvironmentButton", "environmentVariablesTable", "addVariableButton", "removeVariableButton",
              "revealSecretsCheck", "secretBackendLabel", "environmentEditorStatus", "saveEnvironmentsButton"})
            QVERIFY2(editor.findChild<QWidget*>(QString::fromLatin1(name)), name);
        auto* model = editor.variablesModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(editor.environmentNames(), QStringList{QStringLiteral("staging")});
        QTRY_COMPARE_WITH_TIMEOUT(model->index(1, EnvironmentVariableColumn::Value).data(Qt::EditRole).toString(),
                                  QStringLiteral("old-secret-value"), 10000);
        QCOMPARE(model->index(1, EnvironmentVariableColumn::Value).data().toString(), QStringLiteral("••••••••"));

        // Change the secret, rename the environment, add another with a secret of its own.
        QVERIFY(model->setData(model->index(1, EnvironmentVariableColumn::Value), QStringLiteral("new-secret-value")));
        QVERIFY(editor.renameCurrentEnvironment(QStringLiteral("stage"), &error));
        QVERIFY(!editor.renameCurrentEnvironment(QStringLiteral("a/b"), &error));
        QVERIFY(editor.createEnvironment(QStringLiteral("local"), &error));
        QVERIFY(!editor.createEnvironment(QStringLiteral("LOCAL"), &error));
        QCOMPARE(editor.currentEnvironmentName(), QStringLiteral("local"));
        const int row = model->appendVariable(QStringLiteral("password"));
        QVERIFY(model->setData(model->index(row, EnvironmentVariableColumn::Secret), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(
            model->setData(model->index(row, EnvironmentVariableColumn::Value), QStringLiteral("local-pass-value")));
        QVERIFY(editor.hasUnsavedChanges());

        QSignalSpy saved(&editor, &EnvironmentEditor::saved);
        QSignalSpy failed(&editor, &EnvironmentEditor::saveFailed);
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!editor.hasUnsavedChanges());

        QVERIFY(QFile::exists(environmentFilePath(root, QStringLiteral("stage"))));
        QVERIFY(QFile::exists(environmentFilePath(root, QStringLiteral("local"))));
        QVERIFY(!QFile::exists(environmentFilePath(root, QStringLiteral("staging"))));
        for (const QByteArray secret : {"old-secret-value", "new-secret-value", "local-pass-value"})
            QVERIFY2(!anyFileContains(root, secret), secret.constData());
        QCOMPARE(store.readBlocking(collection.id, QStringLiteral("stage"), {QStringLiteral("token")})
                     .values.value(QStringLiteral("token")),
                 QStringLiteral("new-secret-value"));
        QCOMPARE(store.readBlocking(collection.id, QStringLiteral("local"), {QStringLiteral("password")})
                     .values.value(QStringLiteral("password")),
                 QStringLiteral("local-pass-value"));
        QCOMPARE(store.readBlocking(collection.id, QStringLiteral("staging"), {QStringLiteral("token")}).missing,
                 QStringList{QStringLiteral("token")});

        // Deleting removes the file and the secrets.
        QVERIFY(editor.selectEnvironment(QStringLiteral("stage")));
        editor.deleteCurrentEnvironment();
        QCOMPARE(editor.environmentNames(), QStringList{QStringLiteral("local")});
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QVERIFY(!QFile::exists(environmentFilePath(root, QStringLiteral("stage"))));
        QCOMPARE(store.readBlocking(collection.id, QStringLiteral("stage"), {QStringLiteral("token")}).missing,
                 QStringList{QStringLiteral("token")});
    }

    void editorGivesAnOldCollectionAnId()
    {
        QTemporaryDir dir;
        QTemporaryDir storeDir;
        QFile file(dir.filePath(QStringLiteral("collection.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"Old\"}");
        file.close();
        SecretStore store(fileStore(storeDir));
        EnvironmentEditor editor(loadCollection(dir.path()), &store);
        QString error;
        QVERIFY(editor.createEnvironment(QStringLiteral("ci"), &error));
        const int row = editor.variablesModel()->appendVariable(QStringLiteral("key"));
        auto* model = editor.variablesModel();
        QVERIFY(model->setData(model->index(row, EnvironmentVariableColumn::Secret), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(row, EnvironmentVariableColumn::Value), QStringLiteral("ci-key")));
        QSignalSpy saved(&editor, &EnvironmentEditor::saved);
        editor.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const Collection reloaded = loadCollection(dir.path());
        QVERIFY(!reloaded.id.isEmpty());
        QCOMPARE(reloaded.name, QStringLiteral("Old"));
        QCOMPARE(store.readBlocking(reloaded.id, QStringLiteral("ci"), {QStringLiteral("key")})
                     .values.value(QStringLiteral("key")),
                 QStringLiteral("ci-key"));
    }

    void readOnlyCollectionCannotBeEdited()
    {
        Collection tour;
        tour.rootPath = QStringLiteral(":/tour");
        tour.name = QStringLiteral("Tour");
        EnvironmentEditor editor(tour, nullptr);
        QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("newEnvironmentButton"))->isEnabled());
        QString error;
        QVERIFY(!editor.createEnvironment(QStringLiteral("x"), &error));
        QVERIFY(!editor.findChild<QLabel*>(QStringLiteral("environmentEditorStatus"))->text().isEmpty());
    }
};

QTEST_MAIN(EnvironmentWidgets)
#include "tst_environment_widgets.moc"

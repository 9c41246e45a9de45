#include "widgets/environments/environment_editor.h"

#include "collections/secret_store.h"
#include "models/environment_roles.h"
#include "widgets/environments/environment_variables_model.h"
#include "widgets/environments/secret_value_delegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hinterscope {

EnvironmentEditor::EnvironmentEditor(const Collection& collection, SecretStore* store, QWidget* parent)
    : QDialog(parent)
    , root_(collection.rootPath)
    , collectionId_(collection.id)
    , collectionName_(collection.name)
    , readOnly_(collection.rootPath.startsWith(QLatin1Char(':')))
    , store_(store)
{
    setObjectName(QStringLiteral("environmentEditor"));
    setWindowTitle(tr("Environments of %1").arg(collectionName_));
    buildUi();
    loadFromDisk();
}

void EnvironmentEditor::buildUi()
{
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("environmentList"));
    newButton_ = new QPushButton(tr("&New…"), this);
    newButton_->setObjectName(QStringLiteral("newEnvironmentButton"));
    renameButton_ = new QPushButton(tr("&Rename…"), this);
    renameButton_->setObjectName(QStringLiteral("renameEnvironmentButton"));
    duplicateButton_ = new QPushButton(tr("D&uplicate…"), this);
    duplicateButton_->setObjectName(QStringLiteral("duplicateEnvironmentButton"));
    deleteButton_ = new QPushButton(tr("&Delete"), this);
    deleteButton_->setObjectName(QStringLiteral("deleteEnvironmentButton"));

    model_ = new EnvironmentVariablesModel(this);
    model_->setObjectName(QStringLiteral("environmentVariablesModel"));
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("environmentVariablesTable"));
    table_->setModel(model_);
    valueDelegate_ = new SecretValueDelegate(table_);
    table_->setItemDelegateForColumn(EnvironmentVariableColumn::Value, valueDelegate_);
    table_->horizontalHeader()->setSectionResizeMode(EnvironmentVariableColumn::Value, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    addVariableButton_ = new QPushButton(tr("&Add Variable"), this);
    addVariableButton_->setObjectName(QStringLiteral("addVariableButton"));
    removeVariableButton_ = new QPushButton(tr("Re&move Variable"), this);
    removeVariableButton_->setObjectName(QStringLiteral("removeVariableButton"));
    revealCheck_ = new QCheckBox(tr("Show secret &values"), this);
    revealCheck_->setObjectName(QStringLiteral("revealSecretsCheck"));

    backendLabel_ = new QLabel(this);
    backendLabel_->setObjectName(QStringLiteral("secretBackendLabel"));
    backendLabel_->setWordWrap(true);
    statusLabel_ = new QLabel(this);
    statusLabel_->setObjectName(QStringLiteral("environmentEditorStatus"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons_->setObjectName(QStringLiteral("environmentEditorButtons"));
    buttons_->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveEnvironmentsButton"));
    buttons_->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeEnvironmentsButton"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(list_);
    for (QPushButton* button : {newButton_, renameButton_, duplicateButton_, deleteButton_})
        leftLayout->addWidget(button);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(table_);
    auto* variableButtons = new QHBoxLayout;
    variableButtons->addWidget(addVariableButton_);
    variableButtons->addWidget(removeVariableButton_);
    variableButtons->addStretch();
    variableButtons->addWidget(revealCheck_);
    rightLayout->addLayout(variableButtons);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("environmentEditorSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(backendLabel_);
    layout->addWidget(statusLabel_);
    layout->addWidget(buttons_);
    resize(760, 440);

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != current_)
            showDraft(row);
    });
    connect(newButton_, &QPushButton::clicked, this, [this] {
        const QString name = askForName(tr("New Environment"), QString());
        QString error;
        if (!name.isEmpty() && !createEnvironment(name, &error))
            setStatus(error, true);
    });
    connect(renameButton_, &QPushButton::clicked, this, [this] {
        const QString name = askForName(tr("Rename Environment"), currentEnvironmentName());
        QString error;
        if (!name.isEmpty() && name != currentEnvironmentName() && !renameCurrentEnvironment(name, &error))
            setStatus(error, true);
    });
    connect(duplicateButton_, &QPushButton::clicked, this, [this] {
        const QString name = askForName(tr("Duplicate Environment"), tr("%1 copy").arg(currentEnvironmentName()));
        QString error;
        if (!name.isEmpty() && !duplicateCurrentEnvironment(name, &error))
            setStatus(error, true);
    });
    connect(deleteButton_, &QPushButton::clicked, this, &EnvironmentEditor::deleteCurrentEnvironment);
    connect(addVariableButton_, &QPushButton::clicked, this, [this] {
        const int row = model_->appendVariable();
        table_->setCurrentIndex(model_->index(row, EnvironmentVariableColumn::Name));
        table_->edit(table_->currentIndex());
    });
    connect(removeVariableButton_, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : table_->selectionModel()->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty() && table_->currentIndex().isValid())
            rows.append(table_->currentIndex().row());
        model_->removeVariables(rows);
    });
    connect(revealCheck_, &QCheckBox::toggled, this, [this](bool reveal) {
        model_->setRevealSecrets(reveal);
        valueDelegate_->setReveal(reveal);
    });
    connect(model_, &EnvironmentVariablesModel::edited, this, [this] { setDirty(true); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { refreshButtons(); });
    connect(buttons_, &QDialogButtonBox::accepted, this, &EnvironmentEditor::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &EnvironmentEditor::reject);

    if (store_) {
        backendLabel_->setText(store_->backendDescription());
        connect(store_, &SecretStore::backendChanged, this,
                [this](SecretStore::Backend, const QString& description) { backendLabel_->setText(description); });
    } else {
        backendLabel_->setText(tr("Secrets: no store (secret values cannot be saved)"));
    }
}

void EnvironmentEditor::loadFromDisk()
{
    QStringList errors;
    const QList<Environment> environments = loadEnvironments(root_, &errors);
    for (const Environment& environment : environments) {
        Draft draft;
        draft.originalName = environment.name;
        draft.originalSecretNames = environment.secretNames();
        draft.environment = environment;
        drafts_.append(draft);
    }
    for (int i = 0; i < drafts_.size(); ++i)
        readSecrets(i);
    refreshList();
    if (readOnly_)
        setStatus(tr("%1 is read-only: save a copy of the collection to give it environments.").arg(root_), false);
    else if (!errors.isEmpty())
        setStatus(errors.join(QLatin1Char('\n')), true);
    if (store_)
        store_->probe();
}

void EnvironmentEditor::readSecrets(int index)
{
    Draft& draft = drafts_[index];
    const QStringList names = draft.originalSecretNames;
    if (names.isEmpty() || collectionId_.isEmpty() || !store_) {
        draft.secretsLoaded = names.isEmpty() || collectionId_.isEmpty();
        return;
    }
    draft.secretsLoaded = false;
    ++pendingSecretCalls_;
    const QString originalName = draft.originalName;
    const QPointer<EnvironmentEditor> self(this);
    store_->read(collectionId_, originalName, names, [this, self, originalName](const SecretResult& result) {
        if (self.isNull())
            return;
        --pendingSecretCalls_;
        const auto it = std::find_if(drafts_.begin(), drafts_.end(),
                                     [&](const Draft& candidate) { return candidate.originalName == originalName; });
        if (it == drafts_.end())
            return; // deleted meanwhile
        const bool isShown = current_ == int(it - drafts_.begin());
        if (isShown)
            keepModelInDraft();
        for (EnvironmentVariable& variable : it->environment.variables)
            if (variable.secret && result.values.contains(variable.name))
                variable.value = result.values.value(variable.name);
        it->secretsLoaded = result.ok();
        if (isShown)
            model_->setSecretValues(result.values);
        if (!result.ok())
            setStatus(tr("The secrets of %1 could not be read: %2").arg(originalName, result.error), true);
        refreshButtons();
    });
}

QStringList EnvironmentEditor::environmentNames() const
{
    QStringList names;
    for (const Draft& draft : drafts_)
        names.append(draft.environment.name);
    return names;
}

QString EnvironmentEditor::currentEnvironmentName() const
{
    return current_ >= 0 && current_ < drafts_.size() ? drafts_[current_].environment.name : QString();
}

bool EnvironmentEditor::selectEnvironment(const QString& name)
{
    const int index = draftIndex(name);
    if (index < 0)
        return false;
    list_->setCurrentRow(index);
    return true;
}

bool EnvironmentEditor::hasUnsavedChanges() const
{
    return dirty_;
}

int EnvironmentEditor::draftIndex(const QString& name) const
{
    for (int i = 0; i < drafts_.size(); ++i)
        if (drafts_[i].environment.name == name)
            return i;
    return -1;
}

QString EnvironmentEditor::nameProblem(const QString& name, const QString& ignoring) const
{
    if (const QString problem = environmentNameProblem(name); !problem.isEmpty())
        return problem;
    for (const Draft& draft : drafts_)
        if (draft.environment.name != ignoring && draft.environment.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("there is an environment called \"%1\" already").arg(draft.environment.name);
    return {};
}

QString EnvironmentEditor::askForName(const QString& title, const QString& initial)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, initial, &ok);
    return ok ? name : QString();
}

void EnvironmentEditor::keepModelInDraft()
{
    if (current_ >= 0 && current_ < drafts_.size())
        drafts_[current_].environment.variables = model_->variables();
}

void EnvironmentEditor::showDraft(int index)
{
    keepModelInDraft();
    current_ = index >= 0 && index < drafts_.size() ? index : -1;
    if (current_ < 0)
        model_->setVariables({}, false);
    else
        model_->setVariables(drafts_[current_].environment.variables,
                             !drafts_[current_].secretsLoaded && pendingSecretCalls_ > 0);
    refreshButtons();
}

void EnvironmentEditor::refreshList()
{
    const QString keep = currentEnvironmentName();
    keepModelInDraft();
    const QSignalBlocker blocker(list_);
    list_->clear();
    for (const Draft& draft : std::as_const(drafts_)) {
        auto* item = new QListWidgetItem(draft.environment.name, list_);
        item->setToolTip(environmentFilePath(root_, draft.environment.name));
    }
    int row = draftIndex(keep);
    if (row < 0 && !drafts_.isEmpty())
        row = std::clamp(current_, 0, int(drafts_.size()) - 1);
    current_ = -1; // the model is reloaded from the draft below
    list_->setCurrentRow(row);
    showDraft(row);
}

void EnvironmentEditor::refreshButtons()
{
    const bool editable = !readOnly_;
    const bool hasCurrent = current_ >= 0;
    newButton_->setEnabled(editable);
    renameButton_->setEnabled(editable && hasCurrent);
    duplicateButton_->setEnabled(editable && hasCurrent);
    deleteButton_->setEnabled(editable && hasCurrent);
    addVariableButton_->setEnabled(editable && hasCurrent);
    removeVariableButton_->setEnabled(editable && hasCurrent && table_->currentIndex().isValid());
    table_->setEnabled(hasCurrent);
    table_->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(editable && dirty_ && pendingSecretCalls_ == 0);
}

void EnvironmentEditor::setDirty(bool dirty)
{
    dirty_ = dirty;
    setWindowTitle(tr("Environments of %1").arg(collectionName_) + (dirty_ ? QStringLiteral(" *") : QString()));
    refreshButtons();
}

void EnvironmentEditor::setStatus(const QString& text, bool problem)
{
    statusLabel_->setText(text);
    statusLabel_->setProperty("problem", problem);
    statusLabel_->setStyleSheet(problem ? QStringLiteral("color: palette(highlight);") : QString());
}

bool EnvironmentEditor::createEnvironment(const QString& name, QString* error)
{
    if (readOnly_) {
        *error = tr("the collection is read-only");
        return false;
    }
    if (*error = nameProblem(name); !error->isEmpty())
        return false;
    Draft draft;
    draft.environment.name = name;
    drafts_.append(draft);
    refreshList();
    selectEnvironment(name);
    setDirty(true);
    return true;
}

bool EnvironmentEditor::renameCurrentEnvironment(const QString& name, QString* error)
{
    if (current_ < 0) {
        *error = tr("no environment is selected");
        return false;
    }
    if (*error = nameProblem(name, currentEnvironmentName()); !error->isEmpty())
        return false;
    drafts_[current_].environment.name = name;
    refreshList();
    setDirty(true);
    return true;
}

bool EnvironmentEditor::duplicateCurrentEnvironment(const QString& name, QString* error)
{
    if (current_ < 0) {
        *error = tr("no environment is selected");
        return false;
    }
    if (*error = nameProblem(name); !error->isEmpty())
        return false;
    keepModelInDraft();
    Draft copy;
    copy.environment = drafts_[current_].environment;
    copy.environment.name = name;
    copy.secretsLoaded = drafts_[current_].secretsLoaded;
    drafts_.append(copy);
    refreshList();
    selectEnvironment(name);
    setDirty(true);
    return true;
}

void EnvironmentEditor::deleteCurrentEnvironment()
{
    if (current_ < 0 || readOnly_)
        return;
    const Draft draft = drafts_.takeAt(current_);
    if (!draft.originalName.isEmpty())
        deleted_.append(draft);
    current_ = std::min(current_, int(drafts_.size()) - 1);
    const int show = current_;
    current_ = -1; // the deleted draft's rows are not kept
    {
        const QSignalBlocker blocker(list_);
        delete list_->takeItem(list_->currentRow());
        list_->setCurrentRow(show);
    }
    showDraft(show);
    setDirty(true);
}

void EnvironmentEditor::save()
{
    if (readOnly_ || pendingSecretCalls_ > 0)
        return;
    keepModelInDraft();
    // Refuse what cannot be saved before anything is written.
    for (const Draft& draft : std::as_const(drafts_)) {
        QSet<QString> seen;
        for (const EnvironmentVariable& variable : draft.environment.variables) {
            if (seen.contains(variable.name)) {
                setStatus(tr("%1: two variables are called \"%2\"").arg(draft.environment.name, variable.name), true);
                emit saveFailed(statusLabel_->text());
                return;
            }
            seen.insert(variable.name);
        }
    }
    const bool needsId = std::any_of(drafts_.begin(), drafts_.end(),
                                     [](const Draft& d) { return !d.environment.secretNames().isEmpty(); });
    if (needsId && collectionId_.isEmpty()) {
        QString error;
        const auto id = ensureCollectionId(root_, &error);
        if (!id) {
            setStatus(tr("The collection has no id to keep its secrets under: %1").arg(error), true);
            emit saveFailed(statusLabel_->text());
            return;
        }
        collectionId_ = *id;
    }

    QStringList fileErrors;
    struct SecretCall {
        QString environment;
        QStringList remove;
        QHash<QString, QString> write;
    };
    QList<SecretCall> removals;
    QList<SecretCall> writes;
    for (const Draft& gone : std::as_const(deleted_)) {
        QString error;
        if (draftIndex(gone.originalName) < 0 && !removeEnvironmentFile(root_, gone.originalName, &error))
            fileErrors.append(error);
        if (!gone.originalSecretNames.isEmpty())
            removals.append({gone.originalName, gone.originalSecretNames, {}});
    }
    for (Draft& draft : drafts_) {
        const Environment& environment = draft.environment;
        QString error;
        if (!saveEnvironment(root_, environment, &error)) {
            fileErrors.append(error);
            continue;
        }
        const bool renamed = !draft.originalName.isEmpty() && draft.originalName != environment.name;
        if (renamed && draftIndex(draft.originalName) < 0 && !removeEnvironmentFile(root_, draft.originalName, &error))
            fileErrors.append(error);
        SecretCall write{environment.name, {}, {}};
        for (const EnvironmentVariable& variable : environment.variables)
            if (variable.secret && (draft.secretsLoaded || !variable.value.isEmpty()))
                write.write.insert(variable.name, variable.value);
        const QStringList secretNames = environment.secretNames();
        QStringList stale;
        for (const QString& name : std::as_const(draft.originalSecretNames))
            if (renamed ? draft.secretsLoaded : !secretNames.contains(name))
                stale.append(name); // unread secrets of a renamed environment stay where they are: never lost
        if (!stale.isEmpty())
            removals.append({renamed ? draft.originalName : environment.name, stale, {}});
        if (!write.write.isEmpty())
            writes.append(write);
        draft.originalName = environment.name;
        draft.originalSecretNames = secretNames;
    }
    deleted_.clear();
    if (!fileErrors.isEmpty()) {
        setStatus(fileErrors.join(QLatin1Char('\n')), true);
        emit saveFailed(statusLabel_->text());
        return;
    }

    saveErrors_.clear();
    if (!store_ || (removals.isEmpty() && writes.isEmpty())) {
        if (!writes.isEmpty())
            saveErrors_.append(tr("no secret store"));
        pendingSecretCalls_ = 1;
        secretCallFinished(QString());
        return;
    }
    // Removals first, so an environment renamed to another's old name gets its own values, not stale ones.
    setStatus(tr("Saving secrets (%1)…").arg(store_->backendDescription()), false);
    const QPointer<EnvironmentEditor> self(this);
    const auto finished = [this, self](const SecretResult& result) {
        if (!self.isNull())
            secretCallFinished(result.error);
    };
    pendingSecretCalls_ = int(removals.size() + writes.size());
    refreshButtons();
    for (const SecretCall& call : std::as_const(removals))
        store_->remove(collectionId_, call.environment, call.remove, finished);
    for (const SecretCall& call : std::as_const(writes))
        store_->write(collectionId_, call.environment, call.write, finished);
}

void EnvironmentEditor::secretCallFinished(const QString& error)
{
    if (!error.isEmpty())
        saveErrors_.append(error);
    if (--pendingSecretCalls_ > 0)
        return;
    if (saveErrors_.isEmpty()) {
        setDirty(false);
        setStatus(tr("Saved. %1").arg(store_ ? store_->backendDescription() : QString()), false);
        emit saved(root_);
    } else {
        setStatus(
            tr("The environment files are saved, but not every secret: %1").arg(saveErrors_.join(QStringLiteral("; "))),
            true);
        refreshButtons();
        emit saved(root_); // the files changed: the selector reloads them
        emit saveFailed(statusLabel_->text());
    }
}

void EnvironmentEditor::reject()
{
    if (dirty_ && !readOnly_) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Environments"), tr("Save the changes to the environments of %1?").arg(collectionName_),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            if (dirty_ && pendingSecretCalls_ == 0)
                return; // the save failed: stay open, the status says why
        }
    }
    QDialog::reject();
}

} // namespace hinterscope

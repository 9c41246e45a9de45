#pragma once

// The "Environments" dialog of one collection: create, rename, duplicate and delete environments, and edit
// their variables (Name with an Enabled box, Value, Secret). Nothing touches the disk or the keyring until
// Save: then each environment file is written atomically, without secret values, and the secrets go to the
// SecretStore asynchronously (the dialog stays responsive and says when they are stored). Secrets are read
// from the store asynchronously when the dialog opens. docs/environments.md.
#include "collections/collection.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace hinterscope {

class EnvironmentVariablesModel;
class SecretStore;
class SecretValueDelegate;

class EnvironmentEditor : public QDialog {
    Q_OBJECT
public:
    EnvironmentEditor(const Collection& collection, SecretStore* store, QWidget* parent = nullptr);

    QStringList environmentNames() const;
    QString currentEnvironmentName() const;
    bool selectEnvironment(const QString& name);
    EnvironmentVariablesModel* variablesModel() const { return model_; }
    bool hasUnsavedChanges() const;
    bool isSaving() const { return pendingSecretCalls_ > 0; }

    // What the buttons do after asking for a name; false with the reason in *error.
    bool createEnvironment(const QString& name, QString* error);
    bool renameCurrentEnvironment(const QString& name, QString* error);
    bool duplicateCurrentEnvironment(const QString& name, QString* error);
    void deleteCurrentEnvironment();

public slots:
    // Writes every change; `saved` follows once the secrets are stored too (or `saveFailed`).
    void save();
    void reject() override; // asks before dropping unsaved changes

signals:
    void saved(const QString& collectionRoot);
    void saveFailed(const QString& message);

private:
    struct Draft {
        QString originalName; // empty: not on disk yet
        QStringList originalSecretNames;
        Environment environment;
        bool secretsLoaded = true;
    };
    void buildUi();
    void loadFromDisk();
    void readSecrets(int draft);
    void showDraft(int draft);
    void keepModelInDraft();
    void refreshList();
    void refreshButtons();
    void setDirty(bool dirty);
    void setStatus(const QString& text, bool problem);
    void secretCallFinished(const QString& error);
    int draftIndex(const QString& name) const;
    QString nameProblem(const QString& name, const QString& ignoring = {}) const;
    QString askForName(const QString& title, const QString& initial);

    QString root_;
    QString collectionId_;
    QString collectionName_;
    bool readOnly_ = false;
    QPointer<SecretStore> store_;
    QList<Draft> drafts_;
    QList<Draft> deleted_;
    int current_ = -1;
    bool dirty_ = false;
    int pendingSecretCalls_ = 0;
    QStringList saveErrors_;

    QListWidget* list_ = nullptr;
    QPushButton* newButton_ = nullptr;
    QPushButton* renameButton_ = nullptr;
    QPushButton* duplicateButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QTableView* table_ = nullptr;
    EnvironmentVariablesModel* model_ = nullptr;
    SecretValueDelegate* valueDelegate_ = nullptr;
    QPushButton* addVariableButton_ = nullptr;
    QPushButton* removeVariableButton_ = nullptr;
    QCheckBox* revealCheck_ = nullptr;
    QLabel* backendLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace hinterscope

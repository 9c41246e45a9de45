#pragma once

// The environment the GUI sends with: which one is active, and its secrets, read from the SecretStore
// asynchronously when it is activated (and again by reload() after an edit), so that building a request at
// send time never waits. resolve() is the one place the layers of docs/environments.md are applied in the GUI.
#include "collections/environment.h"
#include "collections/variable_layers.h"
#include "collections/variables.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace hinterscope {

class SecretStore;

class ActiveEnvironment : public QObject {
    Q_OBJECT
public:
    explicit ActiveEnvironment(SecretStore* store, QObject* parent = nullptr);

    // Makes `environment` of the collection (root folder, id) the active one and starts reading its secrets.
    void activate(const QString& collectionRoot, const QString& collectionId, const Environment& environment);
    void clear(); // no environment

    bool isActive() const { return environment_.has_value(); }
    QString collectionRoot() const { return collectionRoot_; }
    QString collectionId() const { return collectionId_; }
    QString environmentName() const { return environment_ ? environment_->name : QString(); }
    std::optional<Environment> environment() const { return environment_; }
    // False while the secrets are being read; resolve() then reports them in missingSecrets.
    bool secretsReady() const { return secretsReady_; }
    QString secretsError() const { return secretsError_; }

    // Reads the environment's file and secrets again (after the editor saved it); clears when it is gone.
    void reload();

    ResolvedVariables resolve(const Variables& collectionVariables, const Variables& applicationVariables) const;

signals:
    void changed();       // another environment (or none) became active
    void secretsLoaded(); // the secrets arrived (or failed: secretsError())

private:
    void readSecrets();

    QPointer<SecretStore> store_;
    QString collectionRoot_;
    QString collectionId_;
    std::optional<Environment> environment_;
    QHash<QString, QString> secrets_;
    bool secretsReady_ = true;
    QString secretsError_;
    quint64 generation_ = 0; // an answer for an environment no longer active is dropped
};

} // namespace hinterscope

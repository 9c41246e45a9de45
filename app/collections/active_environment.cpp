#include "collections/active_environment.h"

#include "collections/secret_store.h"

#include <QFileInfo>

namespace hinterscope {

ActiveEnvironment::ActiveEnvironment(SecretStore* store, QObject* parent)
    : QObject(parent)
    , store_(store)
{}

void ActiveEnvironment::activate(const QString& collectionRoot, const QString& collectionId,
                                 const Environment& environment)
{
    collectionRoot_ = collectionRoot;
    collectionId_ = collectionId;
    environment_ = environment;
    readSecrets();
    emit changed();
}

void ActiveEnvironment::clear()
{
    ++generation_;
    const bool wasActive = isActive();
    collectionRoot_.clear();
    collectionId_.clear();
    environment_.reset();
    secrets_.clear();
    secretsReady_ = true;
    secretsError_.clear();
    if (wasActive)
        emit changed();
}

void ActiveEnvironment::reload()
{
    if (!environment_)
        return;
    QString error;
    QStringList problems;
    const auto fresh = readEnvironmentFile(environmentFilePath(collectionRoot_, environment_->name), &error, &problems);
    if (!fresh) {
        if (!QFileInfo::exists(environmentFilePath(collectionRoot_, environment_->name)))
            clear();
        return;
    }
    environment_ = *fresh;
    readSecrets();
}

void ActiveEnvironment::readSecrets()
{
    const quint64 generation = ++generation_;
    secrets_.clear();
    secretsError_.clear();
    const QStringList names = environment_->secretNames();
    if (names.isEmpty() || store_ == nullptr) {
        secretsReady_ = true;
        emit secretsLoaded();
        return;
    }
    secretsReady_ = false;
    const QPointer<ActiveEnvironment> self(this);
    store_->read(collectionId_, environment_->name, names, [this, self, generation](const SecretResult& result) {
        if (self.isNull() || generation != generation_)
            return;
        secrets_ = result.values;
        secretsError_ = result.error;
        secretsReady_ = true;
        emit secretsLoaded();
    });
}

ResolvedVariables ActiveEnvironment::resolve(const Variables& collectionVariables,
                                             const Variables& applicationVariables) const
{
    return resolveVariableLayers(collectionVariables, applicationVariables, environment_ ? &*environment_ : nullptr,
                                 secrets_);
}

} // namespace hinterscope

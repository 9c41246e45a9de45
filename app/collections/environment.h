#pragma once

// Named environments of a collection (local, staging, …): one file per environment,
// <collection>/environments/<name>.env.json (docs/environments.md). A secret variable's value is never
// written to that file: the file only says the variable exists and is secret; the value lives in the
// SecretStore (the system keyring, or a 0600 per-user file).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hinterscope {

inline const QString kEnvironmentFolder = QStringLiteral("environments");
inline const QString kEnvironmentFileSuffix = QStringLiteral(".env.json");

struct EnvironmentVariable {
    QString name;
    QString value; // for a secret: filled from the SecretStore, never from or to the file
    bool secret = false;
    bool enabled = true;       // a disabled variable is kept but not used
    QJsonObject unknownFields; // keys this version does not know, written back on save

    friend bool operator==(const EnvironmentVariable&, const EnvironmentVariable&) = default;
};

struct Environment {
    QString name;                         // the file's name without ".env.json"
    QList<EnvironmentVariable> variables; // in the user's order
    QJsonObject unknownFields;

    QStringList secretNames() const;
    friend bool operator==(const Environment&, const Environment&) = default;
};

// Empty when `name` can be an environment's (and so a file's) name; else why not, for the user.
QString environmentNameProblem(const QString& name);

QString environmentsFolder(const QString& collectionRoot);
QString environmentFilePath(const QString& collectionRoot, const QString& name);

// The bytes of an environment file: sorted keys, four-space indentation; secret values are left out.
QByteArray environmentFileBytes(const Environment& environment);
// The environment in `path`, or nothing with "path:line:column: message" in *error. Rows of the wrong kind
// are reported in *problems ("path: …") and skipped.
std::optional<Environment> readEnvironmentFile(const QString& path, QString* error, QStringList* problems = nullptr);
// Every environment of the collection, sorted by name; broken files are reported in *errors and skipped.
QList<Environment> loadEnvironments(const QString& collectionRoot, QStringList* errors);

// Atomic writes (QSaveFile); the folder is made when missing.
bool saveEnvironment(const QString& collectionRoot, const Environment& environment, QString* error);
bool removeEnvironmentFile(const QString& collectionRoot, const QString& name, QString* error);
// Renames the file; fails when `to` exists or is not a valid name. Secrets are the SecretStore's business.
bool renameEnvironmentFile(const QString& collectionRoot, const QString& from, const QString& to, QString* error);

} // namespace hinterscope

#include "collections/secret_file.h"

#include "collections/request_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <functional>
#include <optional>

namespace hinterscope {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int kLockWaitMs = 10000;

// Messages in the "hinterscope" translation context, through a class because lupdate only collects tr() calls
// made through a class that declares them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope)
};

// An absent file is an empty store.
std::optional<QJsonObject> load(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path))
        return QJsonObject();
    // Someone loosened the mode (a copy, a restore from backup): tighten it before reading.
    if ((QFile::permissions(path) & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
        QFile::setPermissions(path, kOwnerOnly);
    return readJsonObjectFile(path, error);
}

bool store(const QString& path, const QJsonObject& object, QString* error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Texts::tr("%1: the folder could not be created").arg(folder);
        return false;
    }
    QSaveFile file(path);
    // The mode is set on the temporary file before a single byte of a secret is in it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

// Read, change and write back under the lock, so a GUI and a CLI writing at once lose nothing.
bool update(const QString& path, const std::function<void(QJsonObject&)>& change, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Texts::tr("%1: the folder could not be created").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockWaitMs)) {
        *error = Texts::tr("%1: locked by another Hinterscope (process %2)").arg(path).arg([&] {
            qint64 pid = 0;
            QString host, application;
            lock.getLockInfo(&pid, &host, &application);
            return pid;
        }());
        return false;
    }
    auto object = load(path, error);
    if (!object)
        return false;
    change(*object);
    return store(path, *object, error);
}

} // namespace

SecretFile::SecretFile(QString path)
    : path_(std::move(path))
{}

QString SecretFile::defaultPath()
{
    // QStandardPaths::AppDataLocation is <data home>/<organization>/<application>; the CLI has another
    // application name, so the GUI's ("Hinterscope"/"Hinterscope") is spelled out here.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("Hinterscope/Hinterscope/secrets.json"));
}

bool SecretFile::read(const QString& collectionId, const QString& environment, const QStringList& names,
                      QHash<QString, QString>* values, QStringList* missing, QString* error) const
{
    const auto object = load(path_, error);
    if (!object)
        return false;
    const QJsonObject stored = object->value(collectionId).toObject().value(environment).toObject();
    for (const QString& name : names) {
        const QJsonValue value = stored.value(name);
        if (value.isString())
            values->insert(name, value.toString());
        else
            missing->append(name);
    }
    return true;
}

bool SecretFile::write(const QString& collectionId, const QString& environment, const QHash<QString, QString>& values,
                       QString* error)
{
    return update(
        path_,
        [&](QJsonObject& object) {
            QJsonObject collection = object.value(collectionId).toObject();
            QJsonObject stored = collection.value(environment).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                stored.insert(it.key(), it.value());
            collection.insert(environment, stored);
            object.insert(collectionId, collection);
        },
        error);
}

bool SecretFile::remove(const QString& collectionId, const QString& environment, const QStringList& names,
                        QString* error)
{
    if (!QFileInfo::exists(path_))
        return true;
    return update(
        path_,
        [&](QJsonObject& object) {
            QJsonObject collection = object.value(collectionId).toObject();
            QJsonObject stored = collection.value(environment).toObject();
            for (const QString& name : names)
                stored.remove(name);
            if (stored.isEmpty())
                collection.remove(environment);
            else
                collection.insert(environment, stored);
            if (collection.isEmpty())
                object.remove(collectionId);
            else
                object.insert(collectionId, collection);
        },
        error);
}

} // namespace hinterscope

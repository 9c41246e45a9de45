#pragma once

// The fallback for secret variables when no keyring service runs: one JSON file per user,
// {"<collection id>": {"<environment>": {"<variable>": "value"}}}, mode 0600, written atomically under a lock
// file so the GUI and the CLI can both write it (docs/environments.md). Synchronous: the file is small.
#include <QHash>
#include <QString>
#include <QStringList>

namespace hinterscope {

class SecretFile {
public:
    explicit SecretFile(QString path);

    // <AppDataLocation of the GUI>/secrets.json: the GUI's, even from the CLI, so both see the same values.
    static QString defaultPath();

    const QString& path() const { return path_; }
    // The values of `names` that are stored; the others are added to *missing.
    bool read(const QString& collectionId, const QString& environment, const QStringList& names,
              QHash<QString, QString>* values, QStringList* missing, QString* error) const;
    bool write(const QString& collectionId, const QString& environment, const QHash<QString, QString>& values,
               QString* error);
    bool remove(const QString& collectionId, const QString& environment, const QStringList& names, QString* error);

private:
    QString path_;
};

} // namespace hinterscope

#include "interchange/collection_writer.h"

#include "collections/collection.h"
#include "collections/request_file.h"
#include "interchange/mapping.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

namespace hinterscope {
namespace {

using interchange::Interchange;

// Names unique within one folder (case-insensitively, for case-insensitive file systems), each numbered so
// the folder lists in source order ("01-Login", "02-Users").
class FolderNames {
public:
    explicit FolderNames(qsizetype count)
        : width_(count < 10     ? 1
                 : count < 100  ? 2
                 : count < 1000 ? 3
                                : 4)
        , numbered_(count > 1)
    {}

    QString next(const QString& name, const QString& suffix)
    {
        ++index_;
        const QString prefix = numbered_ ? QStringLiteral("%1-").arg(index_, width_, 10, QLatin1Char('0')) : QString();
        QString base = prefix + safeFileName(name);
        QString candidate = base + suffix;
        for (int n = 2; taken_.contains(candidate.toLower()); ++n)
            candidate = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
        taken_.insert(candidate.toLower());
        return candidate;
    }

private:
    int width_;
    bool numbered_;
    int index_ = 0;
    QSet<QString> taken_;
};

bool writeItems(const QList<ImportedItem>& items, const QDir& folder, QString* error)
{
    FolderNames names(items.size());
    for (const ImportedItem& item : items) {
        if (item.isFolder) {
            const QString name = names.next(item.name, QString());
            if (!folder.mkdir(name)) {
                *error = Interchange::tr("%1: cannot create the folder").arg(folder.filePath(name));
                return false;
            }
            if (!writeItems(item.children, QDir(folder.filePath(name)), error))
                return false;
            continue;
        }
        RequestSpec spec = item.request;
        if (spec.name.isEmpty())
            spec.name = item.name;
        const QString path = folder.filePath(names.next(spec.name, kRequestFileSuffix));
        if (!saveRequestFile(path, spec, error))
            return false;
    }
    return true;
}

} // namespace

QString safeFileName(const QString& name)
{
    QString result;
    for (const QChar c : name.trimmed()) {
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        result += c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c) ? QLatin1Char('-') : c;
    }
    result = result.left(80);
    while (result.endsWith(QLatin1Char('.')) || result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    while (result.startsWith(QLatin1Char('.')))
        result.remove(0, 1);
    static const QStringList reserved{QStringLiteral("con"),  QStringLiteral("prn"),  QStringLiteral("aux"),
                                      QStringLiteral("nul"),  QStringLiteral("com1"), QStringLiteral("com2"),
                                      QStringLiteral("com3"), QStringLiteral("com4"), QStringLiteral("lpt1"),
                                      QStringLiteral("lpt2"), QStringLiteral("lpt3")};
    if (reserved.contains(result.section(QLatin1Char('.'), 0, 0).toLower()))
        result.prepend(QLatin1Char('_'));
    if (result.isEmpty())
        result = QStringLiteral("request");
    return result;
}

bool writeCollectionFolder(const ImportedCollection& collection, const QString& folder, QString* error)
{
    const QFileInfo target(folder);
    if (target.exists() &&
        (!target.isDir() || !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
        *error = Interchange::tr("%1: the folder exists and is not empty; choose a new or empty folder").arg(folder);
        return false;
    }
    QDir parent = target.absoluteDir();
    if (!parent.exists() && !parent.mkpath(QStringLiteral("."))) {
        *error = Interchange::tr("%1: cannot create the folder").arg(parent.path());
        return false;
    }
    const QString stagingName =
        QStringLiteral(".%1.importing-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!parent.mkdir(stagingName)) {
        *error = Interchange::tr("%1: cannot create the folder").arg(parent.filePath(stagingName));
        return false;
    }
    QDir staging(parent.filePath(stagingName));
    const auto abandon = [&staging]() {
        staging.removeRecursively();
        return false;
    };
    // The same collection.json every collection has, with a fresh id so its environments can hold secrets.
    Collection file;
    file.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.name = collection.name;
    file.variables = collection.variables;
    if (!saveFileAtomically(staging.filePath(kCollectionFileName), collectionFileBytes(file), error))
        return abandon();
    if (!writeItems(collection.items, staging, error))
        return abandon();
    if (target.exists() && !parent.rmdir(target.fileName())) {
        *error = Interchange::tr("%1: cannot replace the empty folder").arg(folder);
        return abandon();
    }
    if (!parent.rename(stagingName, target.fileName())) {
        *error = Interchange::tr("%1: cannot move the imported collection into place").arg(folder);
        return abandon();
    }
    return true;
}

} // namespace hinterscope

#include "collections/collection_store.h"

#include "collections/request_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hinterscope {

QStringList StoreSnapshot::requestFiles() const
{
    QStringList files;
    for (const Entry& entry : entries) {
        const QString absolute = entry.relativePath.isEmpty() ? path : path + QLatin1Char('/') + entry.relativePath;
        if (entry.kind == Kind::File && absolute.endsWith(kRequestFileSuffix))
            files.append(absolute);
    }
    return files;
}

namespace collection_store {
namespace {

constexpr int kMaxStemLength = 64;
const QString kFolderSeparator = QStringLiteral(" ");

// Messages in the "hinterscope" translation context, through a class because lupdate only collects tr() calls
// made through a class that declares them.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(hinterscope)
};

bool fail(StoreError* error, const QString& path, const QString& reason)
{
    if (error)
        *error = {path, reason, {}};
    return false;
}

// request_file.h reports "path: reason" (or "path:line:column: reason"); keep the path apart.
StoreError splitError(const QString& path, const QString& message)
{
    if (!message.startsWith(path + QLatin1Char(':')))
        return {path, message, {}};
    const QString rest = message.mid(path.size() + 1);
    static const QRegularExpression location(QStringLiteral("^(\\d+:\\d+): "));
    if (const auto match = location.match(rest); match.hasMatch())
        return {path, rest.mid(match.capturedLength()), match.captured(1)};
    return {path, rest.trimmed(), {}};
}

bool writeFile(const QString& path, const QByteArray& bytes, StoreError* error)
{
    QString message;
    if (saveFileAtomically(path, bytes, &message))
        return true;
    if (error)
        *error = splitError(path, message);
    return false;
}

bool exists(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString clean(const QString& path)
{
    return QDir::cleanPath(path);
}

QString parentOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

QString requestStem(const QString& fileName)
{
    return fileName.endsWith(kRequestFileSuffix) ? fileName.chopped(kRequestFileSuffix.size()) : fileName;
}

bool isRequestFile(const QFileInfo& info)
{
    return info.isFile() && info.fileName().endsWith(kRequestFileSuffix);
}

bool isReservedOnWindows(const QString& name)
{
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

// Where a folder's requests (or sub-folders) are all numbered, the prefix that sorts a new one last:
// "01-" … "21-" gives "22-".
QString nextNumberingPrefix(const QString& folder, bool forFolders)
{
    const auto entries =
        QDir(folder).entryInfoList((forFolders ? QDir::Dirs : QDir::Files) | QDir::NoDotAndDotDot, QDir::Name);
    int highest = -1;
    int width = 0;
    QChar separator;
    for (const QFileInfo& entry : entries) {
        if (!forFolders && !isRequestFile(entry))
            continue;
        const QString prefix = numberingPrefix(forFolders ? entry.fileName() : requestStem(entry.fileName()));
        if (prefix.isEmpty())
            return {};
        const QString digits = prefix.chopped(1);
        highest = std::max(highest, digits.toInt());
        width = std::max(width, int(digits.size()));
        separator = prefix.back();
    }
    if (highest < 0)
        return {};
    return QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0')) + separator;
}

// A path for `source`'s name inside `folder`, made unique there.
QString placeIn(const QString& source, const QString& folder)
{
    const QFileInfo info(source);
    if (isRequestFile(info))
        return uniquePath(folder, requestStem(info.fileName()), kRequestFileSuffix);
    if (info.isDir())
        return uniquePath(folder, info.fileName(), QString(), kFolderSeparator);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + info.completeSuffix();
    return uniquePath(folder, info.baseName(), suffix);
}

bool removeQuietly(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink())
        return QDir(path).removeRecursively();
    return QFile::remove(path);
}

QString entryPath(const StoreSnapshot& snapshot, const StoreSnapshot::Entry& entry)
{
    return entry.relativePath.isEmpty() ? snapshot.path : snapshot.path + QLatin1Char('/') + entry.relativePath;
}

bool restoreEntry(const StoreSnapshot& snapshot, const StoreSnapshot::Entry& entry, StoreError* error)
{
    const QString target = entryPath(snapshot, entry);
    switch (entry.kind) {
    case StoreSnapshot::Kind::Folder:
        return QDir().mkdir(target) || fail(error, target, Texts::tr("could not create the folder"));
    case StoreSnapshot::Kind::Link:
        return QFile::link(entry.linkTarget, target) || fail(error, target, Texts::tr("could not create the link"));
    case StoreSnapshot::Kind::File:
        return writeFile(target, entry.bytes, error);
    }
    return false;
}

// After a delete that stopped half-way: what is gone comes back, what is left stays.
void restoreMissing(const StoreSnapshot& snapshot)
{
    for (const auto& entry : snapshot.entries)
        if (!exists(entryPath(snapshot, entry)))
            restoreEntry(snapshot, entry, nullptr);
}

std::optional<QJsonObject> readRequestObject(const QString& path, StoreError* error)
{
    QString message;
    auto object = readJsonObjectFile(path, &message);
    if (!object && error)
        *error = splitError(path, message);
    return object;
}

QByteArray objectBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QString fileStemForName(const QString& name)
{
    QString stem;
    bool separatorPending = false;
    for (const char32_t codePoint : name.toLower().toUcs4()) {
        if (!QChar::isLetterOrNumber(codePoint)) {
            separatorPending = true;
            continue;
        }
        if (separatorPending && !stem.isEmpty())
            stem += QLatin1Char('-');
        separatorPending = false;
        stem += QString::fromUcs4(&codePoint, 1);
    }
    if (stem.size() > kMaxStemLength) {
        stem.truncate(kMaxStemLength);
        if (stem.back().isHighSurrogate())
            stem.chop(1);
        while (stem.endsWith(QLatin1Char('-')))
            stem.chop(1);
    }
    if (stem.isEmpty())
        stem = QStringLiteral("request");
    if (isReservedOnWindows(stem))
        stem += QStringLiteral("-request");
    return stem;
}

QString folderNameFor(const QString& name)
{
    QString folder;
    for (const QChar c : name.trimmed())
        folder += (c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c)) ? QLatin1Char('-') : c;
    while (folder.endsWith(QLatin1Char('.')) || folder.endsWith(QLatin1Char(' ')))
        folder.chop(1);
    if (folder.isEmpty())
        folder = Texts::tr("New Folder");
    if (isReservedOnWindows(folder))
        folder += QStringLiteral(" folder");
    return folder;
}

QString numberingPrefix(const QString& fileName)
{
    static const QRegularExpression prefix(QStringLiteral("^\\d+[-_. ](?=.)"));
    const auto match = prefix.match(fileName);
    return match.hasMatch() ? match.captured() : QString();
}

QString uniquePath(const QString& folder, const QString& stem, const QString& suffix, const QString& separator,
                   const QString& ignore)
{
    const QDir dir(folder);
    QSet<QString> taken;
    const QString ignored = !ignore.isEmpty() && clean(parentOf(ignore)) == clean(dir.absolutePath())
                                ? QFileInfo(ignore).fileName()
                                : QString();
    for (const QString& entry : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        if (entry != ignored)
            taken.insert(entry.toLower());
    QString candidate = stem + suffix;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = stem + separator + QString::number(n) + suffix;
    return dir.filePath(candidate);
}

std::optional<QString> createRequest(const QString& folder, const RequestSpec& spec, StoreError* error)
{
    if (!QFileInfo(folder).isDir()) {
        fail(error, folder, Texts::tr("no such folder"));
        return std::nullopt;
    }
    RequestSpec named = spec;
    if (named.name.trimmed().isEmpty())
        named.name = Texts::tr("New Request");
    const QString path =
        uniquePath(folder, nextNumberingPrefix(folder, false) + fileStemForName(named.name), kRequestFileSuffix);
    if (!writeFile(path, requestFileBytes(named), error))
        return std::nullopt;
    return path;
}

std::optional<QString> createFolder(const QString& parent, const QString& name, StoreError* error)
{
    if (!QFileInfo(parent).isDir()) {
        fail(error, parent, Texts::tr("no such folder"));
        return std::nullopt;
    }
    const QString path =
        uniquePath(parent, nextNumberingPrefix(parent, true) + folderNameFor(name), QString(), kFolderSeparator);
    if (!QDir().mkdir(path)) {
        fail(error, path, Texts::tr("could not create the folder"));
        return std::nullopt;
    }
    return path;
}

std::optional<QString> renameRequest(const QString& path, const QString& newName, StoreError* error)
{
    auto object = readRequestObject(path, error);
    if (!object)
        return std::nullopt;
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Only the name changes; fields this version reads differently (or not at all) stay as they were.
    object->insert(QStringLiteral("name"), newName);
    const QByteArray bytes = objectBytes(*object);
    const QString stem = requestStem(QFileInfo(path).fileName());
    const QString newPath = uniquePath(parentOf(path), numberingPrefix(stem) + fileStemForName(newName),
                                       kRequestFileSuffix, QStringLiteral("-"), path);
    if (newPath == path)
        return writeFile(path, bytes, error) ? std::optional(path) : std::nullopt;
    if (newPath.compare(path, Qt::CaseInsensitive) == 0) {
        // Only the case differs: on a case-insensitive file system both names are one file.
        if (!writeFile(path, bytes, error))
            return std::nullopt;
        if (!QDir().rename(path, newPath)) {
            writeFile(path, before, nullptr);
            fail(error, path, Texts::tr("could not rename to %1").arg(newPath));
            return std::nullopt;
        }
        return newPath;
    }
    if (!writeFile(newPath, bytes, error))
        return std::nullopt;
    if (!QFile::remove(path)) {
        QFile::remove(newPath);
        fail(error, path, Texts::tr("could not remove the file under its old name"));
        return std::nullopt;
    }
    return newPath;
}

std::optional<QString> renameFolder(const QString& path, const QString& newName, StoreError* error)
{
    if (!QFileInfo(path).isDir()) {
        fail(error, path, Texts::tr("no such folder"));
        return std::nullopt;
    }
    const QString newPath = QDir(parentOf(path)).filePath(folderNameFor(newName));
    if (newPath == clean(path))
        return newPath;
    if (newPath.compare(clean(path), Qt::CaseInsensitive) != 0 && exists(newPath)) {
        fail(error, newPath, Texts::tr("already exists"));
        return std::nullopt;
    }
    if (!relocate(path, newPath, error))
        return std::nullopt;
    return newPath;
}

std::optional<QString> duplicate(const QString& path, StoreError* error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QString newPath = uniquePath(
            info.absolutePath(), folderNameFor(Texts::tr("%1 copy").arg(info.fileName())), QString(), kFolderSeparator);
        auto copy = snapshot(path, error);
        if (!copy)
            return std::nullopt;
        copy->path = newPath;
        return restore(*copy, error) ? std::optional(newPath) : std::nullopt;
    }
    auto object = readRequestObject(path, error);
    if (!object)
        return std::nullopt;
    const QString stem = requestStem(info.fileName());
    const QString name = object->value(QStringLiteral("name")).toString(stem);
    object->insert(QStringLiteral("name"), Texts::tr("%1 copy").arg(name));
    const QString newPath = uniquePath(info.absolutePath(), stem + QStringLiteral("-copy"), kRequestFileSuffix);
    return writeFile(newPath, objectBytes(*object), error) ? std::optional(newPath) : std::nullopt;
}

namespace {

bool checkTarget(const QString& path, const QString& targetFolder, StoreError* error)
{
    if (!exists(path))
        return fail(error, path, Texts::tr("no longer exists"));
    if (!QFileInfo(targetFolder).isDir())
        return fail(error, targetFolder, Texts::tr("no such folder"));
    const QString source = clean(path);
    const QString target = clean(targetFolder);
    if (QFileInfo(path).isDir() && (target == source || target.startsWith(source + QLatin1Char('/'))))
        return fail(error, path, Texts::tr("a folder cannot go into itself"));
    return true;
}

} // namespace

std::optional<QString> move(const QString& path, const QString& targetFolder, StoreError* error)
{
    if (!checkTarget(path, targetFolder, error))
        return std::nullopt;
    if (clean(parentOf(path)) == clean(QFileInfo(targetFolder).absoluteFilePath()))
        return path;
    const QString newPath = placeIn(path, targetFolder);
    return relocate(path, newPath, error) ? std::optional(newPath) : std::nullopt;
}

std::optional<QString> copyInto(const QString& path, const QString& targetFolder, StoreError* error)
{
    if (!checkTarget(path, targetFolder, error))
        return std::nullopt;
    auto copy = snapshot(path, error);
    if (!copy)
        return std::nullopt;
    copy->path = placeIn(path, targetFolder);
    return restore(*copy, error) ? std::optional(copy->path) : std::nullopt;
}

bool relocate(const QString& from, const QString& to, StoreError* error)
{
    if (!exists(from))
        return fail(error, from, Texts::tr("no longer exists"));
    const bool onlyCaseDiffers = from.compare(to, Qt::CaseInsensitive) == 0;
    if (!onlyCaseDiffers && exists(to))
        return fail(error, to, Texts::tr("already exists"));
    if (QDir().rename(from, to))
        return true;
    // Another file system (a collection on another disk): copy, then remove the source. A failure on the way
    // puts everything back where it was.
    auto original = snapshot(from, error);
    if (!original)
        return false;
    StoreSnapshot copy = *original;
    copy.path = to;
    if (!restore(copy, error))
        return false;
    if (!removeQuietly(from)) {
        restoreMissing(*original);
        removeQuietly(to);
        return fail(error, from, Texts::tr("could not move: the source could not be removed"));
    }
    return true;
}

std::optional<StoreSnapshot> snapshot(const QString& path, StoreError* error)
{
    const QFileInfo info(path);
    if (!exists(path)) {
        fail(error, path, Texts::tr("no longer exists"));
        return std::nullopt;
    }
    StoreSnapshot result;
    result.path = clean(path);
    qint64 total = 0;
    const auto capture = [&](const QFileInfo& entry, const QString& relative) {
        StoreSnapshot::Entry captured;
        captured.relativePath = relative;
        if (entry.isSymLink()) {
            captured.kind = StoreSnapshot::Kind::Link;
            captured.linkTarget = entry.symLinkTarget();
        } else if (entry.isDir()) {
            captured.kind = StoreSnapshot::Kind::Folder;
        } else {
            QFile file(entry.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return fail(error, entry.filePath(), file.errorString());
            total += file.size();
            if (total > kMaxSnapshotBytes)
                return fail(
                    error, path,
                    Texts::tr("more than %1 MiB: too large to keep for undo").arg(kMaxSnapshotBytes / (1024 * 1024)));
            captured.bytes = file.readAll();
        }
        result.entries.append(captured);
        return true;
    };
    if (!capture(info, QString()))
        return std::nullopt;
    if (info.isDir() && !info.isSymLink()) {
        QList<QFileInfo> inside;
        QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            inside.append(it.nextFileInfo());
        const QDir root(path);
        // A path sorts before every path it is a prefix of, so folders come before what they hold.
        std::sort(inside.begin(), inside.end(),
                  [](const QFileInfo& a, const QFileInfo& b) { return a.filePath() < b.filePath(); });
        for (const QFileInfo& entry : std::as_const(inside))
            if (!capture(entry, root.relativeFilePath(entry.filePath())))
                return std::nullopt;
    }
    return result;
}

std::optional<StoreSnapshot> remove(const QString& path, StoreError* error)
{
    auto removed = snapshot(path, error);
    if (!removed)
        return std::nullopt;
    if (!removeQuietly(path)) {
        restoreMissing(*removed);
        fail(error, path, Texts::tr("could not delete (nothing was lost)"));
        return std::nullopt;
    }
    return removed;
}

bool restore(const StoreSnapshot& snapshot, StoreError* error)
{
    if (snapshot.entries.isEmpty())
        return fail(error, snapshot.path, Texts::tr("nothing to restore"));
    if (exists(snapshot.path))
        return fail(error, snapshot.path, Texts::tr("already exists"));
    QStringList createdParents;
    for (QString parent = parentOf(snapshot.path); !QFileInfo(parent).exists(); parent = parentOf(parent))
        createdParents.prepend(parent);
    const auto undo = [&] {
        removeQuietly(snapshot.path);
        for (auto it = createdParents.crbegin(); it != createdParents.crend(); ++it)
            QDir().rmdir(*it);
    };
    for (const QString& parent : std::as_const(createdParents)) {
        if (!QDir().mkdir(parent)) {
            undo();
            return fail(error, parent, Texts::tr("could not create the folder"));
        }
    }
    for (const auto& entry : snapshot.entries) {
        if (!restoreEntry(snapshot, entry, error)) {
            undo();
            return false;
        }
    }
    return true;
}

} // namespace collection_store
} // namespace hinterscope

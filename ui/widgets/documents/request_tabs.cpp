#include "widgets/documents/request_tabs.h"

#include "collections/request_file.h"
#include "widgets/composer/composer_widget.h"
#include "widgets/documents/file_stamp.h"
#include "widgets/documents/method_badge.h"
#include "widgets/documents/request_document.h"
#include "widgets/documents/tab_session.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace hinterscope {
namespace {

// Resource paths (":/tour/…") stay as they are; files become absolute and clean, so one file has one spelling.
QString normalizedPath(const QString& path)
{
    if (path.isEmpty() || !RequestDocument::isWritablePath(path))
        return path;
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool isSameOrInside(const QString& path, const QString& fileOrFolder)
{
    return path == fileOrFolder || path.startsWith(fileOrFolder + QLatin1Char('/'));
}

// A file name from a request name: no path separators or characters other systems refuse.
QString fileNameFor(const QString& requestName)
{
    QString name = requestName.trimmed();
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (c.unicode() < 0x20 || refused.contains(c))
            c = QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("request");
    return name + kRequestFileSuffix;
}

constexpr int kCheckDelayMs = 150;

} // namespace

RequestTabs::RequestTabs(ComposerWidget* composer, QWidget* parent)
    : QWidget(parent)
    , composer_(composer)
    , prompts_(DocumentPrompts::dialogs(this))
    , watcher_(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("requestTabs"));

    tabBar_ = new QTabBar(this);
    tabBar_->setObjectName(QStringLiteral("requestTabBar"));
    tabBar_->setDocumentMode(true);
    tabBar_->setMovable(true);
    tabBar_->setTabsClosable(true);
    tabBar_->setExpanding(false);
    tabBar_->setUsesScrollButtons(true);
    tabBar_->setElideMode(Qt::ElideRight);
    tabBar_->setIconSize(kMethodBadgeSize);
    tabBar_->setSelectionBehaviorOnRemove(QTabBar::SelectPreviousTab);
    tabBar_->setContextMenuPolicy(Qt::CustomContextMenu);
    tabBar_->installEventFilter(this);

    const auto makeAction = [this](const QString& text, const char* name, const QList<QKeySequence>& keys) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        addAction(action); // the shortcuts work while the widget is in the window, menus or not
        return action;
    };
    newTabAction_ = makeAction(tr("&New Request Tab"), "newTabAction", {QKeySequence(Qt::CTRL | Qt::Key_T)});
    closeTabAction_ = makeAction(tr("&Close Request Tab"), "closeTabAction",
                                 {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4)});
    nextTabAction_ = makeAction(tr("Ne&xt Request Tab"), "nextTabAction",
                                {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    previousTabAction_ =
        makeAction(tr("&Previous Request Tab"), "previousTabAction",
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    saveAction_ = makeAction(tr("&Save Request"), "saveRequestAction", {QKeySequence(Qt::CTRL | Qt::Key_S)});
    saveAsAction_ =
        makeAction(tr("Save Request &As…"), "saveRequestAsAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(newTabAction_, &QAction::triggered, this, &RequestTabs::newTab);
    connect(closeTabAction_, &QAction::triggered, this, &RequestTabs::closeCurrentTab);
    connect(nextTabAction_, &QAction::triggered, this, &RequestTabs::nextTab);
    connect(previousTabAction_, &QAction::triggered, this, &RequestTabs::previousTab);
    connect(saveAction_, &QAction::triggered, this, &RequestTabs::save);
    connect(saveAsAction_, &QAction::triggered, this, &RequestTabs::saveAs);

    auto* newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newTabButton"));
    newButton->setAutoRaise(true);
    newButton->setText(QStringLiteral("+"));
    newButton->setToolTip(tr("New request tab (%1)").arg(newTabAction_->shortcut().toString(QKeySequence::NativeText)));
    connect(newButton, &QToolButton::clicked, this, &RequestTabs::newTab);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(0);
    bar->addWidget(tabBar_);
    bar->addWidget(newButton);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(composer_, 1);

    checkDelay_.setSingleShot(true);
    checkDelay_.setInterval(kCheckDelayMs);
    connect(&checkDelay_, &QTimer::timeout, this, &RequestTabs::checkPendingFiles);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &RequestTabs::scheduleCheck);
    // A file replaced by rename or deleted and written again may lose its watch; its folder still reports it.
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, [this](const QString& folder) {
        for (const auto& document : documents_) {
            if (document->hasFile() && QFileInfo(document->filePath()).absolutePath() == folder)
                scheduleCheck(document->filePath());
        }
    });

    connect(tabBar_, &QTabBar::currentChanged, this, &RequestTabs::onCurrentChanged);
    connect(tabBar_, &QTabBar::tabCloseRequested, this, [this](int index) { closeTab(index); });
    connect(tabBar_, &QTabBar::customContextMenuRequested, this, &RequestTabs::showContextMenu);
    connect(composer_, &ComposerWidget::specEdited, this, &RequestTabs::onComposerEdited);

    newTab();
}

RequestTabs::~RequestTabs()
{
    // The tab bar may still report a current change while it is torn down; nothing may reach the documents.
    disconnect(tabBar_, nullptr, this, nullptr);
    disconnect(composer_, nullptr, this, nullptr);
    disconnect(watcher_, nullptr, this, nullptr);
    shown_ = nullptr;
}

void RequestTabs::setPrompts(DocumentPrompts prompts)
{
    prompts_ = std::move(prompts);
}

void RequestTabs::setDefaultSaveFolder(const QString& folder)
{
    defaultSaveFolder_ = folder;
}

int RequestTabs::count() const
{
    return tabBar_->count();
}

int RequestTabs::currentIndex() const
{
    return tabBar_->currentIndex();
}

RequestDocument* RequestTabs::document(int index) const
{
    if (index < 0 || index >= tabBar_->count())
        return nullptr;
    return reinterpret_cast<RequestDocument*>(tabBar_->tabData(index).value<quintptr>());
}

RequestDocument* RequestTabs::currentDocument() const
{
    return document(currentIndex());
}

int RequestTabs::indexOf(const RequestDocument* document) const
{
    for (int index = 0; index < tabBar_->count(); ++index) {
        if (this->document(index) == document)
            return index;
    }
    return -1;
}

int RequestTabs::indexOfFile(const QString& path) const
{
    const QString wanted = normalizedPath(path);
    if (wanted.isEmpty())
        return -1;
    const QFileInfo wantedInfo(wanted);
    for (int index = 0; index < tabBar_->count(); ++index) {
        const QString source = document(index)->sourcePath();
        if (source == wanted)
            return index;
        // The same file reached through a symbolic link.
        if (RequestDocument::isWritablePath(source) && wantedInfo.exists() &&
            QFileInfo(source).canonicalFilePath() == wantedInfo.canonicalFilePath())
            return index;
    }
    return -1;
}

bool RequestTabs::isBlank(const RequestDocument& document) const
{
    return document.sourcePath().isEmpty() && !document.isDirty() && document.spec() == RequestSpec{};
}

int RequestTabs::addDocument(std::unique_ptr<RequestDocument> document, int at)
{
    RequestDocument* added = document.get();
    documents_.push_back(std::move(document));
    const int index = tabBar_->insertTab(at < 0 ? tabBar_->count() : at, QString());
    tabBar_->setTabData(index, QVariant::fromValue(reinterpret_cast<quintptr>(added)));
    refreshTab(index);
    if (added->hasFile())
        watch(added->filePath());
    // The first tab becomes current while it is inserted, before its data was set.
    if (tabBar_->currentIndex() == index && shown_ != added)
        showDocument(index);
    return index;
}

void RequestTabs::removeTab(int index)
{
    RequestDocument* removed = document(index);
    if (!removed)
        return;
    if (removed == shown_)
        shown_ = nullptr; // the next current tab must not receive the composer's request
    tabBar_->removeTab(index);
    std::erase_if(documents_, [removed](const auto& document) { return document.get() == removed; });
    unwatchUnused();
}

void RequestTabs::onCurrentChanged(int index)
{
    if (document(index) == shown_)
        return;
    syncCurrentFromComposer();
    showDocument(index);
}

void RequestTabs::showDocument(int index)
{
    shown_ = document(index);
    if (!shown_)
        return;
    composer_->setSpec(shown_->spec());
    if (!shown_->hasEdits())
        shown_->setSavedSpecAsShown(composer_->spec());
    emit currentFileChanged(shown_->filePath());
}

void RequestTabs::syncCurrentFromComposer()
{
    if (!shown_)
        return;
    const RequestSpec spec = composer_->spec();
    if (spec == shown_->spec())
        return;
    shown_->setSpec(spec);
    refreshTab(indexOf(shown_));
}

void RequestTabs::onComposerEdited()
{
    syncCurrentFromComposer();
}

void RequestTabs::refreshTab(int index)
{
    const RequestDocument* shownDocument = document(index);
    if (!shownDocument)
        return;
    const RequestDocument& doc = *shownDocument;
    QString text = doc.displayName();
    text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
    if (doc.isMissingOnDisk())
        text = tr("%1 (deleted)").arg(text);
    if (doc.isDirty())
        text = QStringLiteral("• ") + text;

    QStringList tip;
    tip << QStringLiteral("%1 %2").arg(doc.spec().method, doc.spec().url).trimmed();
    if (doc.hasFile())
        tip << doc.filePath();
    else if (!doc.sourcePath().isEmpty())
        tip << tr("A copy of %1 (read-only): saving asks where to put it").arg(doc.sourcePath());
    else
        tip << tr("Not saved to a file yet");
    if (doc.isMissingOnDisk())
        tip << tr("Deleted on disk: saving creates the file again");
    if (doc.hasEdits())
        tip << tr("Unsaved changes");
    const QString toolTip = tip.join(QLatin1Char('\n'));

    // Called at every keystroke: only touch what changed, each change relayouts the bar.
    if (tabBar_->tabText(index) != text)
        tabBar_->setTabText(index, text);
    if (tabBar_->tabToolTip(index) != toolTip)
        tabBar_->setTabToolTip(index, toolTip);
    const QIcon badge = methodBadge(doc.spec().method);
    if (tabBar_->tabIcon(index).cacheKey() != badge.cacheKey())
        tabBar_->setTabIcon(index, badge);
    const QColor colour = doc.isMissingOnDisk() ? QColor(0xc0, 0x39, 0x2b) : QColor();
    if (tabBar_->tabTextColor(index) != colour)
        tabBar_->setTabTextColor(index, colour);
}

void RequestTabs::openRequest(const RequestSpec& spec, const QString& filePath)
{
    syncCurrentFromComposer();
    const QString origin = normalizedPath(filePath);
    if (const int open = indexOfFile(origin); open >= 0) {
        tabBar_->setCurrentIndex(open);
        return;
    }

    std::unique_ptr<RequestDocument> document;
    if (RequestDocument::isWritablePath(origin)) {
        // The file as it is now: the caller's copy may be older than the file.
        const FileStamp stamp = FileStamp::of(origin);
        QString error;
        const auto fromDisk = stamp.exists ? readRequestFile(origin, &error) : std::nullopt;
        document = std::make_unique<RequestDocument>(fromDisk ? *fromDisk : spec, origin, stamp);
        if (!stamp.exists) {
            document->setMissingOnDisk(true);
            emit message(tr("%1 is not on disk; saving creates it.").arg(origin));
        } else if (!fromDisk) {
            emit message(error);
        }
    } else {
        document = std::make_unique<RequestDocument>(spec, origin);
    }

    const int blank = currentDocument() && isBlank(*currentDocument()) ? currentIndex() : -1;
    const int index = addDocument(std::move(document), blank < 0 ? -1 : blank + 1);
    tabBar_->setCurrentIndex(index);
    if (blank >= 0)
        removeTab(blank);
}

void RequestTabs::newTab()
{
    const int index = addDocument(std::make_unique<RequestDocument>(RequestSpec{}, QString()));
    tabBar_->setCurrentIndex(index);
    composer_->focusUrl();
}

void RequestTabs::beginPrompt()
{
    ++asking_;
}

void RequestTabs::endPrompt()
{
    --asking_;
    if (asking_ == 0 && !pendingChecks_.isEmpty())
        checkDelay_.start();
}

bool RequestTabs::closeTab(int index)
{
    RequestDocument* closing = document(index);
    if (!closing)
        return false;
    syncCurrentFromComposer();
    if (closing->isDirty()) {
        tabBar_->setCurrentIndex(index);
        beginPrompt();
        const auto answer = prompts_.saveBeforeClose(*closing);
        endPrompt();
        if (answer == DocumentPrompts::CloseAnswer::Cancel)
            return false;
        if (answer == DocumentPrompts::CloseAnswer::Save && !saveDocument(*closing))
            return false;
    }
    removeTab(indexOf(closing));
    if (count() == 0)
        newTab();
    return true;
}

bool RequestTabs::closeCurrentTab()
{
    return closeTab(currentIndex());
}

void RequestTabs::nextTab()
{
    if (count() > 1)
        tabBar_->setCurrentIndex((currentIndex() + 1) % count());
}

void RequestTabs::previousTab()
{
    if (count() > 1)
        tabBar_->setCurrentIndex((currentIndex() + count() - 1) % count());
}

bool RequestTabs::save()
{
    syncCurrentFromComposer();
    RequestDocument* current = currentDocument();
    return current && saveDocument(*current);
}

bool RequestTabs::saveAs()
{
    syncCurrentFromComposer();
    RequestDocument* current = currentDocument();
    return current && saveDocumentAs(*current);
}

bool RequestTabs::saveDocument(RequestDocument& document)
{
    if (!document.hasFile())
        return saveDocumentAs(document);
    return writeDocument(document, document.filePath());
}

QString RequestTabs::suggestedPath(const RequestDocument& document) const
{
    QString folder = defaultSaveFolder_;
    if (document.hasFile())
        folder = QFileInfo(document.filePath()).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = fileNameFor(document.spec().name);
    if (document.hasFile() || document.sourcePath().endsWith(kRequestFileSuffix))
        name = QFileInfo(document.sourcePath()).fileName();
    return QDir(folder).filePath(name);
}

bool RequestTabs::saveDocumentAs(RequestDocument& document)
{
    if (indexOf(&document) != currentIndex())
        tabBar_->setCurrentIndex(indexOf(&document));
    beginPrompt();
    const QString chosen = prompts_.savePath(suggestedPath(document));
    endPrompt();
    if (chosen.isEmpty() || indexOf(&document) < 0)
        return false;
    QString path = normalizedPath(chosen);
    if (QFileInfo(path).suffix().isEmpty()) {
        // The collection reads only *.request.json; the dialog asked about overwriting the name as typed.
        path += kRequestFileSuffix;
        if (QFileInfo::exists(path) && path != document.filePath()) {
            beginPrompt();
            prompts_.showError(tr("Could not save the request: %1 already exists.").arg(path));
            endPrompt();
            return false;
        }
    }
    RequestDocument* other = nullptr;
    if (const int open = indexOfFile(path); open >= 0 && this->document(open) != &document)
        other = this->document(open);
    if (other && other->isDirty()) {
        beginPrompt();
        prompts_.showError(
            tr("Could not save the request: %1 is open in another tab with unsaved changes. Save or close that "
               "tab first.")
                .arg(path));
        endPrompt();
        return false;
    }
    if (!writeDocument(document, path))
        return false;
    if (other)
        removeTab(indexOf(other)); // it showed what this save just replaced
    unwatchUnused();
    return true;
}

bool RequestTabs::writeDocument(RequestDocument& document, const QString& path)
{
    const RequestSpec spec = document.spec();
    QString error;
    // A deleted file may have taken its folder along (a git checkout, the tree): put it back.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder))
        error = tr("%1: cannot create the folder %2").arg(path, folder);
    if (!error.isEmpty() || !saveRequestFile(path, spec, &error)) {
        beginPrompt();
        prompts_.showError(tr("Could not save the request. It is still open with its changes.\n\n%1").arg(error));
        endPrompt();
        return false;
    }
    const bool moved = path != document.filePath();
    document.markSaved(path, spec, FileStamp::of(path));
    if (&document == shown_)
        document.setSavedSpecAsShown(composer_->spec());
    watch(path);
    refreshTab(indexOf(&document));
    emit requestSaved(path);
    emit message(tr("Saved %1").arg(path));
    if (moved && &document == shown_)
        emit currentFileChanged(path);
    return true;
}

void RequestTabs::watch(const QString& path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QStringList files = watcher_->files();
    if (info.exists() && !files.contains(path))
        watcher_->addPath(path);
    const QString folder = info.absolutePath();
    if (QFileInfo::exists(folder) && !watcher_->directories().contains(folder))
        watcher_->addPath(folder);
}

void RequestTabs::unwatchUnused()
{
    QSet<QString> wanted;
    for (const auto& document : documents_) {
        if (document->hasFile()) {
            wanted.insert(document->filePath());
            wanted.insert(QFileInfo(document->filePath()).absolutePath());
        }
    }
    QStringList unused;
    const QStringList watched = watcher_->files() + watcher_->directories();
    for (const QString& path : watched) {
        if (!wanted.contains(path))
            unused << path;
    }
    if (!unused.isEmpty())
        watcher_->removePaths(unused);
}

void RequestTabs::scheduleCheck(const QString& path)
{
    pendingChecks_.insert(path);
    checkDelay_.start();
}

void RequestTabs::checkPendingFiles()
{
    if (asking_ > 0)
        return; // endPrompt() starts the delay again
    syncCurrentFromComposer();
    const QSet<QString> paths = std::exchange(pendingChecks_, {});
    std::vector<RequestDocument*> affected;
    for (const auto& document : documents_) {
        if (document->hasFile() && paths.contains(document->filePath()))
            affected.push_back(document.get());
    }
    for (RequestDocument* document : affected) {
        if (indexOf(document) >= 0) // a prompt for an earlier one may have closed it
            checkFile(*document);
    }
}

void RequestTabs::checkFile(RequestDocument& document)
{
    const QString path = document.filePath();
    const FileStamp stamp = FileStamp::of(path);
    if (!stamp.exists) {
        if (!document.isMissingOnDisk()) {
            document.setMissingOnDisk(true);
            refreshTab(indexOf(&document));
            emit message(tr("%1 was deleted on disk; saving creates it again.").arg(path));
        }
        return;
    }
    watch(path);
    if (stamp.sameContentAs(document.diskStamp())) {
        if (document.isMissingOnDisk()) { // back as it was (a checkout that deleted and wrote it again)
            document.setMissingOnDisk(false);
            refreshTab(indexOf(&document));
        }
        return;
    }

    QString error;
    const auto fromDisk = readRequestFile(path, &error);
    if (!fromDisk) {
        // Keep what the tab shows (nothing is lost either way); say why it was not reloaded.
        document.setDiskStamp(stamp);
        document.setMissingOnDisk(false);
        refreshTab(indexOf(&document));
        emit message(tr("%1 changed on disk but cannot be read, so the tab keeps its request: %2").arg(path, error));
        return;
    }
    if (*fromDisk == document.savedSpec()) { // rewritten with the same request (formatting, a touch)
        document.setDiskStamp(stamp);
        document.setMissingOnDisk(false);
        refreshTab(indexOf(&document));
        return;
    }
    if (!document.hasEdits()) {
        reloadDocument(document, *fromDisk, stamp);
        emit message(tr("Reloaded %1: it changed on disk.").arg(path));
        return;
    }

    tabBar_->setCurrentIndex(indexOf(&document));
    beginPrompt();
    const auto answer = prompts_.reloadChangedFile(document);
    endPrompt();
    if (indexOf(&document) < 0)
        return;
    if (answer == DocumentPrompts::ReloadAnswer::Reload) {
        reloadDocument(document, *fromDisk, stamp);
        emit message(tr("Reloaded %1 from disk.").arg(path));
    } else {
        document.keepEditsOver(*fromDisk, stamp);
        refreshTab(indexOf(&document));
    }
}

void RequestTabs::reloadDocument(RequestDocument& document, const RequestSpec& spec, const FileStamp& stamp)
{
    document.reload(spec, stamp);
    if (&document == shown_) {
        composer_->setSpec(spec);
        document.setSavedSpecAsShown(composer_->spec());
    }
    refreshTab(indexOf(&document));
}

void RequestTabs::fileMoved(const QString& oldPath, const QString& newPath)
{
    const QString from = normalizedPath(oldPath);
    const QString to = normalizedPath(newPath);
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    // The moved paths name the same inodes as the new ones, and inotify has one watch per inode: dropping the
    // old paths after adding the new would drop the new watches too.
    QStringList stale;
    const QStringList watched = watcher_->files() + watcher_->directories();
    for (const QString& path : watched) {
        if (isSameOrInside(path, from))
            stale << path;
    }
    if (!stale.isEmpty())
        watcher_->removePaths(stale);
    for (const auto& document : documents_) {
        if (!document->hasFile() || !isSameOrInside(document->filePath(), from))
            continue;
        const QString moved = to + document->filePath().mid(from.size());
        document->setFilePath(moved);
        const FileStamp stamp = FileStamp::of(moved);
        document->setMissingOnDisk(!stamp.exists);
        if (stamp.exists)
            document->setDiskStamp(stamp);
        watch(moved);
        refreshTab(indexOf(document.get()));
        if (document.get() == shown_)
            emit currentFileChanged(moved);
    }
    unwatchUnused();
}

void RequestTabs::fileRemoved(const QString& path)
{
    const QString removed = normalizedPath(path);
    if (removed.isEmpty())
        return;
    syncCurrentFromComposer();
    std::vector<RequestDocument*> clean;
    for (const auto& document : documents_) {
        if (!document->hasFile() || !isSameOrInside(document->filePath(), removed))
            continue;
        if (document->hasEdits()) {
            document->setMissingOnDisk(true);
            refreshTab(indexOf(document.get()));
        } else {
            clean.push_back(document.get());
        }
    }
    for (RequestDocument* document : clean)
        removeTab(indexOf(document));
    if (count() == 0)
        newTab();
}

bool RequestTabs::maybeCloseAll()
{
    syncCurrentFromComposer();
    std::vector<RequestDocument*> asked;
    for (int index = 0; index < count(); ++index) {
        if (document(index)->hasFile() && document(index)->isDirty())
            asked.push_back(document(index));
    }
    std::vector<RequestDocument*> discarded;
    for (RequestDocument* document : asked) {
        if (indexOf(document) < 0)
            continue;
        tabBar_->setCurrentIndex(indexOf(document));
        beginPrompt();
        const auto answer = prompts_.saveBeforeClose(*document);
        endPrompt();
        if (answer == DocumentPrompts::CloseAnswer::Cancel)
            return false;
        if (answer == DocumentPrompts::CloseAnswer::Save && !saveDocument(*document))
            return false;
        if (answer == DocumentPrompts::CloseAnswer::Discard)
            discarded.push_back(document);
    }
    // Only once every answer is in: a Cancel after a Discard must leave the edits alone.
    for (RequestDocument* document : discarded) {
        if (indexOf(document) >= 0)
            reloadDocument(*document, document->savedSpec(), document->diskStamp());
    }
    return true;
}

void RequestTabs::saveSession(QSettings& settings) const
{
    TabSession session;
    for (int index = 0; index < count(); ++index) {
        const RequestDocument& doc = *document(index);
        if (isBlank(doc))
            continue;
        if (index == currentIndex())
            session.current = int(session.tabs.size());
        TabSession::Tab tab;
        if (doc.hasFile()) {
            tab.filePath = doc.filePath();
            if (doc.isDirty())
                tab.spec = doc.spec();
        } else {
            tab.sourcePath = doc.sourcePath();
            tab.spec = doc.spec();
            if (doc.savedSpec() != doc.spec())
                tab.savedSpec = doc.savedSpec();
        }
        session.tabs.append(tab);
    }
    settings.setValue(kSessionKey, QString::fromUtf8(session.toJson()));
}

void RequestTabs::saveSession() const
{
    QSettings settings;
    saveSession(settings);
}

int RequestTabs::restoreSession(QSettings& settings)
{
    const TabSession session = TabSession::fromJson(settings.value(kSessionKey).toString().toUtf8());
    syncCurrentFromComposer();
    std::vector<RequestDocument*> blanks;
    for (const auto& document : documents_) {
        if (isBlank(*document))
            blanks.push_back(document.get());
    }

    int opened = 0;
    RequestDocument* current = nullptr;
    for (qsizetype position = 0; position < session.tabs.size(); ++position) {
        const TabSession::Tab& tab = session.tabs.at(position);
        std::unique_ptr<RequestDocument> document;
        if (!tab.filePath.isEmpty()) {
            if (indexOfFile(tab.filePath) >= 0)
                continue;
            const FileStamp stamp = FileStamp::of(tab.filePath);
            if (stamp.exists) {
                QString error;
                const auto fromDisk = readRequestFile(tab.filePath, &error);
                if (!fromDisk) {
                    emit message(error);
                    continue;
                }
                document = std::make_unique<RequestDocument>(*fromDisk, tab.filePath, stamp);
                if (tab.spec)
                    document->setSpec(*tab.spec);
            } else if (tab.spec) { // gone, but the tab had edits: keep them, marked deleted
                document = std::make_unique<RequestDocument>(*tab.spec, tab.filePath);
                document->setMissingOnDisk(true);
            } else {
                emit message(tr("%1 is no longer there; its tab was not reopened.").arg(tab.filePath));
                continue;
            }
        } else {
            document = std::make_unique<RequestDocument>(tab.savedSpec.value_or(*tab.spec), tab.sourcePath);
            document->setSpec(*tab.spec);
        }
        RequestDocument* added = document.get();
        addDocument(std::move(document));
        if (position == session.current || !current)
            current = added;
        ++opened;
    }
    if (opened == 0)
        return 0;
    tabBar_->setCurrentIndex(indexOf(current));
    for (RequestDocument* blank : blanks)
        removeTab(indexOf(blank));
    if (currentDocument() != shown_)
        showDocument(currentIndex());
    return opened;
}

int RequestTabs::restoreSession()
{
    QSettings settings;
    return restoreSession(settings);
}

void RequestTabs::showContextMenu(const QPoint& position)
{
    const int index = tabBar_->tabAt(position);
    RequestDocument* clicked = document(index);
    if (!clicked)
        return;
    QMenu menu(this);
    menu.addAction(tr("Close Tab"), this, [this, clicked] { closeTab(indexOf(clicked)); });
    menu.addAction(tr("Close Other Tabs"), this, [this, clicked] {
        for (int other = count() - 1; other >= 0; --other) {
            if (document(other) != clicked && !closeTab(other))
                return;
        }
    });
    menu.addSeparator();
    auto* copyPath = menu.addAction(tr("Copy File Path"), this, [clicked] {
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(clicked->filePath()));
    });
    copyPath->setEnabled(clicked->hasFile());
    menu.exec(tabBar_->mapToGlobal(position));
}

bool RequestTabs::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == tabBar_ && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::MiddleButton) {
            if (const int index = tabBar_->tabAt(mouse->position().toPoint()); index >= 0) {
                closeTab(index);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hinterscope

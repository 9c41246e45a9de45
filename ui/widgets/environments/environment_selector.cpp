#include "widgets/environments/environment_selector.h"

#include "collections/active_environment.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace hinterscope {
namespace {

constexpr int kRootRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

EnvironmentSelector::EnvironmentSelector(QWidget* parent)
    : QWidget(parent)
    , combo_(new QComboBox(this))
    , manage_(new QToolButton(this))
{
    setObjectName(QStringLiteral("environmentSelector"));
    combo_->setObjectName(QStringLiteral("environmentCombo"));
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo_->setToolTip(tr("The environment whose variables requests are sent with"));
    manage_->setObjectName(QStringLiteral("manageEnvironmentsButton"));
    manage_->setText(tr("Environments…"));
    manage_->setToolTip(tr("Create, rename and edit environments and their secret variables"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(combo_);
    layout->addWidget(manage_);
    connect(combo_, &QComboBox::currentIndexChanged, this, &EnvironmentSelector::onIndexChanged);
    connect(manage_, &QToolButton::clicked, this, [this] {
        QString root = currentRoot_;
        if (root.isEmpty() && !sources_.isEmpty())
            root = sources_.front().rootPath;
        if (!root.isEmpty())
            emit manageRequested(root);
    });
    rebuild({}, {});
}

void EnvironmentSelector::setActiveEnvironment(ActiveEnvironment* active)
{
    active_ = active;
}

void EnvironmentSelector::setCollection(const Collection& collection)
{
    Source source{collection.rootPath, collection.name, collection.id, collection.environments};
    const auto existing = std::find_if(sources_.begin(), sources_.end(),
                                       [&](const Source& known) { return known.rootPath == collection.rootPath; });
    if (existing != sources_.end())
        *existing = source;
    else
        sources_.append(source);
    rebuild(currentRoot_, currentName_);
    refreshActive(collection.rootPath);
}

void EnvironmentSelector::removeCollection(const QString& rootPath)
{
    sources_.removeIf([&](const Source& source) { return source.rootPath == rootPath; });
    rebuild(currentRoot_, currentName_);
}

void EnvironmentSelector::reloadCollection(const QString& rootPath)
{
    for (Source& source : sources_) {
        if (source.rootPath != rootPath)
            continue;
        // collection.json too: the editor may just have given the collection its id.
        const Collection fresh = loadCollection(rootPath);
        source.id = fresh.id;
        source.environments = fresh.environments;
    }
    rebuild(currentRoot_, currentName_);
    refreshActive(rootPath);
}

void EnvironmentSelector::refreshActive(const QString& rootPath)
{
    if (!active_ || currentRoot_ != rootPath || currentName_.isEmpty())
        return;
    const Source* source = nullptr;
    if (const Environment* environment = find(currentRoot_, currentName_, &source))
        active_->activate(source->rootPath, source->id, *environment); // new values; secrets are read again
}

QString EnvironmentSelector::activeCollectionRoot() const
{
    return currentRoot_;
}

QString EnvironmentSelector::activeEnvironmentName() const
{
    return currentName_;
}

bool EnvironmentSelector::selectEnvironment(const QString& collectionRoot, const QString& environmentName)
{
    for (int i = 0; i < combo_->count(); ++i) {
        if (combo_->itemData(i, kNameRole).toString() == environmentName &&
            (environmentName.isEmpty() || combo_->itemData(i, kRootRole).toString() == collectionRoot)) {
            combo_->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

const Environment* EnvironmentSelector::find(const QString& rootPath, const QString& name, const Source** found) const
{
    for (const Source& source : sources_) {
        if (source.rootPath != rootPath)
            continue;
        for (const Environment& environment : source.environments) {
            if (environment.name == name) {
                if (found != nullptr)
                    *found = &source;
                return &environment;
            }
        }
    }
    return nullptr;
}

void EnvironmentSelector::rebuild(const QString& keepRoot, const QString& keepName)
{
    rebuilding_ = true;
    combo_->clear();
    combo_->addItem(tr("No environment"));
    combo_->setItemData(0, QString(), kRootRole);
    combo_->setItemData(0, QString(), kNameRole);
    int keep = 0;
    for (const Source& source : std::as_const(sources_)) {
        for (const Environment& environment : source.environments) {
            const QString text =
                sources_.size() > 1 ? tr("%1 › %2").arg(source.name, environment.name) : environment.name;
            combo_->addItem(text);
            const int row = combo_->count() - 1;
            combo_->setItemData(row, source.rootPath, kRootRole);
            combo_->setItemData(row, environment.name, kNameRole);
            combo_->setItemData(row, environmentFilePath(source.rootPath, environment.name), Qt::ToolTipRole);
            if (source.rootPath == keepRoot && environment.name == keepName)
                keep = row;
        }
    }
    combo_->setCurrentIndex(keep);
    manage_->setEnabled(!sources_.isEmpty());
    rebuilding_ = false;
    onIndexChanged(); // emits only when the choice really changed (its environment went away)
}

void EnvironmentSelector::onIndexChanged()
{
    if (rebuilding_)
        return;
    const QString root = combo_->currentData(kRootRole).toString();
    const QString name = combo_->currentData(kNameRole).toString();
    if (root == currentRoot_ && name == currentName_)
        return;
    currentRoot_ = root;
    currentName_ = name;
    if (active_) {
        const Source* source = nullptr;
        if (const Environment* environment = find(root, name, &source))
            active_->activate(source->rootPath, source->id, *environment);
        else
            active_->clear();
    }
    emit activeEnvironmentChanged(currentRoot_, currentName_);
}

} // namespace hinterscope

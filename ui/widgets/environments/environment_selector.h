#pragma once

// The toolbar's environment picker: "No environment", then the environments of every open collection
// ("API › staging" when several collections are open), and a button that asks for the editor. Choosing one
// emits activeEnvironmentChanged and, when an ActiveEnvironment is attached, activates it there (its secrets
// are then read asynchronously), so sending a request only has to call ActiveEnvironment::resolve().
#include "collections/collection.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace hinterscope {

class ActiveEnvironment;

class EnvironmentSelector : public QWidget {
    Q_OBJECT
public:
    explicit EnvironmentSelector(QWidget* parent = nullptr);

    // Keeps `active` in step with the choice (activate / clear / reload after an edit).
    void setActiveEnvironment(ActiveEnvironment* active);

    // Adds the collection's environments, or replaces them when its root is known already (after an edit or
    // a reload from disk). The choice survives when its environment still exists.
    void setCollection(const Collection& collection);
    void removeCollection(const QString& rootPath);
    // Re-reads a collection's environments from disk (the editor saved).
    void reloadCollection(const QString& rootPath);

    QString activeCollectionRoot() const;
    QString activeEnvironmentName() const;
    // False when there is no such environment; an empty name chooses "No environment".
    bool selectEnvironment(const QString& collectionRoot, const QString& environmentName);

signals:
    void activeEnvironmentChanged(const QString& collectionRoot, const QString& environmentName);
    // The "Manage environments…" button: for the collection of the active environment, or the first one.
    void manageRequested(const QString& collectionRoot);

private:
    struct Source {
        QString rootPath;
        QString name;
        QString id;
        QList<Environment> environments;
    };
    void rebuild(const QString& keepRoot, const QString& keepName);
    void onIndexChanged();
    void refreshActive(const QString& rootPath);
    const Environment* find(const QString& rootPath, const QString& name, const Source** source = nullptr) const;

    QComboBox* combo_ = nullptr;
    QToolButton* manage_ = nullptr;
    QList<Source> sources_;
    QPointer<ActiveEnvironment> active_;
    QString currentRoot_;
    QString currentName_;
    bool rebuilding_ = false;
};

} // namespace hinterscope

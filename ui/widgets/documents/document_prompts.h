#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace hinterscope {

class RequestDocument;

// Every question RequestTabs asks the user, as replaceable functions: the application shows dialogs, tests
// answer directly (no modal loop to drive).
struct DocumentPrompts {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrompts)

public:
    enum class CloseAnswer { Save, Discard, Cancel };
    enum class ReloadAnswer { Reload, KeepMine };

    // A dirty document is about to close.
    std::function<CloseAnswer(const RequestDocument&)> saveBeforeClose;
    // The file of a document with edits changed on disk.
    std::function<ReloadAnswer(const RequestDocument&)> reloadChangedFile;
    // Where to save; `suggested` is a full path. Empty: cancelled.
    std::function<QString(const QString& suggested)> savePath;
    // A save failed; `message` names the file and the reason.
    std::function<void(const QString& message)> showError;

    // Message boxes and a file dialog parented to `parent`.
    static DocumentPrompts dialogs(QWidget* parent);
};

} // namespace hinterscope

#include "widgets/documents/document_prompts.h"

#include "widgets/documents/request_document.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace hinterscope {
namespace {

QString describe(const RequestDocument& document)
{
    return document.hasFile() ? QStringLiteral("“%1” (%2)").arg(document.displayName(), document.filePath())
                              : QStringLiteral("“%1”").arg(document.displayName());
}

} // namespace

DocumentPrompts DocumentPrompts::dialogs(QWidget* parent)
{
    const QPointer<QWidget> owner(parent);
    DocumentPrompts prompts;
    prompts.saveBeforeClose = [owner](const RequestDocument& document) {
        const QString text = document.isMissingOnDisk() && !document.hasEdits()
                                 ? tr("The file of %1 was deleted on disk. Save it again before closing?")
                                 : tr("%1 has unsaved changes. Save them before closing?");
        const auto answer =
            QMessageBox::question(owner, tr("Unsaved Changes"), text.arg(describe(document)),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return CloseAnswer::Save;
        return answer == QMessageBox::Discard ? CloseAnswer::Discard : CloseAnswer::Cancel;
    };
    prompts.reloadChangedFile = [owner](const RequestDocument& document) {
        QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                        tr("%1 was changed on disk, and you have unsaved changes in it.").arg(describe(document)),
                        QMessageBox::NoButton, owner);
        box.setInformativeText(tr("Keeping yours leaves the request unsaved; saving it then overwrites the file."));
        auto* reload = box.addButton(tr("Reload (lose my edits)"), QMessageBox::DestructiveRole);
        auto* keep = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == reload ? ReloadAnswer::Reload : ReloadAnswer::KeepMine;
    };
    prompts.savePath = [owner](const QString& suggested) {
        return QFileDialog::getSaveFileName(owner, tr("Save Request As"), suggested, tr("Requests (*.request.json)"));
    };
    prompts.showError = [owner](const QString& message) { QMessageBox::warning(owner, tr("Save Request"), message); };
    return prompts;
}

} // namespace hinterscope

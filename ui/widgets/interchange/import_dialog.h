#pragma once

#include "interchange/import_format.h"
#include "interchange/imported_collection.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace hinterscope {

class ImportReportView;

// What one parse produced and which importer produced it.
struct ImportPreview {
    ImportFormat format = ImportFormat::Auto;
    ImportResult result;
};

// Imports a Postman collection, HAR file, curl command or .http file as a new collection folder: the
// source is a file or pasted text, the format is detected or chosen, a preview shows the requests and the
// report of what cannot be carried over, and Import writes the folder. Parsing, reading and writing run off
// the GUI thread.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);

    // The folder new collections go into; the target becomes <folder>/<collection name> until the user
    // picks a target of their own.
    void setCollectionsFolder(const QString& folder);
    void setSourceText(const QString& text);
    void setSourceFile(const QString& path);
    void setFormat(ImportFormat format);
    void setTargetFolder(const QString& folder);

    // The last successful parse; nothing while parsing or after an error.
    const std::optional<ImportedCollection>& preview() const { return preview_; }
    QString targetFolder() const;

signals:
    // The collection was written to `folder`; open it with loadCollection(folder).
    void collectionImported(const QString& folder);

private:
    void scheduleParse();
    void startParse();
    void showResult(const ImportPreview& preview);
    void addPreviewItems(QTreeWidgetItem* parent, const QList<ImportedItem>& items);
    void startImport();
    void updateTarget();
    void updateImportButton();
    void chooseFile();
    void chooseTarget();

    QLineEdit* filePath_ = nullptr;
    QPlainTextEdit* pasteText_ = nullptr;
    QComboBox* format_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* error_ = nullptr;
    QTreeWidget* previewView_ = nullptr;
    ImportReportView* reportView_ = nullptr;
    QLineEdit* collectionName_ = nullptr;
    QLineEdit* target_ = nullptr;
    QPushButton* importButton_ = nullptr;
    QTimer* parseTimer_ = nullptr;
    QFutureWatcher<ImportPreview> parsing_;
    QFutureWatcher<QString> writing_; // the error, empty on success
    std::optional<ImportedCollection> preview_;
    QString collectionsFolder_;
    bool targetChosen_ = false;
    bool settingTarget_ = false;
};

} // namespace hinterscope

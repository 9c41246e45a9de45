#pragma once

// The window's ways in and out (docs/import-export.md, docs/code-generation.md): Import…, export of a
// collection (Postman v2.1, .http) and of the last response (HAR 1.2), Copy as Code… and Copy as curl. The
// window tells it where the current request, collection and exchange are; it owns no state of its own.
#include "collections/variables.h"
#include "request/exchange_record.h"
#include "request/request_spec.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hinterscope {

struct MappingReport;

class InterchangeActions : public QObject {
    Q_OBJECT

public:
    struct Sources {
        std::function<RequestSpec()> currentRequest;
        std::function<Variables()> variables;            // what {{name}} resolves to now
        std::function<QString()> selectedCollectionRoot; // empty: none selected
        std::function<QString()> collectionsFolder;      // where imports go by default
        std::function<std::optional<ExchangeRecord>()> lastExchange;
    };

    InterchangeActions(Sources sources, QWidget* window);

    QAction* importAction() const { return import_; }
    QAction* exportPostmanAction() const { return exportPostman_; }
    QAction* exportHttpFileAction() const { return exportHttpFile_; }
    QAction* exportHarAction() const { return exportHar_; }
    QAction* copyAsCodeAction() const { return copyAsCode_; }
    QAction* copyAsCurlAction() const { return copyAsCurl_; }

    // Export paths are asked with a dialog unless a test sets this.
    void setSavePathChooser(std::function<QString(const QString& title, const QString& suggested)> choose);

    void exportCollectionAsPostman();
    void exportCollectionAsHttpFile();
    void exportResponseAsHar();
    void copyAsCurl();
    void copyAsCode();
    void showImportDialog();

signals:
    void collectionImported(const QString& folder);
    void message(const QString& text);

private:
    void writeExport(const QString& title, const QString& suggested, const QByteArray& bytes,
                     const MappingReport& report);
    std::optional<QString> chosenCollectionRoot();

    Sources sources_;
    QWidget* window_;
    std::function<QString(const QString&, const QString&)> choosePath_;
    QAction* import_ = nullptr;
    QAction* exportPostman_ = nullptr;
    QAction* exportHttpFile_ = nullptr;
    QAction* exportHar_ = nullptr;
    QAction* copyAsCode_ = nullptr;
    QAction* copyAsCurl_ = nullptr;
};

} // namespace hinterscope

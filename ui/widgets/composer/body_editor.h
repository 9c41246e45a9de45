#pragma once

#include "request/request_spec.h"
#include "widgets/composer/json_check.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace hinterscope {

class KeyValueModel;
class MultipartModel;
class RowTableView;

// The Body tab: none / raw (with a Content-Type, highlighted by it) / JSON (checked as you type, with
// "Pretty-print") / form-urlencoded table / multipart form with files / binary file.
//
// Raw and JSON share one text, as Postman's raw body with a language does, so switching between them keeps
// what was typed. The Content-Type choice serves raw and binary bodies. Every field is kept whatever the
// mode, so body() after setBody() returns exactly what was set.
class BodyEditor : public QWidget {
    Q_OBJECT

public:
    explicit BodyEditor(QWidget* parent = nullptr);
    ~BodyEditor() override;

    RequestBodySpec body() const;
    void setBody(const RequestBodySpec& body);

    BodyMode mode() const;
    QString contentType() const;
    // The last finished check of the text as JSON (empty until one ran).
    const JsonCheck& jsonCheck() const { return jsonCheck_; }
    // Why the body cannot be sent as it is (a missing file, a multipart part without a name), or empty.
    QString sendProblem() const;
    // Counts for the tab label: rows of the table in use, 0 otherwise.
    int activeRowCount() const;

    KeyValueModel* formModel() const { return formModel_; }
    MultipartModel* multipartModel() const { return multipartModel_; }

public slots:
    void prettyPrint();

signals:
    void edited();
    void jsonChecked(); // a JSON check finished (tests wait on it)

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTextPage(QStackedWidget* pages);
    void buildFormPage(QStackedWidget* pages);
    void buildMultipartPage(QStackedWidget* pages);
    void buildBinaryPage(QStackedWidget* pages);

    void setMode(BodyMode mode);
    void setContentType(const QString& type);
    void showModeControls();
    void updateHighlighting();
    void scheduleJsonCheck();
    void startJsonCheck();
    void showJsonCheck(const JsonCheck& check);
    void updateBinaryInfo();
    void chooseBinaryFile();
    void addFileParts();
    void chooseFileForCurrentPart();

    QComboBox* modeCombo_ = nullptr;
    QComboBox* contentTypeCombo_ = nullptr;
    QLineEdit* customContentType_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QWidget* jsonBar_ = nullptr;
    QLabel* jsonStatus_ = nullptr;
    QPushButton* prettyPrintButton_ = nullptr;
    KeyValueModel* formModel_ = nullptr;
    MultipartModel* multipartModel_ = nullptr;
    RowTableView* multipartView_ = nullptr;
    QLineEdit* binaryPath_ = nullptr;
    QLabel* binaryInfo_ = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter* highlighter_ = nullptr;
    QString themeName_;

    QTimer jsonDelay_;
    QFutureWatcher<JsonCheck> jsonWatcher_;
    QFutureWatcher<QString> prettyWatcher_;
    JsonCheck jsonCheck_;
    bool tooLargeToHighlight_ = false;
    int textRevision_ = 0; // bumped per text change, so a late pretty-print does not overwrite new typing
    int loading_ = 0;      // setBody() in progress: programmatic changes are not edits
};

} // namespace hinterscope

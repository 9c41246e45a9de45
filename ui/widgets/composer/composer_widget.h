#pragma once

#include "request/request_spec.h"
#include "widgets/composer/url_check.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace hinterscope {

class AuthEditor;
class BodyEditor;
class KeyValueModel;
class OptionsPanel;
class RowTableView;
class VariableLineEdit;

// The Composer pane: method, URL, Send/Cancel on one row; Params, Headers, Body, Auth and Options tabs
// below. It edits a RequestSpec and asks for it to be sent; it sends nothing itself.
//
// The URL is the one truth about the query: the params table is a view of it, synced both ways. Rows the
// user disables stay in the table but drop out of the URL (RequestSpec has no place for them yet, so
// setSpec() rebuilds the table from the URL alone).
//
// Invalid input is kept as typed and marked; requestSend() refuses it with an inline message and emits nothing:
// an invalid method (methodError), URL (urlError), enabled header row, multipart part or missing body file
// (sendError, and the tab with the problem is shown). showProblem() uses sendError too.
class ComposerWidget : public QWidget {
    Q_OBJECT

public:
    explicit ComposerWidget(QWidget* parent = nullptr);
    ~ComposerWidget() override;

    RequestSpec spec() const;
    void setSpec(const RequestSpec& spec);

    bool isBusy() const { return busy_; }
    // What WinHttpCrackUrl makes of the URL as it stands.
    const UrlCheck& urlCheck() const { return urlCheck_; }

    KeyValueModel* paramsModel() const { return paramsModel_; }
    KeyValueModel* headersModel() const { return headersModel_; }
    BodyEditor* bodyEditor() const { return body_; }

public slots:
    // What Send, Enter in the URL and the window's Ctrl+Enter do: checks the request and emits
    // sendRequested() with the URL as it will be cracked ("http://" added when no scheme was typed).
    void requestSend();
    // What Cancel and the window's Esc do: emits cancelRequested() while busy.
    void cancel();
    void setBusy(bool busy);
    void focusUrl();
    void setVariables(const QHash<QString, QString>& values);
    // Shows why a request failed before it reached the wire (the runner's message) where send refusals go;
    // the next edit of the URL or the next send clears it. An empty message clears it now.
    void showProblem(const QString& message);

signals:
    void sendRequested(const hinterscope::RequestSpec& spec);
    void cancelRequested();
    // Any edit by the user (not setSpec()), for unsaved-change markers.
    void specEdited();

private:
    QWidget* buildParamsPage();
    QWidget* buildHeadersPage();
    void noteEdit();
    void urlChanged();
    // A curl command typed or pasted into the URL bar becomes the request it describes.
    void takeCurlCommand(const QString& command);
    void paramsEdited();
    void showUrlError();
    void updateHeadersError();
    void updateTabTitles();
    void showSendError(const QString& message);

    QComboBox* method_ = nullptr;
    VariableLineEdit* url_ = nullptr;
    QString urlText_; // the URL before the edit being handled (textEdited comes before textChanged)
    QPushButton* sendButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QLabel* methodError_ = nullptr;
    QLabel* urlError_ = nullptr;
    QLabel* sendError_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    KeyValueModel* paramsModel_ = nullptr;
    RowTableView* paramsView_ = nullptr;
    KeyValueModel* headersModel_ = nullptr;
    RowTableView* headersView_ = nullptr;
    QWidget* headersPage_ = nullptr;
    QLabel* headersError_ = nullptr;
    BodyEditor* body_ = nullptr;
    AuthEditor* auth_ = nullptr;
    OptionsPanel* options_ = nullptr;

    RequestSpec carried_; // the fields the composer does not edit (name, notes, expected status)
    UrlCheck urlCheck_;
    QTimer urlErrorDelay_; // an error appears after a pause in typing, not at every keystroke of "http://"
    bool busy_ = false;
    bool syncingQuery_ = false; // the URL and the params table are being made to agree
    int loading_ = 0;           // setSpec() in progress
};

} // namespace hinterscope

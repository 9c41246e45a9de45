#pragma once

#include "widgets/body/body_content.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace hinterscope {

class BodyPump;
class BodySearcher;
class ChunkConsumer;
class FindBar;
class HexView;
class ImagePreview;
class PagedTextView;
class PrettySink;
class ResponseBody;

// The response body pane: Pretty (JSON/XML indented on a worker thread), Raw, Hex, Image and HTML source
// views over a ResponseBody of any size, find, and "save as". Text views page through the body (see
// PagedTextView), so a body still streaming or spooled to a multi-GiB file is shown without stalling.
class BodyViewer : public QWidget {
    Q_OBJECT

public:
    enum class View { Pretty, Raw, Hex, Image, Html };
    Q_ENUM(View)

    // Above this a body is not pretty-printed (Raw is shown, with a note).
    static constexpr qint64 kMaxPrettyBytes = 256LL * 1024 * 1024;

    explicit BodyViewer(QWidget* parent = nullptr);
    ~BodyViewer() override;

    // A null body shows the "no body" state. The default view follows the Content-Type (then the bytes).
    void setBody(std::shared_ptr<ResponseBody> body, const QString& contentType, const QString& url);
    void clear();
    // While streaming the viewer polls the body's size (10 Hz) and shows new bytes; false does a final refresh.
    void setStreaming(bool streaming);
    bool isStreaming() const { return streaming_; }

    View currentView() const { return view_; }
    void setView(View view);
    bool isViewAvailable(View view) const;
    // Pretty formatting of the whole body has finished (or fell back to Raw: see noteText()).
    bool isPrettyReady() const { return prettyDone_; }

    // Writes the body as it is now, atomically; what saveAs() does after asking for the file.
    bool saveTo(const QString& path, QString* error) const;

    QString statusText() const;
    QString noteText() const;
    qint64 matchCount() const;
    qint64 currentMatchIndex() const { return currentMatch_; }
    qint64 currentMatchOffset() const;
    bool isSearchFinished() const;

    PagedTextView* prettyTextView() const { return prettyText_; }
    PagedTextView* rawTextView() const { return rawText_; }
    HexView* hexView() const { return hexView_; }
    ImagePreview* imagePreview() const { return imagePreview_; }
    FindBar* findBar() const { return findBar_; }

public slots:
    // Shows the find bar and focuses it (the main window maps Ctrl+F here).
    void find();
    void findNext();
    void findPrevious();
    // Asks for a file and saves there on a worker thread; errors are shown.
    void saveAs();

signals:
    void prettyReady();
    void viewChanged(hinterscope::BodyViewer::View view);
    // The current match moved (to a byte offset of the document searched: the body, or the Pretty text).
    void currentMatchChanged(qint64 offset);
    void searchFinished();
    void saved(const QString& path);

private:
    void attach();
    void decideKind();
    void tick();
    void startPretty();
    void onPrettyProgress();
    void onPrettyDone();
    void fallBackFromPretty(const QString& note);
    void showPage();
    void updateStatus();
    void setNote(const QString& note);
    void runSearch();
    void stopSearch();
    void onSearchProgress();
    void selectMatch(qint64 index);
    std::shared_ptr<ResponseBody> searchDocument() const;
    bool isSearchDocumentComplete() const;
    PagedTextView* textViewFor(View view) const;
    QToolButton* buttonFor(View view) const;
    static QString viewName(View view);

    QThreadPool pool_;
    std::shared_ptr<ResponseBody> body_;
    QString contentType_;
    QString url_;
    body_content::Kind kind_ = body_content::Kind::Text;
    body_content::Encoding encoding_ = body_content::Encoding::Utf8;
    bool kindKnown_ = false;
    bool userChoseView_ = false;
    bool streaming_ = false;
    View view_ = View::Raw;

    std::shared_ptr<ChunkConsumer> prettyPrinter_;
    PrettySink* prettySink_ = nullptr;
    QPointer<BodyPump> prettyPump_;
    bool prettyDone_ = false;
    bool prettyFailed_ = false;

    std::shared_ptr<BodySearcher> searcher_;
    QPointer<BodyPump> searchPump_;
    std::shared_ptr<ResponseBody> searchedDocument_;
    qint64 searchAnchor_ = 0;
    qint64 currentMatch_ = -1;
    bool searchFinishedSignalled_ = false;

    QButtonGroup* viewButtons_;
    QLabel* note_;
    QLabel* empty_;
    QStackedWidget* pages_;
    PagedTextView* prettyText_;
    PagedTextView* rawText_;
    HexView* hexView_;
    ImagePreview* imagePreview_;
    FindBar* findBar_;
    QLabel* status_;
    QToolButton* saveButton_;
    QTimer* pollTimer_;
    QFutureWatcher<QString> saveWatcher_;
};

} // namespace hinterscope

#pragma once

#include "models/message_heads.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hinterscope {

class HeadersModel;

// The Headers tab: the final response head and the last request head as tables, or every head of the
// exchange as raw text (the bytes as sent and received, hop by hop), with a toggle between the two.
class HeadersTab : public QWidget {
    Q_OBJECT

public:
    // Raw text beyond this is cut (the heads of a long redirect chain): a text layout never gets megabytes.
    static constexpr qsizetype kMaxRawChars = 512 * 1024;

    HeadersTab(HeadersModel* response, HeadersModel* request, QWidget* parent = nullptr);

    // Shows these heads: the last request and final response in the tables, all of them raw.
    void setExchange(const QList<MessageHeads::Head>& heads, const QByteArray& responseHead,
                     const QByteArray& requestHead);
    void clear();
    void setRaw(bool raw);
    bool isRaw() const;

    // The heads as the raw view shows them: each preceded by a line naming it; control characters other
    // than CR, LF and tab shown as their Unicode pictures, so the bytes stay visible one for one.
    static QString rawText(const QList<MessageHeads::Head>& heads);

private:
    HeadersModel* response_;
    HeadersModel* request_;
    QToolButton* rawToggle_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QLabel* responseLine_ = nullptr;
    QLabel* requestLine_ = nullptr;
    QTableView* responseView_ = nullptr;
    QTableView* requestView_ = nullptr;
    QPlainTextEdit* raw_ = nullptr;
    QString rawShown_;
};

} // namespace hinterscope

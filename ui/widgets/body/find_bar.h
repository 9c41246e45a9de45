#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace hinterscope {

// The find bar under the body: the text, previous/next, case sensitivity and what was found. It only asks;
// the viewer searches.
class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget* parent = nullptr);

    QString text() const;
    bool isCaseSensitive() const;
    void setStatus(const QString& status, bool notFound);
    // Shows the bar and puts the cursor in its field, the text selected.
    void activate();

signals:
    // The text or the case setting changed (typing is debounced).
    void searchChanged();
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* edit_;
    QToolButton* caseSensitive_;
    QLabel* status_;
    QTimer* debounce_;
};

} // namespace hinterscope

#include "widgets/body/find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace hinterscope {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , edit_(new QLineEdit(this))
    , caseSensitive_(new QToolButton(this))
    , status_(new QLabel(this))
    , debounce_(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    edit_->setObjectName(QStringLiteral("findEdit"));
    edit_->setPlaceholderText(tr("Find in body"));
    edit_->setClearButtonEnabled(true);
    edit_->installEventFilter(this);

    auto* previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNext"));
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    caseSensitive_->setObjectName(QStringLiteral("findCaseSensitive"));
    caseSensitive_->setText(tr("Aa"));
    caseSensitive_->setCheckable(true);
    caseSensitive_->setToolTip(tr("Match case (ASCII letters; other characters always match exactly)"));
    status_->setObjectName(QStringLiteral("findStatus"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findClose"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(edit_, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(caseSensitive_);
    layout->addWidget(status_);
    layout->addWidget(close);

    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(edit_, &QLineEdit::textEdited, debounce_, qOverload<>(&QTimer::start));
    connect(debounce_, &QTimer::timeout, this, &FindBar::searchChanged);
    connect(caseSensitive_, &QToolButton::toggled, this, &FindBar::searchChanged);
    connect(next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

QString FindBar::text() const
{
    return edit_->text();
}

bool FindBar::isCaseSensitive() const
{
    return caseSensitive_->isChecked();
}

void FindBar::setStatus(const QString& status, bool notFound)
{
    status_->setText(status);
    QPalette palette = status_->palette();
    palette.setColor(QPalette::WindowText,
                     notFound ? QColor(200, 40, 40) : this->palette().color(QPalette::WindowText));
    status_->setPalette(palette);
}

void FindBar::activate()
{
    show();
    edit_->setFocus(Qt::ShortcutFocusReason);
    edit_->selectAll();
}

bool FindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter right after typing searches at once instead of waiting for the pause.
            if (debounce_->isActive()) {
                debounce_->stop();
                emit searchChanged();
            } else if (key->modifiers() & Qt::ShiftModifier) {
                emit previousRequested();
            } else {
                emit nextRequested();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hinterscope

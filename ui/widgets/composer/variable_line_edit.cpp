#include "widgets/composer/variable_line_edit.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QTextCharFormat>
#include <QToolTip>

namespace hinterscope {

VariableLineEdit::VariableLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &VariableLineEdit::applyHighlights);
}

void VariableLineEdit::setVariables(const QHash<QString, QString>& values)
{
    values_ = values;
    applyHighlights();
}

QList<VariableLineEdit::Highlight> VariableLineEdit::highlights() const
{
    QList<Highlight> result;
    for (const auto& variable : findTemplateVariables(text()))
        result.append({variable, values_.contains(variable.name)});
    return result;
}

QString VariableLineEdit::toolTipAt(int position) const
{
    const auto variables = findTemplateVariables(text());
    const TemplateVariable* variable = templateVariableAt(variables, position);
    if (!variable && position > 0)
        variable = templateVariableAt(variables, position - 1);
    return variable ? templateVariableToolTip(*variable, values_) : QString();
}

bool VariableLineEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(cursorPositionAt(help->pos()));
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QLineEdit::event(event);
}

void VariableLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyHighlights();
}

void VariableLineEdit::applyHighlights()
{
    const QColor highlight = palette().color(QPalette::Highlight);
    QTextCharFormat known;
    known.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 60));
    QTextCharFormat unknown;
    unknown.setBackground(QColor(220, 40, 40, 60));
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(QColor(220, 40, 40));

    QList<QInputMethodEvent::Attribute> attributes;
    for (const auto& entry : highlights()) {
        // Attribute positions are relative to the cursor.
        attributes.append({QInputMethodEvent::TextFormat, int(entry.variable.start) - cursorPosition(),
                           int(entry.variable.length), entry.known ? known : unknown});
    }
    QInputMethodEvent formats(QString(), attributes);
    QCoreApplication::sendEvent(this, &formats);
}

} // namespace hinterscope

#pragma once

#include "widgets/composer/template_variables.h"

#include <QHash>
#include <QLineEdit>

namespace hinterscope {

// A line edit that draws `{{variables}}` on a tinted background: one tint for names the active environment
// defines, a red one with a wavy underline for names it does not. Hovering a placeholder shows its value.
// The tint is a text format handed to the line edit's layout through an input-method event (QLineEdit has
// no other way to format part of its text); it is re-applied whenever the text or the palette changes.
class VariableLineEdit : public QLineEdit {
    Q_OBJECT

public:
    struct Highlight {
        TemplateVariable variable;
        bool known = false;
    };

    explicit VariableLineEdit(QWidget* parent = nullptr);

    void setVariables(const QHash<QString, QString>& values);
    const QHash<QString, QString>& variables() const { return values_; }

    QList<Highlight> highlights() const;
    // The tooltip for the character at `position`: a placeholder's value, or an empty string.
    QString toolTipAt(int position) const;

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyHighlights();

    QHash<QString, QString> values_;
};

} // namespace hinterscope

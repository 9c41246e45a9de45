#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace hinterscope {

// A `{{name}}` placeholder in composer text. The runner (or whoever resolves the environment) replaces it;
// the composer only shows where it is and whether the active environment defines it.
struct TemplateVariable {
    qsizetype start = 0;  // of the opening "{{"
    qsizetype length = 0; // up to and including "}}"
    QString name;         // trimmed: "{{ host }}" names "host"

    friend bool operator==(const TemplateVariable&, const TemplateVariable&) = default;
};

// Every placeholder in `text`, left to right. A name may not be empty, contain braces or a line break, so
// "{{}}", "{{{x}}}" (its inner "{{x}}" counts) and an unclosed "{{" are not placeholders.
QList<TemplateVariable> findTemplateVariables(const QString& text);

// The placeholder covering `position` (a character index), or nullptr.
const TemplateVariable* templateVariableAt(const QList<TemplateVariable>& variables, qsizetype position);

// The text to show for a placeholder on hover: its value, or that the environment does not define it.
QString templateVariableToolTip(const TemplateVariable& variable, const QHash<QString, QString>& values);

} // namespace hinterscope

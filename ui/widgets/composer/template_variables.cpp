#include "widgets/composer/template_variables.h"

#include <QCoreApplication>

namespace hinterscope {

QList<TemplateVariable> findTemplateVariables(const QString& text)
{
    QList<TemplateVariable> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        const QString inner = text.mid(open + 2, close - open - 2);
        // "{{{x}}}": the placeholder is the innermost pair, so look again from the last "{{" before "}}".
        const qsizetype innerOpen = inner.lastIndexOf(QLatin1String("{{"));
        if (innerOpen >= 0) {
            from = open + 2 + innerOpen;
            continue;
        }
        const QString name = inner.trimmed();
        const bool usable = !name.isEmpty() && !name.contains(QLatin1Char('{')) && !name.contains(QLatin1Char('}')) &&
                            !name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r'));
        if (usable)
            found.append({open, close + 2 - open, name});
        from = usable ? close + 2 : open + 1;
    }
    return found;
}

const TemplateVariable* templateVariableAt(const QList<TemplateVariable>& variables, qsizetype position)
{
    for (const auto& variable : variables) {
        if (position >= variable.start && position < variable.start + variable.length)
            return &variable;
    }
    return nullptr;
}

QString templateVariableToolTip(const TemplateVariable& variable, const QHash<QString, QString>& values)
{
    const auto it = values.constFind(variable.name);
    if (it == values.constEnd())
        return QCoreApplication::translate("hinterscope::TemplateVariable",
                                           "{{%1}} is not defined in the active environment")
            .arg(variable.name);
    if (it->isEmpty())
        return QCoreApplication::translate("hinterscope::TemplateVariable", "{{%1}} is empty").arg(variable.name);
    // A tooltip is a text layout too: a pasted multi-megabyte token must not reach it whole.
    constexpr qsizetype kShown = 500;
    QString value = it->left(kShown);
    if (it->size() > kShown)
        value += QStringLiteral("…");
    return QCoreApplication::translate("hinterscope::TemplateVariable", "{{%1}} = %2").arg(variable.name, value);
}

} // namespace hinterscope

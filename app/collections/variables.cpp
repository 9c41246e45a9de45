#include "collections/variables.h"

#include <QRegularExpression>

namespace hinterscope {

QString substituteVariables(const QString& text, const Variables& variables, QStringList* unknown)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    QString result;
    qsizetype last = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto found = variables.constFind(name);
        if (found != variables.constEnd()) {
            result += *found;
        } else {
            result += match.captured();
            if (unknown != nullptr && !unknown->contains(name))
                unknown->append(name);
        }
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

RequestSpec resolveVariables(RequestSpec spec, const Variables& variables, QStringList* unknown)
{
    const auto apply = [&](QString& text) { text = substituteVariables(text, variables, unknown); };
    apply(spec.url);
    for (auto& header : spec.headers) {
        apply(header.name);
        apply(header.value);
    }
    apply(spec.body.text);
    apply(spec.body.filePath);
    for (auto& row : spec.body.form) {
        apply(row.name);
        apply(row.value);
    }
    for (auto& part : spec.body.parts) {
        apply(part.name);
        apply(part.value);
    }
    apply(spec.auth.user);
    apply(spec.auth.password);
    apply(spec.auth.token);
    apply(spec.options.proxy);
    apply(spec.options.caFile);
    return spec;
}

} // namespace hinterscope

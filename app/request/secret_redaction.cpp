#include "request/secret_redaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace hinterscope {
namespace {

bool isBarePlaceholder(const QString& value)
{
    static const QRegularExpression placeholder(QStringLiteral("^\\{\\{\\s*[^{}]+?\\s*\\}\\}$"));
    return placeholder.match(value.trimmed()).hasMatch();
}

} // namespace

SecretRedactor::SecretRedactor(const QHash<QString, QString>& secrets)
{
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QByteArray placeholder = QStringLiteral("{{%1}}").arg(it.key()).toUtf8();
        const QByteArray plain = it.value().toUtf8();
        replacements_.append({plain, placeholder});
        const QByteArray encoded = QUrl::toPercentEncoding(it.value());
        if (encoded != plain)
            replacements_.append({encoded, placeholder});
    }
    sortLongestFirst();
}

void SecretRedactor::addCredential(const QString& value)
{
    const QByteArray plain = value.trimmed().toUtf8();
    if (plain.size() < 4)
        return;
    for (const auto& [secret, replacement] : replacements_)
        if (secret == plain)
            return;
    replacements_.append({plain, mask().toUtf8()});
    sortLongestFirst();
}

void SecretRedactor::sortLongestFirst()
{
    // A secret that contains another must be replaced whole, before the shorter one breaks it up.
    std::stable_sort(replacements_.begin(), replacements_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

QString SecretRedactor::mask()
{
    return QStringLiteral("••••");
}

QByteArray SecretRedactor::bytes(QByteArray value) const
{
    for (const auto& [secret, placeholder] : replacements_)
        value.replace(secret, placeholder);
    return value;
}

QString SecretRedactor::text(QString value) const
{
    if (replacements_.isEmpty() || value.isEmpty())
        return value;
    for (const auto& [secret, placeholder] : replacements_)
        value.replace(QString::fromUtf8(secret), QString::fromUtf8(placeholder));
    return value;
}

QString SecretRedactor::url(QString value) const
{
    value = text(value);
    // scheme://user:password@host — the password goes, the user stays (it says which account was used).
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*):([^/?#@]*)@"));
    const auto match = userInfo.match(value);
    if (match.hasMatch() && !isBarePlaceholder(match.captured(2)))
        value.replace(match.capturedStart(2), match.capturedLength(2), mask());
    return value;
}

bool SecretRedactor::isCredentialHeader(const QString& name)
{
    return name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("Proxy-Authorization"), Qt::CaseInsensitive) == 0;
}

QString SecretRedactor::headerValue(const QString& name, const QString& value) const
{
    const QString redacted = text(value);
    if (!isCredentialHeader(name))
        return redacted;
    const QString trimmed = redacted.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString scheme = space < 0 ? QString() : trimmed.left(space);
    const QString credentials = space < 0 ? trimmed : trimmed.mid(space + 1);
    if (credentials.isEmpty() || isBarePlaceholder(credentials))
        return redacted;
    return scheme.isEmpty() ? mask() : scheme + QLatin1Char(' ') + mask();
}

RequestSpec SecretRedactor::spec(RequestSpec spec) const
{
    spec.url = url(spec.url);
    for (auto& row : spec.params)
        row.value = text(row.value);
    for (auto& row : spec.headers)
        row.value = headerValue(row.name, row.value);
    spec.body.text = text(spec.body.text);
    for (auto& row : spec.body.form)
        row.value = text(row.value);
    for (auto& part : spec.body.parts)
        if (!part.isFile)
            part.value = text(part.value);
    spec.auth.user = text(spec.auth.user);
    spec.auth.password = text(spec.auth.password);
    spec.auth.token = text(spec.auth.token);
    if (!isBarePlaceholder(spec.auth.password))
        spec.auth.password.clear();
    if (!isBarePlaceholder(spec.auth.token))
        spec.auth.token.clear();
    spec.options.proxy = url(spec.options.proxy);
    return spec;
}

} // namespace hinterscope

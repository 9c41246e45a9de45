#pragma once

// Takes secrets out of what is about to be stored or shared: the values of secret variables become their
// {{name}} placeholders again, credentials in Authorization headers and URLs are masked, auth passwords and
// tokens are cleared. Used by the exchange recorder, so history and HAR never hold a secret.
#include "request/request_spec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace hinterscope {

class SecretRedactor {
public:
    // `secrets`: variable name → value. Empty values are ignored (they would match everywhere).
    explicit SecretRedactor(const QHash<QString, QString>& secrets = {});

    // A credential seen on the wire (an Authorization header's token, a literal password): masked wherever
    // it appears, e.g. in a response body that echoes the request. Values shorter than 4 characters are
    // ignored (they would match everywhere).
    void addCredential(const QString& value);

    // What stands in for a masked credential.
    static QString mask();

    // Every secret value (as is, and percent-encoded) replaced by {{name}}.
    QString text(QString value) const;
    QByteArray bytes(QByteArray value) const;
    // text(), and a password in the URL's user info masked.
    QString url(QString value) const;
    // text(), and the credentials of Authorization / Proxy-Authorization masked ("Basic ••••").
    QString headerValue(const QString& name, const QString& value) const;
    // The spec with every field redacted; an auth password or token survives only as a bare {{placeholder}}.
    RequestSpec spec(RequestSpec spec) const;

    static bool isCredentialHeader(const QString& name);

private:
    void sortLongestFirst();

    QList<QPair<QByteArray, QByteArray>> replacements_; // (value, "{{name}}" or the mask), longest value first
};

} // namespace hinterscope

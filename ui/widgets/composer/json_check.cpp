#include "widgets/composer/json_check.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hinterscope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(hinterscope::JsonCheck)
};

// QJsonParseError::offset counts UTF-8 bytes; the editor counts UTF-16 characters.
int characterOffset(const QByteArray& utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.left(byteOffset)).size());
}

} // namespace

QString JsonCheck::text() const
{
    if (empty)
        return Text::tr("Empty: no JSON to check");
    if (ok)
        return Text::tr("Valid JSON");
    return Text::tr("Line %1, column %2: %3 (offset %4)").arg(line).arg(column).arg(error).arg(offset);
}

JsonCheck checkJson(const QString& text)
{
    JsonCheck check;
    if (text.trimmed().isEmpty()) {
        check.empty = true;
        return check;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error{};
    QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        check.ok = true;
        return check;
    }
    check.error = error.errorString();
    check.offset = characterOffset(utf8, error.offset);
    const QStringView before = QStringView(text).left(check.offset);
    check.line = int(before.count(QLatin1Char('\n'))) + 1;
    check.column = int(check.offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return check;
}

QString prettyJson(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace hinterscope

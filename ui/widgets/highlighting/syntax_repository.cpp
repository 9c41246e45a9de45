#include "widgets/highlighting/syntax_repository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QPalette>
#include <QThread>
#include <QUrl>

namespace hinterscope::syntax {

KSyntaxHighlighting::Repository& repository()
{
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Theme themeFor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Definition definitionFor(const QString& contentType, const QString& url)
{
    QString mime = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!mime.isEmpty()) {
        // application/problem+json, image/svg+xml, …: the suffix names the syntax.
        if (mime.endsWith(QLatin1String("+json")))
            mime = QStringLiteral("application/json");
        else if (mime.endsWith(QLatin1String("+xml")))
            mime = QStringLiteral("application/xml");
        else if (mime == QLatin1String("text/json"))
            mime = QStringLiteral("application/json");
        const auto byType = repository().definitionForMimeType(mime);
        if (byType.isValid())
            return byType;
    }
    const QString fileName = QUrl(url).fileName();
    if (!fileName.isEmpty()) {
        const auto byName = repository().definitionForFileName(fileName);
        if (byName.isValid())
            return byName;
    }
    return {};
}

} // namespace hinterscope::syntax

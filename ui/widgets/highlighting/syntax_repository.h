#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QPalette;

namespace hinterscope {

// The application's one KSyntaxHighlighting repository (loading definitions is costly, so it is made once,
// on first use, on the GUI thread) and the choices every highlighted view makes the same way.
namespace syntax {

KSyntaxHighlighting::Repository& repository();

// A dark theme for a dark window background, a light one otherwise.
KSyntaxHighlighting::Theme themeFor(const QPalette& palette);

// The definition for a body: from its Content-Type first (parameters ignored, "+json"/"+xml" suffixes
// understood), then from the URL's file name. Invalid when neither names a known syntax.
KSyntaxHighlighting::Definition definitionFor(const QString& contentType, const QString& url = QString());

} // namespace syntax
} // namespace hinterscope

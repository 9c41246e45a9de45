#pragma once

// `{{name}}` placeholders: found, resolved at send time, and reported when unknown.
#include "request/request_spec.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hinterscope {

using Variables = QHash<QString, QString>;

// Replaces every {{name}} (spaces inside the braces allowed) with its value; unknown names stay as they
// are and are added to *unknown once each.
QString substituteVariables(const QString& text, const Variables& variables, QStringList* unknown = nullptr);
// The spec as it is sent: URL, headers, body texts, form rows and auth fields substituted.
RequestSpec resolveVariables(RequestSpec spec, const Variables& variables, QStringList* unknown = nullptr);

} // namespace hinterscope

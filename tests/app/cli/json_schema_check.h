#pragma once

// A small JSON Schema (draft 2020-12) checker for the keywords docs/cli-report.schema.json uses: type,
// enum, const, required, properties, additionalProperties (false), items, $ref to #/$defs, oneOf,
// minimum, maximum, minLength, pattern. The test also runs python3-jsonschema when it is installed;
// this keeps the check alive where it is not.
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hs::test {

// Every violation as "path: what is wrong"; empty when the document conforms.
QStringList check_json_schema(const QJsonObject& schema, const QJsonValue& document);

} // namespace hs::test

#include "json_schema_check.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace hs::test {
namespace {

QString type_of(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return std::floor(number) == number && std::abs(number) < 9007199254740992.0 ? QStringLiteral("integer")
                                                                                     : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool type_matches(const QString& wanted, const QJsonValue& value)
{
    const QString actual = type_of(value);
    return wanted == actual || (wanted == QStringLiteral("number") && actual == QStringLiteral("integer"));
}

class Checker {
public:
    explicit Checker(const QJsonObject& root)
        : root_(root)
    {}

    void check(const QJsonObject& schema, const QJsonValue& value, const QString& path, QStringList& errors) const
    {
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString reference = schema.value(QStringLiteral("$ref")).toString();
            const QString prefix = QStringLiteral("#/$defs/");
            if (!reference.startsWith(prefix)) {
                errors << path + QStringLiteral(": unsupported $ref ") + reference;
                return;
            }
            const auto target = root_.value(QStringLiteral("$defs")).toObject().value(reference.mid(prefix.size()));
            if (!target.isObject()) {
                errors << path + QStringLiteral(": unknown $ref ") + reference;
                return;
            }
            check(target.toObject(), value, path, errors);
        }
        if (schema.contains(QStringLiteral("type"))) {
            const auto type = schema.value(QStringLiteral("type"));
            bool matched = false;
            if (type.isArray()) {
                for (const auto& candidate : type.toArray())
                    matched = matched || type_matches(candidate.toString(), value);
            } else {
                matched = type_matches(type.toString(), value);
            }
            if (!matched) {
                errors << path + QStringLiteral(": is ") + type_of(value) + QStringLiteral(", not ") +
                              (type.isArray() ? type.toVariant().toStringList().join(QLatin1Char('|'))
                                              : type.toString());
                return;
            }
        }
        if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value)
            errors << path + QStringLiteral(": differs from const");
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            errors << path + QStringLiteral(": not one of the enum values");
        if (schema.contains(QStringLiteral("oneOf"))) {
            int matches = 0;
            for (const auto& candidate : schema.value(QStringLiteral("oneOf")).toArray()) {
                QStringList candidate_errors;
                check(candidate.toObject(), value, path, candidate_errors);
                matches += candidate_errors.isEmpty() ? 1 : 0;
            }
            if (matches != 1)
                errors << path + QStringLiteral(": matches %1 oneOf alternatives, not 1").arg(matches);
        }
        if (value.isDouble()) {
            if (schema.contains(QStringLiteral("minimum")) &&
                value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
                errors << path + QStringLiteral(": below minimum");
            if (schema.contains(QStringLiteral("maximum")) &&
                value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
                errors << path + QStringLiteral(": above maximum");
        }
        if (value.isString()) {
            if (schema.contains(QStringLiteral("minLength")) &&
                value.toString().size() < schema.value(QStringLiteral("minLength")).toInt())
                errors << path + QStringLiteral(": shorter than minLength");
            if (schema.contains(QStringLiteral("pattern")) &&
                !QRegularExpression(schema.value(QStringLiteral("pattern")).toString())
                     .match(value.toString())
                     .hasMatch())
                errors << path + QStringLiteral(": does not match the pattern");
        }
        if (value.isObject()) {
            const auto object = value.toObject();
            for (const auto& name : schema.value(QStringLiteral("required")).toArray())
                if (!object.contains(name.toString()))
                    errors << path + QStringLiteral(": missing required ") + name.toString();
            const auto properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key()))
                    check(properties.value(it.key()).toObject(), it.value(), path + QLatin1Char('.') + it.key(),
                          errors);
                else if (schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false))
                    errors << path + QStringLiteral(": unexpected property ") + it.key();
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const auto items = schema.value(QStringLiteral("items")).toObject();
            const auto array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                check(items, array.at(i), path + QStringLiteral("[%1]").arg(i), errors);
        }
    }

private:
    QJsonObject root_;
};

} // namespace

QStringList check_json_schema(const QJsonObject& schema, const QJsonValue& document)
{
    QStringList errors;
    Checker(schema).check(schema, document, QStringLiteral("$"), errors);
    return errors;
}

} // namespace hs::test

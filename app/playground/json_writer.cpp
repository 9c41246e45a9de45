#include "json_writer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hinterscope::playground {

namespace {

void appendEscapedUnit(std::string& out, char16_t unit)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(unit));
    out += buffer;
}

void appendString(std::string& out, const QString& text)
{
    out += '"';
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        switch (unit) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            // Python's ensure_ascii: everything outside printable ASCII as UTF-16 escapes.
            if (unit < 0x20 || unit > 0x7e)
                appendEscapedUnit(out, unit);
            else
                out += static_cast<char>(unit);
        }
    }
    out += '"';
}

void appendNumber(std::string& out, double number)
{
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    // Integers print as integers (JSON numbers that came in as 42 stay 42).
    if (number == std::trunc(number) && std::fabs(number) < 9007199254740992.0) {
        out += std::to_string(static_cast<long long>(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest).toStdString();
}

class Writer {
public:
    Writer(JsonLayout layout, std::string& out)
        : layout_(layout)
        , out_(out)
    {}

    void write(const QJsonValue& value, int depth)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out_ += "null";
            break;
        case QJsonValue::Bool:
            out_ += value.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double:
            appendNumber(out_, value.toDouble());
            break;
        case QJsonValue::String:
            appendString(out_, value.toString());
            break;
        case QJsonValue::Array:
            writeArray(value.toArray(), depth);
            break;
        case QJsonValue::Object:
            writeObject(value.toObject(), depth);
            break;
        }
    }

private:
    void separate(int depth, bool first)
    {
        if (!first)
            out_ += layout_ == JsonLayout::Indented ? "," : ", ";
        if (layout_ == JsonLayout::Indented) {
            out_ += '\n';
            out_.append(static_cast<size_t>(depth) * 2, ' ');
        }
    }

    void close(int depth, char bracket)
    {
        if (layout_ == JsonLayout::Indented) {
            out_ += '\n';
            out_.append(static_cast<size_t>(depth) * 2, ' ');
        }
        out_ += bracket;
    }

    void writeArray(const QJsonArray& array, int depth)
    {
        if (array.isEmpty()) {
            out_ += "[]";
            return;
        }
        out_ += '[';
        bool first = true;
        for (const auto& element : array) {
            separate(depth + 1, first);
            first = false;
            write(element, depth + 1);
        }
        close(depth, ']');
    }

    void writeObject(const QJsonObject& object, int depth)
    {
        if (object.isEmpty()) {
            out_ += "{}";
            return;
        }
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out_ += '{';
        bool first = true;
        for (const auto& key : keys) {
            separate(depth + 1, first);
            first = false;
            appendString(out_, key);
            out_ += ": ";
            write(object.value(key), depth + 1);
        }
        close(depth, '}');
    }

    JsonLayout layout_;
    std::string& out_;
};

} // namespace

std::string writeJson(const QJsonValue& value, JsonLayout layout)
{
    std::string out;
    Writer(layout, out).write(value, 0);
    if (layout == JsonLayout::Indented)
        out += '\n';
    return out;
}

} // namespace hinterscope::playground

#pragma once

#include <QString>

namespace hinterscope {

// What QJsonDocument makes of a JSON body. Pure functions: the body editor runs them on a pool thread.
struct JsonCheck {
    bool empty = false; // only whitespace: nothing to judge
    bool ok = false;
    int offset = -1; // of the error, in characters of the text
    int line = 0;    // 1-based
    int column = 0;  // 1-based
    QString error;   // QJsonParseError::errorString()

    // "Valid JSON" or "Line 3, column 5: unterminated object (offset 27)".
    QString text() const;
};

JsonCheck checkJson(const QString& text);

// The text indented by QJsonDocument, or a null string when it is not valid JSON.
QString prettyJson(const QString& text);

} // namespace hinterscope

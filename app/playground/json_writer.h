#pragma once

#include <QJsonValue>

#include <string>

namespace hinterscope::playground {

// httpbin's JSON layout (Flask's jsonify): keys sorted, non-ASCII escaped as \uXXXX.
enum class JsonLayout {
    Indented, // two-space indent and a final newline, like every httpbin JSON response
    OneLine,  // Python's json.dumps default (", " and ": "), for /stream's lines
};

std::string writeJson(const QJsonValue& value, JsonLayout layout = JsonLayout::Indented);

} // namespace hinterscope::playground

#include "widgets/body/json_pretty_printer.h"

#include <algorithm>

namespace hinterscope {

void JsonPrettyPrinter::newline()
{
    sink_.append('\n');
    sink_.appendRepeated(' ', qsizetype(std::min(depth_, kMaxIndentLevels)) * kIndentWidth);
}

void JsonPrettyPrinter::token(char byte)
{
    if (pendingOpen_ != 0) {
        const bool closesIt = (pendingOpen_ == '{' && byte == '}') || (pendingOpen_ == '[' && byte == ']');
        pendingOpen_ = 0;
        if (closesIt) {
            sink_.append(byte);
            afterTopLevelValue_ = depth_ == 0;
            return;
        }
        ++depth_;
        newline();
    } else if (afterTopLevelValue_ && byte != ',') {
        sink_.append('\n');
    }
    afterTopLevelValue_ = false;
    inScalar_ = false;

    switch (byte) {
    case '{':
    case '[':
        sink_.append(byte);
        pendingOpen_ = byte;
        break;
    case '}':
    case ']':
        depth_ = std::max(0, depth_ - 1);
        newline();
        sink_.append(byte);
        afterTopLevelValue_ = depth_ == 0;
        break;
    case ',':
        sink_.append(byte);
        newline();
        break;
    case ':':
        sink_.append(": ");
        break;
    case '"':
        sink_.append(byte);
        inString_ = true;
        break;
    default:
        sink_.append(byte);
        inScalar_ = true;
        break;
    }
}

bool JsonPrettyPrinter::consume(QByteArrayView chunk, qint64 /*offset*/)
{
    const char* cursor = chunk.data();
    const char* const end = cursor + chunk.size();
    while (cursor < end) {
        if (inString_) {
            // Copy the run up to the next quote or backslash in one piece: strings are most of most JSON.
            const char* run = cursor;
            if (escaped_) {
                escaped_ = false;
                ++cursor;
            }
            while (cursor < end && *cursor != '"' && *cursor != '\\')
                ++cursor;
            if (cursor < end) {
                if (*cursor == '\\')
                    escaped_ = true;
                else
                    inString_ = false;
                ++cursor;
            }
            sink_.append(QByteArrayView(run, cursor - run));
            if (!inString_ && depth_ == 0 && pendingOpen_ == 0)
                afterTopLevelValue_ = true;
            continue;
        }
        const char byte = *cursor++;
        if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
            if (inScalar_ && depth_ == 0 && pendingOpen_ == 0)
                afterTopLevelValue_ = true;
            inScalar_ = false;
            continue;
        }
        if (inScalar_ && byte != ',' && byte != ':' && byte != '}' && byte != ']' && byte != '{' && byte != '[' &&
            byte != '"') {
            sink_.append(byte); // the rest of a number or literal
            continue;
        }
        token(byte);
    }
    sink_.flush();
    return true;
}

void JsonPrettyPrinter::finish()
{
    if (pendingOpen_ != 0) {
        pendingOpen_ = 0;
        ++depth_;
    }
    sink_.append('\n');
    sink_.flush();
}

} // namespace hinterscope

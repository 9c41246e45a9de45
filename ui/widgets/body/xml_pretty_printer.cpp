#include "widgets/body/xml_pretty_printer.h"

#include <algorithm>
#include <cstring>

namespace hinterscope {

namespace {

bool isXmlSpace(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isXmlSpace(bytes.front()))
        bytes.slice(1);
    while (!bytes.isEmpty() && isXmlSpace(bytes.back()))
        bytes.chop(1);
    return bytes;
}

} // namespace

void XmlPrettyPrinter::line(int depth, QByteArrayView bytes)
{
    if (!firstLine_)
        sink_.append('\n');
    firstLine_ = false;
    sink_.appendRepeated(' ', qsizetype(std::clamp(depth, 0, kMaxIndentLevels)) * kIndentWidth);
    sink_.append(bytes);
}

void XmlPrettyPrinter::flushHeld()
{
    if (!heldStart_.isEmpty())
        line(depth_ - 1, heldStart_);
    if (!heldText_.isEmpty())
        line(depth_, heldText_);
    heldStart_.clear();
    heldText_.clear();
}

void XmlPrettyPrinter::takeText(QByteArrayView text, bool verbatim)
{
    const QByteArrayView content = verbatim ? text : trimmed(text);
    if (content.isEmpty())
        return;
    if (!heldStart_.isEmpty() && heldText_.isEmpty() && content.size() <= kMaxHeldText) {
        heldText_ = content.toByteArray();
        return;
    }
    flushHeld();
    line(depth_, content);
}

void XmlPrettyPrinter::decideMarkup()
{
    const auto starts = [this](const char* prefix) { return token_.startsWith(prefix); };
    if (starts("<!--"))
        markup_ = Markup::Comment;
    else if (starts("<![CDATA["))
        markup_ = Markup::CData;
    else if (starts("<?"))
        markup_ = Markup::Instruction;
    else if (starts("<!"))
        markup_ = Markup::Declaration;
    else
        markup_ = Markup::Element;
}

bool XmlPrettyPrinter::track(char byte)
{
    switch (markup_) {
    case Markup::Comment:
        return byte == '>' && token_.size() >= 7 && token_.endsWith("-->");
    case Markup::CData:
        return byte == '>' && token_.size() >= 12 && token_.endsWith("]]>");
    case Markup::Instruction:
        return byte == '>' && token_.size() >= 4 && token_.endsWith("?>");
    case Markup::Element:
    case Markup::Declaration:
        if (quote_ != 0) {
            if (byte == quote_)
                quote_ = 0;
        } else if (byte == '"' || byte == '\'') {
            quote_ = byte;
        } else if (markup_ == Markup::Declaration && byte == '[') {
            ++brackets_;
        } else if (markup_ == Markup::Declaration && byte == ']') {
            --brackets_;
        } else if (byte == '>' && brackets_ <= 0) {
            return true;
        }
        return false;
    case Markup::None:
    case Markup::Unknown:
        break;
    }
    return false;
}

void XmlPrettyPrinter::endMarkup()
{
    const Markup kind = markup_;
    markup_ = Markup::None;
    quote_ = 0;
    brackets_ = 0;
    if (kind == Markup::CData) {
        takeText(token_, true);
    } else if (kind == Markup::Element && token_.startsWith("</")) {
        if (!heldStart_.isEmpty()) {
            QByteArray whole = heldStart_ + heldText_ + token_;
            heldStart_.clear();
            heldText_.clear();
            --depth_;
            line(depth_, whole);
        } else {
            flushHeld();
            depth_ = std::max(0, depth_ - 1);
            line(depth_, token_);
        }
    } else if (kind == Markup::Element && !token_.endsWith("/>")) {
        flushHeld();
        heldStart_ = token_;
        ++depth_;
    } else {
        flushHeld();
        line(depth_, token_);
    }
    token_.clear();
}

bool XmlPrettyPrinter::consume(QByteArrayView chunk, qint64 /*offset*/)
{
    const char* cursor = chunk.data();
    const char* const end = cursor + chunk.size();
    while (cursor < end) {
        if (markup_ == Markup::None) {
            const auto* open = static_cast<const char*>(std::memchr(cursor, '<', size_t(end - cursor)));
            const char* stop = open != nullptr ? open : end;
            text_.append(cursor, stop - cursor);
            cursor = stop;
            if (open == nullptr) {
                if (text_.size() > kMaxHeldText) {
                    takeText(text_, false);
                    text_.clear();
                }
                break;
            }
            takeText(text_, false);
            text_.clear();
            markup_ = Markup::Unknown;
            token_.append(*cursor++);
            continue;
        }
        const char byte = *cursor++;
        token_.append(byte);
        if (markup_ == Markup::Unknown) {
            if (token_.size() < 9 && byte != '>')
                continue;
            decideMarkup();
            // Replay what came before the kind was known (an attribute's quote may be among it).
            bool ended = false;
            for (qsizetype i = 1; i < token_.size() && !ended; ++i)
                ended = track(token_[i]);
            if (ended)
                endMarkup();
            continue;
        }
        if (track(byte))
            endMarkup();
    }
    sink_.flush();
    return true;
}

void XmlPrettyPrinter::finish()
{
    // A truncated document: what is left is shown as it came.
    if (!token_.isEmpty()) {
        flushHeld();
        line(depth_, token_);
        token_.clear();
    }
    takeText(text_, false);
    text_.clear();
    flushHeld();
    sink_.append('\n');
    sink_.flush();
}

} // namespace hinterscope

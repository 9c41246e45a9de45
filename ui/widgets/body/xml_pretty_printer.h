#pragma once

#include "widgets/body/chunk_consumer.h"
#include "widgets/body/pretty_sink.h"

#include <QByteArray>

namespace hinterscope {

// Indents XML as it streams with a small tokenizer of its own (tags, text, comments, CDATA, processing
// instructions, declarations) instead of a parser: the bytes of every token come out unchanged (no entity or
// namespace rewriting), malformed input is indented as well as it goes, and memory is one token at a time.
// An element holding only text stays on one line: <name>text</name>. Whitespace-only text is dropped, so
// xml:space="preserve" is not honoured.
class XmlPrettyPrinter : public ChunkConsumer {
public:
    bool consume(QByteArrayView chunk, qint64 offset) override;
    void finish() override;

    PrettySink& sink() { return sink_; }

    static constexpr int kIndentWidth = 2;
    static constexpr int kMaxIndentLevels = 64;
    // Text longer than this is written as it comes instead of waiting to see whether an end tag follows.
    static constexpr qsizetype kMaxHeldText = 64 * 1024;

private:
    enum class Markup { None, Unknown, Element, Comment, CData, Instruction, Declaration };

    void line(int depth, QByteArrayView bytes);
    void flushHeld();
    void takeText(QByteArrayView text, bool verbatim);
    void endMarkup();
    void decideMarkup();
    bool track(char byte);

    PrettySink sink_;
    bool firstLine_ = true;
    int depth_ = 0;
    Markup markup_ = Markup::None;
    char quote_ = 0;
    int brackets_ = 0;
    QByteArray token_;
    QByteArray text_;
    QByteArray heldStart_;
    QByteArray heldText_;
};

} // namespace hinterscope

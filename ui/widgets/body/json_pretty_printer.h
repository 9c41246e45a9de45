#pragma once

#include "widgets/body/chunk_consumer.h"
#include "widgets/body/pretty_sink.h"

namespace hinterscope {

// Indents JSON as it streams, byte by byte, without building a tree: memory stays flat for any size, a body
// still arriving is formatted as far as it goes, and invalid JSON comes out reformatted as well as it can be
// rather than refused. String contents are copied unchanged; whitespace outside strings is replaced.
// Top-level values one after another (NDJSON) each start on a line of their own.
class JsonPrettyPrinter : public ChunkConsumer {
public:
    bool consume(QByteArrayView chunk, qint64 offset) override;
    void finish() override;

    PrettySink& sink() { return sink_; }

    static constexpr int kIndentWidth = 2;
    // Deeper nesting is not indented further, so pathological input cannot blow the output up.
    static constexpr int kMaxIndentLevels = 64;

private:
    void newline();
    void token(char byte);

    PrettySink sink_;
    int depth_ = 0;
    char pendingOpen_ = 0; // '{' or '[' just written: an immediate close keeps "{}" together
    bool inString_ = false;
    bool escaped_ = false;
    bool afterTopLevelValue_ = false;
    bool inScalar_ = false;
};

} // namespace hinterscope

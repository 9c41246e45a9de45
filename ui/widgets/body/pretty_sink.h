#pragma once

#include <QByteArray>

#include <memory>

namespace hinterscope {

class BodyStore;
class ResponseBody;

// Where a pretty printer writes: a body of its own in a BodyStore, so formatted output of any size is held
// like a response body (memory, then a temporary file) and shown by the same paged view.
class PrettySink {
public:
    PrettySink();
    ~PrettySink();
    PrettySink(const PrettySink&) = delete;
    PrettySink& operator=(const PrettySink&) = delete;

    void append(QByteArrayView bytes) { pending_.append(bytes); }
    void append(char byte) { pending_.append(byte); }
    void appendRepeated(char byte, qsizetype count) { pending_.append(count, byte); }
    // Moves what was appended into the body, where readers see it.
    void flush();

    // Null until the first byte is flushed.
    std::shared_ptr<ResponseBody> body() const;
    qint64 size() const { return written_; }

private:
    std::unique_ptr<BodyStore> store_;
    QByteArray pending_;
    qint64 written_ = 0;
};

} // namespace hinterscope

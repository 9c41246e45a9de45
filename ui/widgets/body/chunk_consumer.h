#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace hinterscope {

// Something that reads a body once, front to back, on a worker thread (line index, pretty printer, search).
// A BodyPump calls it from one thread at a time, with the chunks in order and without gaps.
class ChunkConsumer {
public:
    virtual ~ChunkConsumer() = default;
    // `chunk` starts at byte `offset` of the body. Returning false stops the pump for good (a cap was reached,
    // the input is not what the consumer understands).
    virtual bool consume(QByteArrayView chunk, qint64 offset) = 0;
    // The body is complete and every byte of it was consumed.
    virtual void finish() {}
};

} // namespace hinterscope

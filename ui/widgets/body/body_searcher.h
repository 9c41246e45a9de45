#pragma once

#include "widgets/body/chunk_consumer.h"

#include <QByteArray>
#include <QByteArrayMatcher>

#include <mutex>
#include <vector>

namespace hinterscope {

// Finds every occurrence of a byte pattern in a body, chunk by chunk on a worker thread (fed by a BodyPump),
// so a spooled body of any size is searched without holding it. Case-insensitive search folds ASCII letters
// only; other characters must match exactly. Matches do not overlap. At most kMaxMatches are kept.
class BodySearcher : public ChunkConsumer {
public:
    BodySearcher(QByteArray pattern, bool caseSensitive);

    bool consume(QByteArrayView chunk, qint64 offset) override;
    void finish() override;

    qint64 patternLength() const { return pattern_.size(); }
    qint64 matchCount() const;
    bool isCapped() const;
    bool isFinished() const;
    qint64 matchAt(qint64 index) const;
    // Index of the first match starting at or after `offset`, -1 if none is known yet.
    qint64 firstMatchFrom(qint64 offset) const;
    // Match starts in [from, to), for highlighting what a view shows.
    std::vector<qint64> matchesIn(qint64 from, qint64 to) const;

    static constexpr qint64 kMaxMatches = 100000;

private:
    const QByteArray pattern_;
    const bool caseSensitive_;
    const QByteArrayMatcher matcher_;
    QByteArray carry_; // the last pattern length - 1 bytes, so a match across two chunks is found
    qint64 nextAllowed_ = 0;

    mutable std::mutex mutex_;
    std::vector<qint64> matches_;
    bool capped_ = false;
    bool finished_ = false;
};

} // namespace hinterscope

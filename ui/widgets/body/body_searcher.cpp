#include "widgets/body/body_searcher.h"

#include <algorithm>

namespace hinterscope {

namespace {

QByteArray foldAscii(QByteArray bytes)
{
    for (char& byte : bytes) {
        if (byte >= 'A' && byte <= 'Z')
            byte = char(byte - 'A' + 'a');
    }
    return bytes;
}

} // namespace

BodySearcher::BodySearcher(QByteArray pattern, bool caseSensitive)
    : pattern_(caseSensitive ? std::move(pattern) : foldAscii(std::move(pattern)))
    , caseSensitive_(caseSensitive)
    , matcher_(pattern_)
{}

bool BodySearcher::consume(QByteArrayView chunk, qint64 offset)
{
    if (pattern_.isEmpty())
        return false;
    QByteArray window = carry_ + chunk.toByteArray();
    if (!caseSensitive_)
        window = foldAscii(std::move(window));
    const qint64 windowStart = offset - carry_.size();
    std::vector<qint64> found;
    for (qsizetype at = matcher_.indexIn(window); at >= 0;) {
        const qint64 absolute = windowStart + at;
        if (absolute >= nextAllowed_) {
            found.push_back(absolute);
            nextAllowed_ = absolute + pattern_.size();
            at = matcher_.indexIn(window, at + pattern_.size());
        } else {
            at = matcher_.indexIn(window, at + 1);
        }
    }
    carry_ = window.right(pattern_.size() - 1);
    std::lock_guard lock(mutex_);
    const auto room = static_cast<size_t>(kMaxMatches) - matches_.size();
    if (found.size() >= room) {
        found.resize(room);
        capped_ = true;
    }
    matches_.insert(matches_.end(), found.begin(), found.end());
    return !capped_;
}

void BodySearcher::finish()
{
    std::lock_guard lock(mutex_);
    finished_ = true;
}

qint64 BodySearcher::matchCount() const
{
    std::lock_guard lock(mutex_);
    return qint64(matches_.size());
}

bool BodySearcher::isCapped() const
{
    std::lock_guard lock(mutex_);
    return capped_;
}

bool BodySearcher::isFinished() const
{
    std::lock_guard lock(mutex_);
    return finished_ || capped_;
}

qint64 BodySearcher::matchAt(qint64 index) const
{
    std::lock_guard lock(mutex_);
    return index >= 0 && index < qint64(matches_.size()) ? matches_[size_t(index)] : -1;
}

qint64 BodySearcher::firstMatchFrom(qint64 offset) const
{
    std::lock_guard lock(mutex_);
    const auto found = std::lower_bound(matches_.begin(), matches_.end(), offset);
    return found == matches_.end() ? -1 : qint64(found - matches_.begin());
}

std::vector<qint64> BodySearcher::matchesIn(qint64 from, qint64 to) const
{
    std::lock_guard lock(mutex_);
    // A match that starts before `from` may still reach into it.
    const auto first = std::lower_bound(matches_.begin(), matches_.end(), from - pattern_.size() + 1);
    const auto last = std::lower_bound(first, matches_.end(), to);
    return {first, last};
}

} // namespace hinterscope

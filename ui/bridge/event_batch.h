#pragma once

#include <hinternet/trace.h>

#include <QMetaType>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace hinterscope {

// What the bridge hands to the models: the events one GUI tick drained, shared and immutable, so every
// model reads the same vector without a copy. Body bytes are not in it (they went to the BodyStore).
struct EventBatch {
    using Events = std::vector<hinternet::trace::Event>;

    std::shared_ptr<const Events> events;
    // Steady-clock time every model measures "since start" from: the first event the bridge ever saw.
    std::uint64_t origin_ns = 0;

    static EventBatch of(Events list, std::uint64_t origin)
    {
        return EventBatch{std::make_shared<const Events>(std::move(list)), origin};
    }

    std::size_t size() const { return events ? events->size() : 0; }
    bool empty() const { return size() == 0; }
    Events::const_iterator begin() const { return events ? events->begin() : Events::const_iterator(); }
    Events::const_iterator end() const { return events ? events->end() : Events::const_iterator(); }
    const hinternet::trace::Event& operator[](std::size_t index) const { return (*events)[index]; }
};

} // namespace hinterscope

Q_DECLARE_METATYPE(hinterscope::EventBatch)

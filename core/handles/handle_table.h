#pragma once

#include "handles/handle.h"

#include <memory>
#include <mutex>
#include <unordered_map>

namespace hinternet::handles {

// HINTERNET values → handle objects. Values are never reused, so a stale HINTERNET can never reach a
// newer handle; a lookup hands out a reference that keeps the object alive for the call.
class HandleTable {
public:
    static HandleTable& instance();

    HINTERNET insert(const std::shared_ptr<Handle>& handle);
    std::shared_ptr<Handle> find(HINTERNET value) const;
    std::shared_ptr<Handle> remove(HINTERNET value);
    std::size_t size() const;

    // Looks up a handle of one of the given types; on failure sets the WinHTTP error and returns null.
    template <typename T>
    std::shared_ptr<T> find_as(HINTERNET value, DWORD expected_type) const
    {
        auto handle = find(value);
        if (!handle) {
            SetLastError(ERROR_INVALID_HANDLE);
            return nullptr;
        }
        if (handle->handle_type() != expected_type) {
            SetLastError(ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
            return nullptr;
        }
        return std::static_pointer_cast<T>(handle);
    }

private:
    mutable std::mutex mutex_;
    std::unordered_map<std::uintptr_t, std::shared_ptr<Handle>> handles_;
    std::uintptr_t next_value_ = 0x1000;
};

} // namespace hinternet::handles

#pragma once

#include "handles/settings.h"

#include <windows.h>
#include <winhttp.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace hinternet::handles {

// Base of session, connect and request handles. Owns what every handle has: its type, its parent,
// the status callback with its notification mask, the context value, and the close protocol:
//   WinHttpCloseHandle removes the handle from the table at once (later calls: ERROR_INVALID_HANDLE),
//   cancels a pending operation, and HANDLE_CLOSING is delivered when the handle is closed, has no
//   open children and no operation in progress — so it is always the last callback for that handle,
//   and a child's comes before its parent's.
class Handle : public std::enable_shared_from_this<Handle> {
public:
    Handle(DWORD handle_type, std::shared_ptr<Handle> parent);
    virtual ~Handle();
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    DWORD handle_type() const { return handle_type_; }
    // What the handle was opened with, for the trace's HandleCreated event.
    virtual std::string description() const { return {}; }
    HINTERNET value() const { return value_; }
    const std::shared_ptr<Handle>& parent() const { return parent_; }
    bool closed() const { return closed_.load(std::memory_order_acquire); }

    // Callback, mask and context, as WinHttpSetStatusCallback and WINHTTP_OPTION_CONTEXT_VALUE set them.
    WINHTTP_STATUS_CALLBACK set_callback(WINHTTP_STATUS_CALLBACK new_callback, DWORD notification_flags);
    WINHTTP_STATUS_CALLBACK callback() const;
    DWORD_PTR context() const;
    void set_context(DWORD_PTR context);

    // Calls the application's callback when it is set and its mask includes the status. Never called
    // with a lock held, so the callback may call any WinHTTP function, even WinHttpCloseHandle.
    void notify(DWORD status, LPVOID information = nullptr, DWORD length = 0);

    Settings settings() const;
    // Just the timeouts: what the per-read paths need, without copying every setting.
    Timeouts timeouts() const;
    template <typename Change>
    void change_settings(Change&& change)
    {
        std::lock_guard lock(mutex_);
        change(settings_);
    }

    // The close protocol (see the class comment).
    void close();
    bool begin_operation(); // false when closed: the caller reports ERROR_INVALID_HANDLE
    void end_operation();

protected:
    virtual void on_close_requested() {}
    void inherit_from_parent();
    void register_value();

    mutable std::mutex mutex_;
    Settings settings_;

private:
    friend class HandleTable;
    void child_opened();
    void child_finished();
    void finish_if_done();

    const DWORD handle_type_;
    const std::shared_ptr<Handle> parent_;
    HINTERNET value_ = nullptr;
    WINHTTP_STATUS_CALLBACK callback_ = nullptr;
    DWORD notification_flags_ = 0;
    DWORD_PTR context_ = 0;
    std::atomic<bool> closed_{false};
    int open_children_ = 0;
    int operations_ = 0;
    bool closing_delivered_ = false;
};

} // namespace hinternet::handles

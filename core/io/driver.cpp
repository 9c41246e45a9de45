#include "io/driver.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace hinternet::io {
namespace {
thread_local Driver* current_driver = nullptr;
}

int Deadline::poll_timeout_ms() const
{
    if (is_never())
        return -1;
    const auto left = when_ - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(left + std::chrono::microseconds(999));
    return static_cast<int>(std::min<long long>(ms.count(), 24LL * 3600 * 1000));
}

void FdWait::await_suspend(std::coroutine_handle<> waiting)
{
    waiting_ = waiting;
    Driver* driver = Driver::current();
    if (driver == nullptr)
        std::abort(); // an engine coroutine resumed outside any driver is a programming error
    driver->register_wait(*this);
}

Driver* Driver::current()
{
    return current_driver;
}

Driver::CurrentGuard::CurrentGuard(Driver* driver)
    : previous_(std::exchange(current_driver, driver))
{}

Driver::CurrentGuard::~CurrentGuard()
{
    current_driver = previous_;
}

} // namespace hinternet::io

#include "io/cancel_signal.h"

#include <cstdint>
#include <sys/eventfd.h>
#include <unistd.h>

namespace hinternet::io {

CancelSignal::CancelSignal()
    : fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{}

CancelSignal::~CancelSignal()
{
    if (fd_ >= 0)
        ::close(fd_);
}

void CancelSignal::raise()
{
    if (raised_.exchange(true, std::memory_order_acq_rel))
        return;
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(fd_, &one, sizeof one);
}

} // namespace hinternet::io

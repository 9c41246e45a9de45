#include "io/worker_pool.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace hinternet::io {

struct WorkerPool::Wait {
    std::uint64_t id = 0;
    int fd = -1;
    Clock::time_point deadline;
    bool has_deadline = false;
    std::shared_ptr<Strand> strand;
    std::function<void(Outcome)> on_done;
};

WorkerPool& WorkerPool::instance()
{
    // Never destroyed: worker threads may still run application callbacks while static destructors run.
    static auto* pool = new WorkerPool;
    return *pool;
}

WorkerPool::WorkerPool()
{
    epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (epoll_fd_ < 0 || wake_fd_ < 0)
        std::abort(); // no epoll, no async mode: nothing sensible to continue with
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.u64 = 0; // id 0 is the wake-up eventfd
    ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &wake);
    const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
    reactor_ = std::thread([this] { reactor_loop(); });
    reactor_.detach();
    for (unsigned i = 0; i < cores; ++i) {
        workers_.emplace_back([this] { worker_loop(); });
        workers_.back().detach();
    }
}

void WorkerPool::post(Task task)
{
    {
        std::lock_guard lock(tasks_mutex_);
        tasks_.push_back(std::move(task));
    }
    tasks_ready_.notify_one();
}

void WorkerPool::worker_loop()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(tasks_mutex_);
            tasks_ready_.wait(lock, [this] { return !tasks_.empty(); });
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        task();
    }
}

std::uint64_t WorkerPool::add_wait(int fd, short poll_events, Deadline deadline, std::shared_ptr<Strand> strand,
                                   std::function<void(Outcome)> on_done)
{
    auto wait = std::make_shared<Wait>();
    wait->fd = fd;
    wait->strand = std::move(strand);
    wait->on_done = std::move(on_done);
    wait->has_deadline = !deadline.is_never();
    wait->deadline = deadline.when();
    bool earliest = false;
    {
        std::lock_guard lock(waits_mutex_);
        wait->id = next_id_++;
        waits_.emplace(wait->id, wait);
        if (wait->has_deadline) {
            earliest = deadlines_.empty() || wait->deadline < deadlines_.begin()->first;
            deadlines_.emplace(wait->deadline, wait->id);
        }
    }
    const auto id = wait->id;
    if (fd >= 0) {
        epoll_event interest{};
        interest.events = EPOLLONESHOT | ((poll_events & POLLIN) != 0 ? EPOLLIN | EPOLLRDHUP : 0u) |
                          ((poll_events & POLLOUT) != 0 ? EPOLLOUT : 0u);
        interest.data.u64 = id;
        if (::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &interest) != 0 &&
            (errno != EEXIST || ::epoll_ctl(epoll_fd_, EPOLL_CTL_MOD, fd, &interest) != 0)) {
            // Not pollable (or gone): let the operation find out by trying.
            if (auto claimed = claim(id))
                finish(claimed, Outcome::Ready);
            return id;
        }
    }
    if (earliest)
        wake_reactor(); // the reactor may be sleeping towards a later deadline
    return id;
}

bool WorkerPool::cancel_wait(std::uint64_t id)
{
    auto claimed = claim(id);
    if (!claimed)
        return false;
    finish(claimed, Outcome::Cancelled);
    return true;
}

std::shared_ptr<WorkerPool::Wait> WorkerPool::claim(std::uint64_t id)
{
    std::shared_ptr<Wait> wait;
    {
        std::lock_guard lock(waits_mutex_);
        const auto found = waits_.find(id);
        if (found == waits_.end())
            return nullptr;
        wait = std::move(found->second);
        waits_.erase(found);
        if (wait->has_deadline) {
            auto [first, last] = deadlines_.equal_range(wait->deadline);
            for (auto it = first; it != last; ++it) {
                if (it->second == id) {
                    deadlines_.erase(it);
                    break;
                }
            }
        }
    }
    // The descriptor stays open until the resumed coroutine is done with it, so removing it here is safe;
    // an event already taken from epoll for this id finds nothing to claim.
    if (wait->fd >= 0)
        ::epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, wait->fd, nullptr);
    return wait;
}

void WorkerPool::finish(const std::shared_ptr<Wait>& wait, Outcome outcome)
{
    wait->strand->post([on_done = std::move(wait->on_done), outcome] { on_done(outcome); });
}

void WorkerPool::wake_reactor()
{
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
}

void WorkerPool::reactor_loop()
{
    epoll_event events[128];
    for (;;) {
        int timeout_ms = -1;
        {
            std::lock_guard lock(waits_mutex_);
            if (!deadlines_.empty()) {
                const auto left = deadlines_.begin()->first - Clock::now();
                timeout_ms =
                    left <= Clock::duration::zero()
                        ? 0
                        : static_cast<int>(std::min<long long>(
                              std::chrono::duration_cast<std::chrono::milliseconds>(left).count() + 1, 3'600'000));
            }
        }
        const int count = ::epoll_wait(epoll_fd_, events, 128, timeout_ms);
        for (int i = 0; i < count; ++i) {
            const auto id = events[i].data.u64;
            if (id == 0) {
                std::uint64_t drained = 0;
                [[maybe_unused]] const auto read = ::read(wake_fd_, &drained, sizeof drained);
                continue;
            }
            if (auto claimed = claim(id))
                finish(claimed, Outcome::Ready);
        }
        // Deadlines that passed.
        std::vector<std::uint64_t> expired;
        {
            std::lock_guard lock(waits_mutex_);
            const auto now = Clock::now();
            for (auto it = deadlines_.begin(); it != deadlines_.end() && it->first <= now; ++it)
                expired.push_back(it->second);
        }
        for (const auto id : expired)
            if (auto claimed = claim(id))
                finish(claimed, Outcome::TimedOut);
    }
}

void Strand::post(WorkerPool::Task task)
{
    bool schedule = false;
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(task));
        if (!scheduled_) {
            scheduled_ = true;
            schedule = true;
        }
    }
    if (schedule)
        WorkerPool::instance().post([self = shared_from_this()] { self->run_next(); });
}

bool Strand::running_here() const
{
    return runner_ == std::this_thread::get_id();
}

void Strand::run_next()
{
    WorkerPool::Task task;
    {
        std::lock_guard lock(mutex_);
        task = std::move(queue_.front());
        queue_.pop_front();
        runner_ = std::this_thread::get_id();
    }
    task();
    bool more = false;
    {
        std::lock_guard lock(mutex_);
        runner_ = std::thread::id();
        more = !queue_.empty();
        if (!more)
            scheduled_ = false;
    }
    if (more)
        WorkerPool::instance().post([self = shared_from_this()] { self->run_next(); });
}

} // namespace hinternet::io

#pragma once

#include "io/deadline.h"

#include <atomic>
#include <condition_variable>
#include <coroutine>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace hinternet::io {

class Strand;

// The engine's threads for asynchronous mode: one reactor thread that owns epoll and the deadlines, and
// a bounded set of workers (one per core) that run the engine's coroutines and the application's
// callbacks. Never a thread per request. Created on first use, alive for the process.
class WorkerPool {
public:
    static WorkerPool& instance();

    using Task = std::function<void()>;
    void post(Task task);
    std::size_t worker_count() const { return workers_.size(); }

    // A wait for fd readiness or a deadline. The result is delivered by running on_done(outcome) through
    // the given strand. Returns an id for cancel_wait().
    enum class Outcome { Ready, TimedOut, Cancelled };
    std::uint64_t add_wait(int fd, short poll_events, Deadline deadline, std::shared_ptr<Strand> strand,
                           std::function<void(Outcome)> on_done);
    // Ends a wait early with Outcome::Cancelled; false when it had already ended.
    bool cancel_wait(std::uint64_t id);

private:
    WorkerPool();
    void reactor_loop();
    void worker_loop();
    struct Wait;
    std::shared_ptr<Wait> claim(std::uint64_t id); // removes and returns the wait if it was still pending
    void finish(const std::shared_ptr<Wait>& wait, Outcome outcome);
    void wake_reactor();

    int epoll_fd_ = -1;
    int wake_fd_ = -1;
    std::mutex waits_mutex_;
    std::unordered_map<std::uint64_t, std::shared_ptr<Wait>> waits_;
    std::multimap<Clock::time_point, std::uint64_t> deadlines_;
    std::uint64_t next_id_ = 1;

    std::mutex tasks_mutex_;
    std::condition_variable tasks_ready_;
    std::deque<Task> tasks_;

    std::thread reactor_;
    std::vector<std::thread> workers_;
};

// Runs tasks one at a time and in order, on the pool's workers: everything that concerns one request
// (starting an operation, resuming its coroutine, delivering its callbacks) goes through its strand, so
// two callbacks of one request never run at once.
class Strand : public std::enable_shared_from_this<Strand> {
public:
    void post(WorkerPool::Task task);
    // True while the calling thread is running a task of this strand.
    bool running_here() const;

private:
    void run_next();

    std::mutex mutex_;
    std::deque<WorkerPool::Task> queue_;
    bool scheduled_ = false;
    std::atomic<std::thread::id> runner_{};
};

} // namespace hinternet::io

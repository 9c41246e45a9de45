#pragma once

// A lazy coroutine task. Every engine operation (connect, send, receive, read) is one of these, so the
// same code runs under the synchronous driver (poll on the caller's thread) and the asynchronous one
// (epoll workers): only the driver that resumes suspended coroutines differs.
#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace hinternet::io {

template <typename T>
class [[nodiscard]] Task {
public:
    struct promise_type {
        std::optional<T> value;
        std::exception_ptr failure;
        std::coroutine_handle<> continuation;

        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept
        {
            struct ResumeContinuation {
                bool await_ready() noexcept { return false; }
                std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> self) noexcept
                {
                    auto next = self.promise().continuation;
                    return next ? next : std::noop_coroutine();
                }
                void await_resume() noexcept {}
            };
            return ResumeContinuation{};
        }
        template <typename U>
        void return_value(U&& result)
        {
            value.emplace(std::forward<U>(result));
        }
        void unhandled_exception() { failure = std::current_exception(); }
    };

    Task() = default;
    explicit Task(std::coroutine_handle<promise_type> handle)
        : handle_(handle)
    {}
    Task(Task&& other) noexcept
        : handle_(std::exchange(other.handle_, {}))
    {}
    Task& operator=(Task&& other) noexcept
    {
        if (this != &other) {
            if (handle_)
                handle_.destroy();
            handle_ = std::exchange(other.handle_, {});
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task()
    {
        if (handle_)
            handle_.destroy();
    }

    // Awaiting a task starts it and resumes the awaiting coroutine when it finishes (symmetric transfer,
    // so long chains of completed steps do not grow the stack).
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        handle_.promise().continuation = awaiting;
        return handle_;
    }
    T await_resume() { return take_result(); }

    // For drivers: run until the first suspension (or the end), then ask whether it finished.
    void start() { handle_.resume(); }
    bool done() const { return handle_ && handle_.done(); }
    T take_result()
    {
        auto& promise = handle_.promise();
        if (promise.failure)
            std::rethrow_exception(promise.failure);
        return std::move(*promise.value);
    }

private:
    std::coroutine_handle<promise_type> handle_;
};

} // namespace hinternet::io

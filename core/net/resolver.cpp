#include "net/resolver.h"

#include "io/driver.h"
#include "support/text.h"

#include <winhttp.h>

#include <arpa/inet.h>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <thread>
#include <unistd.h>

namespace hinternet::net {
namespace {

SocketAddress ipv4(std::uint32_t address, std::uint16_t port)
{
    SocketAddress result;
    auto* in = reinterpret_cast<sockaddr_in*>(&result.storage);
    in->sin_family = AF_INET;
    in->sin_port = htons(port);
    in->sin_addr.s_addr = htonl(address);
    result.length = sizeof(sockaddr_in);
    return result;
}

std::vector<SocketAddress> from_addrinfo(const addrinfo* list)
{
    std::vector<SocketAddress> addresses;
    for (const addrinfo* entry = list; entry != nullptr; entry = entry->ai_next) {
        if (entry->ai_family != AF_INET && entry->ai_family != AF_INET6)
            continue;
        SocketAddress address;
        std::memcpy(&address.storage, entry->ai_addr, entry->ai_addrlen);
        address.length = entry->ai_addrlen;
        addresses.push_back(address);
    }
    return addresses;
}

Resolution lookup(const std::string& host, std::uint16_t port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* list = nullptr;
    const auto service = std::to_string(port);
    Resolution answer;
    if (::getaddrinfo(host.c_str(), service.c_str(), &hints, &list) != 0 || list == nullptr) {
        answer.error = ERROR_WINHTTP_NAME_NOT_RESOLVED;
        return answer;
    }
    answer.addresses = from_addrinfo(list);
    ::freeaddrinfo(list);
    if (answer.addresses.empty())
        answer.error = ERROR_WINHTTP_NAME_NOT_RESOLVED;
    return answer;
}

// One lookup in flight. Shared between the waiting coroutine and the resolver thread, so a caller that
// times out or is cancelled can simply walk away.
struct LookupJob {
    std::string host;
    std::uint16_t port = 0;
    int done_fd = -1;
    std::mutex mutex;
    Resolution answer;

    ~LookupJob()
    {
        if (done_fd >= 0)
            ::close(done_fd);
    }
};

class ResolverPool {
public:
    static ResolverPool& instance()
    {
        // Never destroyed: its threads sleep on the condition variable until the process ends, and
        // destroying a condition variable with waiters blocks exit() forever.
        static auto* pool = new ResolverPool;
        return *pool;
    }

    void submit(std::shared_ptr<LookupJob> job)
    {
        {
            std::lock_guard lock(mutex_);
            queue_.push_back(std::move(job));
            if (idle_ == 0 && threads_ < max_threads)
                start_thread();
        }
        wake_.notify_one();
    }

private:
    static constexpr int max_threads = 4;

    void start_thread()
    {
        ++threads_;
        std::thread([this] { work(); }).detach();
    }

    void work()
    {
        for (;;) {
            std::shared_ptr<LookupJob> job;
            {
                std::unique_lock lock(mutex_);
                ++idle_;
                wake_.wait(lock, [this] { return !queue_.empty(); });
                --idle_;
                job = std::move(queue_.front());
                queue_.pop_front();
            }
            auto answer = lookup(job->host, job->port);
            {
                std::lock_guard lock(job->mutex);
                job->answer = std::move(answer);
            }
            const std::uint64_t one = 1;
            [[maybe_unused]] const auto written = ::write(job->done_fd, &one, sizeof one);
        }
    }

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<LookupJob>> queue_;
    int threads_ = 0;
    int idle_ = 0;
};

bool ends_with_label(const std::string& host, std::string_view label)
{
    return host == label.substr(1) || (host.size() > label.size() && host.ends_with(label));
}

} // namespace

bool resolve_without_lookup(const std::string& host_in, std::uint16_t port, Resolution& answer)
{
    std::string host = text::ascii_lowercase(host_in);
    if (!host.empty() && host.back() == '.')
        host.pop_back();
    if (host.empty()) {
        answer.error = ERROR_WINHTTP_NAME_NOT_RESOLVED;
        return true;
    }
    if (ends_with_label(host, ".localhost")) {
        answer.addresses = {ipv4(INADDR_LOOPBACK, port)};
        return true;
    }
    if (ends_with_label(host, ".invalid")) {
        answer.error = ERROR_WINHTTP_NAME_NOT_RESOLVED;
        return true;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    addrinfo* list = nullptr;
    const auto service = std::to_string(port);
    if (::getaddrinfo(host.c_str(), service.c_str(), &hints, &list) == 0 && list != nullptr) {
        answer.addresses = from_addrinfo(list);
        ::freeaddrinfo(list);
        return true;
    }
    return false;
}

io::Task<Resolution> resolve(std::string host, std::uint16_t port, io::Deadline deadline)
{
    Resolution answer;
    if (resolve_without_lookup(host, port, answer))
        co_return answer;

    auto job = std::make_shared<LookupJob>();
    job->host = std::move(host);
    job->port = port;
    job->done_fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (job->done_fd < 0) {
        answer.error = ERROR_NOT_ENOUGH_MEMORY;
        co_return answer;
    }
    ResolverPool::instance().submit(job);
    const auto outcome = co_await io::FdWait(job->done_fd, POLLIN, deadline);
    if (outcome == io::WaitOutcome::Ready) {
        std::lock_guard lock(job->mutex);
        co_return std::move(job->answer);
    }
    answer.error = outcome == io::WaitOutcome::Cancelled ? ERROR_WINHTTP_OPERATION_CANCELLED : ERROR_WINHTTP_TIMEOUT;
    co_return answer;
}

} // namespace hinternet::net

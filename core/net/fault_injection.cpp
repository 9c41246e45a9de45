#include "net/fault_injection.h"

#include "hinternet/fault_injection.h"

#include <openssl/bio.h>
#include <openssl/ssl.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace hinternet::net::faults {

std::atomic<bool> active{false};

namespace {

struct Plan {
    std::uint64_t seed = 0;
    double eintr = 0;
    double eagain = 0;
    double short_count = 0;
    double reset = 0;
    std::uint64_t after = 0;
    std::uint64_t reset_limit = 0;
    bool reset_on_idle_reuse = false; // the first write on a connection taken from the pool is reset
};

struct State {
    std::mutex mutex;
    Plan plan;
    // Sockets of connections just taken from the pool, with their inode: a socket closed before its
    // first write and a new one that got the same descriptor must not be confused.
    std::map<int, ino_t> reused;
    std::atomic<std::uint64_t> calls{0};
    std::atomic<std::uint64_t> eintr{0};
    std::atomic<std::uint64_t> eagain{0};
    std::atomic<std::uint64_t> short_count{0};
    std::atomic<std::uint64_t> reset{0};
};

State& state()
{
    static State instance;
    return instance;
}

std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

bool parse_rate(std::string_view text, double& rate)
{
    char* end = nullptr;
    const std::string copy(text);
    rate = std::strtod(copy.c_str(), &end);
    // A rate of 1 would retry EINTR forever: keep every kind below certainty.
    return end != copy.c_str() && *end == '\0' && rate >= 0 && rate <= 0.9;
}

bool parse_count(std::string_view text, std::uint64_t& count)
{
    char* end = nullptr;
    const std::string copy(text);
    count = std::strtoull(copy.c_str(), &end, 10);
    return end != copy.c_str() && *end == '\0';
}

bool parse(std::string_view text, Plan& plan)
{
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        if (item.empty())
            continue;
        const auto equals = item.find('=');
        if (equals == std::string_view::npos)
            return false;
        const auto key = item.substr(0, equals);
        const auto value = item.substr(equals + 1);
        bool ok = false;
        if (key == "seed")
            ok = parse_count(value, plan.seed);
        else if (key == "eintr")
            ok = parse_rate(value, plan.eintr);
        else if (key == "eagain")
            ok = parse_rate(value, plan.eagain);
        else if (key == "short")
            ok = parse_rate(value, plan.short_count);
        else if (key == "reset")
            ok = parse_rate(value, plan.reset);
        else if (key == "after")
            ok = parse_count(value, plan.after);
        else if (key == "limit")
            ok = parse_count(value, plan.reset_limit);
        else if (key == "reset_on") {
            ok = value == "idle_reuse";
            plan.reset_on_idle_reuse = ok;
        }
        if (!ok)
            return false;
    }
    return plan.eintr + plan.eagain + plan.short_count + plan.reset <= 0.95;
}

enum class Fault { None, Eintr, Eagain, Short, Reset };

struct Decision {
    Fault fault = Fault::None;
    std::uint64_t random = 0; // more bits for the short length
};

ino_t inode_of(int fd)
{
    struct stat status{};
    return ::fstat(fd, &status) == 0 ? status.st_ino : 0;
}

// True when the socket is one the pool just handed out and this is its first call.
bool first_call_after_reuse(State& shared, int fd)
{
    std::lock_guard lock(shared.mutex);
    const auto found = shared.reused.find(fd);
    if (found == shared.reused.end())
        return false;
    const bool same_socket = found->second == inode_of(fd);
    shared.reused.erase(found);
    return same_socket;
}

bool take_a_reset(State& shared, const Plan& plan)
{
    if (plan.reset_limit != 0 && shared.reset.fetch_add(1) >= plan.reset_limit) {
        shared.reset.fetch_sub(1);
        return false;
    }
    if (plan.reset_limit == 0)
        shared.reset.fetch_add(1);
    return true;
}

Decision decide(int fd, bool write)
{
    auto& shared = state();
    Plan plan;
    {
        std::lock_guard lock(shared.mutex);
        plan = shared.plan;
    }
    const auto index = shared.calls.fetch_add(1, std::memory_order_relaxed);
    if (plan.reset_on_idle_reuse && first_call_after_reuse(shared, fd) && write && take_a_reset(shared, plan))
        return {Fault::Reset, 0};
    if (index < plan.after)
        return {};
    const auto random = mix(plan.seed * 0x100000001b3ULL + index);
    const double draw = static_cast<double>(random >> 11) * 0x1.0p-53;
    double bound = plan.reset;
    if (draw < bound)
        return take_a_reset(shared, plan) ? Decision{Fault::Reset, random} : Decision{};
    if (draw < (bound += plan.eintr)) {
        shared.eintr.fetch_add(1, std::memory_order_relaxed);
        return {Fault::Eintr, random};
    }
    if (draw < (bound += plan.eagain)) {
        shared.eagain.fetch_add(1, std::memory_order_relaxed);
        return {Fault::Eagain, random};
    }
    if (draw < bound + plan.short_count)
        return {Fault::Short, mix(random)};
    return {};
}

// What a failing call returns; a reset also shuts the socket down, so the connection stays dead as a
// real reset would leave it and the server sees it go.
ssize_t fail(int fd, Fault fault)
{
    switch (fault) {
    case Fault::Eintr:
        errno = EINTR;
        break;
    case Fault::Eagain:
        errno = EAGAIN;
        break;
    default:
        ::shutdown(fd, SHUT_RDWR);
        errno = ECONNRESET;
        break;
    }
    return -1;
}

std::size_t shortened(std::size_t length, std::uint64_t random)
{
    state().short_count.fetch_add(1, std::memory_order_relaxed);
    return 1 + static_cast<std::size_t>(random % (length - 1));
}

} // namespace

ssize_t injected_recv(int fd, void* buffer, std::size_t length)
{
    const auto decision = decide(fd, false);
    if (decision.fault == Fault::Short && length > 1)
        return ::recv(fd, buffer, shortened(length, decision.random), 0);
    if (decision.fault == Fault::None || decision.fault == Fault::Short)
        return ::recv(fd, buffer, length, 0);
    return fail(fd, decision.fault);
}

ssize_t injected_send(int fd, const void* data, std::size_t length)
{
    const auto decision = decide(fd, true);
    if (decision.fault == Fault::Short && length > 1)
        return ::send(fd, data, shortened(length, decision.random), MSG_NOSIGNAL);
    if (decision.fault == Fault::None || decision.fault == Fault::Short)
        return ::send(fd, data, length, MSG_NOSIGNAL);
    return fail(fd, decision.fault);
}

void injected_taken_from_pool(int fd)
{
    auto& shared = state();
    std::lock_guard lock(shared.mutex);
    if (shared.plan.reset_on_idle_reuse)
        shared.reused[fd] = inode_of(fd);
}

namespace {

int descriptor(BIO* bio)
{
    return static_cast<int>(reinterpret_cast<std::intptr_t>(BIO_get_data(bio)));
}

bool should_retry(ssize_t result)
{
    return result < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
}

int bio_read(BIO* bio, char* buffer, int length)
{
    BIO_clear_retry_flags(bio);
    const auto result = recv(descriptor(bio), buffer, static_cast<std::size_t>(length));
    if (should_retry(result))
        BIO_set_retry_read(bio);
    return static_cast<int>(result);
}

int bio_write(BIO* bio, const char* data, int length)
{
    BIO_clear_retry_flags(bio);
    const auto result = send(descriptor(bio), data, static_cast<std::size_t>(length));
    if (should_retry(result))
        BIO_set_retry_write(bio);
    return static_cast<int>(result);
}

long bio_control(BIO* bio, int command, long, void* pointer)
{
    switch (command) {
    case BIO_CTRL_FLUSH:
        return 1;
    case BIO_C_GET_FD:
        if (pointer != nullptr)
            *static_cast<int*>(pointer) = descriptor(bio);
        return descriptor(bio);
    default:
        return 0;
    }
}

BIO_METHOD* faulty_socket_method()
{
    static BIO_METHOD* method = [] {
        BIO_METHOD* made = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "hinternet fault-injected socket");
        BIO_meth_set_read(made, bio_read);
        BIO_meth_set_write(made, bio_write);
        BIO_meth_set_ctrl(made, bio_control);
        return made;
    }();
    return method;
}

// Reads HINTERNET_FAULTS once, when the library is loaded, so a whole test binary runs under the plan.
const bool environment_plan_read = [] {
    const char* plan = std::getenv("HINTERNET_FAULTS");
    if (plan == nullptr || *plan == '\0')
        return false;
    if (hinternet::testing::set_fault_plan(plan))
        return true;
    // A typo must not pass for a run under faults.
    std::fprintf(stderr, "hinternet: HINTERNET_FAULTS=\"%s\" is not a fault plan; no faults are injected\n", plan);
    return false;
}();

} // namespace

bool attach_socket(SSL* ssl, int fd)
{
    if (!active.load(std::memory_order_relaxed))
        return SSL_set_fd(ssl, fd) == 1;
    BIO* bio = faulty_socket_method() != nullptr ? BIO_new(faulty_socket_method()) : nullptr;
    if (bio == nullptr)
        return false;
    BIO_set_data(bio, reinterpret_cast<void*>(static_cast<std::intptr_t>(fd)));
    BIO_set_init(bio, 1);
    SSL_set_bio(ssl, bio, bio);
    return true;
}

} // namespace hinternet::net::faults

namespace hinternet::testing {

bool set_fault_plan(const char* text)
{
    auto& shared = net::faults::state();
    net::faults::Plan plan;
    const bool wanted = text != nullptr && *text != '\0';
    const bool parsed = !wanted || net::faults::parse(text, plan);
    {
        std::lock_guard lock(shared.mutex);
        shared.plan = parsed ? plan : net::faults::Plan{};
        shared.reused.clear();
        shared.calls = 0;
        shared.eintr = 0;
        shared.eagain = 0;
        shared.short_count = 0;
        shared.reset = 0;
    }
    net::faults::active.store(wanted && parsed, std::memory_order_relaxed);
    return parsed;
}

FaultCounts fault_counts()
{
    auto& shared = net::faults::state();
    return {shared.calls.load(), shared.eintr.load(), shared.eagain.load(), shared.short_count.load(),
            shared.reset.load()};
}

} // namespace hinternet::testing

#include "bounds.h"
#include "byte_pattern.h"
#include "json_writer.h"
#include "parsing.h"
#include "python_random.h"
#include "responses.h"
#include "routes.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace hinterscope::playground {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t writeSize = 64 * 1024;

Clock::duration seconds(double value)
{
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(value));
}

// For bytes spread evenly over time (byte k is due k / rate seconds after start): waits until at least `batch`
// more bytes are due and returns how many are due in all, or nothing when the playground stops or the client
// left. Providers run while their request is being answered, so they may hold a reference to it.
std::optional<std::uint64_t> waitForDueBytes(const Context& context, const httplib::Request& req,
                                             Clock::time_point start, double rate, std::uint64_t sent,
                                             std::uint64_t total, std::uint64_t batch)
{
    const std::uint64_t target = std::min(total, sent + std::max<std::uint64_t>(batch, 1));
    if (!waitUntil(context, req, start + seconds(static_cast<double>(target - 1) / rate)))
        return std::nullopt;
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const auto due = static_cast<std::uint64_t>(std::min(elapsed * rate + 1, static_cast<double>(total)));
    return std::clamp(due, target, total);
}

// A query parameter parsed with parse, or fallback when absent; nothing (and a 400 sent) when malformed.
template <class T, class Parse>
std::optional<T> queryValue(const httplib::Request& req, httplib::Response& res, std::string_view name, T fallback,
                            Parse parse, std::string_view expectation)
{
    const auto text = queryParameter(req, name);
    if (!text)
        return fallback;
    std::optional<T> value = parse(*text);
    if (!value)
        sendProblem(res, std::string(name) + " must be " + std::string(expectation));
    return value;
}

std::optional<std::int64_t> seedOf(const httplib::Request& req, httplib::Response& res, bool* seeded)
{
    const auto text = queryParameter(req, "seed");
    *seeded = text.has_value();
    if (!text)
        return 0;
    const auto seed = parseInteger(*text, INT64_MIN, INT64_MAX);
    if (!seed)
        sendProblem(res, "seed must be a whole number that fits in 64 bits");
    return seed;
}

bool rangeSatisfiable(const httplib::Range& range, std::uint64_t size)
{
    const auto [first, last] = range;
    if (first < 0) // suffix range: the last `last` bytes
        return last > 0 && size > 0;
    return static_cast<std::uint64_t>(first) < size && (last < 0 || last >= first);
}

// Sets 200 or 206 for a ranged resource of this size, or sends 416 with "Content-Range: bytes */size" when no
// range can be served. cpp-httplib itself cuts the body and writes Content-Range for 206.
bool prepareRanges(const httplib::Request& req, httplib::Response& res, std::uint64_t size)
{
    addHeader(res, "Accept-Ranges", "bytes");
    if (req.ranges.empty()) {
        res.status = 200;
        return true;
    }
    if (std::none_of(req.ranges.begin(), req.ranges.end(), [&](const auto& r) { return rangeSatisfiable(r, size); })) {
        addHeader(res, "Content-Range", "bytes */" + std::to_string(size));
        ignoreRanges(req);
        sendBody(res, 416, {}, {});
        return false;
    }
    res.status = 206;
    return true;
}

void addStreamingRoutes(Router& router, Context& context)
{
    router.on(Get, "/stream/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto requested = pathInteger(req, 1, 0, INT32_MAX, res);
        if (!requested)
            return;
        const int lines = static_cast<int>(std::min<long long>(*requested, limits::streamLines));
        auto line = std::make_shared<QJsonObject>(echo(req, EchoUrl | EchoArgs | EchoHeaders | EchoOrigin));
        auto next = std::make_shared<int>(0);
        res.status = 200;
        res.set_chunked_content_provider(std::string(jsonType), [line, next, lines](size_t, httplib::DataSink& sink) {
            if (*next >= lines) {
                sink.done();
                return true;
            }
            line->insert(QStringLiteral("id"), *next);
            ++*next;
            const std::string text = writeJson(*line, JsonLayout::OneLine) + "\n";
            return sink.write(text.data(), text.size());
        });
    });

    router.on(Get, "/sse", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto count = queryValue(
            req, res, "count", 10LL, [](std::string_view t) { return parseInteger(t, 1, limits::sseEvents); },
            "a whole number from 1 to 1000");
        if (!count)
            return;
        const auto interval = queryValue(
            req, res, "interval_ms", 1000LL,
            [](std::string_view t) { return parseInteger(t, 0, limits::sseIntervalMs); },
            "a number of milliseconds from 0 to 10000");
        if (!interval)
            return;
        if (static_cast<double>(*count) * static_cast<double>(*interval) / 1000.0 > limits::sseSeconds) {
            sendProblem(res, "count × interval_ms may be at most 300 seconds");
            return;
        }
        auto next = std::make_shared<long long>(0);
        addHeader(res, "Cache-Control", "no-cache");
        res.status = 200;
        // Exactly "text/event-stream": cpp-httplib never compresses that type, so events arrive as sent.
        res.set_chunked_content_provider("text/event-stream", [&context, &req, next, count = *count,
                                                               interval = *interval](size_t, httplib::DataSink& sink) {
            if (*next >= count) {
                sink.done();
                return true;
            }
            if (*next > 0 && !waitFor(context, req, std::chrono::milliseconds(interval)))
                return false;
            const auto id = std::to_string(*next);
            const std::string event =
                "id: " + id + "\nevent: tick\ndata: {\"id\": " + id + ", \"count\": " + std::to_string(count) + "}\n\n";
            ++*next;
            return sink.write(event.data(), event.size());
        });
    });

    router.on(Get, "/chunked/([^/]+)", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto count = pathInteger(req, 1, 0, limits::chunks, res);
        if (!count)
            return;
        const auto interval = queryValue(
            req, res, "interval_ms", 0LL,
            [](std::string_view t) { return parseInteger(t, 0, limits::chunkIntervalMs); },
            "a number of milliseconds from 0 to 1000");
        if (!interval)
            return;
        if (static_cast<double>(*count) * static_cast<double>(*interval) / 1000.0 > limits::chunkedSeconds) {
            sendProblem(res, "n × interval_ms may be at most 60 seconds");
            return;
        }
        auto next = std::make_shared<long long>(0);
        res.status = 200;
        res.set_chunked_content_provider(
            std::string(textType),
            [&context, &req, next, count = *count, interval = *interval](size_t, httplib::DataSink& sink) {
                if (*next >= count) {
                    sink.done();
                    return true;
                }
                if (*next > 0 && interval > 0 && !waitFor(context, req, std::chrono::milliseconds(interval)))
                    return false;
                ++*next;
                // Each write is one chunk on the wire.
                const std::string chunk = "chunk " + std::to_string(*next) + " of " + std::to_string(count) + "\n";
                return sink.write(chunk.data(), chunk.size());
            });
    });
}

void addRandomRoutes(Router& router, Context&)
{
    router.on(Get, "/bytes/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto requested = pathInteger(req, 1, 0, INT64_MAX, res);
        bool seeded = false;
        const auto seed = requested ? seedOf(req, res, &seeded) : std::nullopt;
        if (!requested || !seed)
            return;
        const auto size = std::min<std::uint64_t>(static_cast<std::uint64_t>(*requested), limits::randomBytes);
        PythonRandom random = seeded ? PythonRandom(*seed) : PythonRandom();
        std::string body(size, '\0');
        for (char& byte : body)
            byte = static_cast<char>(random.nextByte());
        sendBody(res, 200, std::move(body), binaryType);
    });

    router.on(Get, "/stream-bytes/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto requested = pathInteger(req, 1, 0, INT64_MAX, res);
        bool seeded = false;
        const auto seed = requested ? seedOf(req, res, &seeded) : std::nullopt;
        if (!requested || !seed)
            return;
        const auto chunkSize = queryValue(
            req, res, "chunk_size", 10LL * 1024,
            [](std::string_view t) { return parseInteger(t, INT64_MIN, INT64_MAX); }, "a whole number");
        if (!chunkSize)
            return;
        struct State {
            PythonRandom random;
            std::uint64_t left;
            std::size_t chunk;
        };
        auto state = std::make_shared<State>(
            State{seeded ? PythonRandom(*seed) : PythonRandom(),
                  std::min<std::uint64_t>(static_cast<std::uint64_t>(*requested), limits::randomBytes),
                  static_cast<std::size_t>(std::clamp<long long>(*chunkSize, 1, limits::randomBytes))});
        res.status = 200;
        res.set_chunked_content_provider(std::string(binaryType), [state](size_t, httplib::DataSink& sink) {
            if (state->left == 0) {
                sink.done();
                return true;
            }
            std::string chunk(std::min<std::uint64_t>(state->chunk, state->left), '\0');
            for (char& byte : chunk)
                byte = static_cast<char>(state->random.nextByte());
            state->left -= chunk.size();
            return sink.write(chunk.data(), chunk.size());
        });
    });
}

void addPacedRoutes(Router& router, Context& context)
{
    router.on(Get, "/drip", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto duration = queryValue(
            req, res, "duration", 2.0, [](std::string_view t) { return parseNumber(t, 0, limits::dripSeconds); },
            "a number of seconds from 0 to 60");
        if (!duration)
            return;
        const auto requested = queryValue(
            req, res, "numbytes", 10LL, [](std::string_view t) { return parseInteger(t, 1, INT64_MAX); },
            "a positive whole number");
        if (!requested)
            return;
        const auto code = queryValue(
            req, res, "code", 200LL,
            [](std::string_view t) -> std::optional<long long> {
                const auto value = parseInteger(t, 200, 599);
                return value && *value != 204 && *value != 205 && *value != 304 ? value : std::nullopt;
            },
            "a status from 200 to 599 that may carry a body");
        if (!code)
            return;
        const auto delay = queryValue(
            req, res, "delay", 0.0, [](std::string_view t) { return parseNumber(t, 0, limits::dripDelaySeconds); },
            "a number of seconds from 0 to 10");
        if (!delay)
            return;
        if (*delay > 0 && !waitFor(context, req, seconds(*delay))) {
            sendProblem(res, "the playground is stopping", 503);
            return;
        }
        const auto total = std::min<std::uint64_t>(static_cast<std::uint64_t>(*requested), limits::dripBytes);
        const double rate = *duration > 0 ? static_cast<double>(total) / *duration : 0;
        auto start = std::make_shared<std::optional<Clock::time_point>>();
        res.status = static_cast<int>(*code);
        res.set_content_provider(
            total, std::string(binaryType),
            [&context, &req, start, rate, total](size_t offset, size_t length, httplib::DataSink& sink) {
                static const std::string stars(writeSize, '*');
                if (!*start)
                    *start = Clock::now();
                std::uint64_t due = total;
                if (rate > 0) {
                    const auto waited = waitForDueBytes(context, req, **start, rate, offset, total, 1);
                    if (!waited)
                        return false;
                    due = *waited;
                }
                const auto count = std::min<std::uint64_t>({due - offset, length, writeSize});
                return sink.write(stars.data(), count);
            });
    });

    router.on(Get, "/slow/([^/]+)", [&context](const httplib::Request& req, httplib::Response& res) {
        const std::string rateText = req.matches[1].str();
        const auto rate = parseByteSize(rateText, limits::slowRate);
        if (!rate || *rate == 0) {
            sendProblem(res, "the rate must be 1 to 1GiB bytes per second, e.g. 1024 or 64KiB");
            return;
        }
        const auto size = queryValue(
            req, res, "size", std::min<std::uint64_t>(*rate * 5, limits::largeBytes),
            [](std::string_view t) { return parseByteSize(t, limits::largeBytes); }, "a size up to 16GiB, e.g. 1MiB");
        if (!size)
            return;
        if (static_cast<double>(*size) / static_cast<double>(*rate) > limits::slowSeconds) {
            sendProblem(res, "size / rate may be at most 300 seconds");
            return;
        }
        struct State {
            std::optional<Clock::time_point> start;
            std::uint64_t sent = 0;
            std::vector<unsigned char> buffer = std::vector<unsigned char>(writeSize);
        };
        auto state = std::make_shared<State>();
        const double bytesPerSecond = static_cast<double>(*rate);
        // About twenty writes a second: smooth enough to watch, few enough to stay cheap.
        const std::uint64_t batch = std::max<std::uint64_t>(1, *rate / 20);
        res.status = 200;
        res.set_content_provider(*size, std::string(binaryType),
                                 [&context, &req, state, bytesPerSecond, batch,
                                  total = *size](size_t offset, size_t length, httplib::DataSink& sink) {
                                     if (!state->start)
                                         state->start = Clock::now();
                                     const auto due = waitForDueBytes(context, req, *state->start, bytesPerSecond,
                                                                      state->sent, total, batch);
                                     if (!due)
                                         return false;
                                     const auto count =
                                         std::min<std::uint64_t>({*due - state->sent, length, writeSize});
                                     fillPattern(offset, state->buffer.data(), count);
                                     state->sent += count;
                                     return sink.write(reinterpret_cast<const char*>(state->buffer.data()), count);
                                 });
    });
}

void addRangedRoutes(Router& router, Context& context)
{
    router.on(Get, "/range/([^/]+)", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto requested = parseInteger(req.matches[1].str(), INT64_MIN, INT64_MAX);
        if (!requested) {
            ignoreRanges(req);
            sendProblem(res, "expected a whole number of bytes");
            return;
        }
        const std::string tag = "range" + std::to_string(*requested);
        if (*requested <= 0 || static_cast<std::uint64_t>(*requested) > limits::rangeBytes) {
            ignoreRanges(req);
            addHeader(res, "ETag", tag);
            addHeader(res, "Accept-Ranges", "bytes");
            sendBody(res, 404, "number of bytes must be in the range (0, 102400]", htmlType);
            return;
        }
        const auto size = static_cast<std::uint64_t>(*requested);
        const auto chunk = queryValue(
            req, res, "chunk_size", 10LL * 1024,
            [](std::string_view t) { return parseInteger(t, INT64_MIN, INT64_MAX); }, "a whole number");
        const auto duration = chunk ? queryValue(
                                          req, res, "duration", 0.0,
                                          [](std::string_view t) { return parseNumber(t, 0, limits::rangeSeconds); },
                                          "a number of seconds from 0 to 10")
                                    : std::nullopt;
        if (!chunk || !duration) {
            ignoreRanges(req);
            return;
        }
        addHeader(res, "ETag", tag);
        if (!prepareRanges(req, res, size))
            return;
        if (res.status == 200)
            addHeader(res, "Content-Range", "bytes 0-" + std::to_string(size - 1) + "/" + std::to_string(size));
        struct State {
            std::optional<Clock::time_point> start;
            std::uint64_t sent = 0;
        };
        auto state = std::make_shared<State>();
        const double rate = *duration > 0 ? static_cast<double>(size) / *duration : 0;
        const auto batch = static_cast<std::uint64_t>(std::clamp<long long>(*chunk, 1, limits::rangeBytes));
        res.set_content_provider(
            size, std::string(binaryType),
            [&context, &req, state, rate, batch, size](size_t offset, size_t length, httplib::DataSink& sink) {
                if (!state->start)
                    state->start = Clock::now();
                std::uint64_t count = std::min<std::uint64_t>(length, batch);
                if (rate > 0) {
                    const auto due = waitForDueBytes(context, req, *state->start, rate, state->sent, size, batch);
                    if (!due)
                        return false;
                    count = std::min<std::uint64_t>(count, std::max<std::uint64_t>(*due - state->sent, 1));
                }
                // httpbin's content: the letters a to z over and over, by absolute position.
                std::string data(count, '\0');
                for (std::uint64_t i = 0; i < count; ++i)
                    data[i] = static_cast<char>('a' + (offset + i) % 26);
                state->sent += count;
                return sink.write(data.data(), data.size());
            });
    });

    router.on(Get, "/large/([^/]+)", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto size = parseByteSize(req.matches[1].str(), limits::largeBytes);
        if (!size) {
            ignoreRanges(req);
            sendProblem(res, "the size must be at most 16GiB, e.g. 1048576, 10MiB or 4GiB");
            return;
        }
        addHeader(res, "ETag", "\"large-" + std::to_string(*size) + "\"");
        if (!prepareRanges(req, res, *size))
            return;
        if (*size == 0) {
            sendBody(res, 200, {}, binaryType);
            return;
        }
        // Generated as it is written, 64 KiB at a time: the server holds no more than that per download.
        auto buffer = std::make_shared<std::vector<unsigned char>>(writeSize);
        res.set_content_provider(*size, std::string(binaryType),
                                 [&context, buffer](size_t offset, size_t length, httplib::DataSink& sink) {
                                     if (context.stop.raised())
                                         return false;
                                     const auto count = std::min(length, buffer->size());
                                     fillPattern(offset, buffer->data(), count);
                                     return sink.write(reinterpret_cast<const char*>(buffer->data()), count);
                                 });
    });
}

// One JSON array on a single line, exactly `size` bytes, for viewers and pretty-printers under load: fixed-width
// records, so any byte can be generated from its offset alone, then spaces up to the closing bracket.
class LargeJsonDocument {
public:
    explicit LargeJsonDocument(std::uint64_t size)
        : size_(size)
        , records_(size >= 2 ? (size - 2) / recordWidth : 0)
    {}

    void fill(std::uint64_t offset, char* out, std::size_t count) const
    {
        // Record by record: one formatted record serves up to 64 bytes.
        std::size_t done = 0;
        while (done < count) {
            const std::uint64_t position = offset + done;
            if (position == 0 || position >= size_ - 1 || (position - 1) / recordWidth >= records_) {
                out[done++] = position == 0 ? '[' : position == size_ - 1 ? ']' : ' ';
                continue;
            }
            const std::uint64_t index = (position - 1) / recordWidth;
            const std::uint64_t within = (position - 1) % recordWidth;
            char record[128]; // room for the widest numbers the format allows; the records used are 64 bytes
            // 63 characters and a separator: {"id":0000000001,"name":"item-0000000001","tags":["abc","def"]}
            std::snprintf(record, sizeof record,
                          "{\"id\":%010llu,\"name\":\"item-%010llu\",\"tags\":[\"abc\",\"def\"]}%c",
                          static_cast<unsigned long long>(index), static_cast<unsigned long long>(index),
                          index + 1 < records_ ? ',' : ' ');
            const std::size_t take = std::min<std::size_t>(count - done, recordWidth - within);
            std::memcpy(out + done, record + within, take);
            done += take;
        }
    }

private:
    static constexpr std::uint64_t recordWidth = 64;

    std::uint64_t size_;
    std::uint64_t records_;
};

void addLargeJsonRoute(Router& router, Context& context)
{
    router.on(Get, "/large-json/([^/]+)", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto size = parseByteSize(req.matches[1].str(), limits::largeBytes);
        if (!size || *size < 2) {
            sendProblem(res, "the size must be 2 bytes to 16GiB, e.g. 50MB");
            return;
        }
        auto document = std::make_shared<LargeJsonDocument>(*size);
        auto buffer = std::make_shared<std::vector<char>>(writeSize);
        res.set_content_provider(*size, "application/json",
                                 [&context, document, buffer](size_t offset, size_t length, httplib::DataSink& sink) {
                                     if (context.stop.raised())
                                         return false;
                                     const auto count = std::min(length, buffer->size());
                                     document->fill(offset, buffer->data(), count);
                                     return sink.write(buffer->data(), count);
                                 });
    });
}

} // namespace

void addStreamRoutes(Router& router, Context& context)
{
    addStreamingRoutes(router, context);
    addRandomRoutes(router, context);
    addPacedRoutes(router, context);
    addRangedRoutes(router, context);
    addLargeJsonRoute(router, context);
}

} // namespace hinterscope::playground

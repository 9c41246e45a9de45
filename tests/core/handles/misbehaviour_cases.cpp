#include "misbehaviour_cases.h"

#include <zlib.h>

#include <chrono>
#include <stdexcept>
#include <thread>

using namespace std::chrono_literals;
using namespace std::string_literals;

namespace hs::test::misbehaviour {
namespace {

constexpr DWORD invalid_response = ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
constexpr DWORD connection_error = ERROR_WINHTTP_CONNECTION_ERROR;
constexpr DWORD timeout = ERROR_WINHTTP_TIMEOUT;
constexpr DWORD redirect_failed = ERROR_WINHTTP_REDIRECT_FAILED;
constexpr std::size_t mib = 1024 * 1024;

// ---- what the servers do ---------------------------------------------------------------------------------

enum class Then {
    Close,         // FIN after the bytes
    Reset,         // RST after the bytes
    WaitForClient, // keep the connection open until the client gives up
};

void finish(ScriptedConnection& connection, Then then)
{
    if (then == Then::Reset)
        connection.reset();
    else if (then == Then::WaitForClient)
        connection.wait_for_client_close(8s);
}

// Reads one request, answers with these bytes, then does what `then` says.
Script reply(std::string bytes, Then then = Then::Close)
{
    return [bytes = std::move(bytes), then](ScriptedConnection& connection, int, const Ports& ports) {
        if (connection.read_request().empty())
            return;
        connection.send(fill_ports(bytes, ports));
        finish(connection, then);
    };
}

// Answers every request on a connection with the same bytes, for as long as the client keeps it open.
Script reply_each(std::string bytes)
{
    return [bytes = std::move(bytes)](ScriptedConnection& connection, int, const Ports& ports) {
        while (!connection.read_request(2s).empty())
            connection.send(fill_ports(bytes, ports));
    };
}

// Requests for "/" get the first answer (a redirect), requests for anything else the second.
Script redirect_then(std::string redirect, std::string landing)
{
    return [redirect = std::move(redirect), landing = std::move(landing)](ScriptedConnection& connection, int,
                                                                          const Ports& ports) {
        for (;;) {
            const auto request = connection.read_request(2s);
            if (request.empty())
                return;
            const bool root = request.find(" / HTTP/1.1\r\n") != std::string::npos;
            connection.send(fill_ports(root ? redirect : landing, ports));
        }
    };
}

std::string many_headers(int count, std::size_t value_size)
{
    std::string head = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < count; ++i)
        head += "X-H" + std::to_string(i) + ": " + std::string(value_size, 'v') + "\r\n";
    return head + "Content-Length: 2\r\n\r\nok";
}

std::string ok(std::string_view body)
{
    return "HTTP/1.1 200 OK\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

// ---- compressed bodies -------------------------------------------------------------------------------------

std::string gzip(std::string_view data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        throw std::runtime_error("deflate");
    return out;
}

std::string gzip_times(std::string data, int times)
{
    for (int i = 0; i < times; ++i)
        data = gzip(data);
    return data;
}

// A valid gzip member of `mebibytes` MiB of zeros, built without compressing them all: after a full flush
// deflate starts afresh, so the blocks for each further MiB of zeros are the same bytes every time.
std::string gzip_of_zeros(std::uint64_t mebibytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    const std::string zeros(mib, '\0');
    std::string segment(mib, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
    stream.avail_in = static_cast<uInt>(zeros.size());
    stream.next_out = reinterpret_cast<Bytef*>(segment.data());
    stream.avail_out = static_cast<uInt>(segment.size());
    deflate(&stream, Z_FULL_FLUSH);
    segment.resize(segment.size() - stream.avail_out);
    char ending[64];
    stream.next_out = reinterpret_cast<Bytef*>(ending);
    stream.avail_out = sizeof ending;
    deflate(&stream, Z_FINISH);
    const std::string last_block(ending, sizeof ending - stream.avail_out);
    deflateEnd(&stream);

    std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    out.reserve(out.size() + segment.size() * mebibytes + 16);
    const uLong segment_crc = crc32(0, reinterpret_cast<const Bytef*>(zeros.data()), static_cast<uInt>(mib));
    uLong crc = 0;
    for (std::uint64_t i = 0; i < mebibytes; ++i) {
        out += segment;
        crc = i == 0 ? segment_crc : crc32_combine(crc, segment_crc, static_cast<z_off_t>(mib));
    }
    out += last_block;
    const std::uint64_t size = mebibytes * mib;
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((crc >> (8 * i)) & 0xff));
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((size >> (8 * i)) & 0xff));
    return out;
}

std::string encoded_response(std::string_view encoding, const std::string& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Encoding: "s + std::string(encoding) +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// ---- expectations ------------------------------------------------------------------------------------------

Expected fails(Phase phase, DWORD error)
{
    return Expected{phase, error, 0, {}};
}

Expected succeeds(DWORD status, std::string body)
{
    return Expected{Phase::None, ERROR_SUCCESS, status, std::move(body)};
}

CurlComparison agrees()
{
    return {};
}

CurlComparison differs(std::string why)
{
    return CurlComparison{true, false, std::move(why), false};
}

CurlComparison not_compared(std::string why)
{
    return CurlComparison{false, false, std::move(why), false};
}

Case make(std::string name, std::string what, Script script, Expected expected, CurlComparison curl = agrees())
{
    Case c;
    c.name = std::move(name);
    c.what = std::move(what);
    c.script = std::move(script);
    c.expected = std::move(expected);
    c.curl = std::move(curl);
    return c;
}

std::string request_line(const Observed& observed, std::size_t index)
{
    if (index >= observed.requests.size())
        return {};
    const auto& request = observed.requests[index];
    return request.substr(0, request.find("\r\n"));
}

std::vector<Case> build_cases()
{
    std::vector<Case> cases;
    const auto add = [&cases](Case c) -> Case& { return cases.emplace_back(std::move(c)); };

    // -- the status line
    add(make("no_status_line", "header fields and a body, no status line", reply("Content-Length: 2\r\n\r\nok"),
             fails(Phase::Receive, invalid_response)));
    add(make("garbage_status", "`HTTP/1.1 abc Nope`", reply("HTTP/1.1 abc Nope\r\n\r\n"),
             fails(Phase::Receive, invalid_response)));
    add(make("http09_reply", "an HTTP/0.9 reply (the body, no head)", reply("<html>hello</html>"),
             fails(Phase::Receive, invalid_response)));
    add(make("closed_before_answer", "reads the request, closes (FIN) without a byte", reply(""),
             fails(Phase::Receive, invalid_response)));
    add(make("switching_protocols", "an unasked-for `101 Switching Protocols`",
             reply("HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n"),
             fails(Phase::Receive, invalid_response)));

    // -- framing
    add(make("length_and_chunked", "`Content-Length` and `Transfer-Encoding: chunked` together",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §6.1 lets a client either reject or let chunked win; both framings at once is the "
                     "classic smuggling vector, so we reject it (llhttp strict mode)")));
    add(make("two_lengths", "two differing `Content-Length` fields",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §6.3: differing lengths make the framing invalid and a user agent must discard "
                     "the response; curl takes the last value")));
    add(make("repeated_equal_lengths", "`Content-Length: 2` twice",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9110 §8.6 allows, but does not require, accepting identical repeated values; llhttp "
                     "rejects any repeated Content-Length and we keep its strict reading")));
    add(make("negative_length", "`Content-Length: -1`", reply("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"),
             fails(Phase::Receive, invalid_response)));
    add(make("overflowing_length", "`Content-Length: 99999999999999999999999`",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nabc"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §6.3: an invalid Content-Length is an unrecoverable framing error; curl reads "
                     "the body until the connection closes instead")));
    {
        auto& c = add(make("huge_length_short_body", "`Content-Length: 2^62`, 3 bytes, FIN",
                           reply("HTTP/1.1 200 OK\r\nContent-Length: 4611686018427387904\r\n\r\nabc"),
                           fails(Phase::Read, connection_error)));
        c.memory_cap = 64 * mib; // nothing may be sized by what the server announces
    }
    add(make("truncated_body", "`Content-Length: 10`, 5 bytes, FIN",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), fails(Phase::Read, connection_error)));
    add(make("close_delimited_body", "no length, no chunking: the body ends at FIN",
             reply("HTTP/1.1 200 OK\r\n\r\nuntil the end"), succeeds(200, "until the end")));
    add(make("non_hex_chunk", "chunk size `zz`",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"),
             fails(Phase::Read, invalid_response)));
    add(make("negative_chunk", "chunk size `-1`",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n0\r\n\r\n"),
             fails(Phase::Read, invalid_response)));
    add(make("overflowing_chunk", "chunk size `FFFFFFFFFFFFFFFFFF` (72 bits)",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n"),
             fails(Phase::Read, invalid_response)));
    add(make("missing_final_chunk", "chunked body without the `0` chunk, FIN",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"),
             fails(Phase::Read, connection_error)));
    add(make("chunked_with_extensions_and_trailers", "chunk extensions and a trailer field",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n"
                   "X-Trailer: t\r\n\r\n"),
             succeeds(200, "abcde")));

    // -- header syntax and size
    add(make("bare_lf_line_endings", "LF instead of CRLF everywhere", reply("HTTP/1.1 200 OK\nContent-Length: 2\n\nok"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §2.2 only allows (MAY) accepting a bare LF; llhttp's strict mode refuses it so that "
                     "no two parsers on the path can disagree about where a line ends")));
    add(make("obs_fold", "a header continued on the next line (obs-fold)",
             reply("HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 2\r\n\r\nok"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §5.2 lets a user agent reject obs-fold or unfold it; we reject (llhttp strict), "
                     "curl unfolds")));
    add(make("nul_in_header", "a NUL byte inside a header value",
             reply("HTTP/1.1 200 OK\r\nX-A: a\0b\r\nContent-Length: 2\r\n\r\nok"s),
             fails(Phase::Receive, invalid_response)));
    {
        auto& c = add(make("header_block_over_cap", "600 fields of 600 bytes (360 KB, over the 256 KiB cap)",
                           reply(many_headers(600, 600)), fails(Phase::Receive, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW)));
        c.memory_cap = 64 * mib;
    }
    {
        auto& c = add(make("ten_thousand_headers", "10,000 short header fields", reply(many_headers(10000, 1)),
                           fails(Phase::Receive, ERROR_WINHTTP_HEADER_COUNT_EXCEEDED)));
        c.memory_cap = 64 * mib;
    }
    {
        auto& c = add(make("one_mebibyte_reason_phrase", "a status line with a 1 MiB reason phrase",
                           reply("HTTP/1.1 200 " + std::string(mib, 'a') + "\r\nContent-Length: 0\r\n\r\n"),
                           fails(Phase::Receive, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW)));
        c.memory_cap = 64 * mib;
    }
    add(make("space_before_colon", "`X-A : b` (whitespace between name and colon)",
             reply("HTTP/1.1 200 OK\r\nX-A : b\r\nContent-Length: 2\r\n\r\nok"),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §5.1 forbids whitespace before the colon (servers must reject it, proxies strip "
                     "it); llhttp strict refuses it, curl strips it")));
    {
        std::string trailers = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n";
        for (int i = 0; i < 600; ++i)
            trailers += "X-T" + std::to_string(i) + ": " + std::string(600, 't') + "\r\n";
        auto& c = add(make("huge_trailer_section", "600 trailer fields of 600 bytes after the last chunk",
                           reply(trailers + "\r\n"), fails(Phase::Read, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW),
                           differs("trailer fields are kept like header fields, so they count against the same "
                                   "256 KiB cap; curl discards trailers without a limit")));
        c.memory_cap = 64 * mib;
    }
    {
        auto& c = add(make("one_mebibyte_chunk_extension", "a chunk extension of 1 MiB",
                           reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=" + std::string(mib, 'e') +
                                 "\r\nabc\r\n0\r\n\r\n"),
                           succeeds(200, "abc")));
        c.memory_cap = 64 * mib;
    }
    {
        auto& c =
            add(make("one_mebibyte_header", "a single 1 MiB header line",
                     reply("HTTP/1.1 200 OK\r\nX-Big: " + std::string(mib, 'a') + "\r\nContent-Length: 0\r\n\r\n"),
                     fails(Phase::Receive, ERROR_WINHTTP_HEADER_SIZE_OVERFLOW)));
        c.memory_cap = 64 * mib;
    }

    // -- interim responses
    add(make("interim_responses", "`100` and `103` before the `200`",
             reply("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                   "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"),
             succeeds(200, "ok")));
    cases.back().check = [](const Observed& observed) -> std::string {
        if (!observed.interim.empty() && observed.interim != std::vector<DWORD>{100, 103})
            return "INTERMEDIATE_RESPONSE statuses were not 100, 103";
        return {};
    };
    {
        std::string endless;
        for (int i = 0; i < 11; ++i)
            endless += "HTTP/1.1 100 Continue\r\n\r\n";
        add(make("eleven_interim_responses", "eleven `100 Continue` before the `200`", reply(endless + ok("ok")),
                 fails(Phase::Receive, invalid_response),
                 differs("interim responses are capped by WINHTTP_OPTION_MAX_HTTP_STATUS_CONTINUE (10, as on "
                         "Windows) so a server cannot keep a request in ReceiveResponse forever; curl reads any "
                         "number")));
    }
    {
        auto& c =
            add(make("continue_to_post", "`100 Continue` then `201` to a POST with a body",
                     reply("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 7\r\n\r\ncreated"),
                     succeeds(201, "created")));
        c.request.verb = "POST";
        c.request.body = "hello";
        c.check = [](const Observed& observed) -> std::string {
            if (observed.requests.empty() || !observed.requests[0].ends_with("\r\n\r\nhello"))
                return "the POST body did not reach the server";
            return {};
        };
    }

    // -- responses that have no body whatever they say
    {
        auto& c = add(make("no_content_with_body", "`204` with `Content-Length: 5` and 5 bytes, twice",
                           reply_each("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello"), succeeds(204, "")));
        c.request.warmups = 1; // the stray bytes must not become the next response
    }
    {
        auto& c =
            add(make("not_modified_with_body", "`304` with `Content-Length: 5` and 5 bytes, twice",
                     reply_each("HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\nhello"), succeeds(304, "")));
        c.request.warmups = 1;
    }
    {
        auto& c = add(make("head_with_length", "HEAD answered with `Content-Length: 1000` and no body, twice",
                           reply_each("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"), succeeds(200, "")));
        c.request.verb = "HEAD";
        c.request.warmups = 1;
        c.check = [](const Observed& observed) -> std::string {
            if (observed.connections != 1)
                return "the HEAD did not leave its connection reusable (" + std::to_string(observed.connections) +
                       " connections)";
            return {};
        };
    }

    // -- the connection breaks
    add(make("reset_before_answer", "RST right after reading the request", reply("", Then::Reset),
             fails(Phase::Receive, connection_error)));
    add(make("reset_mid_headers", "RST in the middle of the header block",
             reply("HTTP/1.1 200 OK\r\nContent-Le", Then::Reset), fails(Phase::Receive, connection_error)));
    add(make("closed_mid_headers", "FIN in the middle of the header block",
             reply("HTTP/1.1 200 OK\r\nContent-Le", Then::Close), fails(Phase::Receive, invalid_response),
             differs("a head cut off before its blank line is not a response; curl delivers the part it got as "
                     "a 200 with an empty body")));
    add(make("reset_mid_body", "RST after 5 of 10 body bytes",
             reply("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", Then::Reset),
             fails(Phase::Read, connection_error)));
    add(make("reset_mid_chunk", "RST after 3 bytes of an 8-byte chunk",
             reply("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\nabc", Then::Reset),
             fails(Phase::Read, connection_error)));
    {
        auto& c = add(make(
            "keep_alive_closed_between_requests",
            "answers, then reads the next request on the same connection and closes",
            [](ScriptedConnection& connection, int index, const Ports&) {
                connection.read_request();
                if (index == 0) {
                    connection.send(ok("ok"));
                    connection.read_request();
                    return; // closed without a word: the idle connection went stale
                }
                connection.send(ok("retry"));
            },
            succeeds(200, "retry")));
        c.request.warmups = 1;
        c.check = [](const Observed& observed) -> std::string {
            return observed.connections == 2 ? "" : "expected exactly one retry on a new connection";
        };
    }
    {
        auto& c = add(make(
            "keep_alive_closed_before_post", "the same, when the second request is a POST",
            [](ScriptedConnection& connection, int index, const Ports&) {
                connection.read_request();
                if (index == 0) {
                    connection.send(ok("ok"));
                    connection.read_request();
                    return;
                }
                connection.send(ok("retry"));
            },
            fails(Phase::Receive, invalid_response),
            differs("RFC 9110 §9.2.2: a client must not retry a non-idempotent request by itself; "
                    "curl resends a POST whose connection died before any response byte")));
        c.request.verb = "POST";
        c.request.body = "x";
        c.request.warmups = 1;
    }

    // -- time
    {
        auto& c = add(make("never_answers", "accepts, reads the request, never answers", reply("", Then::WaitForClient),
                           fails(Phase::Receive, timeout)));
        c.request.receive_timeout_ms = 300;
    }
    {
        auto& c = add(make("stalls_mid_body", "sends 3 of 10 body bytes, then nothing",
                           reply("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", Then::WaitForClient),
                           fails(Phase::Read, timeout)));
        c.request.receive_timeout_ms = 300;
    }
    {
        auto& c = add(make(
            "trickles_body_one_byte_per_second",
            "the body at one byte per second, 400 ms receive "
            "timeout",
            [](ScriptedConnection& connection, int, const Ports&) {
                connection.read_request();
                connection.send("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n");
                connection.send_slowly("slow", 1s);
            },
            fails(Phase::Read, timeout)));
        c.request.receive_timeout_ms = 400;
    }
    {
        auto& c = add(make(
            "trickles_body_within_timeout", "the body at one byte per 50 ms, 1 s receive timeout",
            [](ScriptedConnection& connection, int, const Ports&) {
                connection.read_request();
                connection.send("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n");
                connection.send_slowly("slow", 50ms);
            },
            succeeds(200, "slow")));
        c.request.receive_timeout_ms = 1000;
    }
    {
        auto& c = add(make(
            "trickles_head_past_response_timeout",
            "the head at one byte per 100 ms: each read is in time, the whole head is not",
            [](ScriptedConnection& connection, int, const Ports&) {
                connection.read_request();
                connection.send_slowly(ok("late"), 100ms);
            },
            fails(Phase::Receive, timeout)));
        c.request.receive_timeout_ms = 1000;
        c.request.receive_response_timeout_ms = 500;
    }
    {
        auto& c = add(make(
            "never_reads_the_request", "accepts but never reads a 16 MiB POST body",
            [](ScriptedConnection& connection, int, const Ports&) { connection.wait_for_hangup_without_reading(8s); },
            fails(Phase::Send, timeout)));
        c.request.verb = "POST";
        c.request.body = std::string(16 * mib, 'b');
        c.request.send_timeout_ms = 300;
    }

    // -- content codings (decompression on)
    {
        auto& c = add(make("gzip_body", "a valid gzip body (the control case)",
                           reply(encoded_response("gzip", gzip("hello, gzip"))), succeeds(200, "hello, gzip")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }
    {
        auto& c =
            add(make("corrupt_gzip", "`Content-Encoding: gzip` over bytes that are not gzip",
                     reply(encoded_response("gzip", "definitely not gzip")), fails(Phase::Read, invalid_response)));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }
    {
        auto body = gzip(std::string(4096, 'x') + "end");
        body.resize(body.size() - 6); // into the CRC-32 and length trailer, after the last deflate block
        auto& c = add(make("gzip_without_trailer", "a gzip stream whose 8-byte CRC/length trailer is cut",
                           reply(encoded_response("gzip", body)), fails(Phase::Read, invalid_response),
                           differs("the trailer is gzip's only integrity check, so a stream without it is truncated "
                                   "(as zlib's gunzip says); curl stops at the last deflate block and never "
                                   "checks it")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }
    {
        std::string text;
        for (int i = 0; text.size() < 8192; ++i)
            text += std::to_string(i * 7919) + ",";
        auto body = gzip(text);
        body.resize(body.size() / 2); // in the middle of the deflate data
        auto& c = add(make("truncated_gzip", "a gzip stream cut in the middle (the HTTP framing is complete)",
                           reply(encoded_response("gzip", body)), fails(Phase::Read, invalid_response),
                           differs("a body must never end silently short: curl delivers the 4 KB it could inflate "
                                   "and reports success")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }
    {
        auto& c = add(make("gzip_bomb", "1 MB of gzip that inflates to 1 GiB of zeros",
                           reply(encoded_response("gzip", gzip_of_zeros(1024))), fails(Phase::Read, invalid_response),
                           differs("decoding is capped at 1000:1 beyond the first MiB (docs/engine.md); curl has no "
                                   "ratio cap and inflates the whole GiB")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
        c.curl.discard_body = true;
        c.memory_cap = 64 * mib;
    }
    {
        auto& c = add(make("nested_gzip_bomb", "gzip of gzip: about 16 KB that inflate to 16 GiB",
                           reply(encoded_response("gzip, gzip", gzip(gzip_of_zeros(16 * 1024)))),
                           fails(Phase::Read, invalid_response),
                           not_compared("curl would inflate all 16 GiB (it has no ratio cap), which takes minutes")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
        c.memory_cap = 64 * mib;
    }
    {
        auto& c = add(make("chain_of_four_codings", "`Content-Encoding: gzip, gzip, gzip, gzip` (valid data)",
                           reply(encoded_response("gzip, gzip, gzip, gzip", gzip_times("four times", 4))),
                           fails(Phase::Receive, invalid_response),
                           differs("hinternet refuses more than 3 codings in one response (docs/engine.md); curl "
                                   "allows 5")));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }
    {
        auto& c = add(make("chain_of_six_codings", "six gzip codings (valid data)",
                           reply(encoded_response("gzip, gzip, gzip, gzip, gzip, gzip", gzip_times("six times", 6))),
                           fails(Phase::Receive, invalid_response)));
        c.request.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL;
    }

    // -- redirects
    add(make("redirect_loop", "`302` to itself, forever",
             reply_each("HTTP/1.1 302 Found\r\nLocation: /\r\n"
                        "Content-Length: 0\r\n\r\n"),
             fails(Phase::Receive, redirect_failed)));
    add(make("redirect_to_file", "`Location: file:///etc/passwd`",
             reply("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n"),
             fails(Phase::Receive, redirect_failed)));
    add(make("redirect_to_ftp", "`Location: ftp://127.0.0.1:1/x`",
             reply("HTTP/1.1 302 Found\r\nLocation: ftp://127.0.0.1:1/x\r\nContent-Length: 0\r\n\r\n"),
             fails(Phase::Receive, redirect_failed)));
    add(make("redirect_to_data", "`Location: data:text/plain,hi`",
             reply("HTTP/1.1 302 Found\r\nLocation: data:text/plain,hi\r\nContent-Length: 0\r\n\r\n"),
             fails(Phase::Receive, redirect_failed)));
    const std::string to_http = "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{OTHER}/landed\r\n"
                                "Content-Length: 0\r\n\r\n";
    {
        auto& c = add(make("https_to_http_default_policy", "https `302` to http, default policy", reply(to_http),
                           succeeds(302, ""),
                           differs("WinHTTP's default policy (DISALLOW_HTTPS_TO_HTTP) delivers the 302 instead of "
                                   "downgrading; curl -L follows")));
        c.tls = c.other_server = true;
    }
    {
        auto& c = add(make("https_to_http_policy_never", "https `302` to http, REDIRECT_POLICY_NEVER", reply(to_http),
                           succeeds(302, "")));
        c.tls = c.other_server = true;
        c.request.redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
    }
    {
        auto& c = add(make("https_to_http_policy_always", "https `302` to http, REDIRECT_POLICY_ALWAYS", reply(to_http),
                           succeeds(200, "landed")));
        c.tls = c.other_server = true;
        c.request.redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
    }
    {
        auto& c =
            add(make("location_with_spaces", "`Location: /a b c`",
                     redirect_then("HTTP/1.1 302 Found\r\nLocation: /a b c\r\nContent-Length: 0\r\n\r\n", ok("moved")),
                     succeeds(200, "moved")));
        c.check = [](const Observed& observed) -> std::string {
            const auto line = request_line(observed, 1);
            return line == "GET /a%20b%20c HTTP/1.1" ? "" : "the redirect went to '" + line + "'";
        };
    }
    add(make("location_with_tab", "`Location: /a<TAB>b`",
             redirect_then("HTTP/1.1 302 Found\r\nLocation: /a\tb\r\nContent-Length: 0\r\n\r\n", ok("moved")),
             fails(Phase::Receive, redirect_failed),
             differs("a control character is not part of any URL, so the redirect fails rather than guess "
                     "(docs/winhttp-compat.md); curl percent-encodes it and follows")));
    add(make("location_with_lone_cr", "`Location: /a<CR>b`",
             redirect_then("HTTP/1.1 302 Found\r\nLocation: /a\rb\r\nContent-Length: 0\r\n\r\n", ok("moved")),
             fails(Phase::Receive, invalid_response),
             differs("RFC 9112 §2.2: a bare CR makes the field invalid (or must become SP); a bare CR is how "
                     "header injection hides, so the whole response is refused; curl follows")));
    add(make("location_split_by_crlf", "`Location: /a<CR><LF>Set-Cookie: injected=1`",
             redirect_then("HTTP/1.1 302 Found\r\nLocation: /a\r\nSet-Cookie: injected=1\r\nContent-Length: 0\r\n\r\n",
                           ok("moved")),
             succeeds(200, "moved")));
    cases.back().check = [](const Observed& observed) -> std::string {
        // The CR/LF ends the field: what follows is a field of its own, and the redirect goes to "/a".
        return request_line(observed, 1) == "GET /a HTTP/1.1" ? "" : "the redirect went elsewhere";
    };

    // -- cookies
    {
        auto& c = add(make("cookie_for_another_domain",
                           "`Set-Cookie: other=1; Domain=example.com` next to a "
                           "host-only cookie",
                           reply_each("HTTP/1.1 200 OK\r\nSet-Cookie: other=1; Domain=example.com; Path=/\r\n"
                                      "Set-Cookie: mine=2; Path=/\r\nContent-Length: 2\r\n\r\nok"),
                           succeeds(200, "ok")));
        c.request.warmups = 1;
        c.check = [](const Observed& observed) -> std::string {
            if (observed.requests.size() < 2)
                return "the second request did not arrive";
            const auto& second = observed.requests[1];
            if (second.find("other=1") != std::string::npos)
                return "the cookie for example.com was sent to 127.0.0.1";
            if (second.find("mine=2") == std::string::npos)
                return "the host-only cookie was not sent back";
            return {};
        };
    }
    return cases;
}

} // namespace

std::string fill_ports(std::string text, const Ports& ports)
{
    for (const auto& [name, port] : {std::pair{std::string_view("{MAIN}"), ports.main.load()},
                                     std::pair{std::string_view("{OTHER}"), ports.other.load()}}) {
        for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at))
            text.replace(at, name.size(), std::to_string(port));
    }
    return text;
}

const std::vector<Case>& all_cases()
{
    static const std::vector<Case> cases = build_cases();
    return cases;
}

} // namespace hs::test::misbehaviour

#pragma once

#include "http/response_headers.h"

#include <windows.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::http {

struct ParserLimits {
    std::size_t max_header_bytes = 256 * 1024; // status line + all fields of one response
    std::size_t max_fields = 1000;
};

// HTTP/1.1 responses from a byte stream, through llhttp in strict mode. It stops at the two points the
// engine acts on — headers complete and message complete — and hands body bytes (transfer-decoded:
// chunked framing removed) to a sink as they pass, without buffering them.
class ResponseParser {
public:
    enum class Stop { NeedMore, HeadersComplete, MessageComplete };
    struct Progress {
        Stop stop = Stop::NeedMore;
        std::size_t consumed = 0;
        DWORD error = ERROR_SUCCESS; // ERROR_WINHTTP_INVALID_SERVER_RESPONSE, _HEADER_SIZE_OVERFLOW, ...
    };
    using BodySink = std::function<void(std::string_view)>;

    explicit ResponseParser(ParserLimits limits = {});
    ~ResponseParser();
    ResponseParser(const ResponseParser&) = delete;
    ResponseParser& operator=(const ResponseParser&) = delete;

    // Expect a new response on this connection; HEAD responses never have a body.
    void start_response(bool head_request);
    Progress feed(std::string_view data, const BodySink& sink);
    // The peer closed the connection: ends a close-delimited body, or reports truncation.
    Progress finish(const BodySink& sink);

    const ResponseHeaders& headers() const { return headers_; }
    ResponseHeaders& headers() { return headers_; }
    bool headers_complete() const { return headers_complete_; }
    bool message_complete() const { return message_complete_; }
    bool keep_alive() const;
    bool chunked() const;
    bool has_body() const { return !skip_body_; }
    // The declared Content-Length, when the response has one (and is not chunked).
    std::optional<std::uint64_t> content_length() const;
    std::size_t header_bytes() const { return header_bytes_; }

    // For the identity-body fast path: the caller consumed the whole Content-Length body itself.
    void mark_body_consumed_externally();

private:
    struct Callbacks;
    friend struct Callbacks;

    int count_header_bytes(std::size_t length);
    Progress run(std::string_view data, const BodySink& sink, bool at_eof);

    ParserLimits limits_;
    struct State;
    std::unique_ptr<State> state_;
    ResponseHeaders headers_;
    std::string field_;
    std::string value_;
    std::string reason_;
    const BodySink* sink_ = nullptr;
    std::size_t header_bytes_ = 0;
    DWORD callback_error_ = ERROR_SUCCESS;
    bool head_request_ = false;
    bool headers_complete_ = false;
    bool message_complete_ = false;
    bool skip_body_ = false;
    bool content_length_seen_ = false;
};

} // namespace hinternet::http

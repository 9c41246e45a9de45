// llhttp first: winhttp.h defines HTTP_STATUS_* macros that would rewrite llhttp's enumerators.
#include <llhttp.h>

// (a separate include block, so formatting keeps llhttp.h first)
#include "http/response_parser.h"

#include <winhttp.h>

namespace hinternet::http {

struct ResponseParser::State {
    llhttp_t parser{};
    llhttp_settings_t settings{};
};

struct ResponseParser::Callbacks {
    static ResponseParser& self(llhttp_t* parser) { return *static_cast<ResponseParser*>(parser->data); }

    static int on_status(llhttp_t* parser, const char* at, std::size_t length)
    {
        auto& me = self(parser);
        if (me.count_header_bytes(length) != 0)
            return HPE_USER;
        // llhttp passes any byte but CR and LF in the reason phrase; RFC 9112 allows HTAB, SP, VCHAR and obs-text.
        // A NUL would cut the text WinHttpQueryHeaders returns, and other controls have no business there either.
        for (std::size_t i = 0; i < length; ++i) {
            const auto c = static_cast<unsigned char>(at[i]);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                me.callback_error_ = ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
                return HPE_USER;
            }
        }
        me.reason_.append(at, length);
        return 0;
    }
    static int on_header_field(llhttp_t* parser, const char* at, std::size_t length)
    {
        auto& me = self(parser);
        if (me.count_header_bytes(length) != 0)
            return HPE_USER;
        me.field_.append(at, length);
        return 0;
    }
    static int on_header_value(llhttp_t* parser, const char* at, std::size_t length)
    {
        auto& me = self(parser);
        if (me.count_header_bytes(length) != 0)
            return HPE_USER;
        me.value_.append(at, length);
        return 0;
    }
    static int on_header_value_complete(llhttp_t* parser)
    {
        auto& me = self(parser);
        if (me.headers_.fields().size() >= me.limits_.max_fields) {
            me.callback_error_ = ERROR_WINHTTP_HEADER_COUNT_EXCEEDED;
            return HPE_USER;
        }
        me.headers_.add_field(std::move(me.field_), std::move(me.value_));
        me.field_.clear();
        me.value_.clear();
        return 0;
    }
    static int on_headers_complete(llhttp_t* parser)
    {
        auto& me = self(parser);
        me.headers_.set_status(parser->http_major, parser->http_minor, parser->status_code, me.reason_);
        me.headers_complete_ = true;
        me.content_length_seen_ = (parser->flags & F_CONTENT_LENGTH) != 0;
        const int status = parser->status_code;
        if (status == 101) {
            // Upgrades (WebSocket) are not offered by this engine, so a 101 is a protocol violation here.
            me.callback_error_ = ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
            return HPE_USER;
        }
        me.skip_body_ = me.head_request_ || (status >= 100 && status < 200) || status == 204 || status == 304;
        return me.skip_body_ ? 1 : HPE_PAUSED;
    }
    static int on_body(llhttp_t* parser, const char* at, std::size_t length)
    {
        auto& me = self(parser);
        if (me.sink_ != nullptr && *me.sink_)
            (*me.sink_)(std::string_view(at, length));
        return 0;
    }
    static int on_message_complete(llhttp_t* parser)
    {
        self(parser).message_complete_ = true;
        return HPE_PAUSED;
    }
};

ResponseParser::ResponseParser(ParserLimits limits)
    : limits_(limits)
    , state_(std::make_unique<State>())
{
    auto& settings = state_->settings;
    llhttp_settings_init(&settings);
    settings.on_status = Callbacks::on_status;
    settings.on_header_field = Callbacks::on_header_field;
    settings.on_header_value = Callbacks::on_header_value;
    settings.on_header_value_complete = Callbacks::on_header_value_complete;
    settings.on_headers_complete = Callbacks::on_headers_complete;
    settings.on_body = Callbacks::on_body;
    settings.on_message_complete = Callbacks::on_message_complete;
    start_response(false);
}

ResponseParser::~ResponseParser() = default;

void ResponseParser::start_response(bool head_request)
{
    llhttp_init(&state_->parser, HTTP_RESPONSE, &state_->settings);
    state_->parser.data = this; // strict: no lenient flags, so smuggling-prone input is an error
    headers_.clear();
    field_.clear();
    value_.clear();
    reason_.clear();
    header_bytes_ = 0;
    callback_error_ = ERROR_SUCCESS;
    head_request_ = head_request;
    headers_complete_ = false;
    message_complete_ = false;
    skip_body_ = false;
    content_length_seen_ = false;
}

int ResponseParser::count_header_bytes(std::size_t length)
{
    header_bytes_ += length;
    if (header_bytes_ > limits_.max_header_bytes) {
        callback_error_ = ERROR_WINHTTP_HEADER_SIZE_OVERFLOW;
        return -1;
    }
    return 0;
}

ResponseParser::Progress ResponseParser::feed(std::string_view data, const BodySink& sink)
{
    return run(data, sink, false);
}

ResponseParser::Progress ResponseParser::finish(const BodySink& sink)
{
    return run({}, sink, true);
}

ResponseParser::Progress ResponseParser::run(std::string_view data, const BodySink& sink, bool at_eof)
{
    Progress progress;
    if (message_complete_) {
        progress.stop = Stop::MessageComplete;
        return progress;
    }
    auto* parser = &state_->parser;
    if (llhttp_get_errno(parser) == HPE_PAUSED)
        llhttp_resume(parser);
    sink_ = &sink;
    const bool had_headers = headers_complete_;
    const llhttp_errno_t result = at_eof ? llhttp_finish(parser) : llhttp_execute(parser, data.data(), data.size());
    sink_ = nullptr;

    if (result == HPE_OK) {
        progress.consumed = data.size();
        if (at_eof && !message_complete_)
            progress.error = headers_complete_ ? ERROR_WINHTTP_CONNECTION_ERROR : ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
        if (message_complete_)
            progress.stop = Stop::MessageComplete;
        return progress;
    }
    if (result == HPE_PAUSED) {
        progress.consumed = at_eof ? 0 : static_cast<std::size_t>(llhttp_get_error_pos(parser) - data.data());
        progress.stop = message_complete_                     ? Stop::MessageComplete
                        : (headers_complete_ && !had_headers) ? Stop::HeadersComplete
                                                              : Stop::NeedMore;
        return progress;
    }
    if (result == HPE_INVALID_EOF_STATE) {
        // The peer closed mid-message: before the head ends the response is unusable; after it, the
        // body is short. Either way the data must not be taken as complete.
        progress.error = headers_complete_ ? ERROR_WINHTTP_CONNECTION_ERROR : ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
        return progress;
    }
    progress.error = callback_error_ != ERROR_SUCCESS ? callback_error_ : ERROR_WINHTTP_INVALID_SERVER_RESPONSE;
    return progress;
}

bool ResponseParser::keep_alive() const
{
    return llhttp_should_keep_alive(&state_->parser) != 0;
}

bool ResponseParser::chunked() const
{
    return (state_->parser.flags & F_CHUNKED) != 0;
}

std::optional<std::uint64_t> ResponseParser::content_length() const
{
    if (!content_length_seen_ || chunked() || skip_body_)
        return std::nullopt;
    return state_->parser.content_length;
}

void ResponseParser::mark_body_consumed_externally()
{
    message_complete_ = true;
}

} // namespace hinternet::http

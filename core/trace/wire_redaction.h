#pragma once

// What observers that do not reveal secrets get instead of credentials (docs/trace.md, "Secrets"): masked
// length-preserving, each masked byte a '*', so offsets and byte totals stay exact and a wire view still
// lines up. Header names stay visible, and so do an Authorization's scheme, cookie names and Set-Cookie
// attributes; CR and LF are never masked.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hinternet::trace {

// Follows one direction of one request's wire bytes as they stream past, split anywhere, and masks the
// credentials in message heads: Authorization and Proxy-Authorization (all but the scheme), Cookie (each
// value), Set-Cookie and Set-Cookie2 (the value of the first pair). Bodies pass through untouched.
//
// A head starts where the engine says (start_head()); a received head that is a 1xx other than 101 is
// followed by the next head, anything else by a body. Bytes that do not continue where the last ones ended
// (nobody was masking in between) are read as header lines, the first partial line masked whole, until the
// next announced head: more is masked than needed, never less.
//
// A token whose end lies beyond the bytes at hand (a cookie name that may turn out to be a nameless
// value, an Authorization scheme that may be a bare credential) is masked: the decision never waits for
// bytes that have not arrived.
class HeadScanner {
public:
    enum class Direction : std::uint8_t { Sent, Received };
    explicit HeadScanner(Direction direction)
        : direction_(direction)
    {}

    // The byte at stream offset `offset` starts a message head.
    void start_head_at(std::uint64_t offset) { head_at_ = offset; }
    // `data` is the stream from `offset` on. The masked copy, or nothing when no byte needed masking.
    std::optional<std::string> feed(std::string_view data, std::uint64_t offset);

    // A header value on its own (CookieStored's text is a Set-Cookie value).
    static std::optional<std::string> mask_set_cookie_value(std::string_view value);

private:
    enum class State : std::uint8_t {
        Body,
        StartLine,
        LineStart,
        LineStartCr, // a CR at the start of a line: the blank line that ends the head, most likely
        Name,
        Value,
        MaskedLine, // the partial line after a gap: unknown, so masked
    };
    enum class Kind : std::uint8_t { Plain, Authorization, Cookie, SetCookie, Folded };
    enum class Part : std::uint8_t {
        LeadingSpace,
        Token,     // Authorization's scheme, a cookie's name
        Gap,       // between the scheme and the credentials
        Secret,    // masked up to the end of the line (or of the cookie pair)
        Attributes // Set-Cookie after the first pair
    };

    // Advances over data[index]; true when that byte is masked.
    bool masks(std::string_view data, std::size_t index);
    bool value_masks(std::string_view data, std::size_t index);
    bool token_visible(std::string_view data, std::size_t index);
    void begin_start_line();
    void classify_name();
    void end_head();

    const Direction direction_;
    State state_ = State::MaskedLine;
    bool after_gap_ = true; // no announced head since the stream was last followed: keep reading lines
    std::optional<std::uint64_t> head_at_;
    std::optional<std::uint64_t> next_offset_;
    // The start line: which space-separated field, and the status code read so far.
    int start_field_ = 0;
    int status_ = 0;
    bool start_line_empty_ = true;
    std::string name_; // lower case, cut short (name_too_long_) past the longest secret name
    bool name_too_long_ = false;
    Kind kind_ = Kind::Plain;
    Kind last_kind_ = Kind::Plain; // of the header a folded line continues
    Part part_ = Part::LeadingSpace;
    std::optional<bool> token_visible_; // decided for the token's bytes in the current chunk
};

// "scheme://user:password@host" → "scheme://user:********@host" wherever such an authority appears in
// `text` (also without a scheme: a proxy string's "user:password@proxy"). Nothing when there is none.
std::optional<std::string> mask_userinfo_passwords(std::string_view text);

} // namespace hinternet::trace

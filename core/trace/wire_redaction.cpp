#include "trace/wire_redaction.h"

#include <algorithm>
#include <array>

namespace hinternet::trace {
namespace {

constexpr std::size_t kMaxName = 24; // longer than every secret header's name

bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

std::optional<std::string> HeadScanner::feed(std::string_view data, std::uint64_t offset)
{
    if (head_at_ && *head_at_ < offset)
        head_at_.reset(); // announced while nobody was masking: missed
    if (!next_offset_ || *next_offset_ != offset) {
        state_ = State::MaskedLine;
        after_gap_ = true;
    }
    next_offset_ = offset + data.size();
    token_visible_.reset(); // a token's visibility is decided from the bytes at hand

    std::string storage;
    for (std::size_t index = 0; index < data.size(); ++index) {
        if (head_at_ && *head_at_ == offset + index) {
            head_at_.reset();
            after_gap_ = false;
            begin_start_line();
        }
        if (state_ == State::Body) {
            if (!head_at_ || *head_at_ >= offset + data.size())
                break;
            index = static_cast<std::size_t>(*head_at_ - offset) - 1; // the loop's increment lands on it
            continue;
        }
        if (masks(data, index)) {
            if (storage.empty())
                storage.assign(data);
            storage[index] = '*';
        }
    }
    if (storage.empty())
        return std::nullopt;
    return storage;
}

std::optional<std::string> HeadScanner::mask_set_cookie_value(std::string_view value)
{
    HeadScanner scanner(Direction::Received);
    scanner.state_ = State::Value;
    scanner.after_gap_ = false;
    scanner.next_offset_ = 0;
    scanner.kind_ = Kind::SetCookie;
    scanner.part_ = Part::LeadingSpace;
    return scanner.feed(value, 0);
}

void HeadScanner::begin_start_line()
{
    state_ = State::StartLine;
    start_field_ = 0;
    status_ = 0;
    start_line_empty_ = true;
    last_kind_ = Kind::Plain;
}

void HeadScanner::end_head()
{
    if (after_gap_) {
        state_ = State::LineStart; // where we are is unknown: the next line may be another head's
        return;
    }
    // An interim response (100 Continue, 103 Early Hints) is followed by the next head, not by a body.
    if (direction_ == Direction::Received && status_ >= 100 && status_ < 200 && status_ != 101) {
        begin_start_line();
        return;
    }
    state_ = State::Body;
}

void HeadScanner::classify_name()
{
    std::string_view name = name_;
    while (!name.empty() && is_space(name.back()))
        name.remove_suffix(1);
    kind_ = Kind::Plain;
    if (!name_too_long_) {
        if (name == "authorization" || name == "proxy-authorization")
            kind_ = Kind::Authorization;
        else if (name == "cookie")
            kind_ = Kind::Cookie;
        else if (name == "set-cookie" || name == "set-cookie2")
            kind_ = Kind::SetCookie;
    }
    last_kind_ = kind_;
    part_ = Part::LeadingSpace;
}

// Whether the token starting at or before `index` is shown: an Authorization scheme is when whitespace ends
// it (else it is a bare credential), a cookie name when '=' ends it (else it is a nameless value). A token
// that runs past the bytes at hand is masked.
bool HeadScanner::token_visible(std::string_view data, std::size_t index)
{
    if (!token_visible_) {
        bool visible = false;
        for (std::size_t at = index; at < data.size(); ++at) {
            const char c = data[at];
            if (kind_ == Kind::Authorization) {
                if (is_space(c) || c == '\r' || c == '\n') {
                    visible = is_space(c);
                    break;
                }
            } else if (c == '=' || c == ';' || c == '\r' || c == '\n') {
                visible = c == '=';
                break;
            }
        }
        token_visible_ = visible;
    }
    return *token_visible_;
}

bool HeadScanner::masks(std::string_view data, std::size_t index)
{
    const char c = data[index];
    switch (state_) {
    case State::Body:
        return false;
    case State::MaskedLine:
        if (c == '\n')
            state_ = State::LineStart;
        return c != '\r' && c != '\n';
    case State::StartLine:
        if (c == '\n') {
            if (!start_line_empty_) // an empty line before a head is skipped, as parsers do
                state_ = State::LineStart;
            return false;
        }
        if (c != '\r')
            start_line_empty_ = false;
        if (c == ' ')
            ++start_field_;
        else if (start_field_ == 1 && c >= '0' && c <= '9' && status_ < 1000)
            status_ = status_ * 10 + (c - '0');
        return false;
    case State::LineStartCr:
        if (c == '\n') {
            end_head();
            return false;
        }
        state_ = State::LineStart; // a CR inside a line; what follows is read as a name
        [[fallthrough]];
    case State::LineStart:
        if (c == '\r') {
            state_ = State::LineStartCr;
            return false;
        }
        if (c == '\n') {
            end_head();
            return false;
        }
        if (is_space(c)) { // obs-fold: the line continues the header before it
            kind_ = last_kind_ == Kind::Plain ? Kind::Plain : Kind::Folded;
            part_ = Part::LeadingSpace;
            state_ = State::Value;
            return false;
        }
        state_ = State::Name;
        name_.clear();
        name_too_long_ = false;
        [[fallthrough]];
    case State::Name:
        if (c == ':') {
            classify_name();
            state_ = State::Value;
        } else if (c == '\n') {
            last_kind_ = Kind::Plain;
            state_ = State::LineStart;
        } else if (c != '\r') {
            if (name_.size() < kMaxName)
                name_ += lower(c);
            else
                name_too_long_ = true;
        }
        return false;
    case State::Value:
        if (c == '\n') {
            state_ = State::LineStart;
            return false;
        }
        return c != '\r' && value_masks(data, index);
    }
    return false;
}

bool HeadScanner::value_masks(std::string_view data, std::size_t index)
{
    const char c = data[index];
    switch (kind_) {
    case Kind::Plain:
        return false;
    case Kind::Folded:
        if (part_ == Part::LeadingSpace && is_space(c))
            return false;
        part_ = Part::Secret;
        return true;
    case Kind::Authorization:
        switch (part_) {
        case Part::LeadingSpace:
            if (is_space(c))
                return false;
            part_ = Part::Token;
            token_visible_.reset();
            [[fallthrough]];
        case Part::Token:
            if (is_space(c)) {
                part_ = Part::Gap;
                return false;
            }
            return !token_visible(data, index);
        case Part::Gap:
            if (is_space(c))
                return false;
            part_ = Part::Secret;
            return true;
        default:
            return true;
        }
    case Kind::Cookie:
    case Kind::SetCookie: {
        // Cookie: every pair's value; Set-Cookie: the first pair's, the attributes after it are shown.
        const Part after_pair = kind_ == Kind::Cookie ? Part::LeadingSpace : Part::Attributes;
        switch (part_) {
        case Part::LeadingSpace:
            if (is_space(c) || c == ';')
                return false;
            part_ = Part::Token;
            token_visible_.reset();
            [[fallthrough]];
        case Part::Token:
            if (c == '=') {
                part_ = Part::Secret;
                return false;
            }
            if (c == ';') {
                part_ = after_pair;
                return false;
            }
            return !token_visible(data, index);
        case Part::Secret:
            if (c == ';') {
                part_ = after_pair;
                return false;
            }
            return true;
        case Part::Attributes:
        case Part::Gap:
            return false;
        }
        return true;
    }
    }
    return true;
}

std::optional<std::string> mask_userinfo_passwords(std::string_view text)
{
    constexpr std::array delimiters{' ', '\t', '\r', '\n', '"', '\'', '<', '>', '(', ')', ',', ';', '='};
    std::string masked;
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        // Back to where the authority begins: after "//", or after whatever delimits a bare "user:pw@host".
        std::size_t start = at;
        while (start > 0 && text[start - 1] != '/' &&
               std::find(delimiters.begin(), delimiters.end(), text[start - 1]) == delimiters.end())
            --start;
        if (start > 0 && text[start - 1] == '/' && (start < 2 || text[start - 2] != '/'))
            continue; // "/path/a:b@c": a path, not an authority
        const auto colon = text.find(':', start);
        if (colon >= at)
            continue;
        if (masked.empty())
            masked.assign(text);
        for (auto i = colon + 1; i < at; ++i)
            masked[i] = '*';
    }
    if (masked.empty())
        return std::nullopt;
    return masked;
}

} // namespace hinternet::trace

#include "http/auth.h"

#include "support/text.h"

#include <winhttp.h>

#include <openssl/evp.h>

#include <optional>

namespace hinternet::http {
namespace {

bool is_tchar(char c)
{
    return text::is_token(std::string_view(&c, 1));
}

bool is_token68_char(char c)
{
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool digit = c >= '0' && c <= '9';
    return alpha || digit || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

bool is_whitespace(char c)
{
    return c == ' ' || c == '\t';
}

// A cursor over the field value. Every read advances or reports nothing, so no loop can stall.
class Reader {
public:
    explicit Reader(std::string_view text)
        : text_(text)
    {}

    bool at_end() const { return position_ >= text_.size(); }
    char peek() const { return at_end() ? '\0' : text_[position_]; }
    std::size_t position() const { return position_; }
    void rewind(std::size_t position) { position_ = position; }

    std::size_t skip_whitespace()
    {
        const std::size_t start = position_;
        while (!at_end() && is_whitespace(text_[position_]))
            ++position_;
        return position_ - start;
    }

    void skip_whitespace_and_commas()
    {
        while (!at_end() && (is_whitespace(text_[position_]) || text_[position_] == ','))
            ++position_;
    }

    std::string_view read_token()
    {
        const std::size_t start = position_;
        while (!at_end() && is_tchar(text_[position_]))
            ++position_;
        return text_.substr(start, position_ - start);
    }

    // At '"': the unescaped content, or nothing when the closing quote is missing (then at the end).
    std::optional<std::string> read_quoted_string()
    {
        ++position_;
        std::string value;
        while (!at_end()) {
            const char c = text_[position_++];
            if (c == '"')
                return value;
            if (c == '\\' && !at_end())
                value.push_back(text_[position_++]);
            else
                value.push_back(c);
        }
        return std::nullopt;
    }

    // token68 followed only by whitespace up to a comma or the end; the cursor stays put if there is none.
    std::optional<std::string_view> read_token68()
    {
        std::size_t end = position_;
        while (end < text_.size() && is_token68_char(text_[end]))
            ++end;
        if (end == position_)
            return std::nullopt;
        while (end < text_.size() && text_[end] == '=')
            ++end;
        std::size_t after = end;
        while (after < text_.size() && is_whitespace(text_[after]))
            ++after;
        if (after < text_.size() && text_[after] != ',')
            return std::nullopt;
        const std::string_view token = text_.substr(position_, end - position_);
        position_ = after;
        return token;
    }

    // Recovery: past the next comma outside a quoted string.
    void skip_element()
    {
        while (!at_end()) {
            const char c = text_[position_];
            if (c == ',')
                return;
            if (c == '"')
                read_quoted_string();
            else
                ++position_;
        }
    }

private:
    std::string_view text_;
    std::size_t position_ = 0;
};

// auth-param *( OWS "," OWS auth-param ) after a scheme. Stops before a token that is not followed by '=':
// that token is the scheme of the next challenge.
void read_auth_params(Reader& reader, Challenge& challenge)
{
    bool first = true;
    while (!reader.at_end()) {
        const std::size_t element_start = reader.position();
        const std::string_view name = reader.read_token();
        reader.skip_whitespace();
        if (name.empty() || reader.peek() != '=') {
            if (!first && !name.empty()) {
                reader.rewind(element_start);
                return;
            }
            reader.skip_element(); // not a parameter: drop it
        } else {
            reader.rewind(reader.position() + 1);
            reader.skip_whitespace();
            std::optional<std::string> value;
            if (reader.peek() == '"')
                value = reader.read_quoted_string();
            else if (const std::string_view token = reader.read_token(); !token.empty())
                value = std::string(token);
            reader.skip_whitespace();
            if (!reader.at_end() && reader.peek() != ',') {
                value.reset(); // trailing junk makes the parameter unusable
                reader.skip_element();
            }
            if (value)
                challenge.params.emplace(text::ascii_lowercase(name), std::move(*value));
        }
        first = false;
        reader.skip_whitespace_and_commas();
    }
}

} // namespace

std::vector<Challenge> parse_challenges(std::string_view header_value)
{
    std::vector<Challenge> challenges;
    Reader reader(header_value);
    for (;;) {
        reader.skip_whitespace_and_commas();
        if (reader.at_end())
            break;
        const std::string_view scheme = reader.read_token();
        if (scheme.empty()) {
            reader.skip_element();
            continue;
        }
        Challenge challenge;
        challenge.scheme = text::ascii_lowercase(scheme);
        const std::size_t spaces = reader.skip_whitespace();
        if (reader.at_end() || reader.peek() == ',') {
            challenges.push_back(std::move(challenge));
            continue;
        }
        if (spaces == 0) {
            reader.skip_element(); // "Basic=x", "Basic\"": no scheme at all
            continue;
        }
        if (const auto token68 = reader.read_token68())
            challenge.token68 = *token68;
        else
            read_auth_params(reader, challenge);
        challenges.push_back(std::move(challenge));
    }
    return challenges;
}

DWORD scheme_flag(std::string_view scheme)
{
    if (text::iequals(scheme, "basic"))
        return WINHTTP_AUTH_SCHEME_BASIC;
    if (text::iequals(scheme, "ntlm"))
        return WINHTTP_AUTH_SCHEME_NTLM;
    if (text::iequals(scheme, "passport1.4"))
        return WINHTTP_AUTH_SCHEME_PASSPORT;
    if (text::iequals(scheme, "digest"))
        return WINHTTP_AUTH_SCHEME_DIGEST;
    if (text::iequals(scheme, "negotiate"))
        return WINHTTP_AUTH_SCHEME_NEGOTIATE;
    return 0;
}

DWORD schemes_bitmask(const std::vector<Challenge>& challenges)
{
    DWORD mask = 0;
    for (const auto& challenge : challenges)
        mask |= scheme_flag(challenge.scheme);
    return mask;
}

DWORD first_scheme(const std::vector<Challenge>& challenges)
{
    for (const auto& challenge : challenges) {
        if (const DWORD flag = scheme_flag(challenge.scheme))
            return flag;
    }
    return 0;
}

std::string basic_authorization(std::string_view user, std::string_view password)
{
    std::string credentials;
    credentials.reserve(user.size() + 1 + password.size());
    credentials.append(user).append(1, ':').append(password);
    std::string encoded(4 * ((credentials.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()),
                                       reinterpret_cast<const unsigned char*>(credentials.data()),
                                       static_cast<int>(credentials.size()));
    encoded.resize(static_cast<std::size_t>(length));
    return "Basic " + encoded;
}

std::string quoted_string(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 2);
    out.push_back('"');
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

} // namespace hinternet::http

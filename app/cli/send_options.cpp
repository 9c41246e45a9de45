#include "send_options.h"

#include "support/text.h"

#include <hinternet/extensions.h>
#include <winhttp.h>

#include <array>
#include <charconv>
#include <cmath>
#include <format>
#include <functional>
#include <string_view>

namespace hinterscope::cli {
namespace {

namespace text = hinternet::text;

bool has_line_break_or_nul(std::string_view value)
{
    return value.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

std::optional<std::uint64_t> parse_unsigned(std::string_view value)
{
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty() || error != std::errc() || end != value.data() + value.size())
        return std::nullopt;
    return number;
}

std::optional<double> parse_seconds(const std::string& value)
{
    double seconds = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(seconds) ||
        seconds <= 0 || seconds > 86400.0 * 365)
        return std::nullopt;
    return seconds;
}

std::optional<DWORD> parse_decompression(std::string_view list)
{
    DWORD flags = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = list.find(',', start);
        const auto item = text::trim(list.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (text::iequals(item, "gzip"))
            flags |= WINHTTP_DECOMPRESSION_FLAG_GZIP;
        else if (text::iequals(item, "deflate"))
            flags |= WINHTTP_DECOMPRESSION_FLAG_DEFLATE;
        else if (text::iequals(item, "br") || text::iequals(item, "brotli"))
            flags |= HINTERNET_DECOMPRESSION_FLAG_BROTLI;
        else if (!text::iequals(item, "none"))
            return std::nullopt;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return flags;
}

std::optional<DWORD> parse_notify_flags(std::string_view list)
{
    static constexpr std::array<std::pair<std::string_view, DWORD>, 18> names{{
        {"RESOLVE_NAME", WINHTTP_CALLBACK_FLAG_RESOLVE_NAME},
        {"CONNECT_TO_SERVER", WINHTTP_CALLBACK_FLAG_CONNECT_TO_SERVER},
        {"SEND_REQUEST", WINHTTP_CALLBACK_FLAG_SEND_REQUEST},
        {"RECEIVE_RESPONSE", WINHTTP_CALLBACK_FLAG_RECEIVE_RESPONSE},
        {"CLOSE_CONNECTION", WINHTTP_CALLBACK_FLAG_CLOSE_CONNECTION},
        {"HANDLES", WINHTTP_CALLBACK_FLAG_HANDLES},
        {"DETECTING_PROXY", WINHTTP_CALLBACK_FLAG_DETECTING_PROXY},
        {"REDIRECT", WINHTTP_CALLBACK_FLAG_REDIRECT},
        {"INTERMEDIATE_RESPONSE", WINHTTP_CALLBACK_FLAG_INTERMEDIATE_RESPONSE},
        {"SECURE_FAILURE", WINHTTP_CALLBACK_FLAG_SECURE_FAILURE},
        {"SENDREQUEST_COMPLETE", WINHTTP_CALLBACK_FLAG_SENDREQUEST_COMPLETE},
        {"HEADERS_AVAILABLE", WINHTTP_CALLBACK_FLAG_HEADERS_AVAILABLE},
        {"DATA_AVAILABLE", WINHTTP_CALLBACK_FLAG_DATA_AVAILABLE},
        {"READ_COMPLETE", WINHTTP_CALLBACK_FLAG_READ_COMPLETE},
        {"WRITE_COMPLETE", WINHTTP_CALLBACK_FLAG_WRITE_COMPLETE},
        {"REQUEST_ERROR", WINHTTP_CALLBACK_FLAG_REQUEST_ERROR},
        {"ALL_COMPLETIONS", WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS},
        {"ALL_NOTIFICATIONS", WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS},
    }};
    DWORD flags = 0;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto separator = list.find_first_of(",|", start);
        auto item = text::trim(list.substr(start, separator == std::string_view::npos ? separator : separator - start));
        if (item.starts_with("WINHTTP_CALLBACK_FLAG_"))
            item.remove_prefix(std::string_view("WINHTTP_CALLBACK_FLAG_").size());
        bool found = false;
        for (const auto& [name, value] : names) {
            if (text::iequals(item, name)) {
                flags |= value;
                found = true;
            }
        }
        if (!found && !text::iequals(item, "NONE")) {
            if (auto number = parse_unsigned(item); number && *number <= 0xFFFFFFFFu)
                flags |= static_cast<DWORD>(*number);
            else
                return std::nullopt;
        }
        if (separator == std::string_view::npos)
            break;
        start = separator + 1;
    }
    return flags;
}

std::variant<FormArgument, UsageError> parse_form_argument(const std::string& argument)
{
    const auto equals = argument.find('=');
    if (equals == std::string::npos || equals == 0)
        return UsageError{std::format("-F needs name=value, name=@file or name=<file, not '{}'", argument)};
    FormArgument form;
    form.name = argument.substr(0, equals);
    std::string value = argument.substr(equals + 1);
    if (has_line_break_or_nul(form.name))
        return UsageError{"a form field name must not contain CR, LF or NUL"};
    if (value.starts_with('@') || value.starts_with('<')) {
        form.kind = value.starts_with('@') ? FormArgument::Kind::FileUpload : FormArgument::Kind::FileContent;
        value.erase(0, 1);
        // ";type=" and ";filename=" follow the path; a path containing ';' cannot be given (as in curl
        // without quoting).
        std::size_t semicolon = value.find(';');
        form.value = value.substr(0, semicolon);
        while (semicolon != std::string::npos) {
            const auto next = value.find(';', semicolon + 1);
            const auto attribute =
                value.substr(semicolon + 1, next == std::string::npos ? std::string::npos : next - semicolon - 1);
            if (attribute.starts_with("type="))
                form.content_type = attribute.substr(5);
            else if (attribute.starts_with("filename="))
                form.filename = attribute.substr(9);
            else
                return UsageError{std::format("-F: unknown attribute '{}' (type= and filename= are known)", attribute)};
            semicolon = next;
        }
        if (form.value.empty())
            return UsageError{"-F: a file name is missing after @ or <"};
        if (has_line_break_or_nul(form.content_type) || (form.filename && has_line_break_or_nul(*form.filename)))
            return UsageError{"-F: type= and filename= must not contain CR, LF or NUL"};
    } else {
        form.value = value;
    }
    return form;
}

struct Flag {
    std::string_view long_name;
    char short_name; // 0: none
    bool takes_value;
    std::function<std::optional<UsageError>(SendOptions&, const std::string&)> apply;
};

// A flag that only sets one boolean option.
auto flag_sets(bool SendOptions::* field, bool value)
{
    return [field, value](SendOptions& options, const std::string&) -> std::optional<UsageError> {
        options.*field = value;
        return std::nullopt;
    };
}

// -d and its kin: "@file" reads the body from a file, anything else is the body itself.
auto adds_data(DataArgument::Kind kind)
{
    return [kind](SendOptions& options, const std::string& value) -> std::optional<UsageError> {
        DataArgument data{kind, value, std::nullopt};
        if (value.starts_with('@'))
            data.file = value.substr(1);
        options.data.push_back(std::move(data));
        return std::nullopt;
    };
}

std::optional<UsageError> ok()
{
    return std::nullopt;
}

const std::vector<Flag>& flags()
{
    static const std::vector<Flag> table{
        {"help", 'h', false, flag_sets(&SendOptions::help, true)},
        {"url", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (!o.url.empty())
                 return UsageError{"only one URL can be given"};
             o.url = v;
             return ok();
         }},
        {"request", 'X', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (!text::is_token(v))
                 return UsageError{std::format("'{}' is not a valid HTTP method", v)};
             o.method = v;
             return ok();
         }},
        {"header", 'H', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             auto parsed = parse_header_argument(v);
             if (auto* error = std::get_if<UsageError>(&parsed))
                 return *error;
             o.headers.push_back(std::get<HeaderArgument>(std::move(parsed)));
             return ok();
         }},
        {"user-agent", 'A', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (has_line_break_or_nul(v))
                 return UsageError{"the user agent must not contain CR, LF or NUL"};
             o.user_agent = v;
             return ok();
         }},
        {"data", 'd', true, adds_data(DataArgument::Kind::Text)},
        {"data-ascii", 0, true, adds_data(DataArgument::Kind::Text)},
        {"data-raw", 0, true,
         [](SendOptions& o, const std::string& v) {
             o.data.push_back(DataArgument{DataArgument::Kind::Text, v, std::nullopt});
             return ok();
         }},
        {"data-binary", 0, true, adds_data(DataArgument::Kind::Binary)},
        {"form", 'F', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             auto parsed = parse_form_argument(v);
             if (auto* error = std::get_if<UsageError>(&parsed))
                 return *error;
             o.form.push_back(std::get<FormArgument>(std::move(parsed)));
             return ok();
         }},
        {"user", 'u', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (v.find(':') == std::string::npos)
                 return UsageError{"-u needs user:password (hinterscope-cli never prompts for a password)"};
             if (has_line_break_or_nul(v))
                 return UsageError{"credentials must not contain CR, LF or NUL"};
             o.user = v;
             return ok();
         }},
        {"basic", 0, false,
         [](SendOptions& o, const std::string&) {
             o.auth_scheme = AuthScheme::Basic;
             return ok();
         }},
        {"digest", 0, false,
         [](SendOptions& o, const std::string&) {
             o.auth_scheme = AuthScheme::Digest;
             return ok();
         }},
        {"output", 'o', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (v.empty())
                 return UsageError{"-o needs a file name (or - for standard output)"};
             o.output = v;
             return ok();
         }},
        {"insecure", 'k', false, flag_sets(&SendOptions::insecure, true)},
        {"cacert", 0, true,
         [](SendOptions& o, const std::string& v) {
             o.ca_file = v;
             return ok();
         }},
        {"proxy", 'x', true,
         [](SendOptions& o, const std::string& v) {
             o.proxy = v;
             return ok();
         }},
        {"noproxy", 0, true,
         [](SendOptions& o, const std::string& v) {
             o.no_proxy = v;
             return ok();
         }},
        {"max-redirs", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto number = parse_unsigned(v);
             if (!number || *number > 0xFFFFFFFFu)
                 return UsageError{std::format("--max-redirs takes a number, not '{}'", v)};
             o.max_redirects = static_cast<DWORD>(*number);
             return ok();
         }},
        {"max-time", 'm', true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto seconds = parse_seconds(v);
             if (!seconds)
                 return UsageError{std::format("--max-time takes a positive number of seconds, not '{}'", v)};
             o.max_time_seconds = seconds;
             return ok();
         }},
        {"redirect-policy", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             if (v == "never")
                 o.redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
             else if (v == "disallow-https-to-http")
                 o.redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP;
             else if (v == "always")
                 o.redirect_policy = WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
             else
                 return UsageError{
                     std::format("--redirect-policy is never, disallow-https-to-http or always, not '{}'", v)};
             return ok();
         }},
        {"no-redirects", 0, false, flag_sets(&SendOptions::no_redirects, true)},
        {"compressed", 0, false,
         [](SendOptions& o, const std::string&) {
             o.decompression = WINHTTP_DECOMPRESSION_FLAG_ALL | HINTERNET_DECOMPRESSION_FLAG_BROTLI;
             return ok();
         }},
        {"decompression", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto flags = parse_decompression(v);
             if (!flags)
                 return UsageError{
                     std::format("--decompression takes a list of gzip, deflate, br (or none), not '{}'", v)};
             o.decompression = flags;
             return ok();
         }},
        {"async", 0, false, flag_sets(&SendOptions::async, true)},
        {"sync", 0, false, flag_sets(&SendOptions::async, false)},
        {"notify", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto flags = parse_notify_flags(v);
             if (!flags)
                 return UsageError{std::format("--notify takes WINHTTP_CALLBACK_FLAG_* names (e.g. "
                                               "ALL_COMPLETIONS,REDIRECT) or a number, not '{}'",
                                               v)};
             o.notify_flags = flags;
             return ok();
         }},
        {"option", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             auto parsed = parse_option_setting(v);
             if (auto* error = std::get_if<std::string>(&parsed))
                 return UsageError{*error};
             o.options.push_back(std::get<OptionSetting>(std::move(parsed)));
             return ok();
         }},
        {"head", 'I', false,
         [](SendOptions& o, const std::string&) {
             o.method = "HEAD";
             o.include = true;
             return ok();
         }},
        {"include", 'i', false, flag_sets(&SendOptions::include, true)},
        {"silent", 's', false, flag_sets(&SendOptions::silent, true)},
        {"show-error", 'S', false, [](SendOptions&, const std::string&) { return ok(); }},
        {"verbose", 'v', false, flag_sets(&SendOptions::verbose, true)},
        {"trace-wire", 0, false,
         [](SendOptions& o, const std::string&) {
             o.trace_wire = true;
             o.verbose = true;
             return ok();
         }},
        {"trace-wire-limit", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto number = parse_unsigned(v);
             if (!number)
                 return UsageError{std::format("--trace-wire-limit takes a number of bytes, not '{}'", v)};
             o.trace_wire_body_limit = static_cast<std::size_t>(*number);
             return ok();
         }},
        {"json", 0, false, flag_sets(&SendOptions::json, true)},
        {"json-body-limit", 0, true,
         [](SendOptions& o, const std::string& v) -> std::optional<UsageError> {
             const auto number = parse_unsigned(v);
             if (!number || *number > 64u * 1024 * 1024)
                 return UsageError{std::format("--json-body-limit takes a number of bytes up to 64 MiB, not '{}'", v)};
             o.json_body_limit = static_cast<std::size_t>(*number);
             return ok();
         }},
        {"reveal-secrets", 0, false, flag_sets(&SendOptions::reveal_secrets, true)},
        {"fail", 'f', false, flag_sets(&SendOptions::fail, true)},
        {"progress", 0, false, flag_sets(&SendOptions::force_progress, true)},
    };
    return table;
}

const Flag* find_long(std::string_view name)
{
    for (const auto& flag : flags())
        if (flag.long_name == name)
            return &flag;
    return nullptr;
}

const Flag* find_short(char name)
{
    for (const auto& flag : flags())
        if (flag.short_name == name)
            return &flag;
    return nullptr;
}

} // namespace

std::variant<HeaderArgument, UsageError> parse_header_argument(const std::string& argument)
{
    if (has_line_break_or_nul(argument))
        return UsageError{"a header must not contain CR, LF or NUL (one header per -H)"};
    HeaderArgument header;
    const auto colon = argument.find(':');
    const auto semicolon = argument.find(';');
    if (colon == std::string::npos && semicolon != std::string::npos && semicolon + 1 == argument.size()) {
        header.name = argument.substr(0, semicolon); // curl's "Name;": the header with an empty value
    } else if (colon == std::string::npos) {
        return UsageError{std::format("-H needs \"Name: value\", not '{}'", argument)};
    } else {
        header.name = argument.substr(0, colon);
        header.value = std::string(text::trim(std::string_view(argument).substr(colon + 1)));
        header.remove = header.value.empty();
    }
    if (!text::is_token(header.name))
        return UsageError{std::format("'{}' is not a valid header name", header.name)};
    return header;
}

std::variant<SendOptions, UsageError> parse_send_arguments(const std::vector<std::string>& arguments)
{
    SendOptions options;
    const auto apply = [&](const Flag& flag, const std::string& value) { return flag.apply(options, value); };
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--") {
            for (++i; i < arguments.size(); ++i) {
                if (!options.url.empty())
                    return UsageError{"only one URL can be given"};
                options.url = arguments[i];
            }
            break;
        }
        if (argument.starts_with("--")) {
            const auto equals = argument.find('=');
            const std::string name = argument.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
            const Flag* flag = find_long(name);
            if (flag == nullptr)
                return UsageError{std::format("unknown option --{} (try `hinterscope-cli send --help`)", name)};
            std::string value;
            if (flag->takes_value) {
                if (equals != std::string::npos) {
                    value = argument.substr(equals + 1);
                } else {
                    if (i + 1 >= arguments.size())
                        return UsageError{std::format("--{} needs a value", name)};
                    value = arguments[++i];
                }
            } else if (equals != std::string::npos) {
                return UsageError{std::format("--{} takes no value", name)};
            }
            if (auto error = apply(*flag, value))
                return *error;
            continue;
        }
        if (argument.size() > 1 && argument[0] == '-') {
            // Short flags, curl-style: "-sS" combines switches, "-XPOST" glues a value to its flag.
            for (std::size_t at = 1; at < argument.size(); ++at) {
                const Flag* flag = find_short(argument[at]);
                if (flag == nullptr)
                    return UsageError{
                        std::format("unknown option -{} (try `hinterscope-cli send --help`)", argument[at])};
                if (!flag->takes_value) {
                    if (auto error = apply(*flag, {}))
                        return *error;
                    continue;
                }
                std::string value;
                if (at + 1 < argument.size()) {
                    value = argument.substr(at + 1);
                } else {
                    if (i + 1 >= arguments.size())
                        return UsageError{std::format("-{} needs a value", argument[at])};
                    value = arguments[++i];
                }
                if (auto error = apply(*flag, value))
                    return *error;
                break;
            }
            continue;
        }
        if (!options.url.empty())
            return UsageError{std::format("only one URL can be given (got '{}' and '{}')", options.url, argument)};
        options.url = argument;
    }
    if (options.help)
        return options;
    if (options.url.empty())
        return UsageError{"send needs a URL (try `hinterscope-cli send --help`)"};
    if (!options.data.empty() && !options.form.empty())
        return UsageError{"-d/--data and -F/--form cannot be combined: a request has one body"};
    return options;
}

} // namespace hinterscope::cli

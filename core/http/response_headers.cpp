#include "http/response_headers.h"

#include "support/text.h"

#include <algorithm>

namespace hinternet::http {

void ResponseHeaders::set_status(int major, int minor, int code, std::string reason)
{
    major_ = major;
    minor_ = minor;
    code_ = code;
    reason_ = std::move(reason);
}

void ResponseHeaders::add_field(std::string name, std::string value)
{
    fields_.push_back({std::move(name), std::move(value)});
}

void ResponseHeaders::add_trailer(std::string name, std::string value)
{
    trailers_.push_back({std::move(name), std::move(value)});
}

void ResponseHeaders::set_trailers_complete(bool complete)
{
    trailers_complete_ = complete;
}

void ResponseHeaders::clear()
{
    *this = ResponseHeaders{};
}

int ResponseHeaders::version_major() const
{
    return major_;
}

int ResponseHeaders::version_minor() const
{
    return minor_;
}

std::string ResponseHeaders::version() const
{
    return "HTTP/" + std::to_string(major_) + "." + std::to_string(minor_);
}

int ResponseHeaders::status_code() const
{
    return code_;
}

const std::string& ResponseHeaders::reason() const
{
    return reason_;
}

std::string ResponseHeaders::status_line() const
{
    // RFC 9112's status-line keeps the space before an empty reason phrase.
    return version() + " " + std::to_string(code_) + " " + reason_;
}

const std::vector<HeaderField>& ResponseHeaders::fields() const
{
    return fields_;
}

std::optional<std::string> ResponseHeaders::get(std::string_view name) const
{
    for (const HeaderField& field : fields_) {
        if (text::iequals(field.name, name))
            return field.value;
    }
    return std::nullopt;
}

std::vector<std::string> ResponseHeaders::get_all(std::string_view name) const
{
    std::vector<std::string> values;
    for (const HeaderField& field : fields_) {
        if (text::iequals(field.name, name))
            values.push_back(field.value);
    }
    return values;
}

bool ResponseHeaders::contains(std::string_view name) const
{
    return std::any_of(fields_.begin(), fields_.end(),
                       [name](const HeaderField& field) { return text::iequals(field.name, name); });
}

const std::vector<HeaderField>& ResponseHeaders::trailers() const
{
    return trailers_;
}

bool ResponseHeaders::trailers_complete() const
{
    return trailers_complete_;
}

std::string ResponseHeaders::raw_head() const
{
    std::string out = status_line();
    out.append("\r\n");
    for (const HeaderField& field : fields_) {
        out.append(field.name);
        out.append(": ");
        out.append(field.value);
        out.append("\r\n");
    }
    out.append("\r\n");
    return out;
}

} // namespace hinternet::http

#include "http/request_headers.h"

#include "support/text.h"

#include <winhttp.h>

#include <algorithm>

namespace hinternet::http {
namespace {

constexpr DWORD coalesce_flags = WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA | WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON;

bool fits_in_a_byte(wchar_t c)
{
    return static_cast<unsigned long>(c) <= 0xFF;
}

} // namespace

std::string header_bytes_from_wide(std::wstring_view text)
{
    if (std::all_of(text.begin(), text.end(), fits_in_a_byte))
        return *text::narrow_latin1(text);
    return text::to_utf8(text);
}

bool is_valid_header_name(std::string_view name)
{
    return text::is_token(name);
}

bool is_valid_header_value(std::string_view value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7F;
    });
}

DWORD RequestHeaders::add(std::wstring_view block, DWORD modifiers)
{
    // A length that counts the string's own terminator (ARRAYSIZE of a literal) is a common slip and
    // harmless; a NUL with text after it is not, and is rejected below.
    while (!block.empty() && block.back() == L'\0')
        block.remove_suffix(1);
    if (block.empty())
        return ERROR_INVALID_PARAMETER;

    // Parse every line before changing anything, so a bad line leaves no half-applied block behind.
    std::vector<HeaderField> parsed;
    std::size_t position = 0;
    while (position < block.size()) {
        const std::size_t line_end = block.find(L"\r\n", position);
        const std::wstring_view line =
            block.substr(position, line_end == std::wstring_view::npos ? std::wstring_view::npos : line_end - position);
        position = line_end == std::wstring_view::npos ? block.size() : line_end + 2;

        if (text::has_forbidden_header_char(line))
            return ERROR_INVALID_PARAMETER;
        if (line.empty())
            continue;
        const std::size_t colon = line.find(L':');
        if (colon == std::wstring_view::npos || colon == 0)
            return ERROR_WINHTTP_INVALID_HEADER;
        HeaderField field{header_bytes_from_wide(line.substr(0, colon)),
                          header_bytes_from_wide(text::trim(line.substr(colon + 1)))};
        if (!is_valid_header_name(field.name) || !is_valid_header_value(field.value))
            return ERROR_INVALID_PARAMETER;
        parsed.push_back(std::move(field));
    }

    std::vector<HeaderField> original = fields_;
    for (const HeaderField& field : parsed) {
        if (const DWORD error = apply(field.name, field.value, modifiers); error != ERROR_SUCCESS) {
            fields_ = std::move(original);
            return error;
        }
    }
    return ERROR_SUCCESS;
}

DWORD RequestHeaders::add(std::string_view name, std::string_view value, DWORD modifiers)
{
    value = text::trim(value);
    if (!is_valid_header_name(name) || !is_valid_header_value(value))
        return ERROR_INVALID_PARAMETER;
    // Owned copies: the caller's views may point into fields_ itself.
    return apply(std::string(name), std::string(value), modifiers);
}

DWORD RequestHeaders::apply(std::string_view name, std::string_view value, DWORD modifiers)
{
    const auto same_name = [name](const HeaderField& field) { return text::iequals(field.name, name); };
    const auto first = std::find_if(fields_.begin(), fields_.end(), same_name);
    const bool exists = first != fields_.end();

    if ((modifiers & WINHTTP_ADDREQ_FLAG_ADD_IF_NEW) && exists)
        return ERROR_WINHTTP_HEADER_ALREADY_EXISTS;

    if (modifiers & WINHTTP_ADDREQ_FLAG_REPLACE) {
        if (!exists) {
            if (!(modifiers & WINHTTP_ADDREQ_FLAG_ADD))
                return ERROR_WINHTTP_HEADER_NOT_FOUND;
            // An empty value means "remove"; there is nothing to remove, and an empty header is not added.
            if (!value.empty())
                fields_.push_back({std::string(name), std::string(value)});
            return ERROR_SUCCESS;
        }
        if (value.empty()) {
            remove(name);
            return ERROR_SUCCESS;
        }
        return set(name, value);
    }

    if ((modifiers & coalesce_flags) && exists) {
        if (!value.empty()) {
            const std::string_view separator = (modifiers & WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA) ? ", " : "; ";
            if (!first->value.empty())
                first->value.append(separator);
            first->value.append(value);
        }
        return ERROR_SUCCESS;
    }

    fields_.push_back({std::string(name), std::string(value)});
    return ERROR_SUCCESS;
}

DWORD RequestHeaders::set(std::string_view name_view, std::string_view value_view)
{
    value_view = text::trim(value_view);
    if (!is_valid_header_name(name_view) || !is_valid_header_value(value_view))
        return ERROR_INVALID_PARAMETER;
    // Owned copies: the caller's views may point into fields_ itself.
    std::string name(name_view);
    std::string value(value_view);
    const auto same_name = [name](const HeaderField& field) { return text::iequals(field.name, name); };
    const auto first = std::find_if(fields_.begin(), fields_.end(), same_name);
    if (first == fields_.end()) {
        fields_.push_back({std::move(name), std::move(value)});
        return ERROR_SUCCESS;
    }
    first->name = name;
    first->value = std::move(value);
    fields_.erase(std::remove_if(std::next(first), fields_.end(), same_name), fields_.end());
    return ERROR_SUCCESS;
}

void RequestHeaders::remove(std::string_view name_view)
{
    const std::string name(name_view); // the view may point into fields_ itself
    std::erase_if(fields_, [&name](const HeaderField& field) { return text::iequals(field.name, name); });
}

void RequestHeaders::clear()
{
    fields_.clear();
}

std::optional<std::string> RequestHeaders::get(std::string_view name) const
{
    for (const HeaderField& field : fields_) {
        if (text::iequals(field.name, name))
            return field.value;
    }
    return std::nullopt;
}

std::vector<std::string> RequestHeaders::get_all(std::string_view name) const
{
    std::vector<std::string> values;
    for (const HeaderField& field : fields_) {
        if (text::iequals(field.name, name))
            values.push_back(field.value);
    }
    return values;
}

bool RequestHeaders::contains(std::string_view name) const
{
    return std::any_of(fields_.begin(), fields_.end(),
                       [name](const HeaderField& field) { return text::iequals(field.name, name); });
}

bool RequestHeaders::empty() const
{
    return fields_.empty();
}

const std::vector<HeaderField>& RequestHeaders::fields() const
{
    return fields_;
}

std::string RequestHeaders::serialize() const
{
    std::string out;
    for (const HeaderField& field : fields_) {
        out.append(field.name);
        out.append(": ");
        out.append(field.value);
        out.append("\r\n");
    }
    return out;
}

} // namespace hinternet::http

#include "http/header_query.h"

#include "http/http_time.h"
#include "http/query_levels.h"
#include "support/text.h"

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace hinternet::http {
namespace {

constexpr DWORD format_modifiers =
    WINHTTP_QUERY_FLAG_NUMBER | WINHTTP_QUERY_FLAG_NUMBER64 | WINHTTP_QUERY_FLAG_SYSTEMTIME;
constexpr DWORD query_modifiers = WINHTTP_QUERY_FLAG_REQUEST_HEADERS | WINHTTP_QUERY_FLAG_TRAILERS | format_modifiers;
constexpr DWORD query_ex_modifiers =
    WINHTTP_QUERY_FLAG_REQUEST_HEADERS | WINHTTP_QUERY_FLAG_TRAILERS | WINHTTP_QUERY_FLAG_WIRE_ENCODING;
constexpr UINT utf8_code_page = 65001;

enum class Origin { request, response, trailers };

bool has_more_than_one_bit(DWORD bits)
{
    return (bits & (bits - 1)) != 0;
}

// Which headers the modifiers point at, and whether they exist yet.
DWORD select_origin(const HeaderQuerySource& source, DWORD modifiers, Origin& origin)
{
    const bool wants_request = (modifiers & WINHTTP_QUERY_FLAG_REQUEST_HEADERS) != 0;
    const bool wants_trailers = (modifiers & WINHTTP_QUERY_FLAG_TRAILERS) != 0;
    if (wants_request && wants_trailers)
        return ERROR_INVALID_PARAMETER;
    if (wants_request) {
        origin = Origin::request;
        return source.request != nullptr ? ERROR_SUCCESS : ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    if (source.response == nullptr)
        return ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    if (wants_trailers) {
        origin = Origin::trailers;
        return source.response->trailers_complete() ? ERROR_SUCCESS : ERROR_WINHTTP_INCORRECT_HANDLE_STATE;
    }
    origin = Origin::response;
    return ERROR_SUCCESS;
}

const std::vector<HeaderField>& fields_of(const HeaderQuerySource& source, Origin origin)
{
    switch (origin) {
    case Origin::request:
        return source.request->fields();
    case Origin::trailers:
        return source.response->trailers();
    case Origin::response:
        break;
    }
    return source.response->fields();
}

// The first line of the message: request line or status line; trailers have none.
std::optional<std::string> start_line(const HeaderQuerySource& source, Origin origin)
{
    switch (origin) {
    case Origin::request:
        return source.request_method + " " + source.request_target + " " + source.request_version;
    case Origin::response:
        return source.response->status_line();
    case Origin::trailers:
        break;
    }
    return std::nullopt;
}

const HeaderField* nth_field(const std::vector<HeaderField>& fields, std::string_view name, DWORD index)
{
    for (const HeaderField& field : fields) {
        if (text::iequals(field.name, name)) {
            if (index == 0)
                return &field;
            --index;
        }
    }
    return nullptr;
}

std::string raw_headers(const HeaderQuerySource& source, Origin origin, std::string_view terminator,
                        std::string_view final_line)
{
    std::string out;
    if (const auto line = start_line(source, origin)) {
        out.append(*line);
        out.append(terminator);
    }
    for (const HeaderField& field : fields_of(source, origin)) {
        out.append(field.name);
        out.append(": ");
        out.append(field.value);
        out.append(terminator);
    }
    out.append(final_line);
    return out;
}

// The bytes an info level stands for. Levels that are not repeated headers exist once, at index 0,
// so an enumeration loop over any level ends.
DWORD resolve(const HeaderQuerySource& source, Origin origin, const QueryLevel& level, std::string_view custom_name,
              DWORD index, std::string& out)
{
    const bool is_single = level.kind != QueryLevelKind::header && level.kind != QueryLevelKind::custom;
    if (is_single && index != 0)
        return ERROR_WINHTTP_HEADER_NOT_FOUND;

    switch (level.kind) {
    case QueryLevelKind::header:
    case QueryLevelKind::custom: {
        const std::string_view name = level.kind == QueryLevelKind::custom ? custom_name : level.header_name;
        const HeaderField* field = nth_field(fields_of(source, origin), name, index);
        if (field == nullptr)
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        out = field->value;
        return ERROR_SUCCESS;
    }
    case QueryLevelKind::version:
        if (origin == Origin::trailers)
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        out = origin == Origin::request ? source.request_version : source.response->version();
        return ERROR_SUCCESS;
    case QueryLevelKind::status_code:
        if (origin != Origin::response)
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        out = std::to_string(source.response->status_code());
        return ERROR_SUCCESS;
    case QueryLevelKind::status_text:
        if (origin != Origin::response)
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        out = source.response->reason();
        return ERROR_SUCCESS;
    case QueryLevelKind::request_method:
        if (origin == Origin::trailers || source.request_method.empty())
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        out = source.request_method;
        return ERROR_SUCCESS;
    case QueryLevelKind::raw_headers:
        // Each line ends in NUL; the terminating NUL the string writer adds is the list's extra one.
        out = raw_headers(source, origin, std::string_view("\0", 1), {});
        return ERROR_SUCCESS;
    case QueryLevelKind::raw_headers_crlf:
        out = raw_headers(source, origin, "\r\n", "\r\n");
        return ERROR_SUCCESS;
    case QueryLevelKind::unsupported:
        break;
    }
    return ERROR_WINHTTP_HEADER_NOT_FOUND;
}

std::optional<std::uint64_t> parse_decimal(std::string_view value)
{
    value = text::trim(value);
    if (value.empty())
        return std::nullopt;
    std::uint64_t number = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (number > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return std::nullopt;
        number = number * 10 + digit;
    }
    return number;
}

DWORD write_bytes(const void* data, std::size_t size, LPVOID buffer, LPDWORD buffer_length)
{
    if (buffer == nullptr || *buffer_length < size) {
        *buffer_length = static_cast<DWORD>(size);
        return ERROR_INSUFFICIENT_BUFFER;
    }
    std::memcpy(buffer, data, size);
    *buffer_length = static_cast<DWORD>(size);
    return ERROR_SUCCESS;
}

DWORD write_string(std::string_view bytes, LPVOID buffer, LPDWORD buffer_length)
{
    const std::wstring wide = text::widen_latin1(bytes);
    const std::uint64_t payload = static_cast<std::uint64_t>(wide.size()) * sizeof(WCHAR);
    const std::uint64_t required = payload + sizeof(WCHAR);
    if (required > std::numeric_limits<DWORD>::max())
        return ERROR_NOT_ENOUGH_MEMORY;
    if (buffer == nullptr || *buffer_length < required) {
        *buffer_length = static_cast<DWORD>(required);
        return ERROR_INSUFFICIENT_BUFFER;
    }
    // memcpy, not a WCHAR* store: the caller's buffer need not be aligned for WCHAR.
    const WCHAR terminator = L'\0';
    std::memcpy(buffer, wide.data(), payload);
    std::memcpy(static_cast<unsigned char*>(buffer) + payload, &terminator, sizeof terminator);
    *buffer_length = static_cast<DWORD>(payload);
    return ERROR_SUCCESS;
}

DWORD write_formatted(std::string_view value, DWORD modifiers, LPVOID buffer, LPDWORD buffer_length)
{
    if (modifiers & WINHTTP_QUERY_FLAG_NUMBER) {
        const auto number = parse_decimal(value);
        if (!number || *number > std::numeric_limits<DWORD>::max())
            return ERROR_WINHTTP_INVALID_QUERY_REQUEST;
        const auto result = static_cast<DWORD>(*number);
        return write_bytes(&result, sizeof result, buffer, buffer_length);
    }
    if (modifiers & WINHTTP_QUERY_FLAG_NUMBER64) {
        const auto number = parse_decimal(value);
        if (!number)
            return ERROR_WINHTTP_INVALID_QUERY_REQUEST;
        const ULONGLONG result = *number;
        return write_bytes(&result, sizeof result, buffer, buffer_length);
    }
    if (modifiers & WINHTTP_QUERY_FLAG_SYSTEMTIME) {
        const auto time = parse_http_date_to_system_time(value);
        if (!time)
            return ERROR_WINHTTP_INVALID_QUERY_REQUEST;
        return write_bytes(&*time, sizeof *time, buffer, buffer_length);
    }
    return write_string(value, buffer, buffer_length);
}

} // namespace

DWORD query_headers(const HeaderQuerySource& source, DWORD info_level, LPCWSTR name, LPVOID buffer,
                    LPDWORD buffer_length, LPDWORD index)
{
    if (buffer_length == nullptr)
        return ERROR_INVALID_PARAMETER;
    const DWORD modifiers = info_level & ~query_attribute_mask;
    if ((modifiers & ~query_modifiers) != 0 || has_more_than_one_bit(modifiers & format_modifiers))
        return ERROR_INVALID_PARAMETER;
    const auto level = describe_query_level(query_attribute(info_level));
    if (!level)
        return ERROR_INVALID_PARAMETER;

    std::string custom_name;
    if (level->kind == QueryLevelKind::custom) {
        if (name == nullptr || *name == L'\0')
            return ERROR_INVALID_PARAMETER;
        custom_name = header_bytes_from_wide(name);
    }

    Origin origin = Origin::response;
    // The request's verb is known from the start, whatever the handle's state.
    if (level->kind != QueryLevelKind::request_method || (modifiers & WINHTTP_QUERY_FLAG_TRAILERS)) {
        if (const DWORD error = select_origin(source, modifiers, origin); error != ERROR_SUCCESS)
            return error;
    }

    const DWORD requested_index = index != nullptr ? *index : 0;
    std::string value;
    if (const DWORD error = resolve(source, origin, *level, custom_name, requested_index, value);
        error != ERROR_SUCCESS)
        return error;
    if (const DWORD error = write_formatted(value, modifiers, buffer, buffer_length); error != ERROR_SUCCESS)
        return error;
    if (index != nullptr)
        *index = requested_index + 1;
    return ERROR_SUCCESS;
}

namespace {

struct ExtendedEntry {
    std::string_view name;
    std::string_view value;
};

// Strings as the caller reads them: WCHARs (with the terminator) or the bytes (with theirs).
std::vector<unsigned char> encode_ex_string(std::string_view bytes, bool wire_encoding, UINT code_page)
{
    if (wire_encoding) {
        std::vector<unsigned char> out(bytes.begin(), bytes.end());
        out.push_back(0);
        return out;
    }
    std::wstring wide = code_page == utf8_code_page ? text::from_utf8(bytes) : text::widen_latin1(bytes);
    wide.push_back(L'\0');
    std::vector<unsigned char> out(wide.size() * sizeof(WCHAR));
    std::memcpy(out.data(), wide.data(), out.size());
    return out;
}

} // namespace

DWORD query_headers_ex(const HeaderQuerySource& source, DWORD info_level, ULONGLONG flags, UINT code_page, PDWORD index,
                       PWINHTTP_HEADER_NAME header_name, PVOID buffer, PDWORD buffer_length,
                       PWINHTTP_EXTENDED_HEADER* headers, PDWORD headers_count)
{
    if (buffer_length == nullptr || headers == nullptr || headers_count == nullptr || flags != 0)
        return ERROR_INVALID_PARAMETER;
    const DWORD modifiers = info_level & ~query_attribute_mask;
    if ((modifiers & ~query_ex_modifiers) != 0)
        return ERROR_INVALID_PARAMETER;
    const auto level = describe_query_level(query_attribute(info_level));
    if (!level)
        return ERROR_INVALID_PARAMETER;
    const bool wire_encoding = (modifiers & WINHTTP_QUERY_FLAG_WIRE_ENCODING) != 0;

    std::string wanted_name;
    switch (level->kind) {
    case QueryLevelKind::header:
        wanted_name = level->header_name;
        break;
    case QueryLevelKind::custom:
        if (header_name == nullptr)
            return ERROR_INVALID_PARAMETER;
        if (wire_encoding) {
            if (header_name->pszName == nullptr || *header_name->pszName == '\0')
                return ERROR_INVALID_PARAMETER;
            wanted_name = header_name->pszName;
        } else {
            if (header_name->pwszName == nullptr || *header_name->pwszName == L'\0')
                return ERROR_INVALID_PARAMETER;
            wanted_name = header_bytes_from_wide(header_name->pwszName);
        }
        break;
    case QueryLevelKind::raw_headers: // WINHTTP_QUERY_EX_ALL_HEADERS
        break;
    case QueryLevelKind::unsupported:
        return ERROR_WINHTTP_HEADER_NOT_FOUND;
    default:
        return ERROR_INVALID_PARAMETER;
    }

    Origin origin = Origin::response;
    if (const DWORD error = select_origin(source, modifiers, origin); error != ERROR_SUCCESS)
        return error;
    const std::vector<HeaderField>& fields = fields_of(source, origin);

    std::vector<ExtendedEntry> selected;
    const bool all_headers = level->kind == QueryLevelKind::raw_headers;
    const DWORD requested_index = index != nullptr ? *index : 0;
    if (all_headers) {
        for (const HeaderField& field : fields)
            selected.push_back({field.name, field.value});
    } else {
        const HeaderField* field = nth_field(fields, wanted_name, requested_index);
        if (field == nullptr)
            return ERROR_WINHTTP_HEADER_NOT_FOUND;
        selected.push_back({field->name, field->value});
    }

    std::vector<std::vector<unsigned char>> strings;
    std::uint64_t required = static_cast<std::uint64_t>(selected.size()) * sizeof(WINHTTP_EXTENDED_HEADER);
    for (const ExtendedEntry& entry : selected) {
        strings.push_back(encode_ex_string(entry.name, wire_encoding, code_page));
        required += strings.back().size();
        strings.push_back(encode_ex_string(entry.value, wire_encoding, code_page));
        required += strings.back().size();
    }
    if (required > std::numeric_limits<DWORD>::max())
        return ERROR_NOT_ENOUGH_MEMORY;
    if ((buffer == nullptr && required != 0) || *buffer_length < required) {
        *buffer_length = static_cast<DWORD>(required);
        return ERROR_INSUFFICIENT_BUFFER;
    }

    auto* const base = static_cast<unsigned char*>(buffer);
    std::size_t offset = selected.size() * sizeof(WINHTTP_EXTENDED_HEADER);
    for (std::size_t i = 0; i < selected.size(); ++i) {
        const std::vector<unsigned char>& name_text = strings[2 * i];
        const std::vector<unsigned char>& value_text = strings[2 * i + 1];
        WINHTTP_EXTENDED_HEADER entry{};
        std::memcpy(base + offset, name_text.data(), name_text.size());
        std::memcpy(base + offset + name_text.size(), value_text.data(), value_text.size());
        if (wire_encoding) {
            entry.pszName = reinterpret_cast<PCSTR>(base + offset);
            entry.pszValue = reinterpret_cast<PCSTR>(base + offset + name_text.size());
        } else {
            entry.pwszName = reinterpret_cast<PCWSTR>(base + offset);
            entry.pwszValue = reinterpret_cast<PCWSTR>(base + offset + name_text.size());
        }
        offset += name_text.size() + value_text.size();
        std::memcpy(base + i * sizeof(WINHTTP_EXTENDED_HEADER), &entry, sizeof entry);
    }

    *headers = buffer != nullptr ? static_cast<PWINHTTP_EXTENDED_HEADER>(buffer) : nullptr;
    *headers_count = static_cast<DWORD>(selected.size());
    *buffer_length = static_cast<DWORD>(required);
    if (!all_headers && index != nullptr)
        *index = requested_index + 1;
    return ERROR_SUCCESS;
}

} // namespace hinternet::http

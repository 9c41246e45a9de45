#include "http/query_levels.h"

#include "support/text.h"

#include <winhttp.h>

#include <algorithm>
#include <array>

namespace hinternet::http {
namespace {

using Kind = QueryLevelKind;

// Every level of the Query Info Flags page. The reference calls COST, DERIVED_FROM and MESSAGE_ID
// "Not supported"; the obsolete ones keep their header so legacy callers still find what a server sent.
constexpr std::array query_levels{
    QueryLevel{WINHTTP_QUERY_MIME_VERSION, Kind::header, "Mime-Version"},
    QueryLevel{WINHTTP_QUERY_CONTENT_TYPE, Kind::header, "Content-Type"},
    QueryLevel{WINHTTP_QUERY_CONTENT_TRANSFER_ENCODING, Kind::header, "Content-Transfer-Encoding"},
    QueryLevel{WINHTTP_QUERY_CONTENT_ID, Kind::header, "Content-ID"},
    QueryLevel{WINHTTP_QUERY_CONTENT_DESCRIPTION, Kind::header, "Content-Description"},
    QueryLevel{WINHTTP_QUERY_CONTENT_LENGTH, Kind::header, "Content-Length"},
    QueryLevel{WINHTTP_QUERY_CONTENT_LANGUAGE, Kind::header, "Content-Language"},
    QueryLevel{WINHTTP_QUERY_ALLOW, Kind::header, "Allow"},
    QueryLevel{WINHTTP_QUERY_PUBLIC, Kind::header, "Public"},
    QueryLevel{WINHTTP_QUERY_DATE, Kind::header, "Date"},
    QueryLevel{WINHTTP_QUERY_EXPIRES, Kind::header, "Expires"},
    QueryLevel{WINHTTP_QUERY_LAST_MODIFIED, Kind::header, "Last-Modified"},
    QueryLevel{WINHTTP_QUERY_MESSAGE_ID, Kind::unsupported, {}},
    QueryLevel{WINHTTP_QUERY_URI, Kind::header, "URI"},
    QueryLevel{WINHTTP_QUERY_DERIVED_FROM, Kind::unsupported, {}},
    QueryLevel{WINHTTP_QUERY_COST, Kind::unsupported, {}},
    QueryLevel{WINHTTP_QUERY_LINK, Kind::header, "Link"},
    QueryLevel{WINHTTP_QUERY_PRAGMA, Kind::header, "Pragma"},
    QueryLevel{WINHTTP_QUERY_VERSION, Kind::version, {}},
    QueryLevel{WINHTTP_QUERY_STATUS_CODE, Kind::status_code, {}},
    QueryLevel{WINHTTP_QUERY_STATUS_TEXT, Kind::status_text, {}},
    QueryLevel{WINHTTP_QUERY_RAW_HEADERS, Kind::raw_headers, {}},
    QueryLevel{WINHTTP_QUERY_RAW_HEADERS_CRLF, Kind::raw_headers_crlf, {}},
    QueryLevel{WINHTTP_QUERY_CONNECTION, Kind::header, "Connection"},
    QueryLevel{WINHTTP_QUERY_ACCEPT, Kind::header, "Accept"},
    QueryLevel{WINHTTP_QUERY_ACCEPT_CHARSET, Kind::header, "Accept-Charset"},
    QueryLevel{WINHTTP_QUERY_ACCEPT_ENCODING, Kind::header, "Accept-Encoding"},
    QueryLevel{WINHTTP_QUERY_ACCEPT_LANGUAGE, Kind::header, "Accept-Language"},
    QueryLevel{WINHTTP_QUERY_AUTHORIZATION, Kind::header, "Authorization"},
    QueryLevel{WINHTTP_QUERY_CONTENT_ENCODING, Kind::header, "Content-Encoding"},
    QueryLevel{WINHTTP_QUERY_FORWARDED, Kind::header, "Forwarded"},
    QueryLevel{WINHTTP_QUERY_FROM, Kind::header, "From"},
    QueryLevel{WINHTTP_QUERY_IF_MODIFIED_SINCE, Kind::header, "If-Modified-Since"},
    QueryLevel{WINHTTP_QUERY_LOCATION, Kind::header, "Location"},
    QueryLevel{WINHTTP_QUERY_ORIG_URI, Kind::header, "Orig-URI"},
    QueryLevel{WINHTTP_QUERY_REFERER, Kind::header, "Referer"},
    QueryLevel{WINHTTP_QUERY_RETRY_AFTER, Kind::header, "Retry-After"},
    QueryLevel{WINHTTP_QUERY_SERVER, Kind::header, "Server"},
    QueryLevel{WINHTTP_QUERY_TITLE, Kind::header, "Title"},
    QueryLevel{WINHTTP_QUERY_USER_AGENT, Kind::header, "User-Agent"},
    QueryLevel{WINHTTP_QUERY_WWW_AUTHENTICATE, Kind::header, "WWW-Authenticate"},
    QueryLevel{WINHTTP_QUERY_PROXY_AUTHENTICATE, Kind::header, "Proxy-Authenticate"},
    QueryLevel{WINHTTP_QUERY_ACCEPT_RANGES, Kind::header, "Accept-Ranges"},
    QueryLevel{WINHTTP_QUERY_SET_COOKIE, Kind::header, "Set-Cookie"},
    QueryLevel{WINHTTP_QUERY_COOKIE, Kind::header, "Cookie"},
    QueryLevel{WINHTTP_QUERY_REQUEST_METHOD, Kind::request_method, {}},
    QueryLevel{WINHTTP_QUERY_REFRESH, Kind::header, "Refresh"},
    QueryLevel{WINHTTP_QUERY_CONTENT_DISPOSITION, Kind::header, "Content-Disposition"},
    QueryLevel{WINHTTP_QUERY_AGE, Kind::header, "Age"},
    QueryLevel{WINHTTP_QUERY_CACHE_CONTROL, Kind::header, "Cache-Control"},
    QueryLevel{WINHTTP_QUERY_CONTENT_BASE, Kind::header, "Content-Base"},
    QueryLevel{WINHTTP_QUERY_CONTENT_LOCATION, Kind::header, "Content-Location"},
    QueryLevel{WINHTTP_QUERY_CONTENT_MD5, Kind::header, "Content-MD5"},
    QueryLevel{WINHTTP_QUERY_CONTENT_RANGE, Kind::header, "Content-Range"},
    QueryLevel{WINHTTP_QUERY_ETAG, Kind::header, "ETag"},
    QueryLevel{WINHTTP_QUERY_HOST, Kind::header, "Host"},
    QueryLevel{WINHTTP_QUERY_IF_MATCH, Kind::header, "If-Match"},
    QueryLevel{WINHTTP_QUERY_IF_NONE_MATCH, Kind::header, "If-None-Match"},
    QueryLevel{WINHTTP_QUERY_IF_RANGE, Kind::header, "If-Range"},
    QueryLevel{WINHTTP_QUERY_IF_UNMODIFIED_SINCE, Kind::header, "If-Unmodified-Since"},
    QueryLevel{WINHTTP_QUERY_MAX_FORWARDS, Kind::header, "Max-Forwards"},
    QueryLevel{WINHTTP_QUERY_PROXY_AUTHORIZATION, Kind::header, "Proxy-Authorization"},
    QueryLevel{WINHTTP_QUERY_RANGE, Kind::header, "Range"},
    QueryLevel{WINHTTP_QUERY_TRANSFER_ENCODING, Kind::header, "Transfer-Encoding"},
    QueryLevel{WINHTTP_QUERY_UPGRADE, Kind::header, "Upgrade"},
    QueryLevel{WINHTTP_QUERY_VARY, Kind::header, "Vary"},
    QueryLevel{WINHTTP_QUERY_VIA, Kind::header, "Via"},
    QueryLevel{WINHTTP_QUERY_WARNING, Kind::header, "Warning"},
    QueryLevel{WINHTTP_QUERY_EXPECT, Kind::header, "Expect"},
    QueryLevel{WINHTTP_QUERY_PROXY_CONNECTION, Kind::header, "Proxy-Connection"},
    QueryLevel{WINHTTP_QUERY_UNLESS_MODIFIED_SINCE, Kind::header, "Unless-Modified-Since"},
    QueryLevel{WINHTTP_QUERY_PROXY_SUPPORT, Kind::header, "Proxy-Support"},
    QueryLevel{WINHTTP_QUERY_AUTHENTICATION_INFO, Kind::header, "Authentication-Info"},
    QueryLevel{WINHTTP_QUERY_PASSPORT_URLS, Kind::header, "PassportURLs"},
    QueryLevel{WINHTTP_QUERY_PASSPORT_CONFIG, Kind::header, "PassportConfig"},
    QueryLevel{WINHTTP_QUERY_CUSTOM, Kind::custom, {}},
};

} // namespace

std::optional<QueryLevel> describe_query_level(DWORD attribute)
{
    const auto found = std::find_if(query_levels.begin(), query_levels.end(),
                                    [attribute](const QueryLevel& level) { return level.attribute == attribute; });
    if (found == query_levels.end())
        return std::nullopt;
    return *found;
}

std::optional<std::string_view> header_name_for_query_level(DWORD attribute)
{
    const auto level = describe_query_level(attribute);
    if (!level || level->kind != Kind::header)
        return std::nullopt;
    return level->header_name;
}

std::optional<DWORD> query_level_for_header_name(std::string_view name)
{
    const auto found = std::find_if(query_levels.begin(), query_levels.end(), [name](const QueryLevel& level) {
        return level.kind == Kind::header && text::iequals(level.header_name, name);
    });
    if (found == query_levels.end())
        return std::nullopt;
    return found->attribute;
}

} // namespace hinternet::http

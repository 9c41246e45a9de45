#pragma once

// The response head as received: status line, header fields in arrival order (repeats kept), and the
// trailer fields of a chunked body. Filled by the response parser, which enforces the size limits and
// rejects CR, LF and NUL inside names and values; this store takes what it is given.
#include "http/request_headers.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hinternet::http {

class ResponseHeaders {
public:
    void set_status(int major, int minor, int code, std::string reason);
    void add_field(std::string name, std::string value);
    void add_trailer(std::string name, std::string value);
    // Trailers can be queried (WINHTTP_QUERY_FLAG_TRAILERS) once the body has been read to its end.
    void set_trailers_complete(bool complete);
    void clear();

    int version_major() const;
    int version_minor() const;
    std::string version() const; // "HTTP/1.1"
    int status_code() const;
    const std::string& reason() const;
    std::string status_line() const; // "HTTP/1.1 200 OK"

    const std::vector<HeaderField>& fields() const;
    std::optional<std::string> get(std::string_view name) const; // the first field of that name
    std::vector<std::string> get_all(std::string_view name) const;
    bool contains(std::string_view name) const;

    const std::vector<HeaderField>& trailers() const;
    bool trailers_complete() const;

    // Status line and fields, each ending in CRLF, then the empty line: WINHTTP_QUERY_RAW_HEADERS_CRLF.
    std::string raw_head() const;

private:
    int major_ = 1;
    int minor_ = 1;
    int code_ = 0;
    std::string reason_;
    std::vector<HeaderField> fields_;
    std::vector<HeaderField> trailers_;
    bool trailers_complete_ = false;
};

} // namespace hinternet::http

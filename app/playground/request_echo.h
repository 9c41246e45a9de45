#pragma once

// httpbin's picture of a request (helpers.get_dict): url, args, headers, origin, method, form, data, files,
// json, with the same shapes and the same quirks (one value → string, several → list; form bodies leave
// "data" empty; binary data as a data: URL).
#include "httplib_config.h"
#include "parsing.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace hinterscope::playground {

struct ReceivedBody {
    std::string data; // the body as sent, except for forms (httpbin shows "" then)
    NameValueList form;
    struct File {
        std::string field;
        std::string content;
        std::string contentType;
    };
    std::vector<File> files;
};

// The body cpp-httplib read before calling a plain handler (GET, or routes that ignore bodies).
ReceivedBody bodyOf(const httplib::Request& req);
// Reads the body through a content reader (POST, PUT, PATCH, DELETE echo routes); nothing if the client
// broke off or sent more than the payload limit.
std::optional<ReceivedBody> readBody(const httplib::Request& req, const httplib::ContentReader& reader);

enum EchoField : unsigned {
    EchoUrl = 1U << 0,
    EchoArgs = 1U << 1,
    EchoHeaders = 1U << 2,
    EchoOrigin = 1U << 3,
    EchoMethod = 1U << 4,
    EchoForm = 1U << 5,
    EchoData = 1U << 6,
    EchoFiles = 1U << 7,
    EchoJson = 1U << 8,
    EchoBody = EchoForm | EchoData | EchoFiles | EchoJson,
};

QJsonObject echo(const httplib::Request& req, unsigned fields, const ReceivedBody* body = nullptr);

// The request headers as httpbin shows them: names title-cased, repeated headers joined with ",", names with
// '_' left out (gunicorn drops them; cpp-httplib's REMOTE_ADDR and friends are among them), proxy headers
// hidden unless the query has show_env.
QJsonObject headersOf(const httplib::Request& req);
// X-Forwarded-For when present (as httpbin), else the peer address.
QString originOf(const httplib::Request& req);
// The URL as the server saw it: scheme (X-Forwarded-Proto honoured, as httpbin), Host, target.
std::string urlOf(const httplib::Request& req);
// The scheme and authority the client used, for absolute Location headers: "http://127.0.0.1:8080".
std::string originUrlOf(const httplib::Request& req);
// One value → string, several → list, in order.
QJsonObject semiflatten(const NameValueList& pairs);
bool hasQueryParameter(const httplib::Request& req, std::string_view name);
std::optional<std::string> queryParameter(const httplib::Request& req, std::string_view name);
// cpp-httplib keeps headers in an unordered_multimap; whether repeated names iterate oldest or newest first
// is the standard library's choice.
bool repeatedHeadersIterateNewestFirst();
// Values of every header with this name, in the order the client sent them.
std::vector<std::string> headerValues(const httplib::Request& req, const std::string& name);

} // namespace hinterscope::playground

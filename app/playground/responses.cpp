#include "responses.h"

#include "json_writer.h"
#include "parsing.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace hinterscope::playground {

namespace {

constexpr std::size_t providerChunk = 64 * 1024;

constexpr std::string_view teapot = R"(
      ;,'
     _o_    ;:;'
 ,-.'---`.__ ;
((j`=====',-'
 `-\     /
    `-=-'     I'm a teapot (RFC 2324): no coffee here.
)";

} // namespace

void sendBody(httplib::Response& res, int status, std::string body, std::string_view contentType)
{
    res.status = status;
    if (body.empty()) {
        if (!contentType.empty())
            res.set_header("Content-Type", std::string(contentType));
        return;
    }
    auto shared = std::make_shared<const std::string>(std::move(body));
    res.set_content_provider(shared->size(), std::string(contentType),
                             [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                                 return sink.write(shared->data() + offset, std::min(length, providerChunk));
                             });
}

void sendJson(httplib::Response& res, const QJsonValue& value, int status)
{
    sendBody(res, status, writeJson(value), jsonType);
}

void sendProblem(httplib::Response& res, std::string_view message, int status)
{
    sendBody(res, status, std::string(message) + "\n", textType);
}

void sendRedirect(httplib::Response& res, const std::string& location, int status)
{
    const auto escaped = htmlEscaped(location);
    std::string page = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                       "<p>You are being redirected to <a href=\"" +
                       escaped + "\">" + escaped + "</a>.\n";
    if (!addHeader(res, "Location", location)) {
        sendProblem(res, "the redirect target cannot be sent in a Location header");
        return;
    }
    sendBody(res, status, std::move(page), htmlType);
}

void sendStatus(httplib::Response& res, int code)
{
    res.status = code;
    switch (code) {
    case 301:
    case 302:
    case 303:
    case 305:
    case 307:
        addHeader(res, "Location", "/redirect/1");
        break;
    case 401:
        addHeader(res, "WWW-Authenticate", "Basic realm=\"Fake Realm\"");
        break;
    case 402:
        addHeader(res, "x-more-info", "https://httpbin.org/#/Status_codes");
        sendBody(res, code, "Payment required: the playground takes no payment.\n", textType);
        break;
    case 304:
        break; // no entity headers on a 304
    case 406: {
        QJsonArray accepted{QStringLiteral("image/webp"), QStringLiteral("image/svg+xml"), QStringLiteral("image/jpeg"),
                            QStringLiteral("image/png"), QStringLiteral("image/*")};
        QJsonObject body{{QStringLiteral("message"), QStringLiteral("Client did not request a supported media type.")},
                         {QStringLiteral("accept"), accepted}};
        sendJson(res, body, code);
        break;
    }
    case 407:
        addHeader(res, "Proxy-Authenticate", "Basic realm=\"Fake Realm\"");
        break;
    case 418:
        addHeader(res, "x-more-info", "http://tools.ietf.org/html/rfc2324");
        sendBody(res, code, std::string(teapot), textType);
        break;
    default:
        // Flask's make_response(): an empty HTML document.
        res.set_header("Content-Type", std::string(htmlType));
        break;
    }
}

bool addHeader(httplib::Response& res, std::string_view name, std::string_view value)
{
    if (!isToken(name) || !isSendableHeaderValue(value))
        return false;
    res.headers.emplace(std::string(name), std::string(value));
    return true;
}

void ignoreRanges(const httplib::Request& req)
{
    const_cast<httplib::Request&>(req).ranges.clear();
}

std::string htmlEscaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#x27;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace hinterscope::playground

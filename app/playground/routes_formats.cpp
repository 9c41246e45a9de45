#include "compression.h"
#include "documents.h"
#include "json_writer.h"
#include "parsing.h"
#include "responses.h"
#include "routes.h"

#include <QByteArray>

namespace hinterscope::playground {

namespace {

struct EncodedRoute {
    const char* path;
    Coding coding;
    const char* contentEncoding;
    const char* flag; // httpbin's marker field: "gzipped": true, ...
};

constexpr EncodedRoute encodedRoutes[] = {
    {"/gzip", Coding::Gzip, "gzip", "gzipped"},
    {"/deflate", Coding::Deflate, "deflate", "deflated"},
    {"/brotli", Coding::Brotli, "br", "brotli"},
};

// Python's base64.urlsafe_b64decode(value).decode("utf-8") as httpbin calls it: both alphabets, other
// characters skipped, padding required, and the result must be UTF-8 (httpbin answers 200 either way).
std::optional<std::string> decodedBase64(std::string_view value)
{
    QByteArray filtered;
    for (const char c : value) {
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                              c == '/' || c == '=';
        if (c == '-' || c == '_')
            filtered += c == '-' ? '+' : '/';
        else if (alphabet)
            filtered += c;
    }
    if (filtered.size() % 4 != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(filtered, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || QString::fromUtf8(decoded.decoded).toUtf8() != decoded.decoded)
        return std::nullopt;
    return decoded.decoded.toStdString();
}

void sendPng(httplib::Response& res)
{
    sendBody(res, 200, pngImage(), "image/png");
}

void sendSvg(httplib::Response& res)
{
    sendBody(res, 200, svgImage(), "image/svg+xml");
}

} // namespace

void addFormatRoutes(Router& router, Context&)
{
    for (const auto& route : encodedRoutes) {
        router.on(Get, route.path, [route](const httplib::Request& req, httplib::Response& res) {
            QJsonObject body = echo(req, EchoOrigin | EchoHeaders | EchoMethod);
            body.insert(QString::fromLatin1(route.flag), true);
            auto encoded = compress(writeJson(body), route.coding);
            if (!encoded) {
                sendProblem(res, "compression failed", 500);
                return;
            }
            // A provider with a length: cpp-httplib leaves it alone instead of compressing it a second time.
            addHeader(res, "Content-Encoding", route.contentEncoding);
            sendBody(res, 200, std::move(*encoded), jsonType);
        });
    }

    router.on(Get, "/html",
              [](const httplib::Request&, httplib::Response& res) { sendBody(res, 200, htmlDocument(), htmlType); });
    router.on(Get, "/xml", [](const httplib::Request&, httplib::Response& res) {
        sendBody(res, 200, xmlDocument(), "application/xml");
    });
    router.on(Get, "/json", [](const httplib::Request&, httplib::Response& res) { sendJson(res, jsonDocument()); });
    router.on(Get, "/image/png", [](const httplib::Request&, httplib::Response& res) { sendPng(res); });
    router.on(Get, "/image/svg", [](const httplib::Request&, httplib::Response& res) { sendSvg(res); });
    router.on(Get, "/image", [](const httplib::Request& req, httplib::Response& res) {
        // httpbin's negotiation, limited to the two formats the playground draws.
        if (!req.has_header("Accept")) {
            sendPng(res);
            return;
        }
        const std::string accept = toLower(req.get_header_value("Accept"));
        if (accept.find("image/svg+xml") != std::string::npos)
            sendSvg(res);
        else if (accept.find("image/png") != std::string::npos || accept.find("image/*") != std::string::npos)
            sendPng(res);
        else
            sendStatus(res, 406);
    });

    router.on(Get, "/base64/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto text = decodedBase64(req.matches[1].str());
        if (!text) {
            sendBody(res, 200, "Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l", htmlType);
            return;
        }
        sendBody(res, 200, *text, htmlType);
    });
}

} // namespace hinterscope::playground

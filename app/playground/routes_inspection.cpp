#include "bounds.h"
#include "documents.h"
#include "responses.h"
#include "routes.h"

#include <QUuid>

namespace hinterscope::playground {

void addInspectionRoutes(Router& router, Context& context)
{
    router.on(Get, "/",
              [](const httplib::Request&, httplib::Response& res) { sendBody(res, 200, landingPage(), htmlType); });
    router.on(Get, "/get", [](const httplib::Request& req, httplib::Response& res) {
        sendJson(res, echo(req, EchoUrl | EchoArgs | EchoHeaders | EchoOrigin));
    });
    const auto echoWithBody = [](const httplib::Request& req, httplib::Response& res, const ReceivedBody& body) {
        sendJson(res, echo(req, EchoUrl | EchoArgs | EchoHeaders | EchoOrigin | EchoBody, &body));
    };
    router.onWithBody(Post, "/post", echoWithBody);
    router.onWithBody(Put, "/put", echoWithBody);
    router.onWithBody(Patch, "/patch", echoWithBody);
    router.onWithBody(Delete, "/delete", echoWithBody);
    router.onWithBody(AnyMethod, "/anything(/.*)?",
                      [](const httplib::Request& req, httplib::Response& res, const ReceivedBody& body) {
                          sendJson(res, echo(req, ~0U, &body));
                      });
    router.on(Get, "/headers",
              [](const httplib::Request& req, httplib::Response& res) { sendJson(res, echo(req, EchoHeaders)); });
    router.on(Get, "/ip",
              [](const httplib::Request& req, httplib::Response& res) { sendJson(res, echo(req, EchoOrigin)); });
    router.on(Get, "/user-agent", [](const httplib::Request& req, httplib::Response& res) {
        const QJsonValue agent = req.has_header("User-Agent")
                                     ? QJsonValue(QString::fromStdString(req.get_header_value("User-Agent")))
                                     : QJsonValue(QJsonValue::Null);
        sendJson(res, QJsonObject{{QStringLiteral("user-agent"), agent}});
    });
    router.on(Get, "/uuid", [](const httplib::Request&, httplib::Response& res) {
        sendJson(res, QJsonObject{{QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    });
    router.onWithBody(
        AnyMethod, "/delay/([^/]+)",
        [&context](const httplib::Request& req, httplib::Response& res, const ReceivedBody& body) {
            const auto seconds = parseNumber(req.matches[1].str(), 0, 1e9);
            if (!seconds) {
                sendProblem(res, "expected a number of seconds, at least 0");
                return;
            }
            const auto wait = std::chrono::duration<double>(std::min(*seconds, limits::delaySeconds));
            if (!waitFor(context, req, std::chrono::duration_cast<std::chrono::steady_clock::duration>(wait))) {
                sendProblem(res, "the playground is stopping", 503);
                return;
            }
            sendJson(res,
                     echo(req, EchoUrl | EchoArgs | EchoForm | EchoData | EchoOrigin | EchoHeaders | EchoFiles, &body));
        });
}

} // namespace hinterscope::playground

#include "bounds.h"
#include "parsing.h"
#include "responses.h"
#include "routes.h"

namespace hinterscope::playground {

namespace {

// httpbin reads /redirect-to's arguments without regard to case.
std::optional<std::string> argumentIgnoringCase(const httplib::Request& req, std::string_view name)
{
    for (auto& [key, value] : queryOf(req.target))
        if (equalsIgnoringCase(key, name))
            return value;
    return std::nullopt;
}

// Flask's make_response("") with a Location: no page, only the header.
void sendBareRedirect(httplib::Response& res, const std::string& location, int status)
{
    if (!addHeader(res, "Location", location)) {
        sendProblem(res, "the redirect target cannot be sent in a Location header");
        return;
    }
    sendBody(res, status, {}, htmlType);
}

} // namespace

void addRedirectRoutes(Router& router, Context& context)
{
    router.on(Get, "/redirect/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto n = pathInteger(req, 1, 1, limits::redirects, res);
        if (!n)
            return;
        const bool absolute = equalsIgnoringCase(queryParameter(req, "absolute").value_or("false"), "true");
        const std::string origin = absolute ? originUrlOf(req) : std::string();
        if (*n == 1)
            sendRedirect(res, origin + "/get");
        else
            sendRedirect(res,
                         origin + (absolute ? "/absolute-redirect/" : "/relative-redirect/") + std::to_string(*n - 1));
    });

    router.on(Get, "/relative-redirect/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto n = pathInteger(req, 1, 1, limits::redirects, res);
        if (n)
            sendBareRedirect(res, *n == 1 ? "/get" : "/relative-redirect/" + std::to_string(*n - 1), 302);
    });

    router.on(Get, "/absolute-redirect/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto n = pathInteger(req, 1, 1, limits::redirects, res);
        if (n)
            sendRedirect(res, originUrlOf(req) + (*n == 1 ? "/get" : "/absolute-redirect/" + std::to_string(*n - 1)));
    });

    router.on(AnyMethod, "/redirect-to", [](const httplib::Request& req, httplib::Response& res) {
        const auto url = argumentIgnoringCase(req, "url");
        if (!url) {
            sendProblem(res, "give the target as ?url=");
            return;
        }
        int status = 302;
        if (const auto code = argumentIgnoringCase(req, "status_code")) {
            const auto parsed = parseInteger(*code, 0, 999);
            if (!parsed) {
                sendProblem(res, "status_code must be a number");
                return;
            }
            if (*parsed >= 300 && *parsed < 400)
                status = static_cast<int>(*parsed);
        }
        sendBareRedirect(res, *url, status);
    });

    // Every redirect status once, and one hop from the HTTP port to the HTTPS port (docs/playground.md). Any
    // method is welcome: the chain shows how a client rewrites a POST at each status.
    router.on(AnyMethod, "/redirect-chain(?:/([2-5]))?",
              [&context](const httplib::Request& req, httplib::Response& res) {
                  const int step = req.matches[1].matched ? std::stoi(req.matches[1].str()) : 1;
                  switch (step) {
                  case 1:
                      sendRedirect(res, "/redirect-chain/2", 301);
                      break;
                  case 2:
                      sendRedirect(res, "/redirect-chain/3", 302);
                      break;
                  case 3:
                      sendRedirect(res, "/redirect-chain/4", 303);
                      break;
                  case 4:
                      sendRedirect(res, context.httpsOrigin() + "/redirect-chain/5", 307);
                      break;
                  default:
                      sendRedirect(res, "/get", 308);
                      break;
                  }
              });
}

} // namespace hinterscope::playground

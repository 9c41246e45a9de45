#include "parsing.h"
#include "responses.h"
#include "routes.h"

#include <array>
#include <set>

namespace hinterscope::playground {

namespace {

// httpbin's ENV_COOKIES: analytics cookies of httpbin.org, hidden unless ?show_env.
constexpr std::array<std::string_view, 8> analyticsCookies = {"_gauges_unique",
                                                              "_gauges_unique_year",
                                                              "_gauges_unique_month",
                                                              "_gauges_unique_day",
                                                              "_gauges_unique_hour",
                                                              "__utmz",
                                                              "__utma",
                                                              "__utmb"};

bool isCookieOctet(unsigned char c)
{
    return c == 0x21 || (c >= 0x23 && c <= 0x2b) || (c >= 0x2d && c <= 0x3a) || (c >= 0x3c && c <= 0x5b) ||
           (c >= 0x5d && c <= 0x7e);
}

// The value as Werkzeug writes it: bare when RFC 6265 allows, else quoted with \" \\ and octal escapes.
std::optional<std::string> cookieValue(std::string_view value)
{
    bool bare = true;
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return std::nullopt;
        bare = bare && isCookieOctet(byte);
    }
    if (bare)
        return std::string(value);
    std::string quoted = "\"";
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (byte >= 0x80) {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\%03o", byte);
            quoted += escape;
        } else {
            quoted += c;
        }
    }
    return quoted + "\"";
}

std::string secureAttribute(const httplib::Request& req)
{
    return req.ssl != nullptr ? "; Secure" : "";
}

// One Set-Cookie per distinct name (the first value wins, as in httpbin's dict(request.args.items())).
bool addCookies(const httplib::Request& req, httplib::Response& res, const NameValueList& cookies, bool deleting)
{
    std::set<std::string> seen;
    for (const auto& [name, value] : cookies) {
        if (!seen.insert(name).second)
            continue;
        const auto written = cookieValue(deleting ? std::string_view() : std::string_view(value));
        if (!isToken(name) || !written) {
            res.headers.clear();
            sendProblem(res, "\"" + name +
                                 "\" cannot be set as a cookie (the name must be a token, the value "
                                 "free of control characters)");
            return false;
        }
        const std::string attributes =
            deleting ? "; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/" : "; Path=/" + secureAttribute(req);
        addHeader(res, "Set-Cookie", name + "=" + *written + attributes);
    }
    return true;
}

} // namespace

void addCookieRoutes(Router& router, Context&)
{
    router.on(Get, "/cookies", [](const httplib::Request& req, httplib::Response& res) {
        const bool showAll = hasQueryParameter(req, "show_env");
        std::string header;
        for (const auto& value : headerValues(req, "Cookie"))
            header += (header.empty() ? "" : "; ") + value;
        NameValueList shown;
        std::set<std::string> seen;
        for (auto& [name, value] : parseCookieHeader(header)) {
            const bool hidden =
                !showAll && std::find(analyticsCookies.begin(), analyticsCookies.end(), name) != analyticsCookies.end();
            if (!hidden && seen.insert(name).second)
                shown.emplace_back(name, value);
        }
        sendJson(res, QJsonObject{{QStringLiteral("cookies"), semiflatten(shown)}});
    });

    router.on(Get, "/cookies/set", [](const httplib::Request& req, httplib::Response& res) {
        if (addCookies(req, res, queryOf(req.target), false))
            sendRedirect(res, "/cookies");
    });

    router.on(Get, "/cookies/set/([^/]+)/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        if (addCookies(req, res, {{req.matches[1].str(), req.matches[2].str()}}, false))
            sendRedirect(res, "/cookies");
    });

    router.on(Get, "/cookies/delete", [](const httplib::Request& req, httplib::Response& res) {
        if (addCookies(req, res, queryOf(req.target), true))
            sendRedirect(res, "/cookies");
    });
}

} // namespace hinterscope::playground

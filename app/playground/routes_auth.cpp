#include "digest_auth.h"
#include "parsing.h"
#include "responses.h"
#include "routes.h"

#include <QByteArray>
#include <QJsonArray>

namespace hinterscope::playground {

namespace {

constexpr std::string_view digestRealm = "playground@hinterscope";

bool basicCredentialsMatch(const httplib::Request& req, const std::string& user, const std::string& password)
{
    const std::string header = req.get_header_value("Authorization");
    if (!startsWithIgnoringCase(header, "Basic "))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(header.substr(6)),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const std::string credentials = decoded.decoded.toStdString();
    const auto colon = credentials.find(':');
    return colon != std::string::npos && credentials.substr(0, colon) == user &&
           credentials.substr(colon + 1) == password;
}

void sendAuthenticated(httplib::Response& res, const std::string& user)
{
    sendJson(res, QJsonObject{{QStringLiteral("authenticated"), true},
                              {QStringLiteral("user"), QString::fromStdString(user)}});
}

std::string cookieNamed(const httplib::Request& req, std::string_view name)
{
    for (const auto& header : headerValues(req, "Cookie"))
        for (auto& [key, value] : parseCookieHeader(header))
            if (key == name)
                return value;
    return {};
}

bool hasCookie(const httplib::Request& req, std::string_view name)
{
    for (const auto& header : headerValues(req, "Cookie"))
        for (const auto& pair : parseCookieHeader(header))
            if (pair.first == name)
                return true;
    return false;
}

void setCookie(httplib::Response& res, std::string_view name, std::string_view value)
{
    if (isToken(value))
        addHeader(res, "Set-Cookie", std::string(name) + "=" + std::string(value) + "; Path=/");
}

// httpbin's "stale_after" countdown: a number of successful requests before the next nonce counts as stale.
std::string nextStaleAfter(const std::string& current)
{
    const auto count = parseInteger(current, -1'000'000, 1'000'000);
    return count ? std::to_string(*count - 1) : "never";
}

} // namespace

void addAuthRoutes(Router& router, Context& context)
{
    router.on(Get, "/basic-auth/([^/]+)/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const std::string user = req.matches[1].str();
        if (basicCredentialsMatch(req, user, req.matches[2].str()))
            sendAuthenticated(res, user);
        else
            sendStatus(res, 401);
    });

    router.on(Get, "/hidden-basic-auth/([^/]+)/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const std::string user = req.matches[1].str();
        if (basicCredentialsMatch(req, user, req.matches[2].str()))
            sendAuthenticated(res, user);
        else
            sendStatus(res, 404);
    });

    router.on(Get, "/bearer", [](const httplib::Request& req, httplib::Response& res) {
        const std::string header = req.get_header_value("Authorization");
        if (!header.starts_with("Bearer ")) {
            addHeader(res, "WWW-Authenticate", "Bearer");
            sendBody(res, 401, {}, htmlType);
            return;
        }
        sendJson(res, QJsonObject{{QStringLiteral("authenticated"), true},
                                  {QStringLiteral("token"), QString::fromStdString(header.substr(7))}});
    });

    // /digest-auth/{qop}/{user}/{password}[/{algorithm}[/{stale_after}]], with httpbin's cookies: "fake" on
    // every answer, "stale_after" counting down successful requests, "last_nonce" to refuse a replayed nonce.
    router.on(Get, "/digest-auth/([^/]+)/([^/]+)/([^/]+)(?:/([^/]+))?(?:/([^/]+))?",
              [&context](const httplib::Request& req, httplib::Response& res) {
                  const std::string qop = req.matches[1].str();
                  const std::string user = req.matches[2].str();
                  const std::string password = req.matches[3].str();
                  const std::string staleAfter = req.matches[5].matched ? req.matches[5].str() : "never";
                  DigestChallenge challenge;
                  challenge.realm = digestRealm;
                  challenge.qop = qop == "auth" || qop == "auth-int" ? qop : "";
                  challenge.algorithm = digestAlgorithmNamed(req.matches[4].matched ? req.matches[4].str() : "MD5")
                                            .value_or(*digestAlgorithmNamed("MD5"));
                  const bool requireCookie = [&] {
                      const auto value = toLower(queryParameter(req, "require-cookie").value_or(""));
                      return value == "1" || value == "t" || value == "true";
                  }();

                  const auto challengeAgain = [&](bool stale, const std::string* lastNonce) {
                      addHeader(res, "WWW-Authenticate", digestChallengeHeader(challenge, context.nonceKey, stale));
                      setCookie(res, "stale_after", staleAfter);
                      if (lastNonce != nullptr)
                          setCookie(res, "last_nonce", *lastNonce);
                      setCookie(res, "fake", "fake_value");
                      sendBody(res, 401, {}, htmlType);
                  };

                  const std::string header = req.get_header_value("Authorization");
                  const auto params =
                      startsWithIgnoringCase(header, "Digest ") ? parseAuthParams(header.substr(7)) : std::nullopt;
                  if (!params || (requireCookie && !req.has_header("Cookie"))) {
                      challengeAgain(false, nullptr);
                      return;
                  }
                  if (requireCookie && cookieNamed(req, "fake") != "fake_value") {
                      setCookie(res, "fake", "fake_value");
                      sendJson(res,
                               QJsonObject{{QStringLiteral("errors"),
                                            QJsonArray{QStringLiteral("missing cookie set on challenge")}}},
                               403);
                      return;
                  }
                  const auto nonceIt = params->find("nonce");
                  const std::string nonce = nonceIt != params->end() ? nonceIt->second : "";
                  const std::string staleAfterCookie = cookieNamed(req, "stale_after");
                  if ((hasCookie(req, "last_nonce") && cookieNamed(req, "last_nonce") == nonce) ||
                      (hasCookie(req, "stale_after") && staleAfterCookie == "0")) {
                      challengeAgain(true, &nonce);
                      return;
                  }
                  const DigestRequest request{user, password, req.method, req.target, req.body};
                  switch (verifyDigest(*params, challenge, request, context.nonceKey)) {
                  case DigestVerdict::Rejected:
                      challengeAgain(false, &nonce);
                      return;
                  case DigestVerdict::StaleNonce:
                      challengeAgain(true, &nonce);
                      return;
                  case DigestVerdict::Accepted:
                      break;
                  }
                  setCookie(res, "fake", "fake_value");
                  if (hasCookie(req, "stale_after"))
                      setCookie(res, "stale_after", nextStaleAfter(staleAfterCookie));
                  sendAuthenticated(res, user);
              });
}

} // namespace hinterscope::playground

#include "bounds.h"
#include "json_writer.h"
#include "parsing.h"
#include "responses.h"
#include "routes.h"

#include <QJsonArray>
#include <QUuid>

#include <random>

namespace hinterscope::playground {

namespace {

struct WeightedCode {
    int code;
    double weight;
};

// "200", "200,404,500" or "200:0.8,500:0.2" (httpbin's weighted form); nothing when malformed.
std::optional<std::vector<WeightedCode>> parseStatusChoices(std::string_view text)
{
    std::vector<WeightedCode> choices;
    while (true) {
        const auto comma = text.find(',');
        const auto entry = text.substr(0, comma);
        const auto colon = entry.find(':');
        const auto code = parseInteger(entry.substr(0, colon), 200, 599);
        const auto weight =
            colon == std::string_view::npos ? std::optional<double>(1.0) : parseNumber(entry.substr(colon + 1), 0, 1e9);
        if (!code || !weight || choices.size() >= static_cast<size_t>(limits::statusChoices))
            return std::nullopt;
        choices.push_back({static_cast<int>(*code), *weight});
        if (comma == std::string_view::npos)
            break;
        text = text.substr(comma + 1);
    }
    return choices;
}

int pickWeighted(const std::vector<WeightedCode>& choices)
{
    thread_local std::mt19937 random{std::random_device{}()};
    double total = 0;
    for (const auto& choice : choices)
        total += choice.weight;
    if (total <= 0)
        return choices.front().code;
    double point = std::uniform_real_distribution<double>(0, total)(random);
    for (const auto& choice : choices) {
        if (point < choice.weight)
            return choice.code;
        point -= choice.weight;
    }
    return choices.back().code;
}

// The entity tags in If-None-Match or If-Match, without W/ and quotes (httpbin's parse_multi_value_header).
std::vector<std::string> entityTags(const std::string& header)
{
    std::vector<std::string> tags;
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        auto tag = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);
        if (!tag.empty() && tag.front() == '"')
            tag.remove_prefix(1);
        if (!tag.empty() && tag.back() == '"')
            tag.remove_suffix(1);
        tags.emplace_back(tag);
    }
    return tags;
}

bool contains(const std::vector<std::string>& tags, const std::string& tag)
{
    return std::find(tags.begin(), tags.end(), tag) != tags.end() ||
           std::find(tags.begin(), tags.end(), "*") != tags.end();
}

void sendGetEcho(const httplib::Request& req, httplib::Response& res)
{
    sendJson(res, echo(req, EchoUrl | EchoArgs | EchoHeaders | EchoOrigin));
}

} // namespace

void addStatusRoutes(Router& router, Context&)
{
    router.on(AnyMethod, "/status/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto choices = parseStatusChoices(req.matches[1].str());
        if (!choices) {
            sendProblem(res, "Invalid status code: give codes from 200 to 599, e.g. 404 or 200,500 or 200:0.9,500:0.1");
            return;
        }
        sendStatus(res, pickWeighted(*choices));
    });

    router.on(Get | Post, "/response-headers", [](const httplib::Request& req, httplib::Response& res) {
        const auto pairs = queryOf(req.target);
        std::string contentType(jsonType);
        for (const auto& [name, value] : pairs) {
            if (!isToken(name) || !isSendableHeaderValue(value)) {
                sendProblem(res, "\"" + name + "\" cannot be sent as a header (bad name, or CR/LF/NUL in the value)");
                return;
            }
            for (const char* framing : {"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"}) {
                if (equalsIgnoringCase(name, framing)) {
                    sendProblem(res, std::string(framing) + " frames the response; the playground sets it itself");
                    return;
                }
            }
            if (equalsIgnoringCase(name, "Content-Type"))
                contentType = value;
        }
        // As httpbin: the body lists the response's own headers, Content-Length included, so compute the
        // body until its length stops changing.
        std::string body;
        for (int round = 0; round < 10; ++round) {
            NameValueList shown = {{"Content-Length", std::to_string(body.size())}, {"Content-Type", contentType}};
            for (const auto& pair : pairs)
                if (!equalsIgnoringCase(pair.first, "Content-Type"))
                    shown.push_back(pair);
            std::string next = writeJson(semiflatten(shown));
            if (next.size() == body.size()) {
                body = std::move(next);
                break;
            }
            body = std::move(next);
        }
        for (const auto& [name, value] : pairs)
            if (!equalsIgnoringCase(name, "Content-Type"))
                addHeader(res, name, value);
        sendBody(res, 200, std::move(body), contentType);
    });

    router.on(Get, "/headers/many/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto count = pathInteger(req, 1, 0, limits::manyHeaders, res);
        if (!count)
            return;
        char name[32];
        for (long long i = 1; i <= *count; ++i) {
            std::snprintf(name, sizeof name, "X-Many-%05lld", i);
            addHeader(res, name, "value " + std::to_string(i));
        }
        sendJson(res, QJsonObject{{QStringLiteral("count"), static_cast<double>(*count)}});
    });

    router.on(Get, "/cache", [](const httplib::Request& req, httplib::Response& res) {
        if (req.has_header("If-Modified-Since") || req.has_header("If-None-Match")) {
            sendStatus(res, 304);
            return;
        }
        sendGetEcho(req, res);
        addHeader(res, "Last-Modified", httpDate(std::chrono::system_clock::now()));
        addHeader(res, "ETag", QUuid::createUuid().toString(QUuid::Id128).toStdString());
    });

    router.on(Get, "/cache/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const auto seconds = pathInteger(req, 1, 0, 2'147'483'647, res);
        if (!seconds)
            return;
        sendGetEcho(req, res);
        addHeader(res, "Cache-Control", "public, max-age=" + std::to_string(*seconds));
    });

    router.on(Get, "/etag/([^/]+)", [](const httplib::Request& req, httplib::Response& res) {
        const std::string tag = req.matches[1].str();
        if (!isSendableHeaderValue(tag)) {
            sendProblem(res, "the entity tag cannot be sent in a header");
            return;
        }
        const auto ifNoneMatch = entityTags(req.get_header_value("If-None-Match"));
        const auto ifMatch = entityTags(req.get_header_value("If-Match"));
        if (!ifNoneMatch.empty()) {
            if (contains(ifNoneMatch, tag)) {
                sendStatus(res, 304);
                addHeader(res, "ETag", tag);
                return;
            }
        } else if (!ifMatch.empty() && !contains(ifMatch, tag)) {
            sendStatus(res, 412);
            return;
        }
        sendGetEcho(req, res);
        addHeader(res, "ETag", tag);
    });
}

} // namespace hinterscope::playground

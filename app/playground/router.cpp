#include "router.h"

#include "parsing.h"
#include "responses.h"

#include <algorithm>
#include <chrono>

namespace hinterscope::playground {

namespace {

constexpr std::string_view notFoundPage =
    "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
    "<p>The playground has no such endpoint. GET / lists them.</p>\n";

constexpr std::string_view methodNotAllowedPage =
    "<!doctype html>\n<html lang=en>\n<title>405 Method Not Allowed</title>\n<h1>Method Not Allowed</h1>\n"
    "<p>This endpoint does not take that method; the Allow header lists those it does.</p>\n";

std::string allowedMethods(unsigned methods)
{
    std::string allow;
    const auto add = [&](std::string_view name) { allow += (allow.empty() ? "" : ", ") + std::string(name); };
    if (methods & Get) {
        add("GET");
        add("HEAD");
    }
    if (methods & Post)
        add("POST");
    if (methods & Put)
        add("PUT");
    if (methods & Patch)
        add("PATCH");
    if (methods & Delete)
        add("DELETE");
    add("OPTIONS");
    return allow;
}

ssize_t writeSortedHeaders(httplib::Stream& stream, httplib::Headers& headers)
{
    std::vector<const std::pair<const std::string, std::string>*> ordered;
    ordered.reserve(headers.size());
    for (const auto& header : headers)
        ordered.push_back(&header);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](auto* a, auto* b) { return toLower(a->first) < toLower(b->first); });
    if (repeatedHeadersIterateNewestFirst()) {
        for (auto first = ordered.begin(); first != ordered.end();) {
            auto last = std::find_if(first, ordered.end(),
                                     [&](auto* header) { return !equalsIgnoringCase(header->first, (*first)->first); });
            std::reverse(first, last);
            first = last;
        }
    }
    std::string block;
    for (const auto* header : ordered)
        block += header->first + ": " + header->second + "\r\n";
    block += "\r\n";
    return stream.write(block);
}

} // namespace

Router::Router(httplib::Server& server)
    : server_(server)
{}

void Router::on(unsigned methods, const std::string& pattern, Handler handler)
{
    routes_->push_back({std::regex(pattern), methods});
    if (methods & Get)
        server_.Get(pattern, handler);
    if (methods & Post)
        server_.Post(pattern, handler);
    if (methods & Put)
        server_.Put(pattern, handler);
    if (methods & Patch)
        server_.Patch(pattern, handler);
    if (methods & Delete)
        server_.Delete(pattern, handler);
}

void Router::onWithBody(unsigned methods, const std::string& pattern, BodyHandler handler)
{
    routes_->push_back({std::regex(pattern), methods});
    if (methods & Get)
        server_.Get(pattern,
                    [handler](const httplib::Request& req, httplib::Response& res) { handler(req, res, bodyOf(req)); });
    const httplib::Server::HandlerWithContentReader reading =
        [handler](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
            const auto body = readBody(req, reader);
            if (!body) {
                // cpp-httplib has set 413 when the body was over the limit.
                if (res.status != httplib::StatusCode::PayloadTooLarge_413)
                    sendProblem(res, "the request body could not be read");
                return;
            }
            handler(req, res, *body);
        };
    if (methods & Post)
        server_.Post(pattern, reading);
    if (methods & Put)
        server_.Put(pattern, reading);
    if (methods & Patch)
        server_.Patch(pattern, reading);
    if (methods & Delete)
        server_.Delete(pattern, reading);
}

void Router::finish()
{
    const auto routes = routes_;
    const auto methodsFor = [routes](const std::string& path) {
        unsigned methods = 0;
        for (const auto& route : *routes)
            if (std::regex_match(path, route.pattern))
                methods |= route.methods;
        return methods;
    };
    const Handler fallback = [methodsFor](const httplib::Request& req, httplib::Response& res) {
        const unsigned methods = methodsFor(req.path);
        if (methods == 0) {
            sendBody(res, 404, std::string(notFoundPage), htmlType);
            return;
        }
        addHeader(res, "Allow", allowedMethods(methods));
        sendBody(res, 405, std::string(methodNotAllowedPage), htmlType);
    };
    const std::string everything = ".*";
    server_.Get(everything, fallback);
    server_.Post(everything, fallback);
    server_.Put(everything, fallback);
    server_.Patch(everything, fallback);
    server_.Delete(everything, fallback);
    server_.Options(everything, [methodsFor](const httplib::Request& req, httplib::Response& res) {
        const unsigned methods = methodsFor(req.path);
        if (methods == 0) {
            sendBody(res, 404, std::string(notFoundPage), htmlType);
            return;
        }
        addHeader(res, "Allow", allowedMethods(methods));
        sendBody(res, 200, {}, htmlType);
    });
}

void installCommonBehaviour(httplib::Server& server)
{
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
        // Only /range/{n} and /large/{size} serve byte ranges (see ignoreRanges).
        if (!req.path.starts_with("/range/") && !req.path.starts_with("/large/"))
            ignoreRanges(req);
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.has_header("Date"))
            addHeader(res, "Date", httpDate(std::chrono::system_clock::now()));
        addHeader(res, "Server", "hinterscope-playground");
        // httpbin's after_request hook.
        const auto origin = req.get_header_value("Origin");
        if (res.has_header("Access-Control-Allow-Origin"))
            res.headers.erase("Access-Control-Allow-Origin");
        if (origin.empty() || !addHeader(res, "Access-Control-Allow-Origin", origin))
            addHeader(res, "Access-Control-Allow-Origin", "*");
        addHeader(res, "Access-Control-Allow-Credentials", "true");
        if (req.method == "OPTIONS") {
            addHeader(res, "Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH, OPTIONS");
            addHeader(res, "Access-Control-Max-Age", "3600");
            if (req.has_header("Access-Control-Request-Headers"))
                addHeader(res, "Access-Control-Allow-Headers", req.get_header_value("Access-Control-Request-Headers"));
        }
    });
    server.set_header_writer(writeSortedHeaders);
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string what = "unknown error";
        try {
            if (error)
                std::rethrow_exception(error);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        res.headers.clear();
        sendProblem(res, "internal error: " + what, 500);
    });
}

} // namespace hinterscope::playground

#pragma once

#include "httplib_config.h"
#include "request_echo.h"

#include <functional>
#include <memory>
#include <regex>
#include <string>
#include <vector>

namespace hinterscope::playground {

enum Method : unsigned {
    Get = 1U << 0, // HEAD too: cpp-httplib answers HEAD with the GET handler, without the body
    Post = 1U << 1,
    Put = 1U << 2,
    Patch = 1U << 3,
    Delete = 1U << 4,
    AnyMethod = Get | Post | Put | Patch | Delete,
};

// Registers routes on one cpp-httplib server and remembers them, so that a known path asked with another
// method gets 405 with Allow (as httpbin), an unknown one 404, and OPTIONS the methods a path has.
class Router {
public:
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
    using BodyHandler = std::function<void(const httplib::Request&, httplib::Response&, const ReceivedBody&)>;

    explicit Router(httplib::Server& server);

    // pattern: a regular expression for the whole path; its captures are in req.matches.
    void on(unsigned methods, const std::string& pattern, Handler handler);
    // The same, for routes that echo the body: it arrives read and classified (form, files, data).
    void onWithBody(unsigned methods, const std::string& pattern, BodyHandler handler);
    // Registers the catch-all routes; call once, after every other route.
    void finish();

private:
    struct Route {
        std::regex pattern;
        unsigned methods;
    };
    httplib::Server& server_;
    std::shared_ptr<std::vector<Route>> routes_ = std::make_shared<std::vector<Route>>();
};

// What every response gets: Date, Server, httpbin's CORS headers; response headers written in a stable
// order (by name, repeated names in the order they were added); exceptions become 500.
void installCommonBehaviour(httplib::Server& server);

} // namespace hinterscope::playground

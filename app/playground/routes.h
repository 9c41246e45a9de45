#pragma once

// The endpoints, one file per family; each adds its routes to a Router (docs/playground.md lists them).
#include "context.h"
#include "router.h"

#include <chrono>
#include <optional>

namespace hinterscope::playground {

void addInspectionRoutes(Router& router, Context& context); // /get /post /anything /headers /ip /delay ...
void addStatusRoutes(Router& router, Context& context);     // /status /response-headers /cache /etag ...
void addRedirectRoutes(Router& router, Context& context);   // /redirect /redirect-to /redirect-chain ...
void addCookieRoutes(Router& router, Context& context);     // /cookies ...
void addAuthRoutes(Router& router, Context& context);       // /basic-auth /bearer /digest-auth ...
void addFormatRoutes(Router& router, Context& context);     // /gzip /html /json /image /base64 ...
void addStreamRoutes(Router& router, Context& context);     // /stream /drip /bytes /range /sse /large ...

// Waits until the deadline. False when the playground stops or the client hangs up first (looked at every
// 200 ms), so an abandoned delay or drip gives its thread back early.
bool waitUntil(const Context& context, const httplib::Request& req, std::chrono::steady_clock::time_point deadline);
bool waitFor(const Context& context, const httplib::Request& req, std::chrono::steady_clock::duration duration);

// The integer in a path capture, or a 400 with a message naming the endpoint's bounds.
std::optional<long long> pathInteger(const httplib::Request& req, std::size_t capture, long long min, long long max,
                                     httplib::Response& res);

} // namespace hinterscope::playground

#pragma once

// Pieces of the generated WinHTTP programs that the synchronous and the asynchronous flavour share. Code
// for main() comes as complete lines indented by four spaces; helpers as whole functions. The option and
// credential pieces are public so tests can check each line on its own.
#include "codegen/winhttp_request_plan.h"

#include <QString>

namespace hinterscope::codegen {

// Expressions for a text that may hold {{placeholders}}: a literal, or expand(literal) when it does.
QString wideArgument(const QString& text); // LPCWSTR
QString wideString(const QString& text);   // std::wstring
QString narrowString(const QString& text); // std::string of the UTF-8 bytes
// A const std::string& argument: a plain literal (a std::string with its length when it holds a NUL).
QString narrowArgument(const QString& text, const QString& indent);

// "A | B | 0x40" for the named bits of `value` (and the rest in hex); "0" for none.
QString securityFlagsExpression(quint32 flags);
QString disableFeatureExpression(quint32 flags);
QString secureProtocolsExpression(quint32 flags);

// WinHttpOpen with the user agent and proxy; `async` adds WINHTTP_FLAG_ASYNC. Declares `Handle session`.
QString sessionOpenCode(const WinHttpOptionsSpec& options, bool async);
// The session's options that differ from WinHTTP's defaults: timeouts, secure protocols, the CA file.
QString sessionOptionCode(const WinHttpOptionsSpec& options);
// The request's options: security flags, disabled features, redirect policy and limit, decompression.
QString requestOptionCode(const WinHttpOptionsSpec& options);
// The credentials the program answers a 401 with (constants authScheme, user, password); empty without.
QString credentialCode(const WinHttpRequestPlan& plan);

// Declares host, port, path and requestFlags (cracked now, or with crackUrl() when the program runs).
QString targetCode(const WinHttpRequestPlan& plan);
// The header lines and the loop adding them with WinHttpAddRequestHeaders; empty without headers.
QString headersCode(const WinHttpRequestPlan& plan);
// Declares `body` (std::string) for every body mode but None; `target` is "body" or "context.body".
QString bodyCode(const WinHttpRequestPlan& plan, const QString& target);
// WinHttpSendRequest(handle, …, body data, length, total length, context), its continuation lines aligned for
// a call that starts at `column`.
QString sendRequestCall(const WinHttpRequestPlan& plan, const QString& handle, const QString& body,
                        const QString& context, int column);

// The top of the file: what the request is, how to build the program, the includes.
QString prologueCode(const WinHttpRequestPlan& plan, bool async);
// Helper functions (inside an anonymous namespace) the main code calls; only those it needs.
QString helpersCode(const WinHttpRequestPlan& plan, bool async);
// The helpers main() calls for options, bodies and credentials: only those `mainCode` uses.
QString callHelpersCode(const WinHttpRequestPlan& plan, const QString& mainCode);
// The check that every placeholder got a value, for the start of main(); empty without placeholders.
QString variablesCheckCode(const WinHttpRequestPlan& plan);

} // namespace hinterscope::codegen

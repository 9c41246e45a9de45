#pragma once

// Readable names for the numbers WinHTTP speaks in: callback statuses, errors, handle types, options, flags.
// The CLI prints them and the exchange recorder stores them, so what both say can be searched in Microsoft's
// reference. Plain C++ (no Qt): <windows.h> must stay out of Qt headers, so include this from .cpp files.
#include <windows.h>

#include <winhttp.h>

#include <string>
#include <string_view>

namespace hinterscope {

// "RESOLVING_NAME" for WINHTTP_CALLBACK_STATUS_RESOLVING_NAME; "0x..." for an unknown status.
std::string callback_status_name(DWORD status);
// "ERROR_WINHTTP_CANNOT_CONNECT" (or a system error name such as "ERROR_INVALID_PARAMETER"); "error N".
std::string error_name(DWORD error);
// True when error_name() knows the code by name.
bool is_known_error(DWORD error);
// One sentence for people: what the error means and, where it helps, what to try.
std::string error_explanation(DWORD error);
// "session", "connect", "request", or "handle".
std::string handle_type_name(DWORD handle_type);
// "API_SEND_REQUEST" for the dwResult of WINHTTP_ASYNC_RESULT.
std::string api_name(DWORD_PTR api);
// "INVALID_CA|CERT_CN_INVALID" for WINHTTP_CALLBACK_STATUS_FLAG_* bits; "none" when zero.
std::string secure_failure_flag_names(DWORD flags);
// "WINHTTP_OPTION_REDIRECT_POLICY" (the whole constant); "option N" for one this table does not know.
std::string option_name(DWORD option);

} // namespace hinterscope

#include "usage_text.h"

#include "option_table.h"

#include <format>

namespace hinterscope::cli {
namespace {

constexpr const char* exit_codes = R"text(Exit codes:
  0    success (an HTTP error status is a success unless --fail)
  2    usage error: a bad argument, an unreadable input file, or a setting WinHTTP refused
  3    WinHTTP or network error; the error's name is printed (ERROR_WINHTTP_CANNOT_CONNECT, ...)
  4    timeout: --max-time expired, or ERROR_WINHTTP_TIMEOUT
  5    local file error: the output could not be written (or an upload file changed while sent)
  22   the HTTP status was 400 or more and --fail was given
  130  interrupted by SIGINT (143: SIGTERM)
)text";

} // namespace

std::string main_usage()
{
    return std::string(R"text(Usage: hinterscope-cli COMMAND [options]

Send HTTP requests through hinternet and show the WinHTTP lifecycle.

Commands:
  send URL [options]   send one request, like curl; -v shows every WinHTTP callback as it happens
  serve [options]      run the offline playground (httpbin-compatible, HTTP and HTTPS) until Ctrl+C
  run COLLECTION       run every request of a saved collection (--env NAME), check statuses
  help [COMMAND]       show help for a command

Options:
  -h, --help           show this help
  -V, --version        show the versions of hinterscope-cli and its engine

)text") + exit_codes +
           "\nSee docs/cli.md for the details, including the --json report.\n";
}

std::string send_usage()
{
    std::string text = R"text(Usage: hinterscope-cli send URL [options]

Sends one request as a WinHTTP program does (WinHttpOpen ... WinHttpReadData) and writes the body to
standard output. Redirects are followed as WinHTTP follows them (unlike curl without -L).

Request:
  -X, --request METHOD       the method (default GET, or POST with -d/-F)
  -H, --header "Name: value" add a header (repeatable); "Name:" removes it, "Name;" sends it empty
  -A, --user-agent TEXT      the agent given to WinHttpOpen
  -d, --data DATA            body as form data; @FILE reads a file (CR/LF stripped), @- standard input;
                             several are joined with '&'; implies POST and
                             Content-Type: application/x-www-form-urlencoded
      --data-raw DATA        like -d, with no @FILE
      --data-binary DATA     body bytes exactly as given; @FILE streams a file unchanged
  -F, --form NAME=VALUE      multipart/form-data field; NAME=@FILE[;type=T][;filename=N] uploads a
                             file, NAME=<FILE sends a file's contents as the value
  -u, --user USER:PASSWORD   credentials for WinHttpSetCredentials (Basic unless --digest)
      --basic, --digest      the authentication scheme
      --url URL              the URL, as an option

Connection:
  -k, --insecure             ignore certificate errors (SECURITY_FLAG_IGNORE_UNKNOWN_CA,
                             CERT_DATE_INVALID, CERT_CN_INVALID, CERT_WRONG_USAGE)
      --cacert FILE          trust the PEM certificates in FILE too (HINTERNET_OPTION_CA_FILE)
  -x, --proxy [http://][USER:PASSWORD@]HOST:PORT
                             use this proxy (WINHTTP_ACCESS_TYPE_NAMED_PROXY); default: the
                             environment's (https_proxy, http_proxy, no_proxy)
      --noproxy LIST         hosts to reach directly, comma separated; * for all
      --max-redirs N         WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS
      --redirect-policy never|disallow-https-to-http|always
                             WINHTTP_OPTION_REDIRECT_POLICY
      --no-redirects         WINHTTP_DISABLE_REDIRECTS: the 3xx response is the answer
      --compressed           ask for and decode gzip, deflate and br (WINHTTP_OPTION_DECOMPRESSION)
      --decompression LIST   a subset: gzip,deflate,br (or none)
  -m, --max-time SECONDS     bound the whole request: every WinHTTP timeout, and an overall deadline
                             that closes the request handle when it passes (exit code 4)
      --async                open the session with WINHTTP_FLAG_ASYNC; the status callback drives
                             the request while the main thread waits
      --sync                 synchronous calls (the default)
      --notify FLAGS         WinHttpSetStatusCallback's mask (WINHTTP_CALLBACK_FLAG_* names joined
                             with ',' or '|', e.g. ALL_COMPLETIONS,REDIRECT); -v marks the statuses it
                             filters out "(not delivered)". Default ALL_NOTIFICATIONS
      --option NAME=VALUE    set any option below with WinHttpSetOption (repeatable; applied last)

Output:
  -o, --output FILE          write the body to FILE (through FILE.part, renamed when complete);
                             - is standard output
  -i, --include              write the status line and headers before the body
  -I, --head                 send HEAD and write the status line and headers
  -f, --fail                 exit with 22 and write no body when the status is 400 or more
  -s, --silent               no progress meter
  -S, --show-error           accepted for curl compatibility (errors are always shown)
      --progress             show the progress meter even when stderr is not a terminal
  -v, --verbose              print the WinHTTP timeline on stderr as it happens: every callback with
                             time, thread, handle and payload; connections, TLS, redirect decisions,
                             timing marks; the heads as "> " and "< " lines
      --trace-wire           -v plus hex dumps of the bytes sent and received
      --trace-wire-limit N   body bytes dumped per hop and direction (default 1024)
      --json                 print a JSON report on stdout when done (docs/cli-report.schema.json);
                             without -o the body goes into it (up to --json-body-limit)
      --json-body-limit N    body bytes kept in the report (default 1048576)
      --reveal-secrets       show Authorization, Proxy-Authorization and cookie values and passwords,
                             which -v, --trace-wire and --json redact by default
  -h, --help                 show this help

Options for --option (NAME with or without the WINHTTP_OPTION_ prefix; DWORD values in decimal
or 0x hex, or for flag options their names joined with '|'):
)text";
    for (const auto& option : settable_options())
        text += std::format("  {:<34} {}{}\n", option_constant_name(option.id),
                            option.kind == OptionValueKind::Dword ? "DWORD" : "string",
                            option.target == OptionTarget::Session ? ", on the session" : "");
    text += "\n";
    text += exit_codes;
    return text;
}

std::string serve_usage()
{
    return R"text(Usage: hinterscope-cli serve [options]

Runs the offline playground: httpbin-compatible endpoints on loopback over HTTP, HTTPS (certificate
from a local CA) and a deliberately broken HTTPS port. Prints the URLs, the CA file and its SHA-256
fingerprint, then serves until SIGINT (Ctrl+C) or SIGTERM.

Options:
      --http-port N          the HTTP port (default: a free one)
      --https-port N         the HTTPS port (default: a free one)
      --broken-tls-port N    the HTTPS port with the broken certificate (default: a free one)
      --data-dir DIR         where the CA and certificates are kept between runs
                             (default: $XDG_DATA_HOME/hinterscope/playground)
  -h, --help                 show this help

Exit codes: 0 stopped by a signal, 2 usage error, 3 the playground could not start.
)text";
}

} // namespace hinterscope::cli

namespace hinterscope::cli {

std::string run_usage()
{
    return R"text(Usage: hinterscope-cli run COLLECTION [options]

Sends every request of a saved collection (a folder with collection.json and *.request.json files, see
docs/collections.md) in file-name order, through the same WinHTTP runner as the GUI, with the collection's
default headers and options, and checks each request's expected status. Prints one line per request and a
summary. Values of secret variables are shown as [secret NAME].

Options:
      --folder NAME          only the requests of this folder (and its sub-folders)
      --env NAME             use the environment NAME (COLLECTION/environments/NAME.env.json): its
                             variables win over the collection's and the playground's; its secret
                             variables come from the system keyring, or from the 0600 fallback file
                             when no keyring service runs (HINTERSCOPE_SECRETS=file forces the file)
      --var NAME=VALUE       a value for {{NAME}}; wins over everything else (repeatable)
      --playground           start the local playground first and set {{playground}}, {{playground_https}},
                             {{playground_broken}} and {{playground_ca}} (runs the bundled Tour offline:
                             hinterscope-cli run resources/tour --playground)
      --json                 one JSON document with every request's outcome instead of the table
      --fail-fast            stop at the first failure
  -h, --help                 this text

Exit status: 0 when every request succeeded with its expected status (any status when none is given),
6 when one did not or a file of the collection is broken (named with line:column on stderr), 2 for a usage
error (an unknown --env names the environments there are).
)text";
}

} // namespace hinterscope::cli

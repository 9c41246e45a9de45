#pragma once

// What the user composed, as a plain value: the composer produces it, the runner sends it, collections
// save it. It names WinHTTP's options by their meaning, with WinHTTP's numeric values where they are flags,
// so it can be saved and shown without <windows.h> (which must stay out of Qt headers).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace hinterscope {

// One row of a headers, form or multipart table. Disabled rows are kept (the user may re-enable them) but
// never sent.
struct KeyValueRow {
    QString name;
    QString value;
    bool enabled = true;

    friend bool operator==(const KeyValueRow&, const KeyValueRow&) = default;
};

struct MultipartPart {
    QString name;
    QString value; // the text, or the file's path when isFile
    bool isFile = false;
    QString contentType; // empty: text/plain for text, guessed from the file name for files
    QString fileName;    // empty: the path's file name
    bool enabled = true;

    friend bool operator==(const MultipartPart&, const MultipartPart&) = default;
};

enum class BodyMode { None, Raw, Json, FormUrlEncoded, Multipart, BinaryFile };

struct RequestBodySpec {
    BodyMode mode = BodyMode::None;
    QString text;               // Raw and Json
    QString contentType;        // Raw and BinaryFile; empty: none sent
    QList<KeyValueRow> form;    // FormUrlEncoded
    QList<MultipartPart> parts; // Multipart
    QString filePath;           // BinaryFile

    friend bool operator==(const RequestBodySpec&, const RequestBodySpec&) = default;
};

enum class AuthMode { None, Basic, Digest, Bearer };

struct AuthSpec {
    AuthMode mode = AuthMode::None;
    QString user;
    QString password;
    QString token; // Bearer

    friend bool operator==(const AuthSpec&, const AuthSpec&) = default;
};

enum class RedirectPolicy { Never, DisallowHttpsToHttp, Always }; // WINHTTP_OPTION_REDIRECT_POLICY_* 0, 1, 2

enum class ProxyMode {
    None,        // WINHTTP_ACCESS_TYPE_NO_PROXY
    Environment, // WINHTTP_ACCESS_TYPE_DEFAULT_PROXY (http_proxy / https_proxy / no_proxy on Linux)
    Named,       // WINHTTP_ACCESS_TYPE_NAMED_PROXY with `proxy` and `proxyBypass`
};

// WinHTTP's defaults where WinHTTP has one; decompression is on by default because a Postman or curl
// user expects to read the body they asked for.
struct WinHttpOptionsSpec {
    bool async = false; // WINHTTP_FLAG_ASYNC on the session
    RedirectPolicy redirectPolicy = RedirectPolicy::DisallowHttpsToHttp;
    int maxRedirects = 10;       // WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS
    quint32 disableFeatures = 0; // WINHTTP_DISABLE_* bits
    int resolveTimeoutMs = 0;    // WinHttpSetTimeouts; 0 = no limit
    int connectTimeoutMs = 60000;
    int sendTimeoutMs = 30000;
    int receiveTimeoutMs = 30000;
    quint32 securityIgnoreFlags = 0;     // SECURITY_FLAG_IGNORE_* bits
    quint32 decompression = 0x3 | 0x100; // gzip | deflate | brotli (our extension)
    quint32 secureProtocols = 0;         // WINHTTP_FLAG_SECURE_PROTOCOL_*; 0 = default
    ProxyMode proxyMode = ProxyMode::None;
    QString proxy; // "host:port" or "http://host:port"
    QString proxyBypass;
    QString caFile;    // HINTERNET_OPTION_CA_FILE; empty = system
    QString userAgent; // empty: Hinterscope's own

    friend bool operator==(const WinHttpOptionsSpec&, const WinHttpOptionsSpec&) = default;
};

struct RequestSpec {
    QString name;
    QString method = QStringLiteral("GET");
    QString url; // the query is part of it: the params table is a view of it
    // The params table when it has disabled rows (empty otherwise): all rows in table order. Its enabled rows
    // are the URL's query; where they disagree, the URL wins and the disabled rows keep their places.
    QList<KeyValueRow> params;
    QList<KeyValueRow> headers;
    RequestBodySpec body;
    AuthSpec auth;
    WinHttpOptionsSpec options;
    QString notes;
    std::optional<int> expectedStatus;
    // Keys of a request file this version does not know (a newer Hinterscope's, a hand edit): kept as read
    // and written back on save, so nothing is lost.
    QJsonObject unknownFields;

    friend bool operator==(const RequestSpec&, const RequestSpec&) = default;
};

} // namespace hinterscope

#pragma once

// A RequestSpec worked out the way the runner sends it (docs/request-runner.md), for code generators: the
// variables resolved or left as placeholders, the URL cracked, the header lines in sending order (with the
// Content-Type the body implies and a Bearer token), the body's pieces and the credentials.
#include "collections/variables.h"
#include "request/request_spec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hinterscope::codegen {

struct CodegenOptions {
    // Values for {{name}} placeholders. Without them, and for names they lack, the generated program keeps
    // the placeholders and asks for the values in one marked table at its top.
    std::optional<Variables> variables;
};

// Where the request goes, as WinHttpCrackUrl splits the URL when generating. Not cracked (cracked == false)
// when the URL still has placeholders or does not crack: the program then cracks it when it runs.
struct CrackedTarget {
    bool cracked = false;
    QString url; // the URL sent ("http://" added when it has no scheme), or the text to expand at run time
    QString host;
    int port = 0;
    QString object; // path and query, never empty, without a fragment
    bool secure = false;
    QString user; // from the URL's user info, percent-decoded
    QString password;
};

// One piece of a multipart body.
struct MultipartPiece {
    QString name;
    QString value; // text, or the file's path
    bool isFile = false;
    QString contentType; // files: always set (guessed like the runner when the row had none)
    QString fileName;    // files: always set
};

struct BodyPlan {
    BodyMode mode = BodyMode::None;
    QByteArray bytes; // Raw and Json: the UTF-8 text (when it has no placeholders)
    QString text;     // Raw and Json: the same text, for expansion at run time when it has placeholders
    QList<KeyValueRow> form;
    QList<MultipartPiece> parts;
    QByteArray boundary; // Multipart
    QString filePath;    // BinaryFile
    QString contentType; // what the body implies; empty: nothing implied
};

struct WinHttpRequestPlan {
    RequestSpec spec;         // with the known variables substituted
    QStringList placeholders; // names still written {{name}} in the spec, in order of appearance
    QString method;
    CrackedTarget target;
    QStringList headerLines; // "Name: value", the enabled rows plus what the body and Bearer auth add
    BodyPlan body;
    AuthMode credentials = AuthMode::None; // Basic or Digest through WinHttpSetCredentials; else None
    QString user;
    QString password;
};

WinHttpRequestPlan planRequest(const RequestSpec& spec, const CodegenOptions& options);

// Text with every {{ name }} written as {{name}}, the form the generated expand() looks for.
QString normalizedPlaceholders(const QString& text);
bool hasPlaceholder(const QString& text);

// The User-Agent the runner sends when the composer leaves it empty.
QString defaultUserAgent();

} // namespace hinterscope::codegen

#include "request_body.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <format>
#include <random>

namespace hinterscope::cli {
namespace {

// Standard input is read into memory (its size is not known in advance); this bounds it.
constexpr std::uint64_t stdin_limit = 256ull * 1024 * 1024;

std::optional<std::string> read_whole(const std::string& path, std::string& error)
{
    std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        error = std::format("cannot read {}: {}", path, std::strerror(errno));
        return std::nullopt;
    }
    std::string contents;
    char buffer[64 * 1024];
    for (;;) {
        const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
        contents.append(buffer, got);
        if (contents.size() > stdin_limit && path == "-") {
            error = "standard input is larger than 256 MiB; use --data-binary @FILE for large bodies";
            return std::nullopt;
        }
        if (got < sizeof buffer)
            break;
    }
    const bool failed = std::ferror(file) != 0;
    if (file != stdin)
        std::fclose(file);
    if (failed) {
        error = std::format("cannot read {}", path);
        return std::nullopt;
    }
    return contents;
}

std::optional<std::uint64_t> regular_file_size(const std::string& path, std::string& error)
{
    std::error_code code;
    const auto status = std::filesystem::status(path, code);
    if (code || !std::filesystem::is_regular_file(status)) {
        error = std::format("cannot read {}: {}", path, code ? code.message() : "not a regular file");
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(path, code);
    if (code) {
        error = std::format("cannot read {}: {}", path, code.message());
        return std::nullopt;
    }
    return size;
}

std::string strip_line_breaks(std::string text)
{
    std::erase_if(text, [](char c) { return c == '\r' || c == '\n'; });
    return text;
}

std::string random_boundary()
{
    std::random_device device;
    std::string boundary = "------------------------hinterscope";
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 24; ++i)
        boundary += hex[device() % 16];
    return boundary;
}

// Quoted-string values of Content-Disposition, escaped as the HTML form encoding does.
std::string disposition_quote(const std::string& value)
{
    std::string quoted;
    for (const char c : value) {
        if (c == '"')
            quoted += "%22";
        else if (c == '\r')
            quoted += "%0D";
        else if (c == '\n')
            quoted += "%0A";
        else
            quoted += c;
    }
    return quoted;
}

std::string guess_content_type(const std::string& path)
{
    static const QMimeDatabase database;
    const auto type = database.mimeTypeForFile(QString::fromStdString(path), QMimeDatabase::MatchExtension);
    return type.isDefault() ? std::string("application/octet-stream") : type.name().toStdString();
}

void add_bytes(std::vector<BodySegment>& segments, std::string bytes)
{
    if (bytes.empty())
        return;
    if (!segments.empty() && !segments.back().file) {
        segments.back().bytes += bytes;
        segments.back().size = segments.back().bytes.size();
        return;
    }
    const auto size = bytes.size();
    segments.push_back(BodySegment{std::move(bytes), std::nullopt, size});
}

} // namespace

std::uint64_t RequestBody::size() const
{
    std::uint64_t total = 0;
    for (const auto& segment : segments_)
        total += segment.size;
    return total;
}

std::optional<std::string> RequestBody::load(std::string& error) const
{
    std::string all;
    all.reserve(static_cast<std::size_t>(size()));
    Reader reader(*this);
    char buffer[64 * 1024];
    for (;;) {
        const long long got = reader.read(buffer, sizeof buffer);
        if (got < 0) {
            error = reader.error();
            return std::nullopt;
        }
        if (got == 0)
            break;
        all.append(buffer, static_cast<std::size_t>(got));
    }
    return all;
}

RequestBody::Reader::Reader(const RequestBody& body)
    : body_(body)
{}

RequestBody::Reader::~Reader()
{
    if (file_ != nullptr)
        std::fclose(file_);
}

long long RequestBody::Reader::read(char* buffer, std::size_t capacity)
{
    while (segment_ < body_.segments_.size()) {
        const auto& segment = body_.segments_[segment_];
        if (offset_ >= segment.size) {
            if (file_ != nullptr) {
                // The file must end where it ended when we measured it: Content-Length was sent already.
                if (std::fgetc(file_) != EOF) {
                    error_ = std::format("{} grew while it was being sent", *segment.file);
                    return -1;
                }
                std::fclose(file_);
                file_ = nullptr;
            }
            ++segment_;
            offset_ = 0;
            continue;
        }
        const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(capacity, segment.size - offset_));
        if (!segment.file) {
            std::memcpy(buffer, segment.bytes.data() + offset_, wanted);
            offset_ += wanted;
            return static_cast<long long>(wanted);
        }
        if (file_ == nullptr) {
            file_ = std::fopen(segment.file->c_str(), "rb");
            if (file_ == nullptr) {
                error_ = std::format("cannot read {}: {}", *segment.file, std::strerror(errno));
                return -1;
            }
        }
        const std::size_t got = std::fread(buffer, 1, wanted, file_);
        if (got == 0) {
            error_ = std::format("{} shrank while it was being sent", *segment.file);
            return -1;
        }
        offset_ += got;
        return static_cast<long long>(got);
    }
    return 0;
}

std::variant<RequestBody, std::string> build_request_body(const SendOptions& options)
{
    RequestBody body;
    std::string error;
    if (!options.data.empty()) {
        bool first = true;
        for (const auto& data : options.data) {
            if (!first)
                add_bytes(body.segments_, "&");
            first = false;
            if (!data.file) {
                add_bytes(body.segments_, data.text);
            } else if (data.kind == DataArgument::Kind::Text || *data.file == "-") {
                auto contents = read_whole(*data.file, error);
                if (!contents)
                    return error;
                add_bytes(body.segments_,
                          data.kind == DataArgument::Kind::Text ? strip_line_breaks(*contents) : std::move(*contents));
            } else {
                const auto size = regular_file_size(*data.file, error);
                if (!size)
                    return error;
                if (*size > 0)
                    body.segments_.push_back(BodySegment{{}, *data.file, *size});
            }
        }
        // curl labels -d and --data-binary bodies alike; so do we.
        body.content_type_ = "application/x-www-form-urlencoded";
        return body;
    }
    if (!options.form.empty()) {
        const std::string boundary = random_boundary();
        for (const auto& field : options.form) {
            std::string part =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + disposition_quote(field.name) + "\"";
            switch (field.kind) {
            case FormArgument::Kind::Text:
                add_bytes(body.segments_,
                          part + "\r\n" +
                              (field.content_type.empty() ? "" : "Content-Type: " + field.content_type + "\r\n") +
                              "\r\n" + field.value + "\r\n");
                break;
            case FormArgument::Kind::FileContent: {
                auto contents = read_whole(field.value, error);
                if (!contents)
                    return error;
                add_bytes(body.segments_,
                          part + "\r\n" +
                              (field.content_type.empty() ? "" : "Content-Type: " + field.content_type + "\r\n") +
                              "\r\n" + *contents + "\r\n");
                break;
            }
            case FormArgument::Kind::FileUpload: {
                const std::string filename =
                    field.filename.value_or(QFileInfo(QString::fromStdString(field.value)).fileName().toStdString());
                const std::string type =
                    field.content_type.empty() ? guess_content_type(field.value) : field.content_type;
                add_bytes(body.segments_, part + "; filename=\"" + disposition_quote(filename) +
                                              "\"\r\nContent-Type: " + type + "\r\n\r\n");
                if (field.value == "-") {
                    auto contents = read_whole("-", error);
                    if (!contents)
                        return error;
                    add_bytes(body.segments_, *contents);
                } else {
                    const auto size = regular_file_size(field.value, error);
                    if (!size)
                        return error;
                    if (*size > 0)
                        body.segments_.push_back(BodySegment{{}, field.value, *size});
                }
                add_bytes(body.segments_, "\r\n");
                break;
            }
            }
        }
        add_bytes(body.segments_, "--" + boundary + "--\r\n");
        body.content_type_ = "multipart/form-data; boundary=" + boundary;
    }
    return body;
}

std::string effective_method(const SendOptions& options)
{
    if (!options.method.empty())
        return options.method;
    return options.data.empty() && options.form.empty() ? "GET" : "POST";
}

} // namespace hinterscope::cli

#include "body_output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <format>
#include <sys/stat.h>
#include <unistd.h>

namespace hinterscope::cli {

BodyOutput::BodyOutput(Destination destination, std::string path, std::size_t json_limit)
    : destination_(destination)
    , path_(std::move(path))
    , part_path_(path_ + ".part")
    , json_limit_(json_limit)
{}

BodyOutput::~BodyOutput()
{
    if (!committed_)
        abort();
}

bool BodyOutput::open()
{
    if (opened_)
        return true;
    opened_ = true;
    if (destination_ != Destination::File)
        return true;
    // A device, FIFO or socket (-o /dev/null, -o /dev/stdout, a pipe) is written as it is: renaming a
    // finished file over it would replace the special file itself (as root, /dev/null).
    struct stat existing{};
    direct_ = ::stat(path_.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode);
    fd_ = direct_ ? ::open(path_.c_str(), O_WRONLY | O_CLOEXEC)
                  : ::open(part_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) {
        error_ = std::format("cannot write {}: {}", written_path(), std::strerror(errno));
        return false;
    }
    return true;
}

bool BodyOutput::write_all(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            error_ = std::format("cannot write {}: {}", fd == STDOUT_FILENO ? "standard output" : written_path(),
                                 std::strerror(errno));
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

bool BodyOutput::write_head(const std::string& head)
{
    switch (destination_) {
    case Destination::Stdout:
        return write_all(STDOUT_FILENO, head.data(), head.size());
    case Destination::File:
        return write_all(fd_, head.data(), head.size());
    case Destination::Json:
    case Destination::Discard:
        return true;
    }
    return true;
}

bool BodyOutput::write(const char* data, std::size_t size)
{
    if (destination_ == Destination::Discard)
        return true;
    size_ += size;
    hash_.addData(QByteArrayView(data, static_cast<qsizetype>(size)));
    switch (destination_) {
    case Destination::Stdout:
        return write_all(STDOUT_FILENO, data, size);
    case Destination::File:
        return write_all(fd_, data, size);
    case Destination::Json: {
        const std::size_t room = json_limit_ > captured_.size() ? json_limit_ - captured_.size() : 0;
        captured_.append(data, std::min(room, size));
        truncated_ = truncated_ || size > room;
        return true;
    }
    case Destination::Discard:
        break;
    }
    return true;
}

bool BodyOutput::commit()
{
    if (destination_ != Destination::File || !opened_) {
        committed_ = true;
        return true;
    }
    if (fd_ >= 0) {
        const int closed = ::close(fd_);
        fd_ = -1;
        if (closed != 0) {
            error_ = std::format("cannot write {}: {}", written_path(), std::strerror(errno));
            abort();
            return false;
        }
    }
    if (!direct_ && std::rename(part_path_.c_str(), path_.c_str()) != 0) {
        error_ = std::format("cannot rename {} to {}: {}", part_path_, path_, std::strerror(errno));
        abort();
        return false;
    }
    committed_ = true;
    return true;
}

void BodyOutput::abort()
{
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (destination_ == Destination::File && opened_ && !committed_ && !direct_)
        ::unlink(part_path_.c_str());
    committed_ = true; // nothing left to undo
}

const std::string& BodyOutput::written_path() const
{
    return direct_ ? path_ : part_path_;
}

void BodyOutput::discard()
{
    destination_ = Destination::Discard;
}

std::string BodyOutput::sha256_hex() const
{
    return hash_.result().toHex().toStdString();
}

} // namespace hinterscope::cli

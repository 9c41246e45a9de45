// gzip and deflate decoding with zlib's inflate, in bounded steps.
#include "body/decoding_stage.h"

#include <windows.h>
#include <winhttp.h>

#define ZLIB_CONST
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string>

namespace hinternet::body {
namespace {

constexpr std::size_t inflate_step = 64 * 1024;
constexpr int gzip_window_bits = 16 + MAX_WBITS;
constexpr int zlib_window_bits = MAX_WBITS;
constexpr int raw_window_bits = -MAX_WBITS;
constexpr unsigned char gzip_magic_first = 0x1f;

// RFC 1950 §2.2: CM = 8 (deflate), CINFO <= 7 and the check bits make CMF*256 + FLG a multiple of 31.
bool is_zlib_header(unsigned char cmf, unsigned char flg)
{
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

class ZlibStage final : public DecodingStage {
public:
    explicit ZlibStage(bool gzip)
        : gzip_(gzip)
    {}
    ~ZlibStage() override
    {
        if (initialized_)
            inflateEnd(&stream_);
    }
    ZlibStage(const ZlibStage&) = delete;
    ZlibStage& operator=(const ZlibStage&) = delete;

    DWORD decode(std::string_view& input, std::string& output, std::size_t max_output) override
    {
        if (!input.empty())
            started_ = true;
        if (!initialized_) {
            if (const DWORD error = initialize(input); error != ERROR_SUCCESS || !initialized_)
                return error;
        }
        std::size_t produced = 0;
        // The bytes used to recognise the deflate flavour go in before the caller's input.
        if (!probe_.empty()) {
            std::string_view probe_view = probe_;
            const DWORD error = inflate_into(probe_view, output, max_output, produced);
            probe_.erase(0, probe_.size() - probe_view.size());
            if (error != ERROR_SUCCESS || !probe_.empty())
                return error;
        }
        return inflate_into(input, output, max_output, produced);
    }

    bool has_pending_output() const override { return pending_output_ || (initialized_ && !probe_.empty()); }
    bool complete() const override { return stream_ended_; }
    bool started() const override { return started_; }
    std::string_view failure_reason() const override { return failure_reason_; }

private:
    // gzip starts at once; deflate waits for two bytes to tell a zlib header from raw deflate.
    DWORD initialize(std::string_view& input)
    {
        int window_bits = gzip_window_bits;
        if (!gzip_) {
            while (probe_.size() < 2 && !input.empty()) {
                probe_.push_back(input.front());
                input.remove_prefix(1);
            }
            if (probe_.size() < 2)
                return ERROR_SUCCESS;
            const bool wrapped =
                is_zlib_header(static_cast<unsigned char>(probe_[0]), static_cast<unsigned char>(probe_[1]));
            window_bits = wrapped ? zlib_window_bits : raw_window_bits;
        }
        stream_ = z_stream{};
        const int rc = inflateInit2(&stream_, window_bits);
        if (rc != Z_OK)
            return fail(rc == Z_MEM_ERROR ? ERROR_NOT_ENOUGH_MEMORY : ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
                        "cannot start inflate");
        initialized_ = true;
        return ERROR_SUCCESS;
    }

    DWORD inflate_into(std::string_view& input, std::string& output, std::size_t max_output, std::size_t& produced)
    {
        while (produced < max_output) {
            if (stream_ended_) {
                if (input.empty())
                    break;
                // Another gzip member follows (RFC 1952 §2.2); anything else after the end is ignored, like gunzip
                // and browsers do with trailing padding.
                if (gzip_ && static_cast<unsigned char>(input.front()) == gzip_magic_first) {
                    inflateReset(&stream_);
                    stream_ended_ = false;
                    continue;
                }
                input = {};
                break;
            }
            const std::size_t step = std::min(inflate_step, max_output - produced);
            const auto offered_input = static_cast<uInt>(std::min<std::size_t>(input.size(), UINT_MAX));
            stream_.next_in = reinterpret_cast<const Bytef*>(input.data());
            stream_.avail_in = offered_input;
            stream_.next_out = scratch_.get();
            stream_.avail_out = static_cast<uInt>(step);
            const int rc = inflate(&stream_, Z_NO_FLUSH);
            const std::size_t consumed = offered_input - stream_.avail_in;
            const std::size_t appended = step - stream_.avail_out;
            input.remove_prefix(consumed);
            output.append(reinterpret_cast<const char*>(scratch_.get()), appended);
            produced += appended;
            switch (rc) {
            case Z_STREAM_END:
                stream_ended_ = true;
                pending_output_ = false;
                continue;
            case Z_OK:
            case Z_BUF_ERROR: // no progress possible: needs input
                break;
            case Z_NEED_DICT:
                return fail(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "preset dictionary required");
            case Z_MEM_ERROR:
                return fail(ERROR_NOT_ENOUGH_MEMORY, "out of memory");
            default:
                return fail(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "invalid data");
            }
            pending_output_ = stream_.avail_out == 0;
            if ((input.empty() && !pending_output_) || (consumed == 0 && appended == 0))
                break;
        }
        return ERROR_SUCCESS;
    }

    DWORD fail(DWORD error, std::string_view why)
    {
        failure_reason_ = std::string(gzip_ ? "gzip: " : "deflate: ") + std::string(why);
        return error;
    }

    bool gzip_;
    z_stream stream_{};
    // Decoding goes through a fixed buffer so that tiny inputs cost no large resize of the caller's string.
    std::unique_ptr<Bytef[]> scratch_ = std::make_unique_for_overwrite<Bytef[]>(inflate_step);
    bool initialized_ = false;
    bool stream_ended_ = false;
    bool pending_output_ = false;
    bool started_ = false;
    std::string probe_;
    std::string failure_reason_;
};

} // namespace

std::unique_ptr<DecodingStage> make_gzip_stage()
{
    return std::make_unique<ZlibStage>(true);
}

std::unique_ptr<DecodingStage> make_deflate_stage()
{
    return std::make_unique<ZlibStage>(false);
}

} // namespace hinternet::body

#include "widgets/body/pretty_sink.h"

#include "bridge/body_store.h"

namespace hinterscope {

namespace {

constexpr quintptr kHandle = 1;

} // namespace

PrettySink::PrettySink()
    : store_(std::make_unique<BodyStore>())
{}

PrettySink::~PrettySink() = default;

void PrettySink::flush()
{
    if (pending_.isEmpty())
        return;
    store_->append(kHandle, static_cast<std::uint64_t>(written_), std::string_view(pending_.data(), pending_.size()));
    written_ += pending_.size();
    pending_.resize(0); // keeps the capacity for the next chunk
}

std::shared_ptr<ResponseBody> PrettySink::body() const
{
    return store_->body(kHandle);
}

} // namespace hinterscope

// The collection importers (app/interchange) through importText(), the entry point the import dialog and the
// CLI use: Postman v2.1 JSON, HAR, a curl command line, an .http file, and detection (Auto). Whatever the text,
// an import either fails with an error or yields a whole collection, never both and never a crash.
#include "fuzz_input.h"

#include "interchange/import_format.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    hsfuzz::FuzzInput input(data, size);
    using hinterscope::ImportFormat;
    static constexpr ImportFormat formats[] = {ImportFormat::Auto, ImportFormat::Postman, ImportFormat::Har,
                                               ImportFormat::Curl, ImportFormat::HttpFile};
    const ImportFormat format = input.pick(formats);
    const auto text = input.rest();
    const QByteArray bytes(text.data(), static_cast<qsizetype>(text.size()));
    hinterscope::detectImportFormat(bytes, QStringLiteral("fuzz.http"));
    const auto result = hinterscope::importText(bytes, format, QStringLiteral("fuzz"));
    HSFUZZ_CHECK(result.ok() != !result.error.message.isEmpty());
    return 0;
}

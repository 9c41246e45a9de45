#pragma once

// Which importer a text belongs to, and one entry point that runs it (the import dialog's "auto").
#include "interchange/imported_collection.h"

#include <QByteArray>
#include <QString>

namespace hinterscope {

enum class ImportFormat { Auto, Postman, Har, Curl, HttpFile };

QString formatName(ImportFormat format);
// Postman and HAR by their JSON keys, curl by its first word, .http by the file name or a request line.
// Auto when nothing fits.
ImportFormat detectImportFormat(const QByteArray& text, const QString& fileName = {});
// Runs the importer for `format` (detecting it when Auto); an error names what was expected when nothing fits.
ImportResult importText(const QByteArray& text, ImportFormat format = ImportFormat::Auto, const QString& source = {});

} // namespace hinterscope

#pragma once

// The fixed documents of /html, /xml, /json, /image/png, /image/svg and the landing page.
#include <QJsonObject>

#include <string>

namespace hinterscope::playground {

std::string htmlDocument();
std::string xmlDocument();
// httpbin's sample slideshow, the same data, so scripts that read /json work against either server.
QJsonObject jsonDocument();
std::string svgImage();
// A 100×100 RGB PNG drawn at first use (zlib-compressed, CRC-checked like any PNG).
const std::string& pngImage();
std::string landingPage();

} // namespace hinterscope::playground

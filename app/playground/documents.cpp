#include "documents.h"

#include <QJsonArray>

#include <zlib.h>

#include <cmath>
#include <cstdint>

namespace hinterscope::playground {

namespace {

void appendBigEndian(std::string& out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += static_cast<char>((value >> shift) & 0xff);
}

void appendChunk(std::string& png, const char* type, const std::string& data)
{
    appendBigEndian(png, static_cast<std::uint32_t>(data.size()));
    std::string typed = std::string(type, 4) + data;
    png += typed;
    appendBigEndian(png, static_cast<std::uint32_t>(
                             crc32(0, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()))));
}

std::string drawPng()
{
    constexpr int size = 100;
    // Scanlines, each with filter byte 0: a blue-to-teal gradient with a light ring in the middle.
    std::string pixels;
    pixels.reserve(static_cast<size_t>(size * (size * 3 + 1)));
    for (int y = 0; y < size; ++y) {
        pixels += '\0';
        for (int x = 0; x < size; ++x) {
            const double distance = std::hypot(x - size / 2.0 + 0.5, y - size / 2.0 + 0.5);
            const bool ring = distance > 26 && distance < 34;
            pixels += static_cast<char>(ring ? 240 : 30 + x);
            pixels += static_cast<char>(ring ? 240 : 80 + y);
            pixels += static_cast<char>(ring ? 250 : 200);
        }
    }
    uLongf compressedSize = compressBound(static_cast<uLong>(pixels.size()));
    std::string compressed(compressedSize, '\0');
    if (compress2(reinterpret_cast<Bytef*>(compressed.data()), &compressedSize,
                  reinterpret_cast<const Bytef*>(pixels.data()), static_cast<uLong>(pixels.size()), 9) != Z_OK)
        return {};
    compressed.resize(compressedSize);

    std::string header;
    appendBigEndian(header, size);
    appendBigEndian(header, size);
    header += '\x08'; // bit depth
    header += '\x02'; // colour type: RGB
    header += std::string(3, '\0');

    std::string png = "\x89PNG\r\n\x1a\n";
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace

std::string htmlDocument()
{
    return R"(<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Hinterscope playground</title>
  </head>
  <body>
    <h1>A page from the playground</h1>
    <p>This document is served by the Hinterscope playground, a local server that answers like httpbin.
    It never leaves this machine: every byte you see here travelled over the loopback interface.</p>
    <p>Try <a href="/get">/get</a>, <a href="/headers">/headers</a>, <a href="/redirect/3">/redirect/3</a>
    or <a href="/status/418">/status/418</a> next.</p>
  </body>
</html>
)";
}

std::string xmlDocument()
{
    return R"(<?xml version="1.0" encoding="us-ascii"?>
<!-- The same sample slideshow as /json. -->
<slideshow title="Sample Slide Show" date="Date of publication" author="Yours Truly">
  <slide type="all">
    <title>Wake up to WonderWidgets!</title>
  </slide>
  <slide type="all">
    <title>Overview</title>
    <item>Why <em>WonderWidgets</em> are great</item>
    <item/>
    <item>Who <em>buys</em> WonderWidgets</item>
  </slide>
</slideshow>
)";
}

QJsonObject jsonDocument()
{
    const QJsonArray slides{
        QJsonObject{{QStringLiteral("title"), QStringLiteral("Wake up to WonderWidgets!")},
                    {QStringLiteral("type"), QStringLiteral("all")}},
        QJsonObject{{QStringLiteral("items"), QJsonArray{QStringLiteral("Why <em>WonderWidgets</em> are great"),
                                                         QStringLiteral("Who <em>buys</em> WonderWidgets")}},
                    {QStringLiteral("title"), QStringLiteral("Overview")},
                    {QStringLiteral("type"), QStringLiteral("all")}},
    };
    return QJsonObject{
        {QStringLiteral("slideshow"), QJsonObject{
                                          {QStringLiteral("author"), QStringLiteral("Yours Truly")},
                                          {QStringLiteral("date"), QStringLiteral("date of publication")},
                                          {QStringLiteral("slides"), slides},
                                          {QStringLiteral("title"), QStringLiteral("Sample Slide Show")},
                                      }}};
}

std::string svgImage()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
  <title>Hinterscope playground</title>
  <rect width="120" height="120" rx="16" fill="#1e3a5f"/>
  <circle cx="60" cy="60" r="34" fill="none" stroke="#f0f0fa" stroke-width="8"/>
  <path d="M60 26 L60 60 L84 72" fill="none" stroke="#5fd3bc" stroke-width="6" stroke-linecap="round"/>
</svg>
)";
}

const std::string& pngImage()
{
    static const std::string png = drawPng();
    return png;
}

std::string landingPage()
{
    return R"(<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>Hinterscope playground</title></head>
  <body>
    <h1>Hinterscope playground</h1>
    <p>An httpbin-compatible server on loopback. Some endpoints to start with:</p>
    <ul>
      <li><a href="/get">/get</a>, <a href="/anything">/anything</a>, /post, /put, /patch, /delete</li>
      <li><a href="/headers">/headers</a>, <a href="/ip">/ip</a>, <a href="/user-agent">/user-agent</a></li>
      <li><a href="/status/200,404,500">/status/{codes}</a>, <a href="/redirect/3">/redirect/{n}</a>,
          <a href="/redirect-chain">/redirect-chain</a></li>
      <li><a href="/cookies/set?flavour=oat">/cookies/set</a>, <a href="/basic-auth/user/passwd">/basic-auth</a>,
          <a href="/digest-auth/auth/user/passwd">/digest-auth</a>, <a href="/bearer">/bearer</a></li>
      <li><a href="/gzip">/gzip</a>, <a href="/deflate">/deflate</a>, <a href="/brotli">/brotli</a></li>
      <li><a href="/stream/5">/stream/{n}</a>, <a href="/sse?count=5">/sse</a>, <a href="/drip">/drip</a>,
          <a href="/chunked/5">/chunked/{n}</a>, <a href="/large/10MiB">/large/{size}</a>,
          <a href="/slow/1024?size=4096">/slow/{bytes_per_sec}</a></li>
      <li><a href="/html">/html</a>, <a href="/json">/json</a>, <a href="/xml">/xml</a>,
          <a href="/image/png">/image/png</a>, <a href="/image/svg">/image/svg</a></li>
    </ul>
    <p>docs/playground.md in the Hinterscope sources lists every endpoint and its limits.</p>
  </body>
</html>
)";
}

} // namespace hinterscope::playground

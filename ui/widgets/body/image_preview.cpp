#include "widgets/body/image_preview.h"

#include "bridge/body_store.h"

#include <QBuffer>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPromise>
#include <QSvgRenderer>
#include <QThreadPool>
#include <QVBoxLayout>

namespace hinterscope {

namespace {

// An SVG is drawn at its own size, but small icons get enough pixels to look sharp when fitted.
constexpr int kSvgMinimumSide = 512;
constexpr int kSvgMaximumSide = 2048;

} // namespace

ImagePreview::ImagePreview(QThreadPool* pool, QWidget* parent)
    : QWidget(parent)
    , pool_(pool)
    , info_(new QLabel(this))
{
    info_->setObjectName(QStringLiteral("imageInfo"));
    info_->setAlignment(Qt::AlignCenter);
    info_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(info_);
    connect(&watcher_, &QFutureWatcher<Decoded>::finished, this, &ImagePreview::showDecoded);
}

void ImagePreview::clear()
{
    watcher_.cancel();
    body_.reset();
    decoded_ = Decoded{};
    info_->clear();
    update();
}

void ImagePreview::setBody(std::shared_ptr<ResponseBody> body, bool svg, bool complete)
{
    clear();
    body_ = std::move(body);
    svg_ = svg;
    if (!body_) {
        info_->setText(tr("No image"));
        return;
    }
    if (complete)
        decode();
    else
        info_->setText(tr("The image is shown when it has arrived completely."));
}

ImagePreview::Decoded ImagePreview::decodeBytes(const QByteArray& bytes, bool svg)
{
    Decoded result;
    if (svg) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid()) {
            result.error = QObject::tr("The SVG could not be read.");
            return result;
        }
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = QSize(kSvgMinimumSide, kSvgMinimumSide);
        result.size = size;
        result.format = QStringLiteral("SVG");
        result.frames = 1;
        QSize pixels = size;
        if (std::max(pixels.width(), pixels.height()) < kSvgMinimumSide)
            pixels.scale(kSvgMinimumSide, kSvgMinimumSide, Qt::KeepAspectRatio);
        if (std::max(pixels.width(), pixels.height()) > kSvgMaximumSide)
            pixels.scale(kSvgMaximumSide, kSvgMaximumSide, Qt::KeepAspectRatio);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        result.image = image;
        return result;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    result.format = QString::fromLatin1(reader.format()).toUpper();
    result.size = reader.size();
    result.frames = reader.imageCount();
    if (!reader.read(&result.image)) {
        result.error =
            result.format.isEmpty()
                ? QObject::tr("No image format recognises these bytes.")
                : QObject::tr("The %1 image could not be decoded: %2").arg(result.format, reader.errorString());
        return result;
    }
    if (!result.size.isValid())
        result.size = result.image.size();
    // The preview never needs more pixels than a screen has; scaling a huge image down on every paint would
    // stall the GUI thread.
    if (std::max(result.image.width(), result.image.height()) > kSvgMaximumSide)
        result.image =
            result.image.scaled(kSvgMaximumSide, kSvgMaximumSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return result;
}

void ImagePreview::decode()
{
    if (!body_)
        return;
    const qint64 size = body_->size();
    if (size > kMaxImageBytes) {
        info_->setText(tr("The image is too large to preview (%1); save it to open it elsewhere.")
                           .arg(QLocale().formattedDataSize(size)));
        return;
    }
    info_->setText(tr("Decoding…"));
    auto promise = std::make_shared<QPromise<Decoded>>();
    promise->start();
    watcher_.setFuture(promise->future());
    pool_->start([promise, body = body_, svg = svg_] {
        const QByteArray bytes = body->read(0, body->size());
        if (!promise->isCanceled())
            promise->addResult(decodeBytes(bytes, svg));
        promise->finish();
    });
}

void ImagePreview::showDecoded()
{
    if (watcher_.isCanceled() || watcher_.future().resultCount() == 0)
        return;
    decoded_ = watcher_.result();
    info_->setText(decoded_.error.isEmpty() ? infoText() : decoded_.error);
    update();
    emit decoded();
}

QString ImagePreview::infoText() const
{
    if (decoded_.image.isNull())
        return {};
    QString text = tr("%1 · %2 × %3 px").arg(decoded_.format).arg(decoded_.size.width()).arg(decoded_.size.height());
    if (decoded_.frames > 1)
        text += tr(" · %n frames (first shown)", nullptr, decoded_.frames);
    return text;
}

void ImagePreview::paintEvent(QPaintEvent* /*event*/)
{
    if (decoded_.image.isNull())
        return;
    QPainter painter(this);
    const QRect area = rect().adjusted(8, 8, -8, -8 - info_->sizeHint().height());
    if (area.isEmpty())
        return;
    // The image's own size (an SVG's declared one) unless that does not fit; then scaled down to fit.
    QSize shown = decoded_.size.isValid() ? decoded_.size : decoded_.image.size();
    if (shown.width() > area.width() || shown.height() > area.height())
        shown.scale(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.x() + (area.width() - shown.width()) / 2, area.y() + (area.height() - shown.height()) / 2,
                       shown.width(), shown.height());
    // A checkerboard shows where the image is transparent.
    const int cell = 8;
    for (int y = target.top(); y < target.bottom(); y += cell) {
        for (int x = target.left(); x < target.right(); x += cell) {
            const bool dark = ((x - target.left()) / cell + (y - target.top()) / cell) % 2 != 0;
            painter.fillRect(QRect(x, y, cell, cell).intersected(target), dark ? QColor(204, 204, 204) : Qt::white);
        }
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, decoded_.image);
}

} // namespace hinterscope

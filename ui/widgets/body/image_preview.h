#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QThreadPool;

namespace hinterscope {

class ResponseBody;

// A preview of an image body (PNG, JPEG, GIF, WebP, BMP through QImageReader; SVG through QSvgRenderer),
// decoded on a worker thread, scaled to fit (never enlarged past its size), with its format and dimensions.
class ImagePreview : public QWidget {
    Q_OBJECT

public:
    // Larger bodies are not decoded: a preview is not worth holding that much at once.
    static constexpr qint64 kMaxImageBytes = 64 * 1024 * 1024;

    struct Decoded {
        QImage image;
        QString format;
        QSize size;
        int frames = 0;
        QString error;
    };

    ImagePreview(QThreadPool* pool, QWidget* parent = nullptr);

    // Decodes when `complete`; a body still arriving shows a waiting note until decode() is called.
    void setBody(std::shared_ptr<ResponseBody> body, bool svg, bool complete);
    void decode();
    void clear();

    bool hasImage() const { return !decoded_.image.isNull(); }
    QImage image() const { return decoded_.image; }
    QSize imageSize() const { return decoded_.size; }
    QString infoText() const;

    // Runs anywhere; used by decode() on the worker.
    static Decoded decodeBytes(const QByteArray& bytes, bool svg);

signals:
    void decoded();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void showDecoded();

    QThreadPool* const pool_;
    std::shared_ptr<ResponseBody> body_;
    bool svg_ = false;
    QLabel* info_ = nullptr;
    Decoded decoded_;
    QFutureWatcher<Decoded> watcher_;
};

} // namespace hinterscope

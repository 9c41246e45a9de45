// The SVG icons in resources/icons/ and the handle icons the inspector builds from them: present in the
// resources, rendered (through the Qt SVG icon engine plugin) to real pixels at 16 and 32 px, visible on light
// and dark backgrounds, and different for each handle type and state.
#include "models/model_roles.h"
#include "widgets/inspector/handle_icons.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTest>

#include <winhttp.h>

#include <array>
#include <cmath>

using namespace hinterscope;

namespace {

// Written out here rather than taken from handle_icons so a file missing from the resources fails the test.
const QStringList kIconResources{
    QStringLiteral(":/icons/hinterscope.svg"),       QStringLiteral(":/icons/handles/session.svg"),
    QStringLiteral(":/icons/handles/connect.svg"),   QStringLiteral(":/icons/handles/request.svg"),
    QStringLiteral(":/icons/handles/websocket.svg"), QStringLiteral(":/icons/handles/options.svg"),
    QStringLiteral(":/icons/status/open.svg"),       QStringLiteral(":/icons/status/sending.svg"),
    QStringLiteral(":/icons/status/receiving.svg"),  QStringLiteral(":/icons/status/closed.svg"),
    QStringLiteral(":/icons/status/error.svg"),      QStringLiteral(":/icons/status/success.svg"),
    QStringLiteral(":/icons/status/cancelled.svg"),
};

constexpr std::array kHandleTypes{WINHTTP_HANDLE_TYPE_SESSION, WINHTTP_HANDLE_TYPE_CONNECT, WINHTTP_HANDLE_TYPE_REQUEST,
                                  WINHTTP_HANDLE_TYPE_WEBSOCKET};
constexpr std::array kHandleStates{HandleState::Open, HandleState::Sending, HandleState::Receiving,
                                   HandleState::Closed};
constexpr std::array kStatuses{handle_icons::Status::Open,      handle_icons::Status::Sending,
                               handle_icons::Status::Receiving, handle_icons::Status::Closed,
                               handle_icons::Status::Success,   handle_icons::Status::Error,
                               handle_icons::Status::Cancelled};

// Typical window backgrounds of a light and a dark palette.
const QColor kLightBackground(0xff, 0xff, 0xff);
const QColor kDarkBackground(0x2a, 0x2a, 0x2e);

int pixelsAtLeast(const QImage& image, int alpha)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) >= alpha ? 1 : 0;
    return count;
}

int opaquePixels(const QImage& image)
{
    return pixelsAtLeast(image, 255);
}

double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The share of the icon's painted pixels that stand out (WCAG contrast >= 3, what non-text graphics need)
// from the background once composed over it. A fifth is enough: an outline or a glyph that carries the shape.
double standingOutShare(const QImage& icon, const QColor& background)
{
    QImage composed(icon.size(), QImage::Format_ARGB32);
    composed.fill(background);
    QPainter painter(&composed);
    painter.drawImage(0, 0, icon);
    painter.end();
    int painted = 0;
    int standing = 0;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            if (qAlpha(icon.pixel(x, y)) < 128)
                continue;
            ++painted;
            standing += contrast(composed.pixel(x, y), background.rgb()) >= 3.0 ? 1 : 0;
        }
    }
    return painted == 0 ? 0.0 : double(standing) / painted;
}

QImage imageOf(const QIcon& icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TstIcons : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resourceRenders_data();
    void resourceRenders();
    void handleIconsDifferByState_data();
    void handleIconsDifferByState();
    void handleIconsDifferByType();
    void statusAndOptionIcons();
    void writeIconSheet();
};

void TstIcons::initTestCase()
{
    // Without the plugin QIcon(":/….svg") renders nothing, and so would every icon of the application.
    const QIcon probe(QStringLiteral(":/icons/status/success.svg"));
    QVERIFY2(!probe.pixmap(16, 16).isNull(), "the Qt SVG icon engine plugin (qt6-svg-plugins) is missing");
}

void TstIcons::resourceRenders_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("size");
    for (const QString& resource : kIconResources) {
        for (const int size : {16, 32})
            QTest::addRow("%s@%d", qPrintable(resource.mid(8)), size) << resource << size;
    }
}

void TstIcons::resourceRenders()
{
    QFETCH(QString, resource);
    QFETCH(int, size);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));
    QSvgRenderer renderer(resource);
    QVERIFY2(renderer.isValid(), qPrintable(resource));
    if (resource != QLatin1String(":/icons/hinterscope.svg")) // the application icon is drawn at 64
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 16, 16));

    const QImage image = imageOf(QIcon(resource), size);
    QCOMPARE(image.size(), QSize(size, size));
    // At least a fifth of the square is solid paint: a real glyph, not a speck or an empty frame.
    QVERIFY2(opaquePixels(image) >= size * size / 5, qPrintable(QString::number(opaquePixels(image))));
    QVERIFY2(standingOutShare(image, kLightBackground) >= 0.2, qPrintable(resource));
    QVERIFY2(standingOutShare(image, kDarkBackground) >= 0.2, qPrintable(resource));
}

void TstIcons::handleIconsDifferByState_data()
{
    QTest::addColumn<uint>("handleType");
    QTest::addRow("session") << uint(WINHTTP_HANDLE_TYPE_SESSION);
    QTest::addRow("connect") << uint(WINHTTP_HANDLE_TYPE_CONNECT);
    QTest::addRow("request") << uint(WINHTTP_HANDLE_TYPE_REQUEST);
    QTest::addRow("websocket") << uint(WINHTTP_HANDLE_TYPE_WEBSOCKET);
}

void TstIcons::handleIconsDifferByState()
{
    QFETCH(uint, handleType);
    for (const int size : {16, 32}) {
        QList<QImage> images;
        for (const HandleState state : kHandleStates) {
            const QIcon icon = handle_icons::forHandle(handleType, state);
            QVERIFY(!icon.isNull());
            const QImage image = imageOf(icon, size);
            QCOMPARE(image.size(), QSize(size, size));
            // A closed handle's type glyph is faded: count what is visibly painted, and the solid badge.
            QVERIFY(pixelsAtLeast(image, 64) >= size * size / 5);
            QVERIFY(opaquePixels(image) >= size * size / 16);
            for (const QImage& other : std::as_const(images))
                QVERIFY2(image != other, qPrintable(QStringLiteral("state %1 at %2 px").arg(int(state)).arg(size)));
            images.append(image);
        }
    }
    // Asked again, the same icon comes back (it is cached, item views ask on every paint).
    QCOMPARE(handle_icons::forHandle(handleType, HandleState::Sending).cacheKey(),
             handle_icons::forHandle(handleType, HandleState::Sending).cacheKey());
}

void TstIcons::handleIconsDifferByType()
{
    for (const HandleState state : kHandleStates) {
        QList<QImage> images;
        for (const std::uint32_t type : kHandleTypes) {
            const QImage image = imageOf(handle_icons::forHandle(type, state), 16);
            for (const QImage& other : std::as_const(images))
                QVERIFY2(image != other, qPrintable(QStringLiteral("type %1, state %2").arg(type).arg(int(state))));
            images.append(image);
        }
    }
}

void TstIcons::statusAndOptionIcons()
{
    QList<QImage> images;
    for (const handle_icons::Status status : kStatuses) {
        QVERIFY(kIconResources.contains(handle_icons::statusResource(status)));
        const QImage image = imageOf(handle_icons::forStatus(status), 16);
        QVERIFY(opaquePixels(image) > 0);
        for (const QImage& other : std::as_const(images))
            QVERIFY(image != other);
        images.append(image);
    }
    for (const std::uint32_t type : kHandleTypes)
        QVERIFY(kIconResources.contains(handle_icons::handleTypeResource(type)));
    QVERIFY(opaquePixels(imageOf(handle_icons::forHandleType(WINHTTP_HANDLE_TYPE_REQUEST), 16)) > 0);
    QVERIFY(opaquePixels(imageOf(handle_icons::forOptions(), 16)) > 0);
}

// For reviewing the artwork: HS_ICON_SHEET=<dir> writes every icon at 16 and 32 px, on light and dark.
void TstIcons::writeIconSheet()
{
    const QString directory = qEnvironmentVariable("HS_ICON_SHEET");
    if (directory.isEmpty())
        QSKIP("set HS_ICON_SHEET=<dir> to write icon-sheet.png");
    QList<QIcon> icons;
    for (const QString& resource : kIconResources)
        icons.append(QIcon(resource));
    for (const std::uint32_t type : kHandleTypes)
        for (const HandleState state : kHandleStates)
            icons.append(handle_icons::forHandle(type, state));
    constexpr int cell = 40;
    QImage sheet(cell * int(icons.size()), cell * 4, QImage::Format_ARGB32);
    QPainter painter(&sheet);
    int row = 0;
    for (const QColor& background : {kLightBackground, kDarkBackground}) {
        for (const int size : {16, 32}) {
            painter.fillRect(0, row * cell, sheet.width(), cell, background);
            for (int column = 0; column < icons.size(); ++column)
                painter.drawPixmap(column * cell + (cell - size) / 2, row * cell + (cell - size) / 2,
                                   icons.at(column).pixmap(size, size));
            ++row;
        }
    }
    painter.end();
    QVERIFY(sheet.save(QDir(directory).filePath(QStringLiteral("icon-sheet.png"))));
    // Magnified without smoothing, to judge pixel-grid alignment.
    QVERIFY(sheet.scaled(sheet.size() * 4, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                .save(QDir(directory).filePath(QStringLiteral("icon-sheet-x4.png"))));
}

QTEST_MAIN(TstIcons)
#include "tst_icons.moc"

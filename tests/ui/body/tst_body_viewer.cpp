#include "bridge/body_store.h"
#include "widgets/body/body_viewer.h"
#include "widgets/body/find_bar.h"
#include "widgets/body/hex_view.h"
#include "widgets/body/image_preview.h"
#include "widgets/body/json_pretty_printer.h"
#include "widgets/body/paged_text_view.h"
#include "widgets/body/xml_pretty_printer.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace hinterscope;

namespace {

constexpr quintptr kHandle = 42;
constexpr int kTimeoutMs = 60000;

// Measures the longest gap between two runs of a 5 ms timer: how long the GUI thread was busy elsewhere.
class StallProbe {
public:
    StallProbe()
    {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] { longest_ = std::max(longest_, clock_.restart()); });
        clock_.start();
        timer_.start();
    }
    qint64 longestMs() const { return longest_; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 longest_ = 0;
};

void append(BodyStore& store, qint64& offset, const QByteArray& bytes)
{
    store.append(kHandle, static_cast<std::uint64_t>(offset), std::string_view(bytes.constData(), bytes.size()));
    offset += bytes.size();
}

std::shared_ptr<ResponseBody> bodyOf(BodyStore& store, const QByteArray& bytes)
{
    qint64 offset = 0;
    append(store, offset, bytes);
    return store.body(kHandle);
}

QByteArray feedInChunks(ChunkConsumer& consumer, const QByteArray& input, int chunkSize)
{
    for (qsizetype at = 0; at < input.size(); at += chunkSize)
        consumer.consume(QByteArrayView(input).sliced(at, std::min<qsizetype>(chunkSize, input.size() - at)), at);
    consumer.finish();
    return {};
}

QByteArray prettyOutput(PrettySink& sink)
{
    const auto body = sink.body();
    return body ? body->read(0, body->size()) : QByteArray();
}

bool allRowsWithin(const QStringList& rows, int limit)
{
    return std::all_of(rows.begin(), rows.end(), [limit](const QString& row) { return row.size() <= limit; });
}

} // namespace

class TstBodyViewer : public QObject {
    Q_OBJECT

private slots:
    void prettyPrintersFormat_data();
    void prettyPrintersFormat();
    void smallBodyPrettyAndRaw_data();
    void smallBodyPrettyAndRaw();
    void nullAndEmptyBodies();
    void singleLineStreamStaysResponsive();
    void hexViewShowsOffsetsAndAscii();
    void imagePreview_data();
    void imagePreview();
    void findInLastMegabyteOfSpooledBody();
    void findCaseSensitivity_data();
    void findCaseSensitivity();
    void saveToWritesExactBytes();
    void utf8Slicing_data();
    void utf8Slicing();
    void growingBodyIsFollowed();
};

void TstBodyViewer::prettyPrintersFormat_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("json object") << true << QByteArray(R"({"a":1,"b":[1, 2],"c":{},"d":"x,{y}"})")
                                 << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": {},\n"
                                               "  \"d\": \"x,{y}\"\n}\n");
    QTest::newRow("json escapes") << true << QByteArray(R"(["a\"b\\",true])")
                                  << QByteArray("[\n  \"a\\\"b\\\\\",\n  true\n]\n");
    QTest::newRow("ndjson") << true << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                            << QByteArray("{\n  \"a\": 1\n}\n{\n  \"b\": 2\n}\n");
    QTest::newRow("xml") << false
                         << QByteArray(R"(<?xml version="1.0"?><root><a x="1>2">text</a><b/><!-- c --></root>)")
                         << QByteArray("<?xml version=\"1.0\"?>\n<root>\n  <a x=\"1>2\">text</a>\n  <b/>\n"
                                       "  <!-- c -->\n</root>\n");
    QTest::newRow("xml cdata and nesting")
        << false << QByteArray("<r>\n  <p><q>x</q><![CDATA[<not a tag>]]></p>\n</r>")
        << QByteArray("<r>\n  <p>\n    <q>x</q>\n    <![CDATA[<not a tag>]]>\n  </p>\n</r>\n");
}

void TstBodyViewer::prettyPrintersFormat()
{
    QFETCH(bool, json);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    // However the bytes are cut into chunks, the output is the same.
    for (const int chunkSize : {1, 2, 3, 7, 4096}) {
        if (json) {
            JsonPrettyPrinter printer;
            feedInChunks(printer, input, chunkSize);
            QCOMPARE(prettyOutput(printer.sink()), expected);
        } else {
            XmlPrettyPrinter printer;
            feedInChunks(printer, input, chunkSize);
            QCOMPARE(prettyOutput(printer.sink()), expected);
        }
    }
}

void TstBodyViewer::smallBodyPrettyAndRaw_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("prettyRows");
    QTest::newRow("json") << QStringLiteral("application/json; charset=utf-8")
                          << QByteArray(R"({"name":"hinterscope","tags":["a","b"]})")
                          << QStringList{QStringLiteral("{"),
                                         QStringLiteral("  \"name\": \"hinterscope\","),
                                         QStringLiteral("  \"tags\": ["),
                                         QStringLiteral("    \"a\","),
                                         QStringLiteral("    \"b\""),
                                         QStringLiteral("  ]"),
                                         QStringLiteral("}")};
    QTest::newRow("json sniffed from text/plain")
        << QStringLiteral("text/plain") << QByteArray("[1,2]")
        << QStringList{QStringLiteral("["), QStringLiteral("  1,"), QStringLiteral("  2"), QStringLiteral("]")};
    QTest::newRow("xml") << QStringLiteral("application/xml") << QByteArray("<a><b>1</b></a>")
                         << QStringList{QStringLiteral("<a>"), QStringLiteral("  <b>1</b>"), QStringLiteral("</a>")};
}

void TstBodyViewer::smallBodyPrettyAndRaw()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, prettyRows);
    BodyStore store;
    BodyViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(bodyOf(store, body), contentType, QStringLiteral("http://127.0.0.1/x"));

    QCOMPARE(viewer.currentView(), BodyViewer::View::Pretty);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isPrettyReady(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.prettyTextView()->isIndexComplete(), kTimeoutMs);
    QCOMPARE(viewer.prettyTextView()->visibleRowTexts(), prettyRows);
    QVERIFY(viewer.statusText().contains(QStringLiteral("Pretty")));

    viewer.findChild<QAbstractButton*>(QStringLiteral("rawView"))->click();
    QCOMPARE(viewer.currentView(), BodyViewer::View::Raw);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.rawTextView()->isIndexComplete(), kTimeoutMs);
    QCOMPARE(viewer.rawTextView()->visibleRowTexts(), QStringList{QString::fromUtf8(body)});
    QVERIFY(viewer.statusText().contains(QStringLiteral("1 line")));
}

void TstBodyViewer::nullAndEmptyBodies()
{
    BodyViewer viewer;
    viewer.setBody(nullptr, QStringLiteral("application/json"), QString());
    QVERIFY(!viewer.isViewAvailable(BodyViewer::View::Raw));
    QCOMPARE(viewer.findChild<QLabel*>(QStringLiteral("bodyEmpty"))->text(), QStringLiteral("No body"));
    QString error;
    QTemporaryDir directory;
    QVERIFY(viewer.saveTo(directory.filePath(QStringLiteral("empty")), &error));
    QCOMPARE(QFileInfo(directory.filePath(QStringLiteral("empty"))).size(), 0);
    viewer.clear();
    QVERIFY(viewer.statusText().isEmpty());
}

void TstBodyViewer::singleLineStreamStaysResponsive()
{
    // 20 MB of JSON on one line, appended by another thread in 256 KiB pieces while the viewer shows it.
    BodyStore store(1024 * 1024);
    QByteArray item = R"({"id":12345,"name":"a fairly ordinary name","tags":["x","y","z"],"ok":true},)";
    QByteArray line = "[";
    while (line.size() < 20 * 1000 * 1000)
        line += item;
    line.chop(1);
    line += "]";

    BodyViewer viewer;
    viewer.resize(900, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    qint64 offset = 0;
    append(store, offset, line.first(1000));
    viewer.setBody(store.body(kHandle), QStringLiteral("application/json"), QStringLiteral("http://127.0.0.1/big"));
    viewer.setStreaming(true);
    viewer.setView(BodyViewer::View::Raw);

    StallProbe probe;
    std::atomic<bool> writing{true};
    std::thread writer([&] {
        qint64 at = 1000;
        while (at < line.size()) {
            const qint64 length = std::min<qint64>(256 * 1024, line.size() - at);
            store.append(kHandle, std::uint64_t(at), std::string_view(line.constData() + at, size_t(length)));
            at += length;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        writing = false;
    });
    const int slice = viewer.rawTextView()->sliceLength();
    int checks = 0;
    while (writing) {
        QTest::qWait(50);
        // Every row laid out is a bounded slice of the one line.
        QVERIFY(allRowsWithin(viewer.rawTextView()->visibleRowTexts(), slice));
        ++checks;
    }
    writer.join();
    viewer.setStreaming(false);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.rawTextView()->isIndexComplete(), kTimeoutMs);
    const qint64 streamStall = probe.longestMs();

    QCOMPARE(viewer.rawTextView()->lineCount(), 1);
    QCOMPARE(viewer.rawTextView()->rowCount(), (line.size() + slice - 1) / slice);
    // The end of the line is one jump away, and exactly the body's last bytes.
    auto* bar = viewer.rawTextView()->verticalScrollBar();
    // The scroll range follows the row count on the view's next update, and the page is read for the new
    // position then: go to the end again until it shows the end (slow under the sanitizers and under load).
    const QString lastBytes = QString::fromLatin1(line.right(100));
    QStringList lastRows;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (bar->setValue(bar->maximum()), !(lastRows = viewer.rawTextView()->visibleRowTexts()).isEmpty()) &&
            lastRows.last().endsWith(lastBytes),
        qPrintable((lastRows.isEmpty() ? QString() : lastRows.last().right(100)) + QLatin1Char('\n') + lastBytes),
        kTimeoutMs);
    QVERIFY(allRowsWithin(lastRows, slice));

    // Pretty-printing the whole 20 MB happens on a worker too.
    StallProbe prettyProbe;
    viewer.setView(BodyViewer::View::Pretty);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isPrettyReady(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.prettyTextView()->isIndexComplete(), kTimeoutMs);
    QCOMPARE(viewer.prettyTextView()->visibleRowTexts().value(1), QStringLiteral("  {"));
    QVERIFY(allRowsWithin(viewer.prettyTextView()->visibleRowTexts(), slice));
    QVERIFY(viewer.prettyTextView()->lineCount() > 1000000);
    qInfo("longest GUI stall: %lld ms while streaming (%d checks), %lld ms while pretty-printing", streamStall, checks,
          prettyProbe.longestMs());
    // A sanity bound only; the benchmark measures the real figures.
    QVERIFY2(streamStall < 500, qPrintable(QString::number(streamStall)));
    QVERIFY2(prettyProbe.longestMs() < 500, qPrintable(QString::number(prettyProbe.longestMs())));
}

void TstBodyViewer::hexViewShowsOffsetsAndAscii()
{
    QByteArray bytes;
    for (int value = 0; value < 256; ++value)
        bytes.append(char(value));
    bytes.append("ABC");
    BodyStore store;
    BodyViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(bodyOf(store, bytes), QStringLiteral("application/octet-stream"), QString());
    QCOMPARE(viewer.currentView(), BodyViewer::View::Hex);
    const QStringList rows = viewer.hexView()->visibleRowTexts();
    QCOMPARE(rows.size(), 17);
    QCOMPARE(rows[0], QStringLiteral("00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f |................|"));
    QCOMPARE(rows[4], QStringLiteral("00000040  40 41 42 43 44 45 46 47  48 49 4a 4b 4c 4d 4e 4f |@ABCDEFGHIJKLMNO|"));
    QVERIFY(rows[15].endsWith(QStringLiteral("|................|")));
    QCOMPARE(rows[16],
             QStringLiteral("00000100  41 42 43") + QString(13 * 3 + 2, QLatin1Char(' ')) + QStringLiteral("|ABC|"));
}

void TstBodyViewer::imagePreview_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("format");

    QImage image(40, 30, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter(&image).fillRect(5, 5, 20, 10, Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QTest::newRow("png") << QStringLiteral("image/png") << png << QSize(40, 30) << QStringLiteral("PNG");
    QTest::newRow("png without a content type") << QString() << png << QSize(40, 30) << QStringLiteral("PNG");
    QTest::newRow("svg") << QStringLiteral("image/svg+xml")
                         << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">)"
                                       R"(<rect x="10" y="10" width="100" height="60" fill="blue"/></svg>)")
                         << QSize(120, 80) << QStringLiteral("SVG");
}

void TstBodyViewer::imagePreview()
{
    QFETCH(QString, contentType);
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QFETCH(QString, format);
    BodyStore store;
    BodyViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(bodyOf(store, bytes), contentType, QStringLiteral("http://127.0.0.1/picture"));
    QCOMPARE(viewer.currentView(), BodyViewer::View::Image);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.imagePreview()->hasImage(), kTimeoutMs);
    QCOMPARE(viewer.imagePreview()->imageSize(), size);
    QVERIFY2(viewer.imagePreview()->infoText().contains(
                 QStringLiteral("%1 · %2 × %3 px").arg(format).arg(size.width()).arg(size.height())),
             qPrintable(viewer.imagePreview()->infoText()));
    QVERIFY(viewer.statusText().contains(QStringLiteral("px")));
    viewer.imagePreview()->grab(); // paints scaled, without crashing
}

void TstBodyViewer::findInLastMegabyteOfSpooledBody()
{
    BodyStore store(1024 * 1024);
    QByteArray block;
    for (int line = 0; block.size() < 1024 * 1024 - 64; ++line)
        block += "line " + QByteArray::number(line) + " of plain filler text without the word\n";
    block.resize(1024 * 1024, '\n');
    qint64 offset = 0;
    qint64 needleAt = -1;
    for (int index = 0; index < 64; ++index) {
        if (index == 63) {
            QByteArray last = block;
            last.replace(500000, 9, "NEEDLE-42");
            needleAt = offset + 500000;
            append(store, offset, last);
        } else {
            append(store, offset, block);
        }
    }
    const auto body = store.body(kHandle);
    QVERIFY(body->isSpooled());

    BodyViewer viewer;
    viewer.resize(900, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(body, QStringLiteral("text/plain"), QStringLiteral("http://127.0.0.1/log.txt"));
    QCOMPARE(viewer.currentView(), BodyViewer::View::Raw);

    StallProbe probe;
    viewer.find();
    QVERIFY(viewer.findBar()->isVisible());
    auto* edit = viewer.findBar()->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("NEEDLE-42"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isSearchFinished(), kTimeoutMs);
    QCOMPARE(viewer.matchCount(), 1);
    QCOMPARE(viewer.currentMatchOffset(), needleAt);
    // The view scrolls there once its index has got that far.
    QTRY_VERIFY_WITH_TIMEOUT(
        viewer.rawTextView()->visibleRowTexts().join(QLatin1Char('\n')).contains(QStringLiteral("NEEDLE-42")),
        kTimeoutMs);
    QVERIFY(viewer.findBar()
                ->findChild<QLabel*>(QStringLiteral("findStatus"))
                ->text()
                .startsWith(QStringLiteral("1 of 1")));
    qInfo("longest GUI stall while searching 64 MiB: %lld ms", probe.longestMs());
    QVERIFY2(probe.longestMs() < 500, qPrintable(QString::number(probe.longestMs())));

    // The hex view finds in the same bytes and shows the match's row.
    viewer.setView(BodyViewer::View::Hex);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.hexView()
                                 ->visibleRowTexts()
                                 .join(QLatin1Char('\n'))
                                 .contains(QStringLiteral("%1").arg(needleAt / 16 * 16, 8, 16, QLatin1Char('0'))),
                             kTimeoutMs);
}

void TstBodyViewer::findCaseSensitivity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("matches");
    QTest::newRow("insensitive") << QStringLiteral("needle") << false << 3;
    QTest::newRow("sensitive") << QStringLiteral("needle") << true << 1;
    QTest::newRow("non-ascii exact") << QStringLiteral("größe") << false << 1;
    QTest::newRow("absent") << QStringLiteral("haystack!") << false << 0;
}

void TstBodyViewer::findCaseSensitivity()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(int, matches);
    BodyStore store;
    BodyViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(bodyOf(store, QStringLiteral("needle NEEDLE\nNeedle größe\n").toUtf8()),
                   QStringLiteral("text/plain"), QString());
    viewer.find();
    if (caseSensitive)
        viewer.findBar()->findChild<QAbstractButton*>(QStringLiteral("findCaseSensitive"))->click();
    auto* edit = viewer.findBar()->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    edit->setText(text); // keyClicks cannot type non-Latin-1 characters
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isSearchFinished(), kTimeoutMs);
    QCOMPARE(viewer.matchCount(), matches);
    if (matches > 1) {
        const qint64 first = viewer.currentMatchOffset();
        viewer.findNext();
        QVERIFY(viewer.currentMatchOffset() > first);
        viewer.findPrevious();
        QCOMPARE(viewer.currentMatchOffset(), first);
    }
}

void TstBodyViewer::saveToWritesExactBytes()
{
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    BodyStore store(1024 * 1024);
    const auto body = bodyOf(store, bytes);
    QVERIFY(body->isSpooled());
    BodyViewer viewer;
    viewer.setBody(body, QStringLiteral("application/octet-stream"), QString());
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("body.bin"));
    QString error;
    QVERIFY2(viewer.saveTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == bytes);
    QVERIFY(!viewer.saveTo(directory.filePath(QStringLiteral("missing/dir/body.bin")), &error));
    QVERIFY(!error.isEmpty());
}

void TstBodyViewer::utf8Slicing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QByteArray mixed;
    // 1-, 2-, 3- and 4-byte sequences in a line far longer than a slice, so cuts land inside sequences.
    while (mixed.size() < 30000)
        mixed += QStringLiteral("aé€😀").toUtf8();
    QTest::newRow("long valid line") << mixed << true;
    QTest::newRow("invalid bytes") << QByteArray(
                                          "ok \xff\xfe bad \xc3 cut \xe2\x82 end \xf0\x9f\x98\nnext\x80\x80line\n")
                                   << false;
    QByteArray invalidLong(20000, '\x80');
    QTest::newRow("long run of continuation bytes") << invalidLong << false;
}

void TstBodyViewer::utf8Slicing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    BodyStore store;
    BodyViewer viewer;
    viewer.resize(800, 600);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(bodyOf(store, bytes), QStringLiteral("text/plain; charset=utf-8"), QString());
    PagedTextView* view = viewer.rawTextView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isIndexComplete(), kTimeoutMs);
    const QStringList rows = view->visibleRowTexts();
    QVERIFY(!rows.isEmpty());
    // A cut moves up to 3 bytes to reach a character boundary; each invalid byte is one U+FFFD.
    QVERIFY(allRowsWithin(rows, view->sliceLength() + 3));
    const QString joined = rows.join(QString());
    if (valid) {
        QVERIFY(!joined.contains(QChar::ReplacementCharacter));
        QCOMPARE(joined, QString::fromUtf8(bytes));
    } else {
        QVERIFY(joined.contains(QChar::ReplacementCharacter));
    }
    view->selectAll();
    QVERIFY(!view->selectedText().isEmpty());
    viewer.grab(); // paints every row without crashing
}

void TstBodyViewer::growingBodyIsFollowed()
{
    BodyStore store(4096); // spools after a few lines
    qint64 offset = 0;
    append(store, offset, "line 1\n");
    BodyViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setBody(store.body(kHandle), QStringLiteral("text/plain"), QString());
    viewer.setStreaming(true);
    QVERIFY(viewer.statusText().contains(QStringLiteral("streaming")));
    QTRY_COMPARE_WITH_TIMEOUT(viewer.rawTextView()->lineCount(), 1, kTimeoutMs);
    for (int line = 2; line <= 500; ++line) {
        append(store, offset, "line " + QByteArray::number(line) + "\n");
        if (line % 100 == 0)
            QTest::qWait(20);
    }
    QTRY_COMPARE_WITH_TIMEOUT(viewer.rawTextView()->lineCount(), 500, kTimeoutMs);
    QVERIFY(store.body(kHandle)->isSpooled());
    viewer.setStreaming(false);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.rawTextView()->isIndexComplete(), kTimeoutMs);
    QVERIFY2(viewer.statusText().contains(QStringLiteral("500 lines")), qPrintable(viewer.statusText()));
    QVERIFY(!viewer.statusText().contains(QStringLiteral("streaming")));
    QCOMPARE(viewer.rawTextView()->visibleRowTexts().value(0), QStringLiteral("line 1"));
    viewer.rawTextView()->scrollToOffset(offset - 4);
    QTRY_COMPARE_WITH_TIMEOUT(viewer.rawTextView()->visibleRowTexts().last(), QStringLiteral("line 500"), kTimeoutMs);
}

QTEST_MAIN(TstBodyViewer)
#include "tst_body_viewer.moc"

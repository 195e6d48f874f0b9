// TextDecoder: UTF-8 with and without BOM, UTF-16 LE/BE (Excel "Unicode text"), Latin-1 fall-back,
// binary detection.
#include "etl/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using bedrot::DecodedText;
using bedrot::TextDecoder;

namespace {

QByteArray utf16(const QString& text, bool littleEndian, bool bom)
{
    QStringEncoder enc(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    QByteArray out = enc(text);
    if (bom)
        out.prepend(littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2));
    return out;
}

// Bytes of a literal that may hold NULs.
template <size_t N> QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

const QString kSample = QStringLiteral(
    "Reporting Date\tSale Month\tArtist\r\n2024-10-05\t2024-08\tZo\u00EB Beyonc\u00E9 \u97F3\u697D\r\n");

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void binary_data();
    void binary();
    void validUtf8_data();
    void validUtf8();
};

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");

    const QByteArray utf8 = kSample.toUtf8();
    QTest::newRow("utf-8") << utf8 << int(DecodedText::Encoding::Utf8) << kSample;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + utf8 << int(DecodedText::Encoding::Utf8Bom)
                               << kSample;
    QTest::newRow("utf-16le bom") << utf16(kSample, true, true) << int(DecodedText::Encoding::Utf16LE)
                                  << kSample;
    QTest::newRow("utf-16be bom") << utf16(kSample, false, true) << int(DecodedText::Encoding::Utf16BE)
                                  << kSample;
    // Without a BOM, mostly-ASCII UTF-16 shows NULs in every other byte.
    const QString ascii = QStringLiteral("Reporting Date\tSale Month\tStore\n2024-10-05\t2024-08\tSpotify\n");
    QTest::newRow("utf-16le no bom") << utf16(ascii, true, false) << int(DecodedText::Encoding::Utf16LE)
                                     << ascii;
    QTest::newRow("utf-16be no bom") << utf16(ascii, false, false) << int(DecodedText::Encoding::Utf16BE)
                                     << ascii;
    // Bytes that are not UTF-8: read as Latin-1 (0xE9 = é, 0xEB = ë).
    QTest::newRow("latin-1") << QByteArray("Beyonc\xE9\tZo\xEB\n") << int(DecodedText::Encoding::Latin1)
                             << QStringLiteral("Beyonc\u00E9\tZo\u00EB\n");
    // 0xC3 0x28 is an invalid UTF-8 pair; as Latin-1 it is "Ã(".
    QTest::newRow("invalid utf-8 pair")
        << QByteArray("a\xC3\x28z") << int(DecodedText::Encoding::Latin1) << QStringLiteral("a\u00C3(z");
    // Latin-1 "í¡¿" (ED A1 BF) has the shape of a UTF-8 encoded surrogate, which UTF-8 forbids.
    QTest::newRow("latin-1 looking like a surrogate")
        << QByteArray("\xED\xA1\xBF!") << int(DecodedText::Encoding::Latin1)
        << QStringLiteral("\u00ED\u00A1\u00BF!");
    // Overlong encoding of '/' (E0 80 AF) is not UTF-8 either.
    QTest::newRow("overlong 3-byte") << QByteArray("x\xE0\x80\xAFy") << int(DecodedText::Encoding::Latin1)
                                     << QStringLiteral("x\u00E0\u0080\u00AFy");
    QTest::newRow("truncated utf-8 at end")
        << QByteArray("ab\xE2\x82") << int(DecodedText::Encoding::Latin1) << QStringLiteral("ab\u00E2\u0082");
    QTest::newRow("emoji 4-byte") << QByteArray("\xF0\x9F\x8E\xB5 ok") << int(DecodedText::Encoding::Utf8)
                                  << QStringLiteral("\U0001F3B5 ok");
    QTest::newRow("empty") << QByteArray() << int(DecodedText::Encoding::Utf8) << QString();
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << int(DecodedText::Encoding::Utf8Bom)
                              << QString();
    QTest::newRow("form feed is text")
        << QByteArray("a\fb\n") << int(DecodedText::Encoding::Utf8) << QStringLiteral("a\fb\n");
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);

    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(!d.binary);
    QCOMPARE(int(d.encoding), encoding);
    QCOMPARE(d.utf8, text.toUtf8()); // BOM removed, always UTF-8 out
    QVERIFY(TextDecoder::isValidUtf8(d.utf8));
    QVERIFY(!d.encodingName().isEmpty());
}

void TestTextDecoder::binary_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // The start of an .xlsx (a ZIP archive): local file header with NULs in it.
    QTest::newRow("xlsx/zip") << bytesOf(
        "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml");
    QTest::newRow("png") << bytesOf("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01\x00");
    QTest::newRow("gzip") << bytesOf("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03\xCB\x48\xCD\xC9");
    // No NULs, but control bytes a text export never has (old Excel .xls/OLE has plenty of both).
    QTest::newRow("control bytes") << QByteArray("Reporting Date\x01\x02\x03\tSale Month\n");
    QTest::newRow("ole header") << bytesOf("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00");
}

void TestTextDecoder::binary()
{
    QFETCH(QByteArray, bytes);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.binary);
}

void TestTextDecoder::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ascii") << QByteArray("hello, world 0123456789 and more than eight bytes") << true;
    QTest::newRow("2-byte") << QByteArray("Zo\xC3\xAB") << true;
    QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC 5") << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x8E\xB5") << true;
    QTest::newRow("U+FFFD") << QByteArray("\xEF\xBF\xBD") << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("overlong 2-byte") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x80\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
    QTest::newRow("non-ascii after 8-byte run") << QByteArray("abcdefgh\xE9xyz") << false;
}

void TestTextDecoder::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(TextDecoder::isValidUtf8(bytes), valid);
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"

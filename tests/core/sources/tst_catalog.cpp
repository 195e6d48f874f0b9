// Track catalog with royalty splits: golden files under tests/data/manual/catalog_*, the share's
// spellings (50, 50%, 0.5, 33.33, decimal comma) and the rows that must not load.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/manual/catalogsplitsformat.h"

#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDir = QStringLiteral(BEDROT_TEST_DATA "/manual/");

QString normalised(const CatalogFact& c)
{
    return QStringList{c.artist,
                       c.title,
                       c.isrc,
                       c.upc,
                       c.releaseDate.toString(Qt::ISODate),
                       c.releaseType,
                       c.royaltyPercentage,
                       QString::number(c.line)}
        .join(u'\t');
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void royaltyPercentage_data();
    void royaltyPercentage();
    void isrc_data();
    void isrc();
    void notRecognised_data();
    void notRecognised();
    void distroKidSamplesNotRecognised();
};

void TestCatalog::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    // 40, 40%, 0.5 (fraction → 50), 80.00, 33.33, 0.3333 (→ 33.33), 1 (kept as 1%), 1.0 (fraction →
    // 100), 0; lower-case hyphenated ISRC; M/D/YYYY date; an EAN-13; an empty ISRC, UPC and date;
    // release types lower-cased; a quoted title.
    QTest::newRow("good") << "catalog_good.csv"
                          << "catalog_good.expected.tsv"
                          << "none.quarantine.tsv";
    // your_revenue_share, columns reordered, other case, BOM + CRLF, no date/type columns; one ISRC
    // on two releases with the same share written 40 and 40%.
    QTest::newRow("your_revenue_share") << "catalog_revenue_share.csv"
                                        << "catalog_revenue_share.expected.tsv"
                                        << "none.quarantine.tsv";
    // ';' with decimal commas: 33,33 → 33.33, 0,5 → 50; D.M.YYYY; a ';' inside a quoted title.
    QTest::newRow("semicolon, decimal comma") << "catalog_semicolon.csv"
                                              << "catalog_semicolon.expected.tsv"
                                              << "none.quarantine.tsv";
    QTest::newRow("header only") << "catalog_header_only.csv"
                                 << "catalog_header_only.expected.tsv"
                                 << "none.quarantine.tsv";
    QTest::newRow("bad rows") << "catalog_bad.csv"
                              << "catalog_bad.expected.tsv"
                              << "catalog_bad.quarantine.tsv";
}

void TestCatalog::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QVERIFY(CatalogSplitsFormat().recognises(text));
    FormatRegistry registry;
    QCOMPARE(registry.detect(text), registry.byId(QStringLiteral("manual.catalog_splits")));

    checkGolden(CatalogSplitsFormat(), text, ParseContext(), kDir + expected, kDir + quarantine, {1, 100000},
                [](const ParseResult& p) { return p.rows(&FactBatch::catalog, normalised); });
}

void TestCatalog::royaltyPercentage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QString>("percentage"); // empty: not a number

    QTest::newRow("50") << QByteArray("50") << false << "50";
    QTest::newRow("50%") << QByteArray("50%") << false << "50";
    QTest::newRow("50 %") << QByteArray("50 %") << false << "50";
    QTest::newRow("0.5 is a fraction") << QByteArray("0.5") << false << "50";
    QTest::newRow("0.50") << QByteArray("0.50") << false << "50";
    QTest::newRow("0.3333") << QByteArray("0.3333") << false << "33.33";
    QTest::newRow("33.33") << QByteArray("33.33") << false << "33.33";
    QTest::newRow("80.00") << QByteArray("80.00") << false << "80";
    QTest::newRow("1 stays 1%") << QByteArray("1") << false << "1";
    QTest::newRow("1.0 is a whole fraction") << QByteArray("1.0") << false << "100";
    QTest::newRow("0") << QByteArray("0") << false << "0";
    QTest::newRow("0.0") << QByteArray("0.0") << false << "0";
    QTest::newRow("100") << QByteArray("100") << false << "100";
    QTest::newRow("1.5 is percent") << QByteArray("1.5") << false << "1.5";
    QTest::newRow("0.5% is percent") << QByteArray("0.5%") << false << "0.5";
    QTest::newRow("12.5%") << QByteArray("12.5%") << false << "12.5";
    QTest::newRow("over 100, returned as read") << QByteArray("150") << false << "150";
    QTest::newRow("negative, returned as read") << QByteArray("-5") << false << "-5";
    QTest::newRow("-0.5 is not a fraction") << QByteArray("-0.5") << false << "-0.5";
    QTest::newRow("33,33 with decimal comma") << QByteArray("33,33") << true << "33.33";
    QTest::newRow("0,5 with decimal comma") << QByteArray("0,5") << true << "50";
    QTest::newRow("1,5 without decimal comma") << QByteArray("1,5") << false << "";
    QTest::newRow("empty") << QByteArray("") << false << "";
    QTest::newRow("words") << QByteArray("half") << false << "";
    QTest::newRow("letter O") << QByteArray("5O") << false << "";
    QTest::newRow(".5") << QByteArray(".5") << false << "";
    QTest::newRow("50.") << QByteArray("50.") << false << "";
    QTest::newRow("%") << QByteArray("%") << false << "";
}

void TestCatalog::royaltyPercentage()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(QString, percentage);
    QCOMPARE(CatalogSplitsFormat::royaltyPercentage(text, decimalComma), percentage);
}

void TestCatalog::isrc_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << QByteArray("QZTAW2496365") << "QZTAW2496365" << true;
    QTest::newRow("hyphens, lower case") << QByteArray("qz-taw-24-96365") << "QZTAW2496365" << true;
    QTest::newRow("spaces") << QByteArray(" US RC1 76 07839 ") << "USRC17607839" << true;
    QTest::newRow("short") << QByteArray("QZTAW24963") << "QZTAW24963" << false;
    QTest::newRow("digit country") << QByteArray("1ZTAW2496365") << "1ZTAW2496365" << false;
    QTest::newRow("letter in the number") << QByteArray("QZTAW24963A5") << "QZTAW24963A5" << false;
    QTest::newRow("too long") << QByteArray("QZTAW24963650") << "QZTAW24963650" << false;
}

void TestCatalog::isrc()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, normalised);
    QFETCH(bool, valid);
    QCOMPARE(CatalogSplitsFormat::normalisedIsrc(text), normalised);
    QCOMPARE(CatalogSplitsFormat::isValidIsrc(normalised), valid);
}

void TestCatalog::notRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("binary");

    QTest::newRow("no share column") << QString(kDir + QStringLiteral("near_miss_catalog.csv")) << false;
    QTest::newRow("empty") << QString(kDir + QStringLiteral("empty.csv")) << false;
    QTest::newRow("expenses") << QString(kDir + QStringLiteral("expenses_positive.csv")) << false;
    QTest::newRow("xlsx") << QStringLiteral(BEDROT_TEST_DATA "/distrokid/binary.xlsx") << true;
    QTest::newRow("meta report") << QStringLiteral(BEDROT_TEST_DATA "/meta/daily_day_column.csv") << false;
}

void TestCatalog::notRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(path));
    QCOMPARE(text.binary, binary);
    QVERIFY(!CatalogSplitsFormat().recognises(text));
    const ParseResult p = parseBatches(CatalogSplitsFormat(), text, 100);
    QVERIFY(p.error.has_value());
    QVERIFY(p.all(&FactBatch::catalog).empty());
    QCOMPARE(p.batches.size(), size_t(0));
}

void TestCatalog::distroKidSamplesNotRecognised()
{
    // The bank statement has artist, title and ISRC too: only the share column tells them apart.
    const CatalogSplitsFormat format;
    checkDistroKidSamplesNotRecognised({&format}, false);
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

// Meta Ads Manager report: golden files under tests/data/meta/ (lifetime and daily exports, a Day
// column, currency in the header, quoted money, summary rows, ';' with decimal commas, UTF-16 TAB),
// each compared with a hand-written expected file and quarantine file; files it must not take.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/meta/metaadsreportformat.h"

#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDir = QStringLiteral(BEDROT_TEST_DATA "/meta/");

QString optionalNumber(const std::optional<qint64>& n)
{
    return n ? QString::number(*n) : QString();
}

QString normalised(const AdFact& a)
{
    return QStringList{a.account,
                       a.campaign,
                       a.adSet,
                       a.ad,
                       a.start.toString(Qt::ISODate),
                       a.end.toString(Qt::ISODate),
                       a.lifetime ? QStringLiteral("1") : QStringLiteral("0"),
                       a.artist,
                       a.trackTitle,
                       a.spend.toString(2),
                       a.currency,
                       optionalNumber(a.impressions),
                       optionalNumber(a.reach),
                       optionalNumber(a.clicks),
                       optionalNumber(a.results),
                       a.tz,
                       QString::number(a.line)}
        .join(u'\t');
}

ParseContext named(const QString& fileName)
{
    ParseContext context;
    context.fileName = fileName;
    return context;
}

} // namespace

class TestMetaAds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void notRecognised_data();
    void notRecognised();
    void distroKidSamplesNotRecognised();
    void accountFromFileName_data();
    void accountFromFileName();
    void spendCurrency_data();
    void spendCurrency();
    void interruptedSinkStops();
};

void TestMetaAds::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fileName"); // ParseContext::fileName: the name the user's file had
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    const QString lifetimeName = QStringLiteral("BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025.csv");
    // The label's real ad-level lifetime export: no Campaign name (the ad set stands in), every row
    // a total over the selected range (lifetime), quoted money and counts with thousands
    // separators, a totals row with empty names at the end, the account in the file name.
    QTest::newRow("lifetime, ad level") << lifetimeName << lifetimeName << "lifetime.expected.tsv"
                                        << "none.quarantine.tsv";
    // Meta's bulk exports are UTF-16 with tabs (and here CRLF): same rows.
    QTest::newRow("utf-16 tab") << "lifetime_utf16_tab.csv" << lifetimeName << "lifetime.expected.tsv"
                                << "none.quarantine.tsv";
    // A Day column makes every row a day even though Reporting starts/ends span two days; the
    // account comes from Account name, not from the (matching) file name; CAD from the header.
    QTest::newRow("day column") << "daily_day_column.csv"
                                << "Other-Campaigns-Jan-1-2026-Jan-2-2026.csv"
                                << "daily_day_column.expected.tsv"
                                << "none.quarantine.tsv";
    // No Day column, starts == ends: daily; "Total" row skipped; Clicks (all) preferred to Link clicks.
    QTest::newRow("starts == ends") << "daily_starts_equal_ends.csv"
                                    << "meta export.csv"
                                    << "daily_starts_equal_ends.expected.tsv"
                                    << "none.quarantine.tsv";
    // ';' with decimal commas and D.M.YYYY dates; "1.250" is 1250 in such a file; "Results from 3 ads"
    // skipped.
    QTest::newRow("semicolon, decimal comma") << "semicolon_decimal_comma.csv"
                                              << ""
                                              << "semicolon_decimal_comma.expected.tsv"
                                              << "none.quarantine.tsv";
    QTest::newRow("header only") << "header_only.csv"
                                 << ""
                                 << "header_only.expected.tsv"
                                 << "none.quarantine.tsv";
    QTest::newRow("bad rows") << "bad_rows.csv"
                              << ""
                              << "bad_rows.expected.tsv"
                              << "bad_rows.quarantine.tsv";
    QTest::newRow("bad ranges") << "bad_range.csv"
                                << ""
                                << "bad_range.expected.tsv"
                                << "bad_range.quarantine.tsv";
}

void TestMetaAds::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QVERIFY(!text.binary);
    QVERIFY(MetaAdsReportFormat().recognises(text));
    FormatRegistry registry;
    QCOMPARE(registry.detect(text), registry.byId(QStringLiteral("meta.ads_report")));

    // Every data row is loaded or quarantined; summary rows are neither and are not counted.
    checkGolden(
        MetaAdsReportFormat(), text, named(fileName), kDir + expected, kDir + quarantine, {1, 100000},
        [](const ParseResult& p) { return p.rows(&FactBatch::ads, normalised); },
        [](const ParseResult& p, int) {
            const std::vector<AdFact> ads = p.all(&FactBatch::ads);
            // Only ad facts come out of this format.
            QCOMPARE(p.factCount, qsizetype(ads.size()));
            // A lifetime row is never a day, and a daily row is exactly one.
            for (const AdFact& a : ads)
                QCOMPARE(a.lifetime, a.start != a.end);
        });
}

void TestMetaAds::notRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("binary");

    QTest::newRow("tiktok ads export") << QString(kDir + QStringLiteral("not_meta_tiktok_ads.csv")) << false;
    QTest::newRow("no dates") << QString(kDir + QStringLiteral("near_miss_no_dates.csv")) << false;
    QTest::newRow("no names") << QString(kDir + QStringLiteral("near_miss_no_names.csv")) << false;
    QTest::newRow("spend without currency")
        << QString(kDir + QStringLiteral("near_miss_no_currency.csv")) << false;
    QTest::newRow("empty") << QString(kDir + QStringLiteral("empty.csv")) << false;
    QTest::newRow("xlsx") << QStringLiteral(BEDROT_TEST_DATA "/distrokid/binary.xlsx") << true;
    QTest::newRow("catalog") << QStringLiteral(BEDROT_TEST_DATA "/manual/catalog_good.csv") << false;
    QTest::newRow("expenses") << QStringLiteral(BEDROT_TEST_DATA "/manual/expenses_positive.csv") << false;
    QTest::newRow("card debit/credit")
        << QStringLiteral(BEDROT_TEST_DATA "/manual/expenses_debit_credit.csv") << false;
}

void TestMetaAds::notRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(path));
    QCOMPARE(text.binary, binary);
    QVERIFY(!MetaAdsReportFormat().recognises(text));
    // Asked to parse anyway, it refuses the file as a whole and loads nothing.
    const ParseResult p = parseBatches(MetaAdsReportFormat(), text, named(QString()), 100);
    QVERIFY(p.error.has_value());
    QVERIFY(p.all(&FactBatch::ads).empty());
    QCOMPARE(p.batches.size(), size_t(0));
}

void TestMetaAds::distroKidSamplesNotRecognised()
{
    const MetaAdsReportFormat format;
    checkDistroKidSamplesNotRecognised({&format}, false);
}

void TestMetaAds::accountFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("account");

    QTest::newRow("label export") << "BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025.csv"
                                  << "BEDROT-ADS";
    QTest::newRow("with a path") << "/home/me/Downloads/BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025.csv"
                                 << "BEDROT-ADS";
    QTest::newRow("campaign level, spaces") << "Bedrot Ads-Campaigns-Jan-1-2026-Jan-31-2026.csv"
                                            << "Bedrot Ads";
    QTest::newRow("second download") << "BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025 (1).csv"
                                     << "BEDROT-ADS";
    QTest::newRow("other name") << "meta_export.csv"
                                << "";
    QTest::newRow("not a month") << "BEDROT-ADS-Ads-Foo-12-2022-Aug-12-2025.csv"
                                 << "";
    QTest::newRow("not csv") << "BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025.xlsx"
                             << "";
    QTest::newRow("no account") << "Ads-Jul-12-2022-Aug-12-2025.csv"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMetaAds::accountFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, account);
    QCOMPARE(MetaAdsReportFormat::accountFromFileName(fileName), account);
}

void TestMetaAds::spendCurrency_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("currency");

    QTest::newRow("USD") << QByteArray("Amount spent (USD)") << "USD";
    QTest::newRow("lower case") << QByteArray("amount spent (cad)") << "CAD";
    QTest::newRow("EUR, other case") << QByteArray("Amount Spent (EUR)") << "EUR";
    QTest::newRow("no currency") << QByteArray("Amount spent") << "";
    QTest::newRow("two letters") << QByteArray("Amount spent (US)") << "";
    QTest::newRow("digits") << QByteArray("Amount spent (123)") << "";
    QTest::newRow("other column") << QByteArray("Cost per results") << "";
}

void TestMetaAds::spendCurrency()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, currency);
    QCOMPARE(MetaAdsReportFormat::spendCurrency(header), currency);
}

void TestMetaAds::interruptedSinkStops()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("daily_day_column.csv")));
    int calls = 0;
    const Result<void> parsed = MetaAdsReportFormat().parse(
        text,
        [&calls](FactBatch&&) {
            ++calls;
            return false;
        },
        1);
    QVERIFY(!parsed);
    QCOMPARE(calls, 1);
}

QTEST_APPLESS_MAIN(TestMetaAds)
#include "tst_metaads.moc"

// TooLost analytics replies (Spotify, Apple) and the monthly sales report: golden files under
// tests/data/toolost/ compared with hand-written facts, statement lines and quarantine files.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/toolost/toolostappleanalyticsformat.h"
#include "sources/toolost/toolostsalesreportformat.h"
#include "sources/toolost/toolostspotifyanalyticsformat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kData = QStringLiteral(BEDROT_TEST_DATA "/");
const QString kDir = kData + QStringLiteral("toolost/");
const QString kSpotify = QStringLiteral("toolost.analytics_spotify");
const QString kApple = QStringLiteral("toolost.analytics_apple");
const QString kSales = QStringLiteral("toolost.sales_report");

QString normalised(const StatementLine& s)
{
    return QStringList{QString::fromUtf8(s.distributor),
                       s.reportingDate.toString(Qt::ISODate),
                       s.accountingDate.toString(Qt::ISODate), // empty when the row has none
                       QStringLiteral("%1-%2")
                           .arg(s.saleYear, 4, 10, QLatin1Char('0'))
                           .arg(s.saleMonth, 2, 10, QLatin1Char('0')),
                       QString::fromUtf8(s.store),
                       QString::fromUtf8(s.artist),
                       QString::fromUtf8(s.title),
                       QString::fromUtf8(s.isrc),
                       QString::fromUtf8(s.upc),
                       QString::number(s.quantity),
                       QString::fromUtf8(s.country),
                       QString::fromUtf8(s.currency),
                       s.earnings.toString(8),
                       QString::number(s.line),
                       QString::number(s.occurrence)}
        .join(u'\t');
}

// Statement lines, or daily facts then totals, in file order (a format writes one or the other).
QStringList factRows(const ParseResult& p)
{
    return p.rows(&FactBatch::statementLines, normalised) + p.rows(&FactBatch::dailyStreams, goldenLine) +
           p.rows(&FactBatch::streamTotals, goldenLine);
}

QList<quint64> lineKeysOf(const ParseResult& p)
{
    QList<quint64> keys;
    for (const StatementLine& s : p.all(&FactBatch::statementLines))
        keys << s.lineKey;
    return keys;
}

QList<quint64> keysOf(const QString& input)
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    return lineKeysOf(parseBatches(TooLostSalesReportFormat(), text, 3));
}

// Which TooLost format a file under tests/data must be recognised by: toolost/spotify_*.json,
// toolost/apple_*.json and toolost/sales_*.csv, except the two sales files whose header lacks a
// required column, plus the foreign samples named below that are TooLost replies. Every other
// file, including other formats' samples, by none.
QString expectedFormatOf(const QString& relativePath)
{
    // Another format's test keeps a TooLost Spotify reply as its "some other JSON" sample.
    if (relativePath == QLatin1String("linktree/other.json"))
        return kSpotify;
    if (!relativePath.startsWith(QLatin1String("toolost/")))
        return {};
    const QString name = relativePath.section(u'/', -1);
    if (name.startsWith(QLatin1String("spotify_")) && name.endsWith(QLatin1String(".json")))
        return kSpotify;
    if (name.startsWith(QLatin1String("apple_")) && name.endsWith(QLatin1String(".json")))
        return kApple;
    if (name.startsWith(QLatin1String("sales_")) && name.endsWith(QLatin1String(".csv")) &&
        name != QLatin1String("sales_no_rev_fee.csv") && name != QLatin1String("sales_no_track.csv"))
        return kSales;
    return {};
}

} // namespace

class TestTooLost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void unusable_data();
    void unusable();
    void everyCutReplyIsReported_data();
    void everyCutReplyIsReported();
    void notRecognised_data();
    void notRecognised();
    void recognisesOnlyItsOwnSamples();
    void salesIdentity();
    void salesIdentityWithoutTransactionId();
    void interruptedSinkStops_data();
    void interruptedSinkStops();
    void registryNamesExpectedFormats();
};

void TestTooLost::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");
    QTest::addColumn<int>("encoding");

    const QString none = QStringLiteral("none.quarantine.tsv");
    const int utf8 = int(DecodedText::Encoding::Utf8);
    // The real reply's shape: one line, counts as strings, dates unordered, a zero day, and a
    // "discovery" list that is not loaded as streams.
    QTest::newRow("spotify reply") << "spotify_good.json" << kSpotify << "spotify_good.expected.tsv" << none
                                   << utf8;
    // Pretty-printed with CRLF, counts as numbers (and one string), a point spread over 4 lines.
    QTest::newRow("spotify: ints, pretty, CRLF")
        << "spotify_ints_pretty.json" << kSpotify << "spotify_ints_pretty.expected.tsv" << none << utf8;
    // Duplicate day, bad date, "1,095", negative, null, no date, a bare string, 7.5, a date as a number.
    QTest::newRow("spotify: bad points") << "spotify_bad.json" << kSpotify << "spotify_bad.expected.tsv"
                                         << "spotify_bad.quarantine.tsv" << utf8;
    // Numbers as ints, unordered days, Shazams as strings (not loaded), one title under two
    // releases with two ISRCs, totals over min..max of the days (2025-02-25..2025-05-21).
    QTest::newRow("apple reply") << "apple_good.json" << kApple << "apple_good.expected.tsv" << none << utf8;
    // Duplicate day, short ISRC, missing ISRC, duplicate ISRC, negative total, hyphenated lower-case
    // ISRC, a three-letter country, a duplicate country in another case.
    QTest::newRow("apple: bad items") << "apple_bad.json" << kApple << "apple_bad.expected.tsv"
                                      << "apple_bad.quarantine.tsv" << utf8;
    // No daily points: the totals have no range and are quarantined rather than loaded undated.
    QTest::newRow("apple: no days") << "apple_no_days.json" << kApple << "empty.expected.tsv"
                                    << "apple_no_days.quarantine.tsv" << utf8;

    // The spec's header; YYYY-MM and M/D/YYYY dates; a quoted title with a comma and doubled
    // quotes; a lower-case hyphenated ISRC; an empty UPC; a return (-1, -0.69); 10 decimals
    // (rounded to 9); a split transaction (T1004 on two split ids); rows without a transaction id,
    // one repeated (occurrence 2), with no accounting date and no currency (USD).
    QTest::newRow("sales report") << "sales_good.csv" << kSales << "sales_good.expected.tsv" << none << utf8;
    // UTF-8 BOM, CRLF, header names in Title Case with spaces.
    QTest::newRow("sales: BOM, CRLF, spaced header")
        << "sales_bom_crlf.csv" << kSales << "sales_small.expected.tsv" << none
        << int(DecodedText::Encoding::Utf8Bom);
    // Semicolons with decimal commas and a dot as the thousands separator (units 1.200 = 1200).
    QTest::newRow("sales: semicolon, decimal comma")
        << "sales_semicolon.csv" << kSales << "sales_semicolon.expected.tsv" << none << utf8;
    // Columns in another order, several left out.
    QTest::newRow("sales: reordered, fewer columns")
        << "sales_reordered.csv" << kSales << "sales_reordered.expected.tsv" << none << utf8;
    QTest::newRow("sales: bad rows") << "sales_bad.csv" << kSales << "sales_bad.expected.tsv"
                                     << "sales_bad.quarantine.tsv" << utf8;
    QTest::newRow("sales: header only")
        << "sales_header_only.csv" << kSales << "sales_empty.expected.tsv" << none << utf8;
}

void TestTooLost::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);
    QFETCH(int, encoding);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QCOMPARE(int(text.encoding), encoding);
    QVERIFY(!text.binary);
    const FormatRegistry registry;
    const FileFormat* f = formatById(registry, format);
    QVERIFY(f->recognises(text));
    QCOMPARE(registry.detect(text), f);

    checkGolden(*f, text, ParseContext(), kDir + expected, kDir + quarantine, {2, 100000}, factRows,
                [](const ParseResult& p, int batchSize) {
                    if (batchSize == 2 && p.factCount + qsizetype(p.quarantine.size()) > 2)
                        QVERIFY(p.batches.size() > 1);
                    // Every statement line of a file has its own identity.
                    const QList<quint64> lineKeys = lineKeysOf(p);
                    QCOMPARE(qsizetype(QSet<quint64>(lineKeys.cbegin(), lineKeys.cend()).size()),
                             lineKeys.size());
                    for (const quint64 key : lineKeys)
                        QVERIFY(key != 0);
                });
}

void TestTooLost::unusable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("recognised");
    QTest::addColumn<QString>("message");

    // Cut-off replies are recognised from their first point, then refused with "get it again".
    QTest::newRow("spotify reply cut off") << "spotify_truncated.json" << kSpotify << true << "ends early";
    QTest::newRow("apple reply cut off") << "apple_truncated.json" << kApple << true << "ends early";
    // A broken (not cut-off) reply is told apart: it names the line.
    QTest::newRow("spotify reply broken") << "spotify_broken.json" << kSpotify << true << "is not valid JSON";
    // A header without a required column is not recognised; parsing anyway names the column.
    QTest::newRow("sales without rev_fee")
        << "sales_no_rev_fee.csv" << kSales << false << "lacks the column(s) rev_fee";
    QTest::newRow("sales without isrc or track_title")
        << "sales_no_track.csv" << kSales << false << "neither isrc nor track_title";
    QTest::newRow("sales: empty file") << "empty.json" << kSales << false << "the file is empty";
    QTest::newRow("spotify: empty file") << "empty.json" << kSpotify << false << "the file is empty";
}

void TestTooLost::unusable()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(bool, recognised);
    QFETCH(QString, message);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    const FormatRegistry registry;
    const FileFormat* f = formatById(registry, format);
    QCOMPARE(f->recognises(text), recognised);
    const ParseResult p = parseBatches(*f, text, 100);
    QVERIFY(p.error.has_value());
    QVERIFY2(p.error->contains(message, Qt::CaseInsensitive), qPrintable(*p.error));
    QCOMPARE(p.factCount, qsizetype(0));
    QVERIFY(p.quarantine.empty());
}

void TestTooLost::everyCutReplyIsReported_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("minimumRecognised");

    // Once the first point's keys are in, every cut is recognised: the minimum counts make sure
    // that the loop below really checks a parse for most cuts (the files are 237, 244 and 667 bytes).
    QTest::newRow("spotify") << "spotify_good.json" << kSpotify << 150;
    QTest::newRow("spotify pretty") << "spotify_ints_pretty.json" << kSpotify << 150;
    QTest::newRow("apple") << "apple_good.json" << kApple << 500;
}

void TestTooLost::everyCutReplyIsReported()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(int, minimumRecognised);

    // A download cut at any byte either is not taken for this format, or is refused as cut off:
    // it never loads part of the reply.
    const QByteArray whole = readFile(kDir + input);
    const FormatRegistry registry;
    const FileFormat* f = formatById(registry, format);
    const qsizetype end = whole.trimmed().size();
    int recognised = 0;
    for (qsizetype cut = 1; cut < end; ++cut) {
        const DecodedText text = TextDecoder::decode(whole.first(cut));
        if (!f->recognises(text))
            continue;
        ++recognised;
        const ParseResult p = parseBatches(*f, text, 100);
        QVERIFY2(p.error.has_value(), qPrintable(QStringLiteral("cut at %1 loaded").arg(cut)));
        QVERIFY2(p.error->contains(QLatin1String("ends early")),
                 qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(*p.error)));
        QCOMPARE(p.factCount, qsizetype(0));
    }
    QVERIFY2(recognised >= minimumRecognised, qPrintable(QString::number(recognised)));
}

void TestTooLost::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    QTest::newRow("linktree graphql json") << "toolost/not_toolost_linktree.json" << false;
    QTest::newRow("streams is a number") << "toolost/near_miss_streams_number.json" << false;
    QTest::newRow("a bare list of points") << "toolost/near_miss_top_level_list.json" << false;
    QTest::newRow("points with other keys") << "toolost/near_miss_other_keys.json" << false;
    QTest::newRow("empty") << "toolost/empty.json" << false;
    QTest::newRow("png") << "distrokid_stats/binary.png" << true;
    QTest::newRow("xlsx") << "distrokid/binary.xlsx" << true;
}

void TestTooLost::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);

    const DecodedText text = TextDecoder::decode(readFile(kData + input));
    QCOMPARE(text.binary, binary);
    const FormatRegistry registry;
    for (const QString& id : {kSpotify, kApple, kSales}) {
        const FileFormat* f = formatById(registry, id);
        QVERIFY2(!f->recognises(text), qPrintable(id));
        // Asked to parse anyway, each either refuses the file or finds nothing in it.
        const ParseResult p = parseBatches(*f, text, 100);
        QVERIFY2(p.error.has_value() || p.factCount == 0, qPrintable(id));
        QCOMPARE(p.factCount, qsizetype(0));
    }
    const FileFormat* detected = registry.detect(text);
    QVERIFY(!detected || detected->source() != QLatin1String("toolost"));
}

void TestTooLost::recognisesOnlyItsOwnSamples()
{
    // Every file under tests/data: DistroKid's bank details and stats pages, the other formats'
    // samples (whatever exists when the test runs), and TooLost's own.
    const FormatRegistry registry;
    const FileFormat* formats[] = {formatById(registry, kSpotify), formatById(registry, kApple),
                                   formatById(registry, kSales)};
    int files = 0, own = 0;
    QDirIterator it(kData, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(kData).relativeFilePath(path);
        const QString expected = expectedFormatOf(relative);
        const DecodedText text = TextDecoder::decode(readFile(path));
        for (const FileFormat* f : formats)
            QVERIFY2(f->recognises(text) == (expected == f->id()),
                     qPrintable(relative + QStringLiteral(" / ") + f->id()));
        ++files;
        if (!expected.isEmpty())
            ++own;
    }
    QVERIFY(QFile::exists(kData + QStringLiteral("distrokid/good_basic.tsv")));
    QVERIFY(files > own + 20);
    QCOMPARE(own, 16);
}

void TestTooLost::salesIdentity()
{
    const QList<quint64> good = keysOf(QStringLiteral("sales_good.csv"));
    QCOMPARE(good.size(), 7);
    // The same transactions re-exported with a BOM, CRLF, another header spelling and "0.384"
    // for "0.38400000" are the same lines.
    QCOMPARE(keysOf(QStringLiteral("sales_bom_crlf.csv")), good.mid(0, 2));
    // Reordered columns and rows, US dates: T1004/S2 is good's line 6, T1001 its line 2, and the
    // TikTok row without a transaction id ("0.000", "us") is good's line 7 by content.
    const QList<quint64> reordered = keysOf(QStringLiteral("sales_reordered.csv"));
    QCOMPARE(reordered.size(), 3);
    QCOMPARE(reordered.at(0), good.at(4));
    QCOMPARE(reordered.at(1), good.at(0));
    QCOMPARE(reordered.at(2), good.at(5));
    // One transaction split between two payees: two lines, told apart by split_id, not by order.
    QVERIFY(good.at(3) != good.at(4));
    // Two identical rows without an id: occurrences 1 and 2.
    QVERIFY(good.at(5) != good.at(6));
}

void TestTooLost::salesIdentityWithoutTransactionId()
{
    // Without a transaction_id column the parsed values are the identity: a re-save that writes
    // dates and amounts differently keeps it, and a changed amount makes another line.
    const QByteArray header = "sale_date,reporting_date,channel,isrc,track_title,units,rev_fee\n";
    const auto keys = [&header](const QByteArray& rows) {
        return lineKeysOf(parseBatches(TooLostSalesReportFormat(), TextDecoder::decode(header + rows), 100));
    };
    const QList<quint64> iso = keys("2025-03-14,2025-05-15,Spotify,QT2VB2509864,ANOVUS,120,0.384\n");
    QCOMPARE(iso.size(), 1);
    QCOMPARE(keys("3/14/2025,5/15/2025,Spotify,qt2vb2509864,ANOVUS,120,0.38400\n"), iso);
    QVERIFY(keys("2025-03-14,2025-05-15,Spotify,QT2VB2509864,ANOVUS,120,0.385\n") != iso);
    // The sale month is what counts of sale_date: another day of the same month is the same sale month.
    QCOMPARE(keys("2025-03,2025-05-15,Spotify,QT2VB2509864,ANOVUS,120,0.384\n"), iso);
    QVERIFY(keys("2025-04-14,2025-05-15,Spotify,QT2VB2509864,ANOVUS,120,0.384\n") != iso);
}

void TestTooLost::interruptedSinkStops_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::newRow("spotify") << "spotify_good.json" << kSpotify;
    QTest::newRow("apple") << "apple_good.json" << kApple;
    QTest::newRow("sales") << "sales_good.csv" << kSales;
}

void TestTooLost::interruptedSinkStops()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    const FormatRegistry registry;
    int calls = 0;
    const Result<void> parsed = formatById(registry, format)
                                    ->parse(
                                        text,
                                        [&calls](FactBatch&&) {
                                            ++calls;
                                            return false;
                                        },
                                        2);
    QVERIFY(!parsed);
    QVERIFY(parsed.errorMessage().contains(QLatin1String("interrupted")));
    QCOMPARE(calls, 1); // stopped at the first refused batch
}

void TestTooLost::registryNamesExpectedFormats()
{
    const QString expected = FormatRegistry().expectedFormats();
    QVERIFY(expected.contains(QStringLiteral("TooLost Spotify analytics")));
    QVERIFY(expected.contains(QStringLiteral("TooLost Apple Music analytics")));
    QVERIFY(expected.contains(QStringLiteral("TooLost sales report")));
    for (const char* column : {"sale_date", "reporting_date", "channel", "units", "rev_fee"})
        QVERIFY2(expected.contains(QLatin1String(column)), column);
}

QTEST_APPLESS_MAIN(TestTooLost)
#include "tst_toolost.moc"

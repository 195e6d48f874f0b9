// DistroKid stats pages (streams and Apple Music): golden pages under tests/data/distrokid_stats/ compared
// with hand-written facts and quarantine files, plus the scanner and value rules underneath.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/dailycountvalues.h"
#include "sources/distrokid/statspageapplemusicformat.h"
#include "sources/distrokid/statspagestreamsformat.h"
#include "sources/formatregistry.h"
#include "sources/scriptliteralscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonValue>
#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kData = QStringLiteral(BEDROT_TEST_DATA "/");
const QString kDir = kData + QStringLiteral("distrokid_stats/");
const QString kStreams = QStringLiteral("distrokid.stats_streams");
const QString kApple = QStringLiteral("distrokid.stats_applemusic");

// Daily facts first, then totals, each in file order.
QStringList factRows(const ParseResult& p)
{
    return p.rows(&FactBatch::dailyStreams, goldenLine) + p.rows(&FactBatch::streamTotals, goldenLine);
}

// Which of this test's formats a file under tests/data must be recognised by: DistroKid stats
// pages are named streams_*.html and applemusic_*.html in distrokid_stats/. Every other file
// in tests/data, including other formats' samples, must be recognised by neither.
QString expectedFormatOf(const QString& relativePath)
{
    if (!relativePath.startsWith(QLatin1String("distrokid_stats/")) ||
        !relativePath.endsWith(QLatin1String(".html")))
        return {};
    const QString name = relativePath.section(u'/', -1);
    if (name.startsWith(QLatin1String("streams_")))
        return kStreams;
    if (name.startsWith(QLatin1String("applemusic_")))
        return kApple;
    return {};
}

} // namespace

class TestDistroKidStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void unusable_data();
    void unusable();
    void notRecognised_data();
    void notRecognised();
    void recognisesOnlyItsOwnSamples();
    void prefersTrend365day();
    void interruptedSinkStops();
    void registryNamesExpectedFormats();
    void scannerArrays_data();
    void scannerArrays();
    void scannerLines_data();
    void scannerLines();
    void stringValue_data();
    void stringValue();
    void countRule_data();
    void countRule();
    void trackIsrcs_data();
    void trackIsrcs();
};

void TestDistroKidStats::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    const QString none = QStringLiteral("none.quarantine.tsv");
    // Spaces after the colons, every point on one line, a trend60day chart with other values
    // earlier in the page, and a partial last day (3395 after 3811) that is kept as it is.
    QTest::newRow("streams: saved page")
        << "streams_good.html" << kStreams << "streams_good.expected.tsv" << none;
    // One point per line (distinct physical lines), CRLF endings, single-quoted chart id, comments,
    // a count written as a string, trailing commas inside a point and after the last one, and "]}"
    // inside a string in the config.
    QTest::newRow("streams: multi-line, CRLF, trailing commas")
        << "streams_multiline_crlf.html" << kStreams << "streams_multiline_crlf.expected.tsv" << none;
    // No trend365day chart: trend60day is read, with the field names its config declares, and
    // trendWeekly and trendMonthly are left alone.
    QTest::newRow("streams: trend60day only")
        << "streams_60day_only.html" << kStreams << "streams_60day_only.expected.tsv" << none;
    // Bad date, negative, non-numeric, fractional, missing count, duplicate day, null item, invalid
    // JSON item, US date: each quarantined with its line, while the good points load.
    QTest::newRow("streams: bad points")
        << "streams_bad_points.html" << kStreams << "streams_bad_points.expected.tsv"
        << "streams_bad_points.quarantine.tsv";
    QTest::newRow("streams: empty chart")
        << "streams_empty_chart.html" << kStreams << "empty.expected.tsv" << none;

    // One-line chartData: daily points, totals per track through the <option> ISRCs (an album
    // option reuses a track's id with a UPC), per country (lower case "de"), over the daily range.
    QTest::newRow("apple: saved page")
        << "applemusic_good.html" << kApple << "applemusic_good.expected.tsv" << none;
    // Pretty-printed chartData with a trailing comma, unordered days, a count as a string, a track
    // id as a string, option attributes single-quoted/unquoted/reordered, a hyphenated lower-case ISRC.
    QTest::newRow("apple: pretty-printed")
        << "applemusic_pretty.html" << kApple << "applemusic_pretty.expected.tsv" << none;
    QTest::newRow("apple: bad points") << "applemusic_bad.html" << kApple << "applemusic_bad.expected.tsv"
                                       << "applemusic_bad.quarantine.tsv";
    // No daily points: country totals have no range, so they are quarantined, not loaded undated.
    QTest::newRow("apple: no daily points") << "applemusic_empty_days.html" << kApple << "empty.expected.tsv"
                                            << "applemusic_empty_days.quarantine.tsv";
}

void TestDistroKidStats::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QVERIFY(!text.binary);
    const FormatRegistry registry;
    const FileFormat* f = formatById(registry, format);
    QVERIFY(f->recognises(text));
    QCOMPARE(registry.detect(text), f);

    checkGolden(*f, text, ParseContext(), kDir + expected, kDir + quarantine, {2, 100000}, factRows,
                [&text](const ParseResult& p, int batchSize) {
                    // Only the kinds of fact these pages carry.
                    QCOMPARE(p.factCount, factRows(p).size());
                    if (batchSize == 2 && p.factCount + qsizetype(p.quarantine.size()) > 2)
                        QVERIFY(p.batches.size() > 1);
                    // Progress only moves forward and stays within the text.
                    qint64 offset = 0;
                    for (const FactBatch& b : p.batches) {
                        QVERIFY(b.textOffset >= offset);
                        offset = b.textOffset;
                    }
                    QVERIFY(offset <= qint64(text.utf8.size()));
                });
}

void TestDistroKidStats::unusable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("message");

    QTest::newRow("streams page cut inside the data") << "streams_truncated.html" << kStreams << "cut off";
    QTest::newRow("apple page cut inside chartData") << "applemusic_truncated.html" << kApple << "cut off";
    QTest::newRow("apple chartData not JSON")
        << "applemusic_broken_json.html" << kApple << "chartData is not valid JSON";
    QTest::newRow("apple page without daily data") << "applemusic_no_days.html" << kApple << "no last365days";
}

void TestDistroKidStats::unusable()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, message);

    // Recognised (so the user hears what is wrong with the file rather than "unknown format"),
    // then refused as a whole: nothing from a broken page is loaded.
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    const FormatRegistry registry;
    const FileFormat* f = formatById(registry, format);
    QVERIFY(f->recognises(text));
    const ParseResult p = parseBatches(*f, text, 100);
    QVERIFY(p.error.has_value());
    QVERIFY2(p.error->contains(message, Qt::CaseInsensitive), qPrintable(*p.error));
    QCOMPARE(p.factCount, qsizetype(0));
    QVERIFY(p.quarantine.empty());
}

void TestDistroKidStats::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    // A DistroKid page with other amCharts charts, a "chartData" key that is not the variable, and
    // the chart id in plain text.
    QTest::newRow("other DistroKid page") << "not_a_stats_page.html" << false;
    QTest::newRow("empty") << "empty.html" << false;
    QTest::newRow("png") << "binary.png" << true;
}

void TestDistroKidStats::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QCOMPARE(text.binary, binary);
    const FormatRegistry registry;
    for (const QString& id : {kStreams, kApple}) {
        const FileFormat* f = formatById(registry, id);
        QVERIFY2(!f->recognises(text), qPrintable(id));
        // Asked to parse anyway, each refuses the whole file with a message.
        const ParseResult p = parseBatches(*f, text, 100);
        QVERIFY(p.error.has_value());
        QVERIFY(!p.error->isEmpty());
        QCOMPARE(p.factCount, qsizetype(0));
    }
    const FileFormat* detected = registry.detect(text);
    QVERIFY(!detected || (detected->id() != kStreams && detected->id() != kApple));
}

void TestDistroKidStats::recognisesOnlyItsOwnSamples()
{
    // Every file under tests/data: the bank-details samples, TooLost's, the other formats'
    // (whatever exists when the test runs) and these pages themselves.
    const FormatRegistry registry;
    const FileFormat* streams = formatById(registry, kStreams);
    const FileFormat* apple = formatById(registry, kApple);
    int files = 0, own = 0;
    QDirIterator it(kData, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(kData).relativeFilePath(path);
        const QString expected = expectedFormatOf(relative);
        const DecodedText text = TextDecoder::decode(readFile(path));
        QVERIFY2(streams->recognises(text) == (expected == kStreams), qPrintable(relative));
        QVERIFY2(apple->recognises(text) == (expected == kApple), qPrintable(relative));
        ++files;
        if (!expected.isEmpty())
            ++own;
    }
    // The walk really covered the other formats' samples, including DistroKid's bank details.
    QVERIFY(QFile::exists(kData + QStringLiteral("distrokid/good_basic.tsv")));
    QVERIFY(files > own + 20);
    QCOMPARE(own, 13);
}

void TestDistroKidStats::prefersTrend365day()
{
    // streams_good.html has trend60day (999 a day) before trend365day: only trend365day is read.
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("streams_good.html")));
    const ScriptLiteralScanner scanner(text.utf8);
    const qsizetype at60 = DistroKidStreamsPageFormat::findChart(scanner, "trend60day");
    const qsizetype at365 = DistroKidStreamsPageFormat::findChart(scanner, "trend365day");
    QVERIFY(at60 > 0);
    QVERIFY(at365 > at60);
    QCOMPARE(DistroKidStreamsPageFormat::findChart(scanner, "trendWeekly"), qsizetype(-1));
    const QStringList facts = factRows(parseBatches(DistroKidStreamsPageFormat(), text, 100));
    QCOMPARE(facts.size(), 5);
    for (const QString& fact : facts)
        QVERIFY2(!fact.contains(QLatin1String("\t999\t")), qPrintable(fact));
}

void TestDistroKidStats::interruptedSinkStops()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("applemusic_good.html")));
    int calls = 0;
    const Result<void> parsed = DistroKidAppleMusicPageFormat().parse(
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

void TestDistroKidStats::registryNamesExpectedFormats()
{
    const QString expected = FormatRegistry().expectedFormats();
    QVERIFY(expected.contains(QStringLiteral("DistroKid streams stats page")));
    QVERIFY(expected.contains(QStringLiteral("AmCharts.makeChart(\"trend365day\"")));
    QVERIFY(expected.contains(QStringLiteral("DistroKid Apple Music stats page")));
    QVERIFY(expected.contains(QStringLiteral("var chartData")));
}

void TestDistroKidStats::scannerArrays_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("path");
    QTest::addColumn<QByteArrayList>("items"); // {"<absent>"} or {"<unreadable>"} for no list

    QTest::newRow("json") << QByteArray(R"({"a": {"b": [1, 2, 3]}})") << QByteArrayList{"a", "b"}
                          << QByteArrayList{"1", "2", "3"};
    QTest::newRow("js: unquoted and single-quoted keys, brackets in strings")
        << QByteArray(R"({a: {'b': [ {"x":"]}"}, {"y":[1,2]} , ]}})") << QByteArrayList{"a", "b"}
        << QByteArrayList{R"({"x":"]}"})", R"({"y":[1,2]})"};
    QTest::newRow("comments and a stray comma") << QByteArray("{/* c */ \"a\" : [ // note ]\n 1 ,, 2 ]}")
                                                << QByteArrayList{"a"} << QByteArrayList{"1", "2"};
    QTest::newRow("escaped quote in a string")
        << QByteArray(R"({"t": "say \"]\"", "a": ["x\"y", 'it\'s']})") << QByteArrayList{"a"}
        << QByteArrayList{R"("x\"y")", R"('it\'s')"};
    QTest::newRow("only the object's own keys")
        << QByteArray(R"({"n": {"a": [9]}, "a": [1]})") << QByteArrayList{"a"} << QByteArrayList{"1"};
    QTest::newRow("empty list") << QByteArray(R"({"a": []})") << QByteArrayList{"a"} << QByteArrayList{};
    QTest::newRow("cut off in the list")
        << QByteArray(R"({"a": [1, {"b": 2)") << QByteArrayList{"a"} << QByteArrayList{"<unreadable>"};
    QTest::newRow("cut off in a string")
        << QByteArray(R"({"a": ["abc)") << QByteArrayList{"a"} << QByteArrayList{"<unreadable>"};
    QTest::newRow("absent key") << QByteArray(R"({"a": "x"})") << QByteArrayList{"b"}
                                << QByteArrayList{"<absent>"};
    QTest::newRow("not a list") << QByteArray(R"({"a": "x"})") << QByteArrayList{"a"}
                                << QByteArrayList{"<unreadable>"};
}

void TestDistroKidStats::scannerArrays()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, path);
    QFETCH(QByteArrayList, items);

    const ScriptLiteralScanner scanner(text);
    qsizetype at = scanner.skipSpace(0);
    for (const QByteArray& key : std::as_const(path))
        at = scanner.keyValue(at, key);
    if (items == QByteArrayList{"<absent>"}) {
        QCOMPARE(at, qsizetype(-1));
        return;
    }
    QVERIFY(at > 0);
    const auto spans = scanner.arrayItems(at);
    if (items == QByteArrayList{"<unreadable>"}) {
        QVERIFY(!spans.has_value());
        return;
    }
    QVERIFY(spans.has_value());
    QByteArrayList actual;
    for (const ScriptLiteralScanner::Span& span : *spans)
        actual << scanner.slice(span).toByteArray();
    QCOMPARE(actual, items);
}

void TestDistroKidStats::scannerLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("marker");
    QTest::addColumn<int>("line");

    const QByteArray mixed = "a\nb\r\nc\rd\n\ne";
    QTest::newRow("first line") << mixed << QByteArray("a") << 1;
    QTest::newRow("after LF") << mixed << QByteArray("b") << 2;
    QTest::newRow("after CRLF") << mixed << QByteArray("c") << 3;
    QTest::newRow("after CR only") << mixed << QByteArray("d") << 4;
    QTest::newRow("after a blank line") << mixed << QByteArray("e") << 6;
}

void TestDistroKidStats::scannerLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, marker);
    QFETCH(int, line);

    ScriptLiteralScanner scanner(text);
    QCOMPARE(scanner.lineAt(text.indexOf(marker)), qint64(line));
    // Asked again after a later offset (counting restarts), the answer is the same.
    scanner.lineAt(text.size());
    QCOMPARE(scanner.lineAt(text.indexOf(marker)), qint64(line));
}

void TestDistroKidStats::stringValue_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::addColumn<QString>("value"); // "<none>" for not a string

    QTest::newRow("plain") << QByteArray(R"("trend365day")") << QStringLiteral("trend365day");
    QTest::newRow("single quotes") << QByteArray(R"('it\'s')") << QStringLiteral("it's");
    QTest::newRow("escaped quote and slash") << QByteArray(R"("a\"b\/c")") << QStringLiteral("a\"b/c");
    QTest::newRow("escaped backslash") << QByteArray(R"("x\\y")") << QStringLiteral("x\\y");
    QTest::newRow("unicode escape") << QByteArray(R"("Caf\u00e9")") << QStringLiteral("Caf\u00e9");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83c\udfb5")") << QStringLiteral("\U0001F3B5");
    QTest::newRow("raw UTF-8") << QByteArray("\"Caf\xc3\xa9\"") << QStringLiteral("Caf\u00e9");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("<none>");
    QTest::newRow("unclosed") << QByteArray("\"abc") << QStringLiteral("<none>");
}

void TestDistroKidStats::stringValue()
{
    QFETCH(QByteArray, literal);
    QFETCH(QString, value);
    const auto actual = ScriptLiteralScanner::stringValue(literal);
    if (value == QLatin1String("<none>")) {
        QVERIFY(!actual.has_value());
        return;
    }
    QVERIFY(actual.has_value());
    QCOMPARE(QString::fromUtf8(*actual), value);
}

void TestDistroKidStats::countRule_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("count");    // -1: rejected
    QTest::addColumn<QString>("problem"); // phrase of the rejection

    QTest::newRow("int") << QJsonValue(40) << qint64(40) << QString();
    QTest::newRow("zero") << QJsonValue(0) << qint64(0) << QString();
    QTest::newRow("string of digits") << QJsonValue(QStringLiteral("1095")) << qint64(1095) << QString();
    QTest::newRow("big") << QJsonValue(qint64(3'000'000'000)) << qint64(3'000'000'000) << QString();
    QTest::newRow("negative int") << QJsonValue(-3) << qint64(-1) << QStringLiteral("'-3' is negative");
    QTest::newRow("negative string") << QJsonValue(QStringLiteral("-3")) << qint64(-1)
                                     << QStringLiteral("'-3' is negative");
    QTest::newRow("fraction") << QJsonValue(12.5) << qint64(-1)
                              << QStringLiteral("'12.5' is not a whole number");
    QTest::newRow("thousands separator") << QJsonValue(QStringLiteral("1,095")) << qint64(-1)
                                         << QStringLiteral("'1,095' is not a whole number");
    QTest::newRow("decimal string") << QJsonValue(QStringLiteral("12.0")) << qint64(-1)
                                    << QStringLiteral("not a whole number");
    QTest::newRow("empty string") << QJsonValue(QString()) << qint64(-1) << QStringLiteral("no stream count");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1) << QStringLiteral("no stream count");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << qint64(-1)
                             << QStringLiteral("no stream count");
    QTest::newRow("bool") << QJsonValue(true) << qint64(-1) << QStringLiteral("not a number");
}

void TestDistroKidStats::countRule()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, count);
    QFETCH(QString, problem);

    const DailyCountValues::Count c = DailyCountValues::count(value);
    if (count < 0) {
        QVERIFY(!c.value.has_value());
        QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
    } else {
        QCOMPARE(c.value, std::optional<qint64>(count));
        QVERIFY(c.problem.isEmpty());
    }
}

void TestDistroKidStats::trackIsrcs_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("mapping"); // "id=ISRC", sorted
    QTest::addColumn<QStringList>("ambiguous");

    QTest::newRow("track and album options")
        << QByteArray(
               R"(<option value="QZTAW2496365" id="59125706">HOLD ON I</option><option value="198667254765" id="7">ALBUM</option>)")
        << QStringList{QStringLiteral("59125706=QZTAW2496365")} << QStringList();
    QTest::newRow("attribute order, quotes, case")
        << QByteArray("<OPTION id=1 value=qz-taw-24-96365>x</OPTION><option\n id='2'\n value='QZTAW2496366' "
                      "selected>y</option>")
        << QStringList{QStringLiteral("1=QZTAW2496365"), QStringLiteral("2=QZTAW2496366")} << QStringList();
    QTest::newRow("unquoted value, lower case ISRC")
        << QByteArray("<option id=1 value=qz-taw-24-96365>x</option>")
        << QStringList{QStringLiteral("1=QZTAW2496365")} << QStringList();
    QTest::newRow("same id, two ISRCs")
        << QByteArray(
               R"(<option value="QZTAW2496365" id="5"><option value="QZTAW2496366" id="5"><option value="QZTAW2496365" id="6">)")
        << QStringList{QStringLiteral("5=QZTAW2496365"), QStringLiteral("6=QZTAW2496365")}
        << QStringList{QStringLiteral("5")};
    QTest::newRow("not options")
        << QByteArray(R"(<optgroup value="QZTAW2496365" id="5"><div value="QZTAW2496365" id="6">)")
        << QStringList() << QStringList();
    QTest::newRow("id not a number") << QByteArray(R"(<option value="QZTAW2496365" id="track-5">)")
                                     << QStringList() << QStringList();
    QTest::newRow("cut off in a tag")
        << QByteArray(R"(<option value="QZTAW2496365" id="5"><option value="QZT)")
        << QStringList{QStringLiteral("5=QZTAW2496365")} << QStringList();
}

void TestDistroKidStats::trackIsrcs()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, mapping);
    QFETCH(QStringList, ambiguous);

    const auto isrcs = DistroKidAppleMusicPageFormat::trackIsrcs(html);
    QStringList actual;
    for (auto it = isrcs.isrcOf.cbegin(); it != isrcs.isrcOf.cend(); ++it)
        actual << it.key() + u'=' + QString::fromLatin1(it.value());
    actual.sort();
    QCOMPARE(actual, mapping);
    QStringList actualAmbiguous = isrcs.ambiguous.values();
    actualAmbiguous.sort();
    QCOMPARE(actualAmbiguous, ambiguous);
}

QTEST_APPLESS_MAIN(TestDistroKidStats)
#include "tst_distrokidstats.moc"

// TikTok Studio overview and follower history: golden files under tests/data/tiktok/ (each trap,
// ZIP downloads included), the year rebuilt from the export date, files they must not take.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "lake/zipreader.h"
#include "sources/formatregistry.h"
#include "sources/tiktok/tiktokdailyrows.h"
#include "sources/tiktok/tiktokfollowerhistoryformat.h"
#include "sources/tiktok/tiktokoverviewformat.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDataDir = QStringLiteral(BEDROT_TEST_DATA "/");
const QString kDir = kDataDir + QStringLiteral("tiktok/");
const QString kOverview = QStringLiteral("tiktok.overview");
const QString kFollowers = QStringLiteral("tiktok.follower_history");

QString count(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

QString normalised(const SocialFact& f)
{
    return QStringList{f.artist,
                       f.platform,
                       f.day.toString(Qt::ISODate),
                       count(f.videoViews),
                       count(f.profileViews),
                       count(f.likes),
                       count(f.comments),
                       count(f.shares),
                       f.tz,
                       QString::number(f.line)}
        .join(u'\t');
}

QString normalised(const FollowerFact& f)
{
    return QStringList{f.artist, f.platform, f.day.toString(Qt::ISODate), QString::number(f.followers),
                       QString::number(f.line)}
        .join(u'\t');
}

// The normalised facts of either kind (a format writes one kind or the other).
QStringList factRows(const ParseResult& p)
{
    return p.rows(&FactBatch::social, normalised) + p.rows(&FactBatch::followers, normalised);
}

ParseContext context(const QDateTime& exportTime, const QString& artist = QStringLiteral("zone.a0"))
{
    ParseContext c;
    c.fileName = QStringLiteral("Overview.csv");
    c.exportTime = exportTime;
    c.artist = artist;
    return c;
}

QDateTime at(int y, int m, int d, int hour = 12)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0));
}

std::vector<int> monthDaysOf(const QList<QDate>& dates)
{
    std::vector<int> out;
    for (const QDate& d : dates)
        out.push_back(d.month() * 100 + d.day());
    return out;
}

} // namespace

class TestTikTok final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void rebuildYears_data();
    void rebuildYears();
    void rebuildYearsRoundTrip_data();
    void rebuildYearsRoundTrip();
    void invalidExportTimeMeansToday();
    void exportTimeIsReadAsLocalDate();
    void zipEntries_data();
    void zipEntries();
    void notRecognised_data();
    void notRecognised();
    void distrokidSamplesNotRecognised();
    void artistIsRequired_data();
    void artistIsRequired();
    void identity();
};

void TestTikTok::golden_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDateTime>("exportTime");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    const QString zone = QStringLiteral("zone.a0");
    // Every field quoted, full month names, "-1" comments, no final newline (the public fixture's shape).
    QTest::newRow("quoted, full months")
        << kOverview << "overview_quoted.csv" << at(2025, 9, 5) << zone << "overview_quoted.expected.tsv"
        << "none.quarantine.tsv";
    // BOM, CRLF, "May 26", quoted "1,441"; the last row is the export day itself.
    QTest::newRow("abbreviated, bom, thousands")
        << kOverview << "overview_abbreviated_bom.csv" << at(2025, 5, 28, 23) << zone
        << "overview_abbreviated_bom.expected.tsv"
        << "none.quarantine.tsv";
    // December 29 … January 2, exported on January 3: the December rows are in the year before.
    QTest::newRow("new year, ascending")
        << kOverview << "overview_new_year.csv" << at(2025, 1, 3) << zone << "overview_new_year.expected.tsv"
        << "none.quarantine.tsv";
    QTest::newRow("new year, descending") << kOverview << "overview_descending.csv" << at(2025, 1, 2) << zone
                                          << "overview_descending.expected.tsv"
                                          << "none.quarantine.tsv";
    // date,reach,page_views,likes,… in lower case, day-first "1 Nov".
    QTest::newRow("old column names") << kOverview << "overview_old_names.csv" << at(2024, 11, 4)
                                      << QStringLiteral("pig1987") << "overview_old_names.expected.tsv"
                                      << "none.quarantine.tsv";
    QTest::newRow("february 29, leap year")
        << kOverview << "overview_leap.csv" << at(2024, 3, 2) << zone << "overview_leap_2024.expected.tsv"
        << "none.quarantine.tsv";
    QTest::newRow("february 29, not a leap year")
        << kOverview << "overview_leap.csv" << at(2025, 3, 2) << zone << "overview_leap_2025.expected.tsv"
        << "overview_leap_2025.quarantine.tsv";
    QTest::newRow("overview bad rows")
        << kOverview << "overview_bad_rows.csv" << at(2025, 6, 10) << zone << "overview_bad_rows.expected.tsv"
        << "overview_bad_rows.quarantine.tsv";
    QTest::newRow("overview header only") << kOverview << "overview_header_only.csv" << at(2025, 6, 10)
                                          << zone << "overview_header_only.expected.tsv"
                                          << "none.quarantine.tsv";
    // An export time in UTC is read as the local date (TikTok's days are the account's local days).
    QTest::newRow("followers, new year")
        << kFollowers << "followers_new_year.csv" << QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC)
        << zone << "followers_new_year.expected.tsv"
        << "none.quarantine.tsv";
    QTest::newRow("followers bad rows")
        << kFollowers << "followers_bad.csv" << at(2025, 3, 7) << zone << "followers_bad.expected.tsv"
        << "followers_bad.quarantine.tsv";
}

void TestTikTok::golden()
{
    QFETCH(QString, formatId);
    QFETCH(QString, input);
    QFETCH(QDateTime, exportTime);
    QFETCH(QString, artist);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    FormatRegistry registry;
    const FileFormat* format = registry.byId(formatId);
    QVERIFY(format);
    QVERIFY(format->needsArtist());
    QVERIFY(format->recognises(text));
    QCOMPARE(registry.detect(text), format);

    checkGolden(*format, text, context(exportTime, artist), kDir + expected, kDir + quarantine,
                {1, 3, 100000}, factRows, [](const ParseResult& p, int batchSize) {
                    if (batchSize == 1)
                        QCOMPARE(p.batches.size(), size_t(p.factCount) + p.quarantine.size());
                });
}

void TestTikTok::rebuildYears_data()
{
    QTest::addColumn<QList<int>>("monthDays");
    QTest::addColumn<QDate>("exportDate");
    QTest::addColumn<QList<QDate>>("expected");
    QTest::addColumn<bool>("descending");

    QTest::newRow("ascending, same year")
        << QList<int>{526, 527, 528} << QDate(2025, 5, 28)
        << QList<QDate>{QDate(2025, 5, 26), QDate(2025, 5, 27), QDate(2025, 5, 28)} << false;
    QTest::newRow("ascending over new year") << QList<int>{1231, 101} << QDate(2025, 1, 5)
                                             << QList<QDate>{QDate(2024, 12, 31), QDate(2025, 1, 1)} << false;
    // The latest row is after the export date's month-day: it belongs to the year before.
    QTest::newRow("last row later in the year than the export")
        << QList<int>{1230, 1231} << QDate(2025, 1, 2)
        << QList<QDate>{QDate(2024, 12, 30), QDate(2024, 12, 31)} << false;
    QTest::newRow("descending over new year")
        << QList<int>{102, 101, 1231} << QDate(2025, 1, 2)
        << QList<QDate>{QDate(2025, 1, 2), QDate(2025, 1, 1), QDate(2024, 12, 31)} << true;
    QTest::newRow("one row") << QList<int>{1115} << QDate(2024, 11, 20) << QList<QDate>{QDate(2024, 11, 15)}
                             << false;
    QTest::newRow("one row after the export day")
        << QList<int>{1125} << QDate(2024, 11, 20) << QList<QDate>{QDate(2023, 11, 25)} << false;
    QTest::newRow("gap of days") << QList<int>{301, 315, 402} << QDate(2024, 4, 2)
                                 << QList<QDate>{QDate(2024, 3, 1), QDate(2024, 3, 15), QDate(2024, 4, 2)}
                                 << false;
    QTest::newRow("feb 29 in a leap year")
        << QList<int>{228, 229, 301} << QDate(2024, 3, 1)
        << QList<QDate>{QDate(2024, 2, 28), QDate(2024, 2, 29), QDate(2024, 3, 1)} << false;
    QTest::newRow("feb 29 in another year")
        << QList<int>{228, 229, 301} << QDate(2025, 3, 1)
        << QList<QDate>{QDate(2025, 2, 28), QDate(), QDate(2025, 3, 1)} << false;
    QTest::newRow("nothing") << QList<int>{} << QDate(2025, 3, 1) << QList<QDate>{} << false;
}

void TestTikTok::rebuildYears()
{
    QFETCH(QList<int>, monthDays);
    QFETCH(QDate, exportDate);
    QFETCH(QList<QDate>, expected);
    QFETCH(bool, descending);

    const std::vector<int> input(monthDays.begin(), monthDays.end());
    QCOMPARE(TikTokDailyRows::descending(input), descending);
    const std::vector<QDate> dates = TikTokDailyRows::rebuildYears(input, exportDate);
    QCOMPARE(QList<QDate>(dates.begin(), dates.end()), expected);
}

void TestTikTok::rebuildYearsRoundTrip_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("exportDelay");
    QTest::addColumn<bool>("reversed");

    // Whole Studio windows (365 days) and longer custom ranges over two new years, both orders,
    // exported on the last day or a few days later; leap days included (2024).
    QTest::newRow("365 days to 2025-05-27") << QDate(2024, 5, 28) << 365 << 0 << false;
    QTest::newRow("365 days, exported 4 days later") << QDate(2024, 5, 28) << 365 << 4 << false;
    QTest::newRow("700 days over two new years") << QDate(2023, 3, 1) << 700 << 1 << false;
    QTest::newRow("700 days, descending") << QDate(2023, 3, 1) << 700 << 0 << true;
    QTest::newRow("60 days over new year, descending") << QDate(2024, 12, 1) << 60 << 2 << true;
}

void TestTikTok::rebuildYearsRoundTrip()
{
    QFETCH(QDate, first);
    QFETCH(int, days);
    QFETCH(int, exportDelay);
    QFETCH(bool, reversed);

    QList<QDate> dates;
    for (int i = 0; i < days; ++i)
        dates << first.addDays(i);
    const QDate exportDate = dates.constLast().addDays(exportDelay);
    if (reversed)
        std::reverse(dates.begin(), dates.end());
    const std::vector<QDate> rebuilt = TikTokDailyRows::rebuildYears(monthDaysOf(dates), exportDate);
    QCOMPARE(QList<QDate>(rebuilt.begin(), rebuilt.end()), dates);
}

void TestTikTok::invalidExportTimeMeansToday()
{
    // Two rows ending today, written the way Studio writes them; no export time known.
    const QDate today = QDate::currentDate();
    const QDate yesterday = today.addDays(-1);
    const QLocale english(QLocale::English);
    const QByteArray csv = "Date,Video Views,Profile Views,Likes,Comments,Shares\n" +
                           english.toString(yesterday, QStringLiteral("MMMM d")).toUtf8() + ",1,1,1,1,1\n" +
                           english.toString(today, QStringLiteral("MMMM d")).toUtf8() + ",2,2,2,2,2\n";
    const DecodedText text = TextDecoder::decode(csv);
    const ParseResult p = parseBatches(TikTokOverviewFormat(), text, context(QDateTime()), 100);
    QVERIFY2(!p.error, qPrintable(p.error.value_or(QString())));
    QCOMPARE(p.batches.size(), size_t(1));
    QCOMPARE(p.batches.front().social.size(), size_t(2));
    QCOMPARE(p.batches.front().social[0].day, yesterday);
    QCOMPARE(p.batches.front().social[1].day, today);
}

void TestTikTok::exportTimeIsReadAsLocalDate()
{
    // 20:00 UTC on January 2 is already January 3 thirteen hours east of UTC, where the account's
    // days are: a row dated "January 3" is then the export day, not a day of the year before.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "XST-13");
    tzset();
    const auto restore = qScopeGuard([&oldTz] {
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    });
    const QDateTime exported(QDate(2025, 1, 2), QTime(20, 0), Qt::UTC);
    if (exported.toLocalTime().date() != QDate(2025, 1, 3))
        QSKIP("this platform does not honour a TZ change at run time");

    const DecodedText text = TextDecoder::decode("Date,Video Views,Profile Views,Likes,Comments,Shares\n"
                                                 "January 2,1,1,1,1,1\nJanuary 3,2,2,2,2,2\n");
    const ParseResult p = parseBatches(TikTokOverviewFormat(), text, context(exported), 100);
    QVERIFY2(!p.error, qPrintable(p.error.value_or(QString())));
    QCOMPARE(p.batches.size(), size_t(1));
    QCOMPARE(p.batches.front().social.size(), size_t(2));
    QCOMPARE(p.batches.front().social[0].day, QDate(2025, 1, 2));
    QCOMPARE(p.batches.front().social[1].day, QDate(2025, 1, 3));
}

void TestTikTok::zipEntries_data()
{
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("formatId"); // empty: no format takes it
    QTest::addColumn<QString>("expected");

    const QString single = QStringLiteral("Overview_2024-05-28_1748345895_zone.a0.zip");
    const QString sections = QStringLiteral("studio_sections.zip");
    // The entry's time (2025-05-27) is the export date.
    QTest::newRow("one csv") << single << "Overview.csv" << kOverview << "zip_single.overview.expected.tsv";
    // Exported 2025-01-02: December 31 is 2024 in both sections.
    QTest::newRow("sections: overview")
        << sections << "Overview.csv" << kOverview << "zip_sections.overview.expected.tsv";
    QTest::newRow("sections: follower history (stored)")
        << sections << "FollowerHistory.csv" << kFollowers << "zip_sections.followers.expected.tsv";
    QTest::newRow("sections: viewers") << sections << "Viewers.csv" << QString() << QString();
    QTest::newRow("sections: gender") << sections << "FollowerGender.csv" << QString() << QString();
}

void TestTikTok::zipEntries()
{
    QFETCH(QString, zip);
    QFETCH(QString, entry);
    QFETCH(QString, formatId);
    QFETCH(QString, expected);

    const auto entries = ZipReader::read(readFile(kDir + zip));
    QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
    const auto found =
        std::find_if(entries->begin(), entries->end(), [&](const ZipEntry& e) { return e.name == entry; });
    QVERIFY(found != entries->end());
    QVERIFY(found->modified.isValid());

    const DecodedText text = TextDecoder::decode(found->data);
    FormatRegistry registry;
    const FileFormat* format = registry.detect(text);
    if (formatId.isEmpty()) {
        QVERIFY2(format == nullptr || format->source() != QStringLiteral("tiktok"), qPrintable(entry));
        return;
    }
    QVERIFY(format);
    QCOMPARE(format->id(), formatId);
    ParseContext ctx = context(found->modified);
    ctx.fileName = zip;
    ctx.entryName = found->name;
    checkGolden(*format, text, ctx, kDir + expected, kDir + QStringLiteral("none.quarantine.tsv"), {100},
                factRows);
}

void TestTikTok::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    QTest::newRow("viewers section") << "tiktok/viewers.csv" << false;
    QTest::newRow("gender section") << "tiktok/follower_gender.csv" << false;
    QTest::newRow("date,followers only") << "tiktok/followers_no_difference.csv" << false;
    QTest::newRow("empty") << "tiktok/empty.csv" << false;
    QTest::newRow("zip itself") << "tiktok/studio_sections.zip" << true;
    QTest::newRow("spotify audience") << "spotify/good_bom_crlf.csv" << false;
    QTest::newRow("spotify per-song") << "spotify/song_timeline.csv" << false;
    QTest::newRow("linktree") << "linktree/linktree-@zone.a0-daily.csv" << false;
}

void TestTikTok::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(kDataDir + input));
    QCOMPARE(text.binary, binary);
    const TikTokOverviewFormat overview;
    const TikTokFollowerHistoryFormat followers;
    for (const FileFormat* format :
         {static_cast<const FileFormat*>(&overview), static_cast<const FileFormat*>(&followers)}) {
        QVERIFY2(!format->recognises(text), qPrintable(format->id()));
        const ParseResult p = parseBatches(*format, text, context(at(2025, 1, 1)), 100);
        QVERIFY(p.error.has_value());
        QVERIFY(factRows(p).isEmpty());
    }
    const FormatRegistry registry;
    const FileFormat* detected = registry.detect(text);
    QVERIFY(detected == nullptr || detected->source() != QStringLiteral("tiktok"));
}

void TestTikTok::distrokidSamplesNotRecognised()
{
    const TikTokOverviewFormat overview;
    const TikTokFollowerHistoryFormat followers;
    checkDistroKidSamplesNotRecognised({&overview, &followers}, true);
}

void TestTikTok::artistIsRequired_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("input");
    QTest::newRow("overview") << kOverview << "overview_quoted.csv";
    QTest::newRow("follower history") << kFollowers << "followers_new_year.csv";
}

void TestTikTok::artistIsRequired()
{
    QFETCH(QString, formatId);
    QFETCH(QString, input);
    FormatRegistry registry;
    const FileFormat* format = registry.byId(formatId);
    QVERIFY(format);
    const ParseResult p = parseBatches(*format, TextDecoder::decode(readFile(kDir + input)),
                                       context(at(2025, 9, 5), QString()), 100);
    QVERIFY(p.error.has_value());
    QVERIFY2(p.error->contains(QStringLiteral("artist")), qPrintable(*p.error));
    QVERIFY(p.batches.empty());
}

void TestTikTok::identity()
{
    QCOMPARE(TikTokOverviewFormat().id(), kOverview);
    QCOMPARE(TikTokOverviewFormat().source(), QStringLiteral("tiktok"));
    QCOMPARE(TikTokFollowerHistoryFormat().id(), kFollowers);
    QCOMPARE(TikTokFollowerHistoryFormat().source(), QStringLiteral("tiktok"));
    QVERIFY(TikTokOverviewFormat().signature().contains(QStringLiteral("Video Views")));
    QVERIFY(TikTokFollowerHistoryFormat().signature().contains(QStringLiteral("Difference in followers")));
}

QTEST_GUILESS_MAIN(TestTikTok)
#include "tst_tiktok.moc"

// Linktree daily overview (CSV) and the admin GraphQL reply (JSON): golden files under
// tests/data/linktree/, the account taken from a file name, files they must not take.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/linktree/linktreegraphqlformat.h"
#include "sources/linktree/linktreeoverviewformat.h"

#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDataDir = QStringLiteral(BEDROT_TEST_DATA "/");
const QString kDir = kDataDir + QStringLiteral("linktree/");
const QString kCsv = QStringLiteral("linktree.daily_overview");
const QString kGraphql = QStringLiteral("linktree.graphql");

QString count(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

QString normalised(const LinkFact& f)
{
    return QStringList{f.account,
                       f.day.toString(Qt::ISODate),
                       count(f.totalViews),
                       count(f.uniqueViews),
                       count(f.totalClicks),
                       count(f.uniqueClicks),
                       QString::number(f.line)}
        .join(u'\t');
}

ParseContext context(const QString& fileName, const QString& entryName = QString())
{
    ParseContext c;
    c.fileName = fileName;
    c.entryName = entryName;
    return c;
}

} // namespace

class TestLinktree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void accountFromFileName_data();
    void accountFromFileName();
    void entryNameBeforeFileName();
    void graphqlProblems_data();
    void graphqlProblems();
    void notRecognised_data();
    void notRecognised();
    void distrokidSamplesNotRecognised();
    void identity();
};

void TestLinktree::golden_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fileName"); // as the user's file was called
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    // CTR as a fraction, above 1 (9 clicks on 6 views) and 0: never read, so never wrong.
    QTest::newRow("csv, handle in the name") << kCsv << "linktree-@zone.a0-daily.csv"
                                             << "linktree-@zone.a0-daily.csv"
                                             << "daily.expected.tsv"
                                             << "none.quarantine.tsv";
    // BOM, CRLF, reordered, M/D/YYYY, quoted thousands, no unique counts and no CTR column.
    QTest::newRow("csv, us dates, totals only") << kCsv << "overview_us_dates.csv"
                                                << "overview_us_dates.csv"
                                                << "overview_us_dates.expected.tsv"
                                                << "none.quarantine.tsv";
    QTest::newRow("csv, bad rows") << kCsv << "bad_rows.csv"
                                   << "bad_rows.csv"
                                   << "bad_rows.expected.tsv"
                                   << "bad_rows.quarantine.tsv";
    QTest::newRow("csv, header only") << kCsv << "header_only.csv"
                                      << "header_only.csv"
                                      << "header_only.expected.tsv"
                                      << "none.quarantine.tsv";
    // The old system's saved reply; its own totals (3502 / 1767) are not facts.
    QTest::newRow("graphql") << kGraphql << "graphql_20250527_141844_257580.json"
                             << "graphql_20250527_141844_257580.json"
                             << "graphql.expected.tsv"
                             << "none.quarantine.tsv";
    QTest::newRow("graphql, handle in the name") << kGraphql << "graphql_20250527_141844_257580.json"
                                                 << "graphql @PIG1987 2025-05-27.json"
                                                 << "graphql_handle.expected.tsv"
                                                 << "none.quarantine.tsv";
    QTest::newRow("graphql, bad items") << kGraphql << "graphql_bad_items.json"
                                        << "graphql_bad_items.json"
                                        << "graphql_bad_items.expected.tsv"
                                        << "graphql_bad_items.quarantine.tsv";
}

void TestLinktree::golden()
{
    QFETCH(QString, formatId);
    QFETCH(QString, input);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    FormatRegistry registry;
    const FileFormat* format = registry.byId(formatId);
    QVERIFY(format);
    QVERIFY(!format->needsArtist());
    QVERIFY(format->recognises(text));
    QCOMPARE(registry.detect(text), format);

    checkGolden(
        *format, text, context(fileName), kDir + expected, kDir + quarantine, {1, 2, 100000},
        [](const ParseResult& p) { return p.rows(&FactBatch::links, normalised); },
        [&text](const ParseResult& p, int) {
            for (const FactBatch& b : p.batches)
                QVERIFY(b.textOffset > 0 && b.textOffset <= text.utf8.size());
        });
}

void TestLinktree::accountFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("account");

    QTest::newRow("@handle between dashes") << "linktree-@zone.a0-daily.csv"
                                            << "zone.a0";
    QTest::newRow("capitals folded") << "@PIG1987.csv"
                                     << "pig1987";
    QTest::newRow("with folders") << "/home/me/Downloads/@pig1987 overview.json"
                                  << "pig1987";
    QTest::newRow("underscores are part of a handle") << "@zone_a0.csv"
                                                      << "zone_a0";
    QTest::newRow("trailing dot dropped") << "views for @zone.a0..csv"
                                          << "zone.a0";
    QTest::newRow("same handle twice") << "@zone.a0 (@zone.a0).csv"
                                       << "zone.a0";
    QTest::newRow("no handle") << "graphql_20250527_141844_257580.json"
                               << "";
    QTest::newRow("a bare word is not clear") << "linktree_zonea0_2025.csv"
                                              << "";
    QTest::newRow("e-mail address") << "from me@example.com.csv"
                                    << "";
    QTest::newRow("two handles") << "@zone.a0 vs @pig1987.csv"
                                 << "";
    QTest::newRow("lone @") << "@ .csv"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestLinktree::accountFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, account);
    QCOMPARE(LinktreeOverviewFormat::accountFromFileName(fileName), account);
}

void TestLinktree::entryNameBeforeFileName()
{
    QCOMPARE(LinktreeOverviewFormat::accountFromFileName(
                 context(QStringLiteral("@outer.zip"), QStringLiteral("@inner.csv"))),
             QStringLiteral("inner"));
    QCOMPARE(LinktreeOverviewFormat::accountFromFileName(
                 context(QStringLiteral("@outer.zip"), QStringLiteral("overview.csv"))),
             QStringLiteral("outer"));
    QCOMPARE(LinktreeOverviewFormat::accountFromFileName(
                 context(QStringLiteral("linktree.zip"), QStringLiteral("overview.csv"))),
             QString());
}

void TestLinktree::graphqlProblems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    // Recognised, so the user learns what went wrong instead of "unknown format".
    QTest::newRow("error reply") << "graphql_error.json"
                                 << "Unauthorized: log in to Linktree again";
    QTest::newRow("cut-off download") << "graphql_truncated.json"
                                      << "not valid JSON";
}

void TestLinktree::graphqlProblems()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    LinktreeGraphqlFormat format;
    QVERIFY(format.recognises(text));
    const ParseResult p = parseBatches(format, text, context(input), 100);
    QVERIFY(p.error.has_value());
    QVERIFY2(p.error->contains(reason), qPrintable(*p.error));
    QVERIFY(p.batches.empty());
}

void TestLinktree::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    QTest::newRow("lifetime block") << "linktree/graphql_lifetime.json" << false;
    QTest::newRow("a TooLost reply") << "linktree/other.json" << false;
    QTest::newRow("empty") << "linktree/empty.csv" << false;
    QTest::newRow("spotify audience") << "spotify/good_bom_crlf.csv" << false;
    QTest::newRow("tiktok overview") << "tiktok/overview_quoted.csv" << false;
    QTest::newRow("zip") << "tiktok/studio_sections.zip" << true;
}

void TestLinktree::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(kDataDir + input));
    QCOMPARE(text.binary, binary);
    const LinktreeOverviewFormat csv;
    const LinktreeGraphqlFormat graphql;
    for (const FileFormat* format :
         {static_cast<const FileFormat*>(&csv), static_cast<const FileFormat*>(&graphql)}) {
        QVERIFY2(!format->recognises(text), qPrintable(format->id()));
        const ParseResult p = parseBatches(*format, text, context(input), 100);
        QVERIFY(p.error.has_value());
        QVERIFY(p.all(&FactBatch::links).empty());
    }
    const FormatRegistry registry;
    const FileFormat* detected = registry.detect(text);
    QVERIFY(detected == nullptr || detected->source() != QStringLiteral("linktree"));
}

void TestLinktree::distrokidSamplesNotRecognised()
{
    const LinktreeOverviewFormat csv;
    const LinktreeGraphqlFormat graphql;
    checkDistroKidSamplesNotRecognised({&csv, &graphql}, true);
}

void TestLinktree::identity()
{
    QCOMPARE(LinktreeOverviewFormat().id(), kCsv);
    QCOMPARE(LinktreeGraphqlFormat().id(), kGraphql);
    QCOMPARE(LinktreeOverviewFormat().source(), QStringLiteral("linktree"));
    QCOMPARE(LinktreeGraphqlFormat().source(), QStringLiteral("linktree"));
    QVERIFY(LinktreeOverviewFormat().signature().contains(QStringLiteral("totalViews")));
    QVERIFY(LinktreeGraphqlFormat().signature().contains(QStringLiteral("getAccountAnalytics")));
}

QTEST_GUILESS_MAIN(TestLinktree)
#include "tst_linktree.moc"

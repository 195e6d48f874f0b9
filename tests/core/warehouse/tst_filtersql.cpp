// filtersql: which rollup a statement query reads for each grouping and filter, the WHERE clauses
// a filter adds (values bound, never pasted into the SQL), and, on the hand-made statement of
// tst_kpis, that a card, its chart and its drill-down select the same rows.
#include "core/warehousetestsupport.h"

#include "domain/filter.h"
#include "lake/workspace.h"
#include "warehouse/filtersql.h"
#include "warehouse/insights.h"
#include "warehouse/statementrollups.h"
#include "warehouse/warehousereader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;
using namespace bedrot::filtersql;
using bedrot::test::Connection;

class TestFilterSql final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statementSourcePicksSmallestRollup_data();
    void statementSourcePicksSmallestRollup();
    void linesAnswerWhileRollupsBehind();
    void whereClausesBindValues_data();
    void whereClausesBindValues();
    void quotesInValuesAreData();
    void cardChartAndDrillDownAgree_data();
    void cardChartAndDrillDownAgree();
    void barsAndTheirDrillDownsAgree();
    void failedQueryReachesTheAnswer();

private:
    static Money drillDownSum(const DrillDown& d);

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
};

namespace {

const QDate kFrom(2024, 1, 1);
const QDate kTo(2024, 3, 31);

} // namespace

void TestFilterSql::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::importKpiStatement(m_dir.path());
    if (QTest::currentTestFailed())
        return;
    m_db = std::make_unique<Connection>(Workspace(m_dir.path()).warehousePath());
    QVERIFY(m_db->isOpen());
}

void TestFilterSql::statementSourcePicksSmallestRollup_data()
{
    using namespace rollups;
    QTest::addColumn<unsigned>("columns");
    QTest::addColumn<bool>("byReportingDate");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("table"); // empty: the lines themselves
    QTest::addColumn<QString>("lastReported");

    const QString maxDate = QStringLiteral("MAX(l.reporting_date)");
    const QString maxLast = QStringLiteral("MAX(l.last_reporting_date)");
    const QString nova = QStringLiteral("Nova Reyes");
    const QString t1 = QStringLiteral("QZTAW2400001");
    const QString spotify = QStringLiteral("spotify");
    // clang-format off
    QTest::newRow("totals")                 << 0u << false << QString() << QString() << QString() << QStringLiteral("statement_rollup_month") << maxDate;
    QTest::newRow("totals, platform")       << 0u << false << QString() << QString() << spotify << QStringLiteral("statement_rollup_month") << maxDate;
    QTest::newRow("totals, artist")         << 0u << false << nova << QString() << QString() << QStringLiteral("statement_rollup_store") << maxDate;
    QTest::newRow("totals, artist+platform")<< 0u << false << nova << QString() << spotify << QStringLiteral("statement_rollup_store") << maxDate;
    QTest::newRow("by reporting date")      << 0u << true << QString() << QString() << QString() << QStringLiteral("statement_rollup_month") << maxDate;
    QTest::newRow("by store")               << unsigned(Store) << false << QString() << QString() << QString() << QStringLiteral("statement_rollup_month") << maxDate;
    QTest::newRow("by track")               << unsigned(Track) << false << QString() << QString() << QString() << QStringLiteral("statement_rollup_track") << maxLast;
    QTest::newRow("by track, artist")       << unsigned(Track) << false << nova << QString() << QString() << QStringLiteral("statement_rollup_track") << maxLast;
    QTest::newRow("by track, platform")     << unsigned(Track) << false << QString() << QString() << spotify << QStringLiteral("statement_rollup") << maxDate;
    QTest::newRow("by country")             << unsigned(Country) << false << QString() << QString() << QString() << QStringLiteral("statement_rollup_country_month") << maxLast;
    QTest::newRow("by country, artist")     << unsigned(Country) << false << nova << QString() << QString() << QStringLiteral("statement_rollup_country_artist") << maxLast;
    QTest::newRow("by country, platform")   << unsigned(Country) << false << QString() << QString() << spotify << QStringLiteral("statement_rollup_country_store") << maxLast;
    // No rollup keeps the country with both the artist and the store, or with the track.
    QTest::newRow("by country, artist+platform") << unsigned(Country) << false << nova << QString() << spotify << QString() << maxDate;
    QTest::newRow("by country, track")      << unsigned(Country) << false << QString() << t1 << QString() << QString() << maxDate;
    // A track filter reads the rollup keyed by track first.
    QTest::newRow("totals, track")          << 0u << false << QString() << t1 << QString() << QStringLiteral("statement_rollup") << maxDate;
    QTest::newRow("by store, track, artist")<< unsigned(Store) << false << nova << t1 << QString() << QStringLiteral("statement_rollup") << maxDate;
    // clang-format on
}

void TestFilterSql::statementSourcePicksSmallestRollup()
{
    QFETCH(unsigned, columns);
    QFETCH(bool, byReportingDate);
    QFETCH(QString, artist);
    QFETCH(QString, track);
    QFETCH(QString, platform);
    QFETCH(QString, table);
    QFETCH(QString, lastReported);
    const Runner r(m_db->db());
    QVERIFY(r.rollupsCurrent());
    const StatementSource src =
        statementSource(r, Filter::of(kFrom, kTo, artist, track, platform), columns, byReportingDate);
    QCOMPARE(src.lines, table.isEmpty());
    if (!table.isEmpty())
        QCOMPARE(src.from, table + QStringLiteral(" l"));
    else
        QVERIFY2(src.from.contains(QLatin1String("FROM statement_line")), qPrintable(src.from));
    QCOMPARE(src.lastReported, lastReported);
    QVERIFY(!r.error());
}

void TestFilterSql::linesAnswerWhileRollupsBehind()
{
    // Lines the rollups have not summed yet (written by another SQLite tool): the lines answer
    // every query until the writer catches the rollups up.
    QVERIFY(m_db->exec(QStringLiteral("BEGIN")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE rollup_state SET last_line_id = last_line_id - 1")));
    {
        const Runner r(m_db->db());
        QVERIFY(!r.rollupsCurrent());
        for (unsigned columns : {0u, unsigned(rollups::Track), unsigned(rollups::Country)}) {
            const StatementSource src = statementSource(r, Filter::of(kFrom, kTo), columns);
            QVERIFY(src.lines);
        }
    }
    QVERIFY(m_db->exec(QStringLiteral("ROLLBACK")));
    QVERIFY(Runner(m_db->db()).rollupsCurrent());
}

void TestFilterSql::whereClausesBindValues_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("binds");

    const QString artistIn = QStringLiteral(" AND l.artist_id IN (SELECT artist_id FROM artist_alias WHERE "
                                            "alias = ? UNION SELECT id FROM artist WHERE name = ?)");
    const QString trackIn = QStringLiteral(" AND l.track_id IN (SELECT id FROM track WHERE isrc = ?)");
    const QString storeIn =
        QStringLiteral(" AND l.store_id IN (SELECT s.id FROM store s JOIN platform p ON p.id = s.platform_id "
                       "WHERE lower(p.key) = ? OR lower(p.name) = ? OR lower(s.name) = ?)");
    const QString range = QStringLiteral("l.sale_month BETWEEN ? AND ?");
    const QVariantList months{QStringLiteral("2024-01"), QStringLiteral("2024-03")};

    QTest::newRow("range only") << Filter::of(kFrom, kTo) << range << months;
    QTest::newRow("artist, trimmed") << Filter::of(kFrom, kTo, QStringLiteral(" Nova Reyes "))
                                     << range + artistIn
                                     << (QVariantList(months)
                                         << QStringLiteral("Nova Reyes") << QStringLiteral("Nova Reyes"));
    QTest::newRow("track, normalised ISRC")
        << Filter::of(kFrom, kTo, {}, QStringLiteral(" qz-taw-24-00001")) << range + trackIn
        << (QVariantList(months) << QStringLiteral("QZTAW2400001"));
    QTest::newRow("platform, lower case")
        << Filter::of(kFrom, kTo, {}, {}, QStringLiteral("Apple Music")) << range + storeIn
        << (QVariantList(months) << QStringLiteral("apple music") << QStringLiteral("apple music")
                                 << QStringLiteral("apple music"));
    QTest::newRow("all three") << Filter::of(kFrom, kTo, QStringLiteral("Nova Reyes"),
                                             QStringLiteral("QZTAW2400001"), QStringLiteral("spotify"))
                               << range + artistIn + trackIn + storeIn
                               << (QVariantList(months)
                                   << QStringLiteral("Nova Reyes") << QStringLiteral("Nova Reyes")
                                   << QStringLiteral("QZTAW2400001") << QStringLiteral("spotify")
                                   << QStringLiteral("spotify") << QStringLiteral("spotify"));
    // The drill-down of a country bar or a payment-delay bar narrows further.
    Filter country = Filter::of(kFrom, kTo);
    country.country = QStringLiteral("FR");
    QTest::newRow("country") << country << range + QStringLiteral(" AND l.country = ?")
                             << (QVariantList(months) << QStringLiteral("FR"));
    Filter delay = Filter::of(kFrom, kTo);
    delay.delayMonths = 2;
    QTest::newRow("delay") << delay
                           << range + QStringLiteral(" AND ") +
                                  monthNumberSql(QStringLiteral("l.reporting_date")) + QStringLiteral(" - ") +
                                  monthNumberSql(QStringLiteral("l.sale_month")) + QStringLiteral(" = ?")
                           << (QVariantList(months) << 2);
}

void TestFilterSql::whereClausesBindValues()
{
    QFETCH(Filter, filter);
    QFETCH(QString, where);
    QFETCH(QVariantList, binds);
    Sql sql = statementsByUsage(filter);
    addCountryAndDelay(sql, filter);
    QCOMPARE(sql.where, where);
    QCOMPARE(sql.binds, binds);
    QCOMPARE(sql.where.count(u'?'), sql.binds.size());
    // By reporting date: the same clauses after the range of reporting days.
    const Sql byReporting = statementsByReporting(filter);
    QVERIFY(byReporting.where.startsWith(QLatin1String("l.reporting_date BETWEEN ? AND ?")));
    QCOMPARE(byReporting.binds.mid(0, 2),
             (QVariantList{QStringLiteral("2024-01-01"), QStringLiteral("2024-03-31")}));
    QCOMPARE(byReporting.binds.mid(2), statementsByUsage(filter).binds.mid(2));
}

void TestFilterSql::quotesInValuesAreData()
{
    // A value with quotes and SQL in it stays a value: the query runs and finds nothing.
    const QString hostile = QStringLiteral("x' OR '1'='1\"; DROP TABLE artist; --");
    const Filter f = Filter::of(kFrom, kTo, hostile, hostile, hostile);
    for (const Sql& sql : {statementsByUsage(f), dailyStreams(f)})
        QVERIFY(!sql.where.contains(QLatin1String("DROP")));
    const Result<QList<KpiValue>> kpis = WarehouseReader(m_db->db()).kpis(f);
    QVERIFY2(kpis.ok(), qPrintable(kpis.errorMessage()));
    for (const KpiValue& v : *kpis)
        if (v.id == QLatin1String("revenue"))
            QVERIFY(v.isNull());
    QVERIFY(m_db->exec(QStringLiteral("SELECT 1 FROM artist LIMIT 1"))); // still there
}

Money TestFilterSql::drillDownSum(const DrillDown& d)
{
    Money sum;
    const int column = int(d.columns.indexOf(QStringLiteral("earnings_usd")));
    for (const QVariantList& row : d.rows)
        sum += *Money::parse(QStringView(row.at(column).toString()));
    return sum;
}

void TestFilterSql::cardChartAndDrillDownAgree_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<QString>("revenue"); // worked out by hand from the statement's lines
    QTest::newRow("all") << Filter::of(kFrom, kTo) << QStringLiteral("19.28425923");
    QTest::newRow("artist, another spelling")
        << Filter::of(kFrom, kTo, QStringLiteral("élodie marchand")) << QStringLiteral("5.64234567");
    QTest::newRow("track") << Filter::of(kFrom, kTo, {}, QStringLiteral("QZTAW2400001"))
                           << QStringLiteral("9.88191356");
    QTest::newRow("platform") << Filter::of(kFrom, kTo, {}, {}, QStringLiteral("spotify"))
                              << QStringLiteral("14.74691357");
    QTest::newRow("artist and platform")
        << Filter::of(kFrom, kTo, QStringLiteral("Nova Reyes"), {}, QStringLiteral("spotify"))
        << QStringLiteral("11.94691357");
}

void TestFilterSql::cardChartAndDrillDownAgree()
{
    QFETCH(Filter, filter);
    QFETCH(QString, revenue);
    const DashboardData data = WarehouseReader(m_db->db()).dashboard(filter);
    QVERIFY2(!data.error, qPrintable(data.error ? data.error->message : QString()));
    const KpiValue* card = data.kpi(QStringLiteral("revenue"));
    QVERIFY(card);
    QCOMPARE(card->money.toString(8), revenue);

    Money byMonth, byCountry, byTrack;
    for (const MonthValue& m : data.revenueByMonth)
        byMonth += m.value;
    for (const RankedValue& v : data.revenueByCountry)
        byCountry += v.value;
    for (const RankedValue& v : data.revenueByTrack)
        byTrack += v.value;
    QCOMPARE(byMonth.toString(8), revenue);
    QCOMPARE(byCountry.toString(8), revenue);
    QCOMPARE(byTrack.toString(8), revenue);

    const DrillDown rows = Insights(m_db->db()).drillDown(QStringLiteral("revenue"), filter);
    QVERIFY2(!rows.error, qPrintable(rows.error ? rows.error->message : QString()));
    QCOMPARE(drillDownSum(rows).toString(8), revenue);
}

void TestFilterSql::barsAndTheirDrillDownsAgree()
{
    // A bar of revenue by country and one of the payment delays: the drill-down of that bar
    // sums to the bar.
    const Filter f = Filter::of(kFrom, kTo);
    const DashboardData data = WarehouseReader(m_db->db()).dashboard(f);
    QVERIFY(!data.error);
    QVERIFY(data.revenueByCountry.size() >= 3);
    for (const RankedValue& bar : data.revenueByCountry) {
        if (bar.others > 0 || bar.name.isEmpty())
            continue;
        Filter narrowed = f;
        narrowed.country = bar.name;
        const DrillDown rows = Insights(m_db->db()).drillDown(QStringLiteral("revenue"), narrowed);
        QVERIFY(!rows.error);
        QCOMPARE(drillDownSum(rows).toString(8), bar.value.toString(8));
    }
    QVERIFY(!data.paymentDelays.isEmpty());
    for (const DelayBucket& bar : data.paymentDelays) {
        Filter narrowed = f;
        narrowed.delayMonths = bar.months;
        const DrillDown rows = Insights(m_db->db()).drillDown(QStringLiteral("cash_reported"), narrowed);
        QVERIFY(!rows.error);
        QCOMPARE(drillDownSum(rows).toString(8), bar.earnings.toString(8));
        QCOMPARE(qint64(rows.rows.size()), bar.lines);
    }
}

void TestFilterSql::failedQueryReachesTheAnswer()
{
    // A table gone (a damaged or foreign file): the answer says so instead of showing zeros.
    QVERIFY(m_db->exec(QStringLiteral("BEGIN")));
    QVERIFY(m_db->exec(QStringLiteral("DROP TABLE link_daily")));
    const DashboardData data = WarehouseReader(m_db->db()).dashboard(Filter::of(kFrom, kTo));
    QVERIFY(data.error);
    QVERIFY2(data.error->message.contains(QLatin1String("link_daily")), qPrintable(data.error->message));
    const Result<QList<KpiValue>> kpis = WarehouseReader(m_db->db()).kpis(Filter::of(kFrom, kTo));
    QVERIFY(!kpis.ok());
    QVERIFY(m_db->exec(QStringLiteral("ROLLBACK")));
    QVERIFY(WarehouseReader(m_db->db()).kpis(Filter::of(kFrom, kTo)).ok());
}

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"

// The statement rollups (migration 0004) always equal the GROUP BY over statement_line they sum:
// after imports of several files, re-imports, a re-saved copy, an alias merge, an interrupted and
// a failed import, a rebuild, and migration 0004 on a version-3 warehouse that holds lines. The
// dashboard indexes of migration 0005 change how the reader reads, not what it answers.
#include "core/warehousetestsupport.h"

#include "demo/demogenerator.h"
#include "warehouse/dashboardservice.h"
#include "warehouse/database.h"
#include "warehouse/migrator.h"
#include "warehouse/rebuilder.h"
#include "warehouse/warehousewriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

// Each rollup as written, and what it must be: its definition over statement_line, spelt out here
// independently of the writer's list.
struct Expectation
{
    const char* table;
    const char* keys;     // the rollup's key columns
    const char* grouping; // the same over statement_line
    bool lastReported;
};

const Expectation kExpectations[] = {
    {"statement_rollup", "track_id, sale_month, reporting_date, store_id, artist_id",
     "COALESCE(track_id, 0), sale_month, reporting_date, store_id, artist_id", false},
    {"statement_rollup_month", "sale_month, reporting_date, store_id", "sale_month, reporting_date, store_id",
     false},
    {"statement_rollup_store", "artist_id, sale_month, reporting_date, store_id",
     "artist_id, sale_month, reporting_date, store_id", false},
    {"statement_rollup_track", "sale_month, artist_id, track_id",
     "sale_month, artist_id, COALESCE(track_id, 0)", true},
    {"statement_rollup_country_month", "sale_month, country", "sale_month, COALESCE(country, '')", true},
    {"statement_rollup_country_artist", "artist_id, sale_month, country",
     "artist_id, sale_month, COALESCE(country, '')", true},
    {"statement_rollup_country_store", "store_id, sale_month, country",
     "store_id, sale_month, COALESCE(country, '')", true},
    {"statement_rollup_source", "distributor", "distributor", true},
};

Filter filterOf(QDate from, QDate to, const QString& artist = QString(), const QString& track = QString(),
                const QString& platform = QString())
{
    return Filter::of(from, to, artist, track, platform);
}

// Differences between every rollup and its GROUP BY, as "table: row" lines; empty when exact.
QStringList mismatches(Connection& c)
{
    QStringList out;
    for (const Expectation& e : kExpectations) {
        const QString values = e.lastReported
                                   ? QStringLiteral("lines, quantity, earnings_nanos, last_reporting_date")
                                   : QStringLiteral("lines, quantity, earnings_nanos");
        const QString expected =
            QStringLiteral(
                "SELECT %1, COUNT(*), SUM(quantity), SUM(earnings_nanos)%2 FROM statement_line GROUP BY %1")
                .arg(QLatin1String(e.grouping),
                     e.lastReported ? QStringLiteral(", MAX(reporting_date)") : QString());
        const QString actual = QStringLiteral("SELECT %1, %2 FROM %3")
                                   .arg(QLatin1String(e.keys), values, QLatin1String(e.table));
        for (const QString& row : c.rows(QStringLiteral("%1 EXCEPT %2").arg(expected, actual)))
            out << QLatin1String(e.table) + QStringLiteral(" lacks: ") + row;
        for (const QString& row : c.rows(QStringLiteral("%1 EXCEPT %2").arg(actual, expected)))
            out << QLatin1String(e.table) + QStringLiteral(" has extra: ") + row;
        if (!c.lastError().isEmpty())
            out << QLatin1String(e.table) + QStringLiteral(": ") + c.lastError();
    }
    if (c
            .scalar(QStringLiteral(
                "SELECT last_line_id = (SELECT COALESCE(MAX(id), 0) FROM statement_line) FROM rollup_state"))
            .toInt() != 1)
        out << QStringLiteral("rollup_state.last_line_id is not the last line");
    return out;
}

QStringList rollupRows(Connection& c)
{
    QStringList out;
    for (const Expectation& e : kExpectations)
        for (const QString& row : c.rows(QStringLiteral("SELECT * FROM ") + QLatin1String(e.table)))
            out << QLatin1String(e.table) + QStringLiteral(": ") + row;
    out.sort();
    return out;
}

// Statements of both distributors; TooLost's names no artist, so a catalog says whose its track is.
QStringList writeFiles(const QString& dir)
{
    const QString catalog = dir + QStringLiteral("/catalog.csv");
    test::writeBytes(catalog, "artist,title,isrc,upc,release_date,release_type,royalty_percentage\n"
                              "Lost Artist,ANOVUS,QT2VB2509864,,,Single,100\n");
    QStringList files{catalog};
    for (const char* file : {"dedup/statement_2024-10.tsv", "dedup/statement_2024-12.tsv",
                             "kpis/statement.tsv", "distrokid/good_basic.tsv", "toolost/sales_good.csv"})
        files << test::dataPath(QLatin1String(file));
    return files;
}

// Every figure of a dashboard answer that statements feed, as text: KPIs of the range and of the
// previous one, the statement charts, alerts and source health.
QStringList statementFigures(const DashboardData& d)
{
    QStringList out;
    for (const QList<KpiValue>* list : {&d.kpis, &d.previousKpis})
        for (const KpiValue& k : *list)
            out << k.id + u'=' + k.jsonValue() + u'@' + k.asOf.toString(Qt::ISODate);
    for (const MonthValue& m : d.revenueByMonth)
        out << QStringLiteral("month ") + m.label() + u'=' + m.value.toString();
    for (const MonthValue& m : d.cashByMonth)
        out << QStringLiteral("cash ") + m.label() + u'=' + m.value.toString();
    for (const CategoryValue& c : d.revenueByStore)
        out << QStringLiteral("store ") + c.name + u'=' + c.value.toString();
    for (const QList<RankedValue>* list : {&d.revenueByCountry, &d.revenueByTrack})
        for (const RankedValue& v : *list)
            out << QStringLiteral("ranked %1|%2=%3+%4").arg(v.name, v.key, v.value.toString()).arg(v.others);
    for (const DelayBucket& b : d.paymentDelays)
        out << QStringLiteral("delay %1=%2/%3").arg(b.months).arg(b.earnings.toString()).arg(b.lines);
    for (const Alert& a : d.alerts)
        out << QStringLiteral("alert ") + a.message;
    for (const SourceStatus& st : d.sources)
        out << QStringLiteral("source %1 %2 %3")
                   .arg(st.id)
                   .arg(st.rows)
                   .arg(st.latestDay.toString(Qt::ISODate));
    out << QStringLiteral("extent ") + d.dataFrom.toString(Qt::ISODate) + u' ' +
               d.dataTo.toString(Qt::ISODate);
    return out;
}

DashboardData computeDashboard(const QString& warehouse, const Filter& f)
{
    DashboardService service(warehouse);
    DashboardData answer;
    QObject::connect(
        &service, &DashboardService::ready, &service, [&answer](const DashboardData& d) { answer = d; },
        Qt::DirectConnection);
    service.compute(f, 1);
    service.closeConnection();
    return answer;
}

} // namespace

class TestRollups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsKeepThemExact();
    void aliasMergeKeepsThemExact();
    void interruptedAndFailedImports();
    void rebuildGivesTheSameRollups();
    void migrationFillsThem();
    void readerAnswersAsFromTheLines();
    void dashboardIndexesKeepTheFigures();
};

void TestRollups::importsKeepThemExact()
{
    QTemporaryDir dir;
    WarehouseWriter writer(dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    Connection c(writer.workspace().warehousePath());
    QVERIFY(mismatches(c).isEmpty()); // empty warehouse: empty rollups
    const QStringList files = writeFiles(dir.path());
    for (const QString& file : files) {
        const ImportResult r = writer.importFile(file);
        QVERIFY2(r.status == ImportResult::Status::Loaded || r.status == ImportResult::Status::Partial,
                 qPrintable(r.message));
        QCOMPARE(mismatches(c), QStringList());
    }
    QVERIFY(c.count(QStringLiteral("statement_line")) > 20);
    QCOMPARE(c.count(QStringLiteral("statement_rollup_source")), 2); // DistroKid and TooLost

    // Lines already present add nothing: an identical file (the ledger answers), and a re-saved copy
    // whose lines are all there (inserted, ignored, never summed).
    const QStringList before = rollupRows(c);
    QCOMPARE(writer.importFile(files.at(2)).status, ImportResult::Status::AlreadyImported);
    const QString copy = dir.filePath(QStringLiteral("copy.tsv"));
    QVERIFY(test::writeBytes(copy, test::readBytes(files.at(2)) + "\n"));
    const ImportResult again = writer.importFile(copy);
    QCOMPARE(again.rowsLoaded, 0);
    QVERIFY(again.rowsPresent > 0);
    QCOMPARE(rollupRows(c), before);
    QCOMPARE(mismatches(c), QStringList());
}

void TestRollups::aliasMergeKeepsThemExact()
{
    QTemporaryDir dir;
    WarehouseWriter writer(dir.path());
    for (const QString& file : writeFiles(dir.path()))
        writer.importFile(file);
    Connection c(writer.workspace().warehousePath());
    // The two artists with the most lines: the second becomes a spelling of the first.
    const QStringList top =
        c.rows(QStringLiteral("SELECT a.name FROM statement_line l JOIN artist a ON a.id = l.artist_id "
                              "GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 2"));
    QCOMPARE(top.size(), 2);
    const qint64 lines = c.count(QStringLiteral("statement_line"));
    const qint64 artists = c.count(QStringLiteral("artist"));
    QCOMPARE(writer.setAlias(top.at(1), top.at(0)).errorMessage(), QString());
    QCOMPARE(c.count(QStringLiteral("artist")), artists - 1); // merged: the rows moved
    QCOMPARE(c.count(QStringLiteral("statement_line")), lines);
    QCOMPARE(mismatches(c), QStringList());
}

void TestRollups::interruptedAndFailedImports()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.tsv"));
    QVERIFY(DemoGenerator::writeLargeStatement(big, 20'000));
    {
        // Interrupted after its first commit (as at shut-down): what committed stays, exact.
        WarehouseWriter writer(dir.path());
        writer.setBatchSize(500);
        writer.setCommitPolicy(1000, 1'000'000);
        QThread* thread = QThread::create([&writer, &big] {
            QObject::connect(
                &writer, &WarehouseWriter::batchCommitted, &writer,
                [] { QThread::currentThread()->requestInterruption(); }, Qt::DirectConnection);
            writer.importFile(big);
            writer.close();
        });
        thread->start();
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    {
        Connection c(dir.filePath(QStringLiteral("warehouse.sqlite")));
        const qint64 lines = c.count(QStringLiteral("statement_line"));
        QVERIFY2(lines > 0 && lines < 20'000, qPrintable(QString::number(lines)));
        QCOMPARE(mismatches(c), QStringList());
        // A transaction that fails mid-way rolls back its lines, and what was summed for them.
        QVERIFY(c.exec(
            QStringLiteral("CREATE TRIGGER fail_once AFTER INSERT ON statement_line WHEN NEW.line = 15000 "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
    }
    WarehouseWriter writer(dir.path());
    writer.setCommitPolicy(3000, 1'000'000);
    const ImportResult failed = writer.importFile(big);
    QCOMPARE(failed.status, ImportResult::Status::Failed);
    Connection c(dir.filePath(QStringLiteral("warehouse.sqlite")));
    QCOMPARE(mismatches(c), QStringList());
    QVERIFY(c.exec(QStringLiteral("DROP TRIGGER fail_once")));
    // The next import completes the file; nothing of the failed transaction leaks into it.
    const ImportResult resumed = writer.importFile(big);
    QCOMPARE(resumed.status, ImportResult::Status::Loaded);
    QCOMPARE(c.count(QStringLiteral("statement_line")), 20'000);
    QCOMPARE(mismatches(c), QStringList());
}

void TestRollups::rebuildGivesTheSameRollups()
{
    QTemporaryDir dir;
    QStringList before;
    {
        WarehouseWriter writer(dir.path());
        for (const QString& file : writeFiles(dir.path()))
            writer.importFile(file);
        Connection c(writer.workspace().warehousePath());
        before = rollupRows(c);
    }
    QVERIFY(before.size() > 20);
    const Rebuilder::Outcome out = Rebuilder::rebuild(dir.path());
    QCOMPARE(out.error, QString());
    Connection c(dir.filePath(QStringLiteral("warehouse.sqlite")));
    QCOMPARE(rollupRows(c), before);
    QCOMPARE(mismatches(c), QStringList());
}

void TestRollups::migrationFillsThem()
{
    // A version-3 warehouse with lines in it: what an earlier Bedrot left behind.
    QTemporaryDir dir;
    QStringList expected;
    {
        WarehouseWriter writer(dir.path());
        for (const QString& file : writeFiles(dir.path()))
            writer.importFile(file);
    }
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    {
        Connection c(path);
        expected = rollupRows(c);
        for (const Expectation& e : kExpectations)
            QVERIFY(c.exec(QStringLiteral("DROP TABLE ") + QLatin1String(e.table)));
        QVERIFY(c.exec(QStringLiteral("DROP TABLE rollup_state")));
        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    Connection c(path);
    QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
    QCOMPARE(Migrator::currentVersion(Database::handle(c.db())), Migrator::latestVersion());
    QCOMPARE(mismatches(c), QStringList());
    QCOMPARE(rollupRows(c), expected);
}

void TestRollups::readerAnswersAsFromTheLines()
{
    // Every filter kind and combination, read from the rollups and then from the lines (a watermark
    // that is not the last line makes the reader distrust the rollups): the same figures.
    QTemporaryDir dir;
    WarehouseWriter writer(dir.path());
    for (const QString& file : writeFiles(dir.path()))
        writer.importFile(file);
    writer.close();
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    QString artist, isrc;
    {
        Connection c(path);
        artist =
            c.scalar(QStringLiteral("SELECT a.name FROM statement_line l JOIN artist a ON a.id = l.artist_id "
                                    "GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1"))
                .toString();
        isrc =
            c.scalar(QStringLiteral("SELECT t.isrc FROM statement_line l JOIN track t ON t.id = l.track_id "
                                    "GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"))
                .toString();
    }
    QVERIFY(!artist.isEmpty() && !isrc.isEmpty());
    const QDate from(2023, 1, 1), to(2025, 12, 31);
    const QList<Filter> filters = {
        filterOf(from, to),
        filterOf(QDate(2024, 8, 1), QDate(2024, 12, 31)),
        filterOf(from, to, artist),
        filterOf(from, to, QString(), isrc),
        filterOf(from, to, QString(), QString(), QStringLiteral("spotify")),
        filterOf(from, to, artist, isrc),
        filterOf(from, to, artist, QString(), QStringLiteral("spotify")),
        filterOf(from, to, QString(), isrc, QStringLiteral("Apple Music")),
    };
    QList<QStringList> fromRollups;
    for (const Filter& f : filters)
        fromRollups << statementFigures(computeDashboard(path, f));
    {
        Connection c(path);
        QVERIFY(c.exec(QStringLiteral("UPDATE rollup_state SET last_line_id = last_line_id - 1")));
    }
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QStringList fromLines = statementFigures(computeDashboard(path, filters.at(i)));
        QVERIFY2(fromLines.filter(QStringLiteral("revenue=")).value(0) != QStringLiteral("revenue=null@"),
                 qPrintable(QString::number(i)));
        QCOMPARE(fromRollups.at(i), fromLines);
    }
    // And the reader does read the rollups while they are current: a rollup changed behind the
    // writer's back shows.
    {
        Connection c(path);
        QVERIFY(c.exec(QStringLiteral("UPDATE rollup_state SET last_line_id = last_line_id + 1")));
        QVERIFY(
            c.exec(QStringLiteral("UPDATE statement_rollup_month SET earnings_nanos = earnings_nanos + 1")));
    }
    QVERIFY(statementFigures(computeDashboard(path, filters.at(0))) != fromRollups.at(0));
}

void TestRollups::dashboardIndexesKeepTheFigures()
{
    // The demo's statements and the daily streams of both distributors and platforms, read at
    // schema version 4 (as an earlier Bedrot left it) and again after migration 0005.
    QTemporaryDir dir;
    {
        WarehouseWriter writer(dir.path());
        QCOMPARE(writer.open().errorMessage(), QString());
        const QStringList files = DemoGenerator::writeAll(writer.workspace().landingDir());
        for (const QString& f : writer.importOrder(files))
            QVERIFY(writer.importFile(f).recognised());
    }
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    QString isrc;
    {
        Connection c(path);
        QVERIFY(c.count(QStringLiteral("daily_stream")) > 300);
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(DISTINCT distributor) FROM daily_stream")).toInt(), 2);
        isrc =
            c.scalar(QStringLiteral("SELECT t.isrc FROM statement_line l JOIN track t ON t.id = l.track_id "
                                    "GROUP BY t.id ORDER BY COUNT(*) DESC, t.id LIMIT 1"))
                .toString();
        QVERIFY(c.exec(QStringLiteral("DROP INDEX daily_stream_day")));
        QVERIFY(c.exec(QStringLiteral("CREATE INDEX daily_stream_day ON daily_stream (day, streams)")));
        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 4")));
    }
    QVERIFY(!isrc.isEmpty());
    const QDate from(2025, 1, 1), to(2026, 11, 15);
    const QList<Filter> filters = {
        filterOf(from, to),
        filterOf(QDate(2026, 8, 1), to),
        filterOf(from, to, QStringLiteral("ZONE A0")),
        filterOf(from, to, QString(), isrc),
        filterOf(from, to, QString(), QString(), QStringLiteral("spotify")),
        filterOf(from, to, QStringLiteral("ZONE A0"), isrc),
        filterOf(from, to, QString(), isrc, QStringLiteral("spotify")),
    };
    const auto figures = [&path](const Filter& f) {
        const DashboardData d = computeDashboard(path, f);
        QStringList out = statementFigures(d);
        for (const auto& [name, series] : {std::pair{"spotify", DailySeries::StreamsSpotify},
                                           std::pair{"apple", DailySeries::StreamsApple},
                                           std::pair{"distrokid", DailySeries::StreamsDistroKid},
                                           std::pair{"toolost", DailySeries::StreamsTooLost}})
            for (const DailyPoint& p : d.daily.value(series))
                out << QStringLiteral("%1 %2=%3")
                           .arg(QLatin1String(name), p.day.toString(Qt::ISODate))
                           .arg(p.value, 0, 'g', 17);
        for (const MonthValue& m : d.expectedByMonth)
            out << QStringLiteral("expected ") + m.label() + u'=' + m.value.toString();
        return out;
    };
    QList<QStringList> before;
    for (const Filter& f : filters)
        before << figures(f);
    // Figures to compare: the streams of both distributors and platforms, a track's top country.
    // (The range's KPIs come first, then the previous range's.)
    QVERIFY(before.at(0).filter(QStringLiteral("streams=")).value(0).startsWith(QStringLiteral("streams=")));
    QVERIFY(before.at(0).filter(QStringLiteral("streams=")).value(0) != QStringLiteral("streams=null@"));
    for (const char* series : {"spotify ", "apple ", "distrokid ", "toolost "})
        QVERIFY2(!before.at(0).filter(QLatin1String(series)).isEmpty(), series);
    QVERIFY(before.at(3)
                .filter(QStringLiteral("top_country="))
                .value(0)
                .startsWith(QStringLiteral("top_country=")));
    QVERIFY(before.at(3).filter(QStringLiteral("top_country=")).value(0) !=
            QStringLiteral("top_country=null@"));

    Connection c(path);
    QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
    QCOMPARE(Migrator::currentVersion(Database::handle(c.db())), Migrator::latestVersion());
    // The stream read takes the days in the index's order, with no sort.
    const QStringList streamPlan = c.rows(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT d.day, d.platform_id, d.distributor, COUNT(*), SUM(d.streams) "
        "FROM daily_stream d WHERE d.day BETWEEN '2025-01-01' AND '2026-10-31' "
        "GROUP BY d.day, d.platform_id, d.distributor"));
    QVERIFY2(streamPlan.join(u'\n').contains(QStringLiteral("COVERING INDEX daily_stream_day")),
             qPrintable(streamPlan.join(u'\n')));
    QVERIFY2(!streamPlan.join(u'\n').contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(streamPlan.join(u'\n')));
    for (qsizetype i = 0; i < filters.size(); ++i)
        QCOMPARE(figures(filters.at(i)), before.at(i));
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"

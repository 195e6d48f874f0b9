// Benchmark (not a test): dashboard refreshes on a generated warehouse of N statement lines
// (default 10,000,000) for a mix of filter changes, each computing everything the app's reader
// thread computes (DashboardService::compute: every KPI card, the previous period's, all series,
// source health, alerts, filter choices), next to one naive GROUP BY over the facts in the sqlite3
// shell. Prints median and p90 per scenario and overall, and the ratio median / naive (targets:
// <= 50 ms median and <= 5 %).
//
//   bench_dashboard [lines=10000000] [workspace=/tmp/bedrot-bench-<lines>] [rounds=5]
//
// The workspace is generated once and reused (delete it to regenerate). Generation is SQL: the
// dimensions, then the lines from a recursive series in one INSERT … SELECT (a realistic shape:
// 20 artists of 20 tracks each, 40 stores, 150 countries, 60 usage months, each store reporting a
// month 1-3 months later on one of three days of the month, hit tracks and big stores more
// frequent, a tenth from TooLost), and daily streams per artist for Spotify and Apple Music over the five
// years. The rollups are then filled by the writer's own code: WarehouseWriter::open sums the lines past the
// rollup watermark through RollupWriter, as an import sums the lines it inserts.
#include "lake/workspace.h"
#include "warehouse/dashboardservice.h"
#include "warehouse/database.h"
#include "warehouse/warehousewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace bedrot;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size() - 1) * p + 0.5))];
}

QString ms(double v)
{
    return QString::number(v, 'f', 1);
}

// Creates the workspace's warehouse and fills it; returns an error or empty.
QString generate(const QString& root, qint64 lines, QTextStream& out)
{
    {
        WarehouseWriter writer(root); // creates the layout and migrates
        if (QString e = writer.open().errorMessage(); !e.isEmpty())
            return e;
    }
    const QString name = Database::uniqueConnectionName(QStringLiteral("generate"));
    QString error;
    {
        const Result<QSqlDatabase> db = Database::open(Workspace(root).warehousePath(), name);
        if (!db)
            error = db.errorMessage();
        QSqlQuery q(db.valueOr(QSqlDatabase()));
        // Integer hashes of the line number stand in for random draws: the same warehouse every time.
        const QStringList steps = {
            QStringLiteral("BEGIN IMMEDIATE"),
            QStringLiteral("INSERT INTO ingest_file (id, sha256, source, format, path, size, started, "
                           "finished, status) VALUES "
                           "(1, 'bench', 'distrokid', 'distrokid.bank_details', 'generated', 0, "
                           "'2026-01-01T00:00:00.000Z', "
                           "'2026-01-01T00:00:00.000Z', 'loaded')"),
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) "
                           "INSERT INTO artist (id, name, created_at) SELECT i, 'Bench Artist ' || i, "
                           "'2026-01-01' FROM n"),
            QStringLiteral("INSERT INTO artist_alias (alias, artist_id) SELECT name, id FROM artist"),
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                           "INSERT INTO track (id, isrc, title, artist_id) SELECT i, printf('QZBEN24%05d', "
                           "i), 'Bench Track ' || i, "
                           "(i - 1) / 20 + 1 FROM n"),
            // 16 more stores beside the 24 seeded ones, spread over the known platforms.
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 16) "
                           "INSERT INTO store (name, platform_id, mapped) SELECT 'Bench Store ' || n.i, "
                           "p.id, 1 FROM n JOIN "
                           "(SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM platform WHERE kind = "
                           "'streaming') p "
                           "ON p.k = n.i % 10"),
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 149) "
                "INSERT OR IGNORE INTO country (code) SELECT char(65 + i / 26, 65 + i % 26) FROM n"),
            QStringLiteral(
                "CREATE TEMP TABLE bench_store AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, "
                "(id % 3) + 1 AS delay, 5 + 10 * (id % 3) AS day FROM store"),
            // h1..h3: three hashes of i. Usage months run in order through the file, as exports do.
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < LINES), "
                "h AS (SELECT i, (i * 2654435761) % 4294967291 AS h1, (i * 2246822519 + 12345) % 4294967279 "
                "AS h2, "
                "(i * 3266489917 + 7) % 4294967231 AS h3 FROM n), "
                "d AS (SELECT i, h1, h2, h3, (i - 1) * 60 / LINES AS m, "
                "(h1 % 40) * (h1 % 40) / 40 AS sk, (h2 % 400) * (h2 % 400) / 400 + 1 AS t, "
                "(h3 % 150) * (h3 % 150) / 150 AS c FROM h) "
                "INSERT INTO statement_line (id, distributor, line_key, occurrence, reporting_date, "
                "sale_month, store_id, "
                "artist_id, track_id, title, quantity, team_percentage, song_album, country, earnings_nanos, "
                "ingest_id, line) "
                "SELECT d.i, CASE WHEN d.h1 % 10 = 0 THEN 'toolost' ELSE 'distrokid' END, d.i, 1, "
                "printf('%04d-%02d-%02d', 2021 + (d.m + s.delay) / 12, (d.m + s.delay) % 12 + 1, s.day), "
                "printf('%04d-%02d', 2021 + d.m / 12, d.m % 12 + 1), s.id, (d.t - 1) / 20 + 1, d.t, "
                "'Bench Track ' || d.t, 1 + d.h2 % 900, '100', 'Song', char(65 + d.c / 26, 65 + d.c % 26), "
                "(1 + d.h2 % 900) * (1000000 + d.h3 % 4000000), 1, d.i + 1 "
                "FROM d JOIN bench_store s ON s.k = d.sk")
                .replace(QStringLiteral("LINES"), QString::number(lines)),
            // Daily streams per artist (track 0 = all tracks), Spotify and Apple Music, five years.
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1825) "
                           "INSERT INTO daily_stream (distributor, platform_id, artist_id, track_id, day, "
                           "streams, ingest_id) "
                           "SELECT 'distrokid', p.id, a.id, 0, date('2021-01-01', '+' || n.i || ' days'), "
                           "1000 + (n.i * a.id * 7919) % 5000, 1 FROM n, artist a, platform p WHERE p.key IN "
                           "('spotify', 'apple_music')"),
            QStringLiteral("COMMIT"),
        };
        QElapsedTimer t;
        t.start();
        for (const QString& sql : steps) {
            if (!error.isEmpty())
                break; // the warehouse did not open
            if (!q.exec(sql)) {
                error = q.lastError().text() + QStringLiteral(" in ") + sql.left(80);
                break;
            }
        }
        if (error.isEmpty())
            out << "generated " << lines << " statement lines in " << t.elapsed() << " ms\n";
        out.flush();
    }
    Database::close(name);
    if (!error.isEmpty())
        return error;
    QElapsedTimer t;
    t.start();
    WarehouseWriter writer(root);
    if (QString e = writer.open().errorMessage(); !e.isEmpty())
        return e;
    out << "rollups filled by the writer's catch-up in " << t.elapsed() << " ms\n";
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 lines = args.size() > 1 ? args.at(1).toLongLong() : 10'000'000;
    const QString root = args.size() > 2 ? args.at(2) : QStringLiteral("/tmp/bedrot-bench-%1").arg(lines);
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 5;
    const QString warehouse = Workspace(root).warehousePath();
    if (!QFileInfo::exists(warehouse)) {
        if (const QString e = generate(root, lines, out); !e.isEmpty()) {
            out << "cannot generate the warehouse: " << e << '\n';
            QDir(root).removeRecursively();
            return 1;
        }
    } else {
        // Opening migrates an older cached warehouse and absorbs anything new.
        WarehouseWriter writer(root);
        if (const QString e = writer.open().errorMessage(); !e.isEmpty()) {
            out << e << '\n';
            return 1;
        }
    }
    out << "warehouse " << warehouse << " (" << QFileInfo(warehouse).size() / 1'000'000 << " MB)\n";

    // The data ends in the last reporting month; "last 30 days" and such count back from there,
    // as they would for a label that imports its statements every month.
    const QDate last(2026, 3, 31), first(2021, 1, 1);
    const QString artist = QStringLiteral("Bench Artist 3"), track = QStringLiteral("QZBEN2400007");
    const auto filter = &Filter::of;
    const QList<QPair<QString, Filter>> scenarios = {
        {QStringLiteral("all time"), filter(first, last, {}, {}, {})},
        {QStringLiteral("all time as the app asks (1990-2100)"),
         filter(QDate(1990, 1, 1), QDate(2100, 12, 31), {}, {}, {})},
        {QStringLiteral("last 30 days"), filter(last.addDays(-29), last, {}, {}, {})},
        {QStringLiteral("last 12 months"), filter(last.addMonths(-12).addDays(1), last, {}, {}, {})},
        {QStringLiteral("year 2023"), filter(QDate(2023, 1, 1), QDate(2023, 12, 31), {}, {}, {})},
        {QStringLiteral("artist, all time"), filter(first, last, artist, {}, {})},
        {QStringLiteral("artist, last 12 months"),
         filter(last.addMonths(-12).addDays(1), last, artist, {}, {})},
        {QStringLiteral("track, all time"), filter(first, last, {}, track, {})},
        {QStringLiteral("track, year 2024"), filter(QDate(2024, 1, 1), QDate(2024, 12, 31), {}, track, {})},
        {QStringLiteral("platform spotify, all time"),
         filter(first, last, {}, {}, QStringLiteral("spotify"))},
        {QStringLiteral("platform youtube, last 12 months"),
         filter(last.addMonths(-12).addDays(1), last, {}, {}, QStringLiteral("youtube"))},
        {QStringLiteral("artist + track, all time"),
         filter(first, last, artist, QStringLiteral("QZBEN2400045"), {})},
        {QStringLiteral("artist + platform, year 2024"),
         filter(QDate(2024, 1, 1), QDate(2024, 12, 31), artist, {}, QStringLiteral("spotify"))},
    };

    DashboardService service(warehouse);
    DashboardData answer;
    QElapsedTimer t;
    // When ready() is sent: the answer the app puts on screen. Under a track filter its by-country
    // figures follow (countriesReady, at the end of compute()), read from the lines.
    double readyAt = 0;
    QObject::connect(
        &service, &DashboardService::ready, &service,
        [&answer, &readyAt, &t](const DashboardData& d) {
            answer = d;
            readyAt = double(t.nsecsElapsed()) / 1e6;
        },
        Qt::DirectConnection);
    quint64 generation = 0;
    service.compute(scenarios.front().second, ++generation); // opens the connection, warms the cache
    std::vector<double> all, allShown;
    QMap<int, std::vector<double>> byScenario, shownByScenario;
    for (int round = 0; round < rounds; ++round) {
        for (int s = 0; s < scenarios.size(); ++s) {
            t.restart();
            service.compute(scenarios.at(s).second, ++generation);
            const double elapsed = double(t.nsecsElapsed()) / 1e6;
            if (answer.error) {
                out << "error: " << answer.error->message << '\n';
                return 1;
            }
            all.push_back(elapsed);
            byScenario[s].push_back(elapsed);
            allShown.push_back(readyAt);
            shownByScenario[s].push_back(readyAt);
        }
    }
    service.closeConnection();
    out << "  (answer: until ready(), what the app shows; whole: with the by-country figures that follow "
           "it)\n";
    for (int s = 0; s < scenarios.size(); ++s)
        out << QStringLiteral("  %1  answer median %2 ms  whole median %3 ms  p90 %4 ms\n")
                   .arg(scenarios.at(s).first, -34)
                   .arg(ms(percentile(shownByScenario[s], 0.5)), 6)
                   .arg(ms(percentile(byScenario[s], 0.5)), 6)
                   .arg(ms(percentile(byScenario[s], 0.9)), 6);
    const double median = percentile(all, 0.5);
    out << "dashboard refresh (everything the reader computes), " << all.size() << " refreshes: median "
        << ms(median) << " ms, p90 " << ms(percentile(all, 0.9)) << " ms; the answer shown: median "
        << ms(percentile(allShown, 0.5)) << " ms, p90 " << ms(percentile(allShown, 0.9)) << " ms\n";
    out.flush();

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        out << "sqlite3 not found: no naive GROUP BY to compare with\n";
        return 0;
    }
    std::vector<double> naive;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        t.restart();
        p.start(sqlite, {warehouse,
                         QStringLiteral(
                             "SELECT store_id, SUM(earnings_nanos) FROM statement_line GROUP BY store_id;")});
        p.waitForFinished(-1);
        naive.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double naiveMedian = percentile(naive, 0.5);
    out << "naive GROUP BY store_id over statement_line in the sqlite3 shell, median of 3: "
        << ms(naiveMedian) << " ms\n";
    out << "ratio refresh median / naive GROUP BY: " << QString::number(median / naiveMedian * 100.0, 'f', 2)
        << " %  (targets: <= 5 %, and <= 50 ms)\n";
    return 0;
}

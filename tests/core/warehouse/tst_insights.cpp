// Source health, alerts and drill-down: drill-down rows sum to their KPI on the demo workspace,
// every source reports freshness against its cadence, and each alert rule fires on data made to
// trip it (and stays quiet on data that does not).
#include "core/warehousetestsupport.h"
#include "demo/demogenerator.h"
#include "lake/workspace.h"
#include "warehouse/insights.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

class TestInsights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drillDownSumsToKpi_data();
    void drillDownSumsToKpi();
    void drillDownTracesRawFiles();
    void sourcesReportFreshness();
    void alertsFireOnlyWhenTripped();
    void filterChoicesAndSourceDetails();

private:
    QTemporaryDir m_demo;
};

void TestInsights::initTestCase()
{
    QVERIFY(m_demo.isValid());
    WarehouseWriter writer(m_demo.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    const QStringList files = DemoGenerator::writeAll(writer.workspace().landingDir());
    QVERIFY(files.size() >= 10);
    for (const QString& f : writer.importOrder(files))
        QVERIFY(writer.importFile(f).recognised());
}

void TestInsights::drillDownSumsToKpi_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("artist");
    for (const char* id : {"revenue", "statement_units", "cash_reported", "streams", "streams_spotify",
                           "tiktok_views", "link_views", "link_clicks", "ad_spend", "ad_impressions"}) {
        QTest::newRow(id) << QString::fromLatin1(id) << QString();
        QTest::newRow(QByteArray(QByteArray(id) + " zone.a0").constData())
            << QString::fromLatin1(id) << QStringLiteral("zone.a0");
    }
}

void TestInsights::drillDownSumsToKpi()
{
    QFETCH(QString, id);
    QFETCH(QString, artist);
    const Filter f = Filter::of(QDate(2026, 1, 1), QDate(2026, 10, 31), artist);
    Connection c(Workspace(m_demo.path()).warehousePath());
    const QList<KpiValue> kpis = WarehouseReader(c.db()).kpis(f).value();
    const DrillDown d = Insights(c.db()).drillDown(id, f);
    QVERIFY2(!d.error, qPrintable(d.error ? d.error->message : QString()));
    QVERIFY(d.valueColumn >= 0);
    QCOMPARE(d.columns.mid(d.columns.size() - 2),
             (QStringList{QStringLiteral("file"), QStringLiteral("line")}));
    QCOMPARE(qint64(d.rows.size()), d.totalRows);
    const KpiValue* kpi = nullptr;
    for (const KpiValue& v : kpis)
        if (v.id == id)
            kpi = &v;
    QVERIFY(kpi);
    if (kpi->isNull()) {
        QCOMPARE(d.rows.size(), 0);
        return;
    }
    QVERIFY(!d.rows.isEmpty());
    if (kpi->kind == KpiValue::Kind::Money) {
        Money sum;
        for (const QVariantList& row : d.rows)
            sum += *Money::parse(QStringView(row.at(d.valueColumn).toString()));
        QCOMPARE(sum.nanos(), kpi->money.nanos());
    } else {
        qint64 sum = 0;
        for (const QVariantList& row : d.rows)
            sum += row.at(d.valueColumn).toLongLong();
        QCOMPARE(sum, kpi->integer);
    }
}

void TestInsights::drillDownTracesRawFiles()
{
    Connection c(Workspace(m_demo.path()).warehousePath());
    const DrillDown d = Insights(c.db()).drillDown(QStringLiteral("revenue"),
                                                   Filter::of(QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QVERIFY(!d.rows.isEmpty());
    for (const QVariantList& row : d.rows) {
        QVERIFY(
            row.at(d.columns.size() - 2).toString().startsWith(QStringLiteral("distrokid_bank_details_")) ||
            row.at(d.columns.size() - 2).toString().startsWith(QStringLiteral("@")));
        QVERIFY(row.at(d.columns.size() - 1).toLongLong() >= 2); // a data line, after the header
        const QString raw = row.at(d.columns.size() - 3).toString();
        QVERIFY2(QFileInfo::exists(m_demo.filePath(raw)), qPrintable(raw)); // the immutable copy it came from
    }
    QVERIFY(
        Insights(c.db())
            .drillDown(QStringLiteral("email_open_rate"), Filter::of(QDate(2026, 3, 1), QDate(2026, 3, 31)))
            .error.has_value());
}

void TestInsights::sourcesReportFreshness()
{
    Connection c(Workspace(m_demo.path()).warehousePath());
    // The demo's "today" is 2026-11-15: daily sources end a day or two before, statements in November.
    const QList<SourceStatus> fresh = Insights(c.db()).sources(QDate(2026, 11, 15)).value();
    QVERIFY(fresh.size() >= 9);
    for (const SourceStatus& s : fresh) {
        QVERIFY2(s.rows > 0, qPrintable(s.id));
        QVERIFY2(s.health == 100, qPrintable(s.id + u' ' + s.healthReason));
        QVERIFY(s.lastImport.isValid());
    }
    // Two months later the daily sources are stale and say so; statements (monthly) still pass.
    const QList<SourceStatus> later = Insights(c.db()).sources(QDate(2027, 1, 15)).value();
    for (const SourceStatus& s : later) {
        if (s.id == QLatin1String("catalog")) {
            QCOMPARE(s.health, 100);
        } else if (s.cadenceDays == 2) {
            QCOMPARE(s.health, 0);
            QVERIFY(s.healthReason.startsWith(QStringLiteral("stale")));
        }
    }
    // An empty workspace: every source at 0, "no data".
    QTemporaryDir empty;
    WarehouseWriter writer(empty.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    writer.close();
    Connection e(Workspace(empty.path()).warehousePath());
    for (const SourceStatus& s : Insights(e.db()).sources(QDate(2026, 11, 15)).valueOr({})) {
        QCOMPARE(s.health, 0);
        QCOMPARE(s.healthReason, QStringLiteral("no data imported yet"));
    }
}

void TestInsights::alertsFireOnlyWhenTripped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Statements: Jan 50.00, Feb 60.00 (+10, quiet), Mar 200.00 (+140: alert).
    QByteArray statement =
        "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\t"
        "Country of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n";
    statement +=
        "2026-04-05\t2026-01\tSpotify\tA\tT\tQZTAW2496365\t198667254765\t1\t100\tSong\tUS\t0\t50.00000000\n";
    statement +=
        "2026-04-05\t2026-02\tSpotify\tA\tT\tQZTAW2496365\t198667254765\t1\t100\tSong\tUS\t0\t60.00000000\n";
    statement +=
        "2026-05-05\t2026-03\tSpotify\tA\tT\tQZTAW2496365\t198667254765\t1\t100\tSong\tUS\t0\t200.00000000\n";
    // Daily streams: 1000 a day for ten weeks, one spike (5000 on 2026-03-10), then a last week at 600.
    QByteArray json = "{\"streams\":[";
    QStringList points;
    for (QDate d(2026, 1, 1); d <= QDate(2026, 3, 31); d = d.addDays(1)) {
        const int value =
            d == QDate(2026, 3, 10) ? 5000 : (d > QDate(2026, 3, 24) ? 600 : 1000 + (d.day() % 3) * 10);
        points
            << QStringLiteral("{\"date\":\"%1\",\"streams\":\"%2\"}").arg(d.toString(Qt::ISODate)).arg(value);
    }
    json += points.join(u',').toUtf8() + "],\"discovery\":[]}";
    WarehouseWriter writer(dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    for (const auto& [name, bytes] :
         {std::pair{QStringLiteral("s.tsv"), statement}, std::pair{QStringLiteral("t.json"), json}}) {
        const QString path = dir.filePath(name);
        QVERIFY(test::writeBytes(path, bytes));
        QVERIFY(writer.importFile(path).recognised());
    }
    writer.close();
    Connection c(Workspace(dir.path()).warehousePath());
    const QList<Alert> alerts =
        Insights(c.db()).alerts(Filter::of(QDate(2026, 1, 1), QDate(2026, 3, 31))).value();
    QList<Alert::Kind> kinds;
    for (const Alert& a : alerts)
        kinds << a.kind;
    QCOMPARE(kinds.count(Alert::Kind::Revenue), 1);
    QCOMPARE(alerts.at(kinds.indexOf(Alert::Kind::Revenue)).day, QDate(2026, 3, 1));
    QVERIFY(alerts.at(kinds.indexOf(Alert::Kind::Revenue)).message.contains(QStringLiteral("up 140.00 USD")));
    QCOMPARE(kinds.count(Alert::Kind::Streams), 1);
    QVERIFY(kinds.contains(Alert::Kind::Anomaly));
    bool spike = false;
    for (const Alert& a : alerts)
        if (a.kind == Alert::Kind::Anomaly && a.day == QDate(2026, 3, 10))
            spike = true;
    QVERIFY(spike);
    // A range before the drop and the spike: nothing but the quiet months.
    const QList<Alert> quiet =
        Insights(c.db()).alerts(Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28))).value();
    QVERIFY(quiet.isEmpty());
}

void TestInsights::filterChoicesAndSourceDetails()
{
    Connection c(Workspace(m_demo.path()).warehousePath());
    QVERIFY(c.isOpen());
    const Insights insights(c.db());
    // Tracks: every one with an ISRC, with its artist, so the track list can follow the artist.
    const QList<TrackChoice> tracks = insights.tracks().value();
    QVERIFY(!tracks.isEmpty());
    for (const TrackChoice& t : tracks) {
        QVERIFY(!t.isrc.isEmpty());
        QVERIFY2(!t.artist.isEmpty(), qPrintable(t.isrc));
    }
    // Platforms: those some fact names, not the whole seeded catalogue (nobody has sent email).
    QStringList keys;
    for (const PlatformChoice& p : insights.platforms().valueOr({}))
        keys << p.key;
    QVERIFY2(keys.contains(QStringLiteral("spotify")), qPrintable(keys.join(u',')));
    QVERIFY(!keys.contains(QStringLiteral("mailchimp")));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());

    // A source's details agree with its line in the sources panel.
    for (const SourceStatus& s : insights.sources(QDate(2026, 11, 1)).valueOr({})) {
        const SourceDetails d = insights.sourceDetails(s.id);
        QVERIFY(!d.error);
        QCOMPARE(d.title, s.title);
        QCOMPARE(d.totalQuarantined, s.quarantined);
        QCOMPARE(qint64(d.quarantine.size()), s.quarantined); // not capped at this size
        if (s.rows > 0)
            QVERIFY2(!d.imports.isEmpty(), qPrintable(s.id));
        for (const IngestEntry& e : d.imports) {
            QVERIFY(e.started.isValid());
            QVERIFY(e.rawFile.startsWith(QLatin1String("lake/raw/")));
            QVERIFY(QFileInfo::exists(QDir(m_demo.path()).filePath(e.rawFile)));
        }
    }
    QVERIFY(insights.sourceDetails(QStringLiteral("no.such.source")).error.has_value());
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"

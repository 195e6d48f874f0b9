// Rebuild: the warehouse recreated from the raw store alone gives the very same KPIs and facts, and
// replaces the old file instead of adding to it.
#include "core/warehousetestsupport.h"

#include "analytics/kpicatalog.h"
#include "demo/demogenerator.h"
#include "domain/filter.h"
#include "lake/workspace.h"
#include "warehouse/rebuilder.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

// Facts without their lineage (a replay may meet a line first in another file than the original
// import did): what the warehouse knows, not where it first heard it.
const QString kFacts = QStringLiteral(
    "SELECT l.distributor, l.line_key, l.occurrence, l.reporting_date, l.sale_month, s.name, a.name, "
    "COALESCE(t.isrc, ''), l.title, l.quantity, l.team_percentage, l.song_album, l.country, "
    "l.withheld_nanos, "
    "l.earnings_nanos, l.currency FROM statement_line l JOIN store s ON s.id = l.store_id JOIN artist a ON "
    "a.id = l.artist_id "
    "LEFT JOIN track t ON t.id = l.track_id");

struct Snapshot
{
    QStringList kpis;  // per filter and id: "filter|id|json value|as_of"
    QStringList facts; // sorted
    QStringList quarantine;
    qint64 lines = 0;
    qint64 ledgerLoaded = 0; // fact rows of every kind the ledger says were loaded
    qint64 quarantined = 0;
    qint64 files = 0;
};

ino_t inodeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestRebuild final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameKpisAndFacts();
    void secondRebuildIsStable();

private:
    Snapshot snapshot();
    QList<Filter> m_filters;
    QTemporaryDir m_dir;
    Snapshot m_before;
};

void TestRebuild::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Workspace ws(m_dir.path());
    {
        WarehouseWriter writer(m_dir.path());
        QCOMPARE(writer.open().errorMessage(), QString());
        const QStringList demo = DemoGenerator::writeAll(ws.landingDir());
        QVERIFY(!demo.isEmpty());
        QStringList files = {test::dataPath(QStringLiteral("dedup/statement_2024-10.tsv")),
                             test::dataPath(QStringLiteral("dedup/statement_2024-12.tsv")),
                             test::dataPath(QStringLiteral("distrokid/bad_rows.tsv")),
                             test::dataPath(QStringLiteral("distrokid/truncated_midline.tsv")),
                             test::dataPath(QStringLiteral("distrokid/good_utf16le.tsv")),
                             test::dataPath(QStringLiteral("kpis/statement.tsv")),
                             test::dataPath(QStringLiteral("distrokid/binary.xlsx"))};
        files += writer.landingFiles();
        for (const QString& f : files) {
            const ImportResult r = writer.importFile(f);
            QVERIFY2(r.status != ImportResult::Status::Failed, qPrintable(r.message));
        }
    }
    {
        Connection c(ws.warehousePath());
        const QStringList demoArtist =
            c.rows(QStringLiteral("SELECT a.name FROM statement_line l JOIN artist a ON a.id = l.artist_id "
                                  "GROUP BY a.id ORDER BY SUM(l.earnings_nanos) DESC LIMIT 1"));
        const QStringList demoTrack =
            c.rows(QStringLiteral("SELECT t.isrc FROM statement_line l JOIN track t ON t.id = l.track_id "
                                  "GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"));
        QCOMPARE(demoArtist.size(), 1);
        QCOMPARE(demoTrack.size(), 1);
        const auto [first, last] = WarehouseReader(c.db()).extent().value();
        QVERIFY(first.isValid() && last.isValid());

        auto filter = [](QDate from, QDate to, const QString& artist = {}, const QString& track = {},
                         const QString& platform = {}) {
            return Filter::of(from, to, artist, track, platform);
        };
        m_filters = {
            filter(first, last),                            // all time
            filter(QDate(2024, 1, 1), QDate(2024, 12, 31)), // one year
            filter(QDate(2025, 1, 1), QDate(2025, 12, 31)),
            filter(first, last, demoArtist.constFirst()), // per artist
            filter(first, last, QStringLiteral("\u00E9lodie marchand")),
            filter(first, last, {}, {}, QStringLiteral("spotify")), // per platform
            filter(first, last, {}, {}, QStringLiteral("youtube")),
            filter(first, last, {}, demoTrack.constFirst()), // per track
            filter(first, last, {}, QStringLiteral("QZTAW2400001")),
            filter(QDate(2024, 3, 1), QDate(2024, 3, 31), QStringLiteral("Nova Reyes"), {},
                   QStringLiteral("Spotify")),
        };
    }
    m_before = snapshot();
    QVERIFY(m_before.lines > 1000);      // the demo statements are in
    QVERIFY(m_before.quarantined >= 10); // bad_rows.tsv and the cut-off line
}

Snapshot TestRebuild::snapshot()
{
    Snapshot s;
    Connection c(Workspace(m_dir.path()).warehousePath());
    WarehouseReader reader(c.db());
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        const Result<QList<KpiValue>> values = reader.kpis(m_filters.at(i));
        if (!values)
            qWarning("%s", qPrintable(values.errorMessage()));
        for (const KpiValue& v : values.valueOr({}))
            s.kpis << QStringLiteral("%1|%2|%3|%4")
                          .arg(i)
                          .arg(v.id, v.jsonValue(), v.asOf.toString(Qt::ISODate));
    }
    s.facts = c.rows(kFacts);
    s.facts.sort();
    s.quarantine = c.rows(
        QStringLiteral("SELECT f.sha256, q.line, q.column_name, q.reason, q.raw_text FROM quarantine q "
                       "JOIN ingest_file f ON f.id = q.ingest_id"));
    s.quarantine.sort();
    s.lines = c.count(QStringLiteral("statement_line"));
    s.ledgerLoaded = c.scalar(QStringLiteral("SELECT SUM(rows_loaded) FROM ingest_file")).toLongLong();
    s.quarantined = c.count(QStringLiteral("quarantine"));
    s.files =
        c.scalar(QStringLiteral("SELECT COUNT(*) FROM ingest_file WHERE status IN ('loaded', 'partial')"))
            .toLongLong();
    return s;
}

void TestRebuild::sameKpisAndFacts()
{
    const QString warehouse = Workspace(m_dir.path()).warehousePath();
    // A marker the raw files do not carry: a replaced warehouse no longer has it.
    {
        Connection c(warehouse);
        QVERIFY(c.exec(QStringLiteral(
            "INSERT INTO sync_state (source, account, stream, cursor) VALUES ('marker', 'm', 'm', 'old')")));
    }
    const ino_t oldInode = inodeOf(warehouse);

    int progressCalls = 0;
    const Rebuilder::Outcome out =
        Rebuilder::rebuild(m_dir.path(), [&progressCalls](int, int, const QString&) { ++progressCalls; });
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(qint64(out.files), m_before.files);
    QCOMPARE(progressCalls, out.files);
    QCOMPARE(out.rowsLoaded, m_before.ledgerLoaded);
    QCOMPARE(out.rowsQuarantined, m_before.quarantined);

    QVERIFY(inodeOf(warehouse) != oldInode);
    QVERIFY(!QFileInfo::exists(warehouse + QStringLiteral(".rebuild")));
    {
        Connection c(warehouse);
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_state WHERE source = 'marker'")).toInt(),
                 0);
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM ingest_file WHERE status = 'rejected'")).toInt(),
            0);
    }

    const Snapshot after = snapshot();
    QCOMPARE(after.lines, m_before.lines); // not duplicated
    QCOMPARE(after.quarantined, m_before.quarantined);
    QCOMPARE(after.files, m_before.files);
    QCOMPARE(after.facts, m_before.facts);
    QCOMPARE(after.quarantine, m_before.quarantine);
    QCOMPARE(after.kpis.size(), m_filters.size() * KpiCatalog::ids().size());
    QCOMPARE(after.kpis, m_before.kpis);
    // The comparison is not vacuous: revenue has a value under (nearly) every filter.
    qsizetype withRevenue = 0;
    for (const QString& k : after.kpis)
        if (k.section(u'|', 1, 1) == QLatin1String("revenue") &&
            k.section(u'|', 2, 2) != QLatin1String("null"))
            ++withRevenue;
    QVERIFY2(withRevenue >= m_filters.size() - 1,
             qPrintable(after.kpis.filter(QStringLiteral("|revenue|")).join(u'\n')));
}

void TestRebuild::secondRebuildIsStable()
{
    const Rebuilder::Outcome out = Rebuilder::rebuild(m_dir.path());
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    const Snapshot again = snapshot();
    QCOMPARE(again.lines, m_before.lines);
    QCOMPARE(again.facts, m_before.facts);
    QCOMPARE(again.kpis, m_before.kpis);
}

QTEST_GUILESS_MAIN(TestRebuild)
#include "tst_rebuild.moc"

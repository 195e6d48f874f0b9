// Migrator: empty → latest, every earlier version → latest with data in it (same schema as a fresh
// warehouse, rows kept), idempotence, and refusal of a warehouse newer than the program.
#include "core/warehousetestsupport.h"

#include "warehouse/database.h"
#include "warehouse/migrator.h"
#include "warehouse/warehousewriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

// sqlite_master as comparable text: comments dropped, blanks collapsed.
QStringList schemaOf(Connection& c)
{
    QStringList out;
    for (QString row :
         c.rows(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"))) {
        row.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
        row.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        out << row.trimmed();
    }
    return out;
}

int userVersion(Connection& c)
{
    return c.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

// Rows the program writes at schema version 1 (before the platform seed of version 2): what an
// import of a small statement leaves behind, including stores the seed also knows ("Spotify"),
// which a version-1 writer created as unmapped platforms of their own.
bool insertVersion1Rows(Connection& c, int version)
{
    // From version 2 on, the seed holds the known platforms and stores: only the unknown store is new.
    const QStringList stores =
        version < 2
            ? QStringList{QStringLiteral("INSERT INTO platform (id, key, name, kind, reference_rate_nanos, "
                                         "mapped) VALUES "
                                         "(1, 'store:Spotify', 'Spotify', 'streaming', NULL, 0), (2, "
                                         "'store:Anghami', 'Anghami', 'streaming', NULL, 0)"),
                          QStringLiteral("INSERT INTO store (id, name, platform_id, mapped, is_download) "
                                         "VALUES (1, 'Spotify', 1, 0, 0), "
                                         "(2, 'Anghami', 2, 0, 0)")}
            : QStringList{
                  QStringLiteral(
                      "INSERT INTO platform (key, name, kind, reference_rate_nanos, mapped) VALUES "
                      "('store:Anghami', 'Anghami', 'streaming', NULL, 0)"),
                  QStringLiteral("INSERT INTO store (name, platform_id, mapped, is_download) "
                                 "SELECT 'Anghami', id, 0, 0 FROM platform WHERE key = 'store:Anghami'")};
    const QStringList statements =
        stores +
        QStringList{
            QStringLiteral("INSERT INTO country (code) VALUES ('US'), ('AE')"),
            QStringLiteral("INSERT INTO artist (id, name, created_at) VALUES (1, 'ZONE A0', "
                           "'2024-10-06T10:00:00.000Z')"),
            QStringLiteral(
                "INSERT INTO artist_alias (alias, artist_id, origin) VALUES ('ZONE A0', 1, 'auto')"),
            QStringLiteral(
                "INSERT INTO release (id, upc, title, artist_id) VALUES (1, '198667254765', NULL, 1)"),
            QStringLiteral("INSERT INTO track (id, isrc, title, artist_id, release_id) VALUES (1, "
                           "'QZTAW2496365', 'HOLD ON I', 1, 1)"),
            QStringLiteral("INSERT INTO catalog_split (track_id, royalty_percentage) VALUES (1, '50')"),
            QStringLiteral("INSERT INTO ingest_file (id, sha256, source, format, path, size, encoding, "
                           "rows_read, rows_loaded, "
                           "rows_present, rows_quarantined, started, finished, status, message) VALUES (1, "
                           "'%1', 'distrokid', "
                           "'distrokid.bank_details', '/tmp/bank.tsv', 1234, 'UTF-8', 3, 2, 0, 1, "
                           "'2024-10-06T10:00:00.000Z', "
                           "'2024-10-06T10:00:01.000Z', 'partial', 'bank.tsv: 2 rows loaded')")
                .arg(QString(64, u'a')),
            QStringLiteral("INSERT INTO statement_line (id, distributor, line_key, occurrence, "
                           "reporting_date, sale_month, store_id, "
                           "artist_id, track_id, release_id, title, quantity, team_percentage, song_album, "
                           "country, withheld_nanos, "
                           "earnings_nanos, currency, ingest_id, line) VALUES "
                           "(1, 'distrokid', 1111, 1, '2024-10-05', '2024-08', (SELECT id FROM store WHERE "
                           "name = 'Spotify'), 1, 1, 1, "
                           "'HOLD ON I', 412, '100', 'Song', 'US', 0, 1234567890, 'USD', 1, 2), "
                           "(2, 'distrokid', 2222, 1, '2024-10-05', '2024-08', (SELECT id FROM store WHERE "
                           "name = 'Anghami'), 1, 1, 1, "
                           "'HOLD ON I', 3, '100', 'Song', 'AE', 0, 19319430, 'USD', 1, 3)"),
            QStringLiteral("INSERT INTO quarantine (ingest_id, line, column_name, reason, raw_text) VALUES "
                           "(1, 4, 'Earnings (USD)', '''n/a'' is not an amount', 'raw')"),
        };
    for (const QString& sql : statements)
        if (!c.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql.left(60)), qPrintable(c.lastError()));
            return false;
        }
    return true;
}

QStringList factRows(Connection& c)
{
    QStringList rows;
    for (const char* table : {"statement_line", "ingest_file", "quarantine", "artist", "artist_alias",
                              "track", "release", "catalog_split"})
        for (const QString& row : c.rows(QStringLiteral("SELECT * FROM ") + QLatin1String(table)))
            rows << QLatin1String(table) + QStringLiteral(": ") + row;
    return rows;
}

} // namespace

class TestMigrator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptsAreNumbered();
    void emptyToLatest();
    void stopsAtTarget();
    void fromEveryVersion_data();
    void fromEveryVersion();
    void rerunIsNoOp();
    void newerVersionRefused();
    void unknownTargetRefused();
};

void TestMigrator::scriptsAreNumbered()
{
    const QStringList scripts = Migrator::scripts();
    QVERIFY(!scripts.isEmpty());
    QCOMPARE(Migrator::latestVersion(), int(scripts.size()));
    // Version = index + 1, so names must be 0001_…, 0002_…, in order, without gaps.
    for (qsizetype i = 0; i < scripts.size(); ++i)
        QVERIFY2(scripts.at(i).section(u'/', -1).startsWith(
                     QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))),
                 qPrintable(scripts.at(i)));
}

void TestMigrator::emptyToLatest()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("w.sqlite")));
    QVERIFY(c.isOpen());
    QCOMPARE(userVersion(c), 0);
    QCOMPARE(Migrator::currentVersion(Database::handle(c.db())), 0);
    QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
    QCOMPARE(userVersion(c), Migrator::latestVersion());
    QCOMPARE(Migrator::currentVersion(Database::handle(c.db())), Migrator::latestVersion());
    for (const char* table : {"statement_line", "ingest_file", "quarantine", "platform", "store",
                              "daily_stream", "catalog_split"})
        QCOMPARE(
            c.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                     {QString::fromLatin1(table)})
                .toInt(),
            1);
    // The seed: known platforms with the reference rates of KPIS.md.
    QCOMPARE(c.scalar(QStringLiteral("SELECT reference_rate_nanos FROM platform WHERE key = 'spotify'"))
                 .toLongLong(),
             2'274'000);
    QCOMPARE(c.scalar(QStringLiteral("SELECT reference_rate_nanos FROM platform WHERE key = 'apple_music'"))
                 .toLongLong(),
             5'771'000);
    QCOMPARE(c.scalar(QStringLiteral("SELECT p.key FROM store s JOIN platform p ON p.id = s.platform_id "
                                     "WHERE s.name = 'YouTube (Red)'"))
                 .toString(),
             QStringLiteral("youtube"));
    QCOMPARE(c.scalar(QStringLiteral("SELECT is_download FROM store WHERE name = 'iTunes Songs'")).toInt(),
             1);
}

void TestMigrator::stopsAtTarget()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("w.sqlite")));
    QCOMPARE(Migrator::migrate(Database::handle(c.db()), 1).errorMessage(), QString());
    QCOMPARE(userVersion(c), 1);
    QVERIFY(c.count(QStringLiteral("statement_line")) == 0);
    if (Migrator::latestVersion() >= 2)
        QCOMPARE(c.count(QStringLiteral("platform")), 0); // the seed is version 2
    // Asking for a lower version than the current one changes nothing.
    QCOMPARE(Migrator::migrate(Database::handle(c.db()), 0).errorMessage(), QString());
    QCOMPARE(userVersion(c), 1);
}

void TestMigrator::fromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int k = 0; k < Migrator::latestVersion(); ++k)
        QTest::addRow("from version %d", k) << k;
}

void TestMigrator::fromEveryVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;

    QStringList freshSchema;
    {
        Connection fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
        QCOMPARE(Migrator::migrate(Database::handle(fresh.db())).errorMessage(), QString());
        freshSchema = schemaOf(fresh);
    }
    QVERIFY(freshSchema.size() > 20);

    Connection c(dir.filePath(QStringLiteral("old.sqlite")));
    QCOMPARE(Migrator::migrate(Database::handle(c.db()), from).errorMessage(), QString());
    QCOMPARE(userVersion(c), from);
    QStringList before;
    if (from >= 1) {
        QVERIFY(insertVersion1Rows(c, from));
        before = factRows(c);
        QCOMPARE(before.size(), 9); // 2 lines, 1 ledger row, 1 quarantine row, 5 dimension rows
    }

    const QString error = Migrator::migrate(Database::handle(c.db())).errorMessage();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(userVersion(c), Migrator::latestVersion());
    QCOMPARE(schemaOf(c), freshSchema);
    if (from >= 1) {
        QCOMPARE(factRows(c), before);
        // Every line still points at a store, and a store the seed knows now belongs to the seeded
        // platform (so a "spotify" platform filter finds lines imported before the seed).
        QCOMPARE(c.scalar(QStringLiteral(
                              "SELECT COUNT(*) FROM statement_line l LEFT JOIN store s ON s.id = l.store_id "
                              "WHERE s.id IS NULL"))
                     .toInt(),
                 0);
        if (Migrator::latestVersion() >= 2) {
            QCOMPARE(c.scalar(QStringLiteral(
                                  "SELECT p.key FROM statement_line l JOIN store s ON s.id = l.store_id "
                                  "JOIN platform p ON p.id = s.platform_id WHERE l.id = 1"))
                         .toString(),
                     QStringLiteral("spotify"));
            QCOMPARE(c.scalar(QStringLiteral("SELECT mapped FROM store WHERE name = 'Spotify'")).toInt(), 1);
            // Its stand-in platform is gone: no second "Spotify" among the platforms.
            QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM platform WHERE name = 'Spotify'")).toInt(),
                     1);
            // An unknown store stays its own, unmapped platform.
            QCOMPARE(
                c.scalar(QStringLiteral("SELECT p.key FROM store s JOIN platform p ON p.id = s.platform_id "
                                        "WHERE s.name = 'Anghami'"))
                    .toString(),
                QStringLiteral("store:Anghami"));
        }
    }
}

void TestMigrator::rerunIsNoOp()
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("w.sqlite")));
    QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
    const QStringList schema = schemaOf(c);
    const QStringList data = c.dump();
    QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
    QCOMPARE(Migrator::migrate(Database::handle(c.db()), Migrator::latestVersion()).errorMessage(),
             QString());
    QCOMPARE(userVersion(c), Migrator::latestVersion());
    QCOMPARE(schemaOf(c), schema);
    QCOMPARE(c.dump(), data); // the seed was not inserted twice
}

void TestMigrator::newerVersionRefused()
{
    QTemporaryDir dir;
    const int newer = Migrator::latestVersion() + 1;
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    {
        Connection c(path);
        QCOMPARE(Migrator::migrate(Database::handle(c.db())).errorMessage(), QString());
        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        const QStringList schema = schemaOf(c);
        const QString error = Migrator::migrate(Database::handle(c.db())).errorMessage();
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QString::number(newer)) && error.contains(QStringLiteral("newer")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("update Bedrot")), qPrintable(error)); // says what to do
        QCOMPARE(userVersion(c), newer);
        QCOMPARE(schemaOf(c), schema);
    }
    // The writer refuses to open it, with the same explanation, and imports nothing.
    WarehouseWriter writer(dir.path());
    const QString error = writer.open().errorMessage();
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(!writer.isOpen());
    // The refused connection is not left open behind the writer's back.
    QVERIFY2(QSqlDatabase::connectionNames().filter(QStringLiteral("writer")).isEmpty(),
             qPrintable(QSqlDatabase::connectionNames().join(u' ')));
    const auto r = writer.importFile(test::dataPath(QStringLiteral("dedup/statement_2024-10.tsv")));
    QCOMPARE(r.status, ImportResult::Status::Failed);
    Connection c(path);
    QCOMPARE(userVersion(c), newer);
    QCOMPARE(c.count(QStringLiteral("statement_line")), 0);
}

void TestMigrator::unknownTargetRefused()
{
    // A target past the last script is a programming error: an error message, not a crash, and
    // nothing applied beyond what exists.
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("w.sqlite")));
    const QString error =
        Migrator::migrate(Database::handle(c.db()), Migrator::latestVersion() + 5).errorMessage();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QString::number(Migrator::latestVersion() + 5)), qPrintable(error));
    QCOMPARE(userVersion(c), 0);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

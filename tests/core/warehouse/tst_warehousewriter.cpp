// The writer's import path as a whole: the ledger's last word is checked, bytes that never were a
// file enter at the plan step, files go in the order their formats' import stages say, and the
// ledger's status words stay what existing warehouses hold.
#include "core/warehousetestsupport.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "warehouse/importplan.h"
#include "warehouse/warehousewriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

const QByteArray kCatalog = "artist,title,isrc,upc,release_date,release_type,royalty_percentage\n"
                            "ZONE A0,HOLD ON I,QZTAW2496365,198667254765,2024-06-01,single,50\n";
const QByteArray kAudience = "date,listeners,streams,followers\n2026-01-15,50,80,500\n";
const QByteArray kMeta =
    "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent (USD),Impressions,Reach,"
    "Link clicks,Results\n2026-01-05,2026-01-05,ZONE A0 - HOLD ON I - BROAD,Broad,Ad "
    "1,12.00,4000,3000,40,5\n";

} // namespace

class TestWarehouseWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedLedgerUpdateFailsTheImport();
    void apiReplyEntersAtThePlan();
    void importOrderFollowsTheFormatsStages();
    void statusNames_data();
    void statusNames();
};

void TestWarehouseWriter::failedLedgerUpdateFailsTheImport()
{
    QTemporaryDir dir;
    WarehouseWriter writer(dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    {
        // Another connection makes the ledger refuse the word "loaded": the last update fails.
        Connection c(Workspace(dir.path()).warehousePath());
        QVERIFY2(c.exec(QStringLiteral(
                     "CREATE TRIGGER refuse_loaded BEFORE UPDATE OF status ON ingest_file "
                     "WHEN NEW.status = 'loaded' BEGIN SELECT RAISE(ABORT, 'the ledger refuses'); END")),
                 qPrintable(c.lastError()));
    }
    const ImportResult r = writer.importFile(test::dataPath(QStringLiteral("kpis/statement.tsv")));
    QCOMPARE(r.status, ImportResult::Status::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("the ledger refuses")), qPrintable(r.message));
    QCOMPARE(r.rowsLoaded, 22); // the rows were committed before the ledger's last word

    Connection c(Workspace(dir.path()).warehousePath());
    // Not "running" while the answer says something else: the ledger says failed, counts what is there.
    QCOMPARE(c.rows(QStringLiteral("SELECT status, rows_loaded FROM ingest_file")),
             QStringList{QStringLiteral("failed\t22")});
    QCOMPARE(c.count(QStringLiteral("statement_line")), 22);
    // Failed is not done: once the ledger takes it, the same file imports again, adding nothing.
    QVERIFY(c.exec(QStringLiteral("DROP TRIGGER refuse_loaded")));
    const ImportResult again = writer.importFile(test::dataPath(QStringLiteral("kpis/statement.tsv")));
    QCOMPARE(again.status, ImportResult::Status::Loaded);
    QCOMPARE(again.rowsPresent, 22);
    QCOMPARE(c.rows(QStringLiteral("SELECT status FROM ingest_file")), QStringList{QStringLiteral("loaded")});
}

void TestWarehouseWriter::apiReplyEntersAtThePlan()
{
    QTemporaryDir dir;
    WarehouseWriter writer(dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    ImportPlan plan = ImportPlan::fromBytes(
        test::readBytes(test::dataPath(QStringLiteral("kpis/statement.tsv"))),
        QStringLiteral("distrokid-api-2026-03-01.tsv"), QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    const ImportResult r = writer.importPlan(plan);
    QVERIFY2(r.status == ImportResult::Status::Loaded, qPrintable(r.message));
    QCOMPARE(r.rowsLoaded, 22);
    QCOMPARE(r.format, QStringLiteral("distrokid.bank_details"));
    Connection c(Workspace(dir.path()).warehousePath());
    QCOMPARE(c.rows(QStringLiteral("SELECT path, status FROM ingest_file")),
             QStringList{QStringLiteral("distrokid-api-2026-03-01.tsv\tloaded")});
    // The raw store keeps the reply like any file.
    QVERIFY(QFileInfo::exists(Workspace(dir.path()).rawDir() + u'/' + plan.sha256().left(2) + u'/' +
                              plan.sha256()));
    // The same reply landing again is already imported.
    ImportPlan same =
        ImportPlan::fromBytes(plan.bytes(), QStringLiteral("again.tsv"), QDateTime::currentDateTime());
    QCOMPARE(writer.importPlan(same).status, ImportResult::Status::AlreadyImported);
}

void TestWarehouseWriter::importOrderFollowsTheFormatsStages()
{
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        test::writeBytes(path, bytes);
        return path;
    };
    const QString ads = write(QStringLiteral("a-campaigns.csv"), kMeta);
    const QString audience = write(QStringLiteral("b-ZONE A0-timeline.csv"), kAudience);
    const QString unknown = write(QStringLiteral("c-notes.txt"), "hello\n");
    const QString statement = write(QStringLiteral("d-statement.tsv"),
                                    test::readBytes(test::dataPath(QStringLiteral("kpis/statement.tsv"))));
    const QString catalog = write(QStringLiteral("e-catalog.csv"), kCatalog);
    WarehouseWriter writer(dir.path());
    QCOMPARE(writer.importOrder({ads, audience, unknown, statement, catalog}),
             (QStringList{catalog, statement, unknown, audience, ads}));
}

void TestWarehouseWriter::statusNames_data()
{
    QTest::addColumn<ImportResult::Status>("status");
    QTest::addColumn<QString>("stored");
    QTest::newRow("loaded") << ImportResult::Status::Loaded << QStringLiteral("loaded");
    QTest::newRow("partial") << ImportResult::Status::Partial << QStringLiteral("partial");
    QTest::newRow("already") << ImportResult::Status::AlreadyImported << QStringLiteral("already_imported");
    QTest::newRow("rejected") << ImportResult::Status::Rejected << QStringLiteral("rejected");
    QTest::newRow("needs artist") << ImportResult::Status::NeedsArtist << QStringLiteral("needs_artist");
    QTest::newRow("failed") << ImportResult::Status::Failed << QStringLiteral("failed");
}

void TestWarehouseWriter::statusNames()
{
    QFETCH(ImportResult::Status, status);
    QFETCH(QString, stored);
    QCOMPARE(ImportResult::statusName(status), stored);
    QCOMPARE(ImportResult::statusFromName(stored), std::optional<ImportResult::Status>(status));
}

QTEST_GUILESS_MAIN(TestWarehouseWriter)
#include "tst_warehousewriter.moc"

// A kill at any moment loses no committed data: `bedrot import` of a large statement is killed
// (SIGKILL) after some batches committed; the warehouse is intact, its facts agree with the ledger,
// and importing the same file again completes it with every line exactly once.
#include "demo/demogenerator.h"
#include "warehouse/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;

namespace {

constexpr qint64 kLines = 400'000;

struct Snapshot
{
    QString integrity;
    qint64 facts = 0;
    qint64 ledgerLoaded = 0;
    qint64 ledgerPresent = 0;
    QString status;
    bool rollupsAgree = false; // every statement rollup sums exactly the committed lines
};

Snapshot snapshot(const QString& warehouse)
{
    Snapshot s;
    const QString name = Database::uniqueConnectionName(QStringLiteral("killsafety"));
    {
        const Result<QSqlDatabase> db = Database::open(warehouse, name);
        if (!db) {
            s.integrity = db.errorMessage();
        } else {
            QSqlQuery q(*db);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            if (q.next())
                s.integrity = q.value(0).toString();
            q.exec(QStringLiteral("SELECT COUNT(*) FROM statement_line"));
            if (q.next())
                s.facts = q.value(0).toLongLong();
            // The rollups sum exactly the committed lines: none ran ahead of the facts or behind them.
            q.exec(QStringLiteral("SELECT (SELECT COUNT(*) || '/' || COALESCE(SUM(earnings_nanos), 0) || '/' "
                                  "|| COALESCE(MAX(id), 0) "
                                  "FROM statement_line), "
                                  "(SELECT COALESCE(SUM(lines), 0) || '/' || COALESCE(SUM(earnings_nanos), "
                                  "0) FROM statement_rollup) "
                                  "|| '/' || (SELECT last_line_id FROM rollup_state), "
                                  "(SELECT COALESCE(SUM(lines), 0) || '/' || COALESCE(SUM(earnings_nanos), "
                                  "0) FROM statement_rollup_store) "
                                  "|| '/' || (SELECT last_line_id FROM rollup_state)"));
            if (q.next())
                s.rollupsAgree = q.value(0).toString() == q.value(1).toString() &&
                                 q.value(0).toString() == q.value(2).toString();
            q.exec(QStringLiteral("SELECT COALESCE(SUM(rows_loaded), 0), COALESCE(SUM(rows_present), 0), "
                                  "MAX(status) FROM ingest_file"));
            if (q.next()) {
                s.ledgerLoaded = q.value(0).toLongLong();
                s.ledgerPresent = q.value(1).toLongLong();
                s.status = q.value(2).toString();
            }
        }
    }
    Database::close(name);
    return s;
}

} // namespace

class TestKillSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidImportThenResume();
};

void TestKillSafety::killMidImportThenResume()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString statement = dir.filePath(QStringLiteral("statement.tsv"));
    QVERIFY(DemoGenerator::writeLargeStatement(statement, kLines));
    const QString ws = dir.filePath(QStringLiteral("ws"));
    const QString warehouse = ws + QStringLiteral("/warehouse.sqlite");

    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    import.start(QStringLiteral(BEDROT_EXE),
                 {QStringLiteral("import"), QStringLiteral("--workspace"), ws, statement});
    QVERIFY(import.waitForStarted());
    // Wait until some batches have committed (the ledger counts them in the same transaction),
    // then kill without warning.
    QElapsedTimer waited;
    waited.start();
    qint64 committed = 0;
    while (committed == 0 && waited.elapsed() < 60'000 && import.state() == QProcess::Running) {
        QTest::qWait(20);
        if (QFile::exists(warehouse))
            committed = snapshot(warehouse).ledgerLoaded;
    }
    QVERIFY2(committed > 0, "no batch committed before the import ended");
    if (import.state() != QProcess::Running)
        QSKIP("the import finished before it could be killed (machine too fast)");
    import.kill();
    QVERIFY(import.waitForFinished());

    const Snapshot afterKill = snapshot(warehouse);
    QCOMPARE(afterKill.integrity, QStringLiteral("ok"));
    QCOMPARE(afterKill.status, QStringLiteral("running")); // the ledger knows the file is unfinished
    QCOMPARE(afterKill.facts, afterKill.ledgerLoaded);     // facts and ledger committed together
    QVERIFY(afterKill.facts > 0);
    QVERIFY(afterKill.facts < kLines);
    QVERIFY(afterKill.rollupsAgree);

    QProcess again;
    again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    again.start(QStringLiteral(BEDROT_EXE),
                {QStringLiteral("import"), QStringLiteral("--workspace"), ws, statement});
    QVERIFY(again.waitForFinished(300'000));
    QCOMPARE(again.exitCode(), 0);
    const QString out = QString::fromUtf8(again.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("already present %1").arg(afterKill.facts)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("loaded %1").arg(kLines - afterKill.facts)), qPrintable(out));

    const Snapshot done = snapshot(warehouse);
    QCOMPARE(done.integrity, QStringLiteral("ok"));
    QCOMPARE(done.status, QStringLiteral("loaded"));
    QCOMPARE(done.facts, kLines); // every line exactly once
    QVERIFY(done.rollupsAgree);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"

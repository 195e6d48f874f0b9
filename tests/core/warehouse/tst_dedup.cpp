// Deduplication through the real writer on a temporary workspace: re-imports, whole-history files,
// identical lines, re-saved copies, truncated downloads, and files that must change nothing.
#include "core/warehousetestsupport.h"

#include "domain/importresult.h"
#include "lake/rawstore.h"
#include "lake/workspace.h"
#include "warehouse/warehousewriter.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

QString older()
{
    return test::dataPath(QStringLiteral("dedup/statement_2024-10.tsv"));
}
QString newer()
{
    return test::dataPath(QStringLiteral("dedup/statement_2024-12.tsv"));
}

// The Spotify 2024-10-05 line for 412 units: twice in the older file, three times in the newer one.
const QString kRepeatedLine = QStringLiteral(
    "SELECT COUNT(*) FROM statement_line WHERE reporting_date = '2024-10-05' AND sale_month = '2024-08' "
    "AND quantity = 412 AND earnings_nanos = 1234567890");

ImportResult importInto(const QString& root, const QString& file)
{
    WarehouseWriter writer(root);
    if (const QString e = writer.open().errorMessage(); !e.isEmpty())
        qWarning("%s", qPrintable(e));
    writer.setBatchSize(3); // several batches even for small files
    return writer.importFile(file);
}

qint64 lineCount(const QString& root)
{
    Connection c(Workspace(root).warehousePath());
    return c.count(QStringLiteral("statement_line"));
}

QByteArray toCrlf(QByteArray lf)
{
    return lf.replace("\n", "\r\n");
}
QByteArray toCr(QByteArray lf)
{
    return lf.replace('\n', '\r');
}

// What a spreadsheet does on re-save: "2024-10-05" becomes "10/5/2024" and "0.05000000" becomes
// "0.05". The values are the same, so the lines are the same lines.
QByteArray reformatValues(const QByteArray& tsv)
{
    QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QList<QByteArray> f = lines[i].split('\t');
        if (f.size() < 13)
            continue;
        const QDate d = QDate::fromString(QString::fromLatin1(f[0]), Qt::ISODate);
        f[0] = QByteArray::number(d.month()) + '/' + QByteArray::number(d.day()) + '/' +
               QByteArray::number(d.year());
        QByteArray& amount = f[12];
        if (amount.contains('.')) {
            while (amount.endsWith('0'))
                amount.chop(1);
            if (amount.endsWith('.'))
                amount.chop(1);
        }
        lines[i] = f.join('\t');
    }
    return lines.join('\n');
}

} // namespace

class TestDedup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFileTwiceAddsNothing();
    void newerWholeHistoryAddsOnlyNewLines();
    void olderAfterNewerAddsNothing();
    void identicalLinesAllKept();
    void resavedCopyAddsNothing_data();
    void resavedCopyAddsNothing();
    void truncatedThenComplete_data();
    void truncatedThenComplete();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
};

void TestDedup::sameFileTwiceAddsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ImportResult first = importInto(dir.path(), older());
    QCOMPARE(first.status, ImportResult::Status::Loaded);
    QCOMPARE(first.rowsRead, 6);
    QCOMPARE(first.rowsLoaded, 6);
    QCOMPARE(first.rowsPresent, 0);
    QCOMPARE(lineCount(dir.path()), 6);

    const ImportResult second = importInto(dir.path(), older());
    QCOMPARE(second.status, ImportResult::Status::AlreadyImported);
    QCOMPARE(second.rowsLoaded, 0);
    QCOMPARE(lineCount(dir.path()), 6);

    // The same bytes under another name are the same file.
    const QString copy = dir.filePath(QStringLiteral("renamed copy.tsv"));
    QVERIFY(QFile::copy(older(), copy));
    const ImportResult third = importInto(dir.path(), copy);
    QCOMPARE(third.status, ImportResult::Status::AlreadyImported);
    QCOMPARE(lineCount(dir.path()), 6);
    Connection c(Workspace(dir.path()).warehousePath());
    QCOMPARE(c.count(QStringLiteral("ingest_file")), 1);
}

void TestDedup::newerWholeHistoryAddsOnlyNewLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(importInto(dir.path(), older()).rowsLoaded, 6);
    // The newer download: 4 lines on top (one of them a third copy of the repeated Spotify line),
    // then the 6 older lines.
    const ImportResult r = importInto(dir.path(), newer());
    QCOMPARE(r.status, ImportResult::Status::Loaded);
    QCOMPARE(r.rowsRead, 10);
    QCOMPARE(r.rowsLoaded, 4);
    QCOMPARE(r.rowsPresent, 6);
    QCOMPARE(r.rowsQuarantined, 0);
    QCOMPARE(lineCount(dir.path()), 10);
    Connection c(Workspace(dir.path()).warehousePath());
    QCOMPARE(c.scalar(kRepeatedLine).toLongLong(), 3);
    // Σ earnings = older 1.23456789×2 + 0.01931943 + 0.21351850 − 0.69 + 0.05 = 2.06197371
    //            + newer 1.14 + 0.15 + 0 + 1.23456789 = 2.52456789 → 4.58654160
    QCOMPARE(c.scalar(QStringLiteral("SELECT SUM(earnings_nanos) FROM statement_line")).toLongLong(),
             4'586'541'600);
}

void TestDedup::olderAfterNewerAddsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(importInto(dir.path(), newer()).rowsLoaded, 10);
    const ImportResult r = importInto(dir.path(), older());
    QCOMPARE(r.rowsLoaded, 0);
    QCOMPARE(r.rowsPresent, 6);
    QCOMPARE(lineCount(dir.path()), 10);
}

void TestDedup::identicalLinesAllKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(importInto(dir.path(), older()).rowsLoaded, 6);
    Connection c(Workspace(dir.path()).warehousePath());
    QCOMPARE(c.scalar(kRepeatedLine).toLongLong(), 2);
    QCOMPARE(
        c.rows(
            QString(kRepeatedLine).replace(QStringLiteral("COUNT(*)"), QStringLiteral("occurrence, line")) +
            QStringLiteral(" ORDER BY occurrence")),
        (QStringList{QStringLiteral("1\t2"), QStringLiteral("2\t3")}));
}

void TestDedup::resavedCopyAddsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray lf = test::readBytes(older());
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    QTest::newRow("crlf") << toCrlf(lf);
    QTest::newRow("bom + crlf") << QByteArray("\xEF\xBB\xBF") + toCrlf(lf);
    QTest::newRow("bom + lf") << QByteArray("\xEF\xBB\xBF") + lf;
    QTest::newRow("cr only") << toCr(lf);
    QTest::newRow("utf-16le excel") << QByteArray("\xFF\xFE") +
                                           QByteArray(utf16(QString::fromUtf8(toCrlf(lf))));
    QTest::newRow("no final newline") << lf.chopped(1);
    QTest::newRow("blank line at end") << lf + "\n";
    QTest::newRow("spreadsheet re-save: US dates, short amounts") << reformatValues(lf);
}

void TestDedup::resavedCopyAddsNothing()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(importInto(dir.path(), older()).rowsLoaded, 6);

    const QString copy = dir.filePath(QStringLiteral("resaved.tsv"));
    QVERIFY(test::writeBytes(copy, bytes));
    QVERIFY(RawStore::sha256Hex(bytes) != RawStore::sha256Hex(test::readBytes(older())));
    const ImportResult r = importInto(dir.path(), copy);
    QCOMPARE(r.status, ImportResult::Status::Loaded); // a new file, read in full ...
    QCOMPARE(r.rowsRead, 6);
    QCOMPARE(r.rowsLoaded, 0); // ... whose lines are all there already
    QCOMPARE(r.rowsPresent, 6);
    QCOMPARE(r.rowsQuarantined, 0);
    QCOMPARE(lineCount(dir.path()), 6);
}

void TestDedup::truncatedThenComplete_data()
{
    QTest::addColumn<QByteArray>("cutAfter"); // the truncated file ends right after this text
    QTest::addColumn<qint64>("loadedFromTruncated");
    QTest::addColumn<qint64>("quarantinedFromTruncated");
    QTest::addColumn<qint64>("loadedFromComplete");

    // The newer file's last line: "2024-09-05\tDeezer\t…\tSong\tFR\t0\t0.05000000\n".
    QTest::newRow("mid-line") << QByteArray("Song\tF") << qint64(9) << qint64(1) << qint64(1);
    // Cut inside the amount: "0.0" would be a wrong value, and the file has a zero line ("0").
    QTest::newRow("in earnings, wrong value")
        << QByteArray("FR\t0\t0.0") << qint64(9) << qint64(1) << qint64(1);
    // "0.0500" is the right value, but loading it would make a second copy of the line later.
    QTest::newRow("in earnings, right value")
        << QByteArray("FR\t0\t0.0500") << qint64(9) << qint64(1) << qint64(1);
    // Only the final newline missing: every line is whole.
    QTest::newRow("before final newline")
        << QByteArray("FR\t0\t0.05000000") << qint64(10) << qint64(0) << qint64(0);
}

void TestDedup::truncatedThenComplete()
{
    QFETCH(QByteArray, cutAfter);
    QFETCH(qint64, loadedFromTruncated);
    QFETCH(qint64, quarantinedFromTruncated);
    QFETCH(qint64, loadedFromComplete);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray complete = test::readBytes(newer());
    const qsizetype at = complete.lastIndexOf(cutAfter);
    QVERIFY(at > 0);
    const QByteArray truncated = complete.left(at + cutAfter.size());
    QVERIFY(truncated.size() < complete.size());
    const QString partPath = dir.filePath(QStringLiteral("statement (1).tsv"));
    QVERIFY(test::writeBytes(partPath, truncated));
    const QString fullPath = dir.filePath(QStringLiteral("statement (2).tsv"));
    QVERIFY(test::writeBytes(fullPath, complete));

    const ImportResult first = importInto(dir.path(), partPath);
    QCOMPARE(first.rowsLoaded, loadedFromTruncated);
    QCOMPARE(first.rowsQuarantined, quarantinedFromTruncated);
    QCOMPARE(first.status,
             quarantinedFromTruncated > 0 ? ImportResult::Status::Partial : ImportResult::Status::Loaded);

    const ImportResult second = importInto(dir.path(), fullPath);
    QCOMPARE(second.rowsLoaded, loadedFromComplete);
    QCOMPARE(second.rowsPresent, 10 - loadedFromComplete);
    QCOMPARE(lineCount(dir.path()), 10);

    // Exactly one Deezer line, with its full value 0.05 and the complete file's content.
    Connection c(Workspace(dir.path()).warehousePath());
    QCOMPARE(
        c.rows(QStringLiteral(
            "SELECT l.earnings_nanos, l.quantity FROM statement_line l JOIN store s ON s.id = l.store_id "
            "WHERE s.name = 'Deezer'")),
        QStringList{QStringLiteral("50000000\t20")});
    QCOMPARE(c.scalar(QStringLiteral("SELECT SUM(earnings_nanos) FROM statement_line")).toLongLong(),
             4'586'541'600);
}

void TestDedup::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("recognised");
    QTest::addColumn<qint64>("quarantined");

    QTest::newRow("binary") << test::dataPath(QStringLiteral("distrokid/binary.xlsx")) << false << qint64(0);
    QTest::newRow("empty") << test::dataPath(QStringLiteral("distrokid/empty.tsv")) << false << qint64(0);
    QTest::newRow("other csv") << test::dataPath(QStringLiteral("distrokid/not_distrokid.csv")) << false
                               << qint64(0);
    QTest::newRow("near miss") << test::dataPath(QStringLiteral("distrokid/near_miss.tsv")) << false
                               << qint64(0);
    QTest::newRow("every row bad") << test::dataPath(QStringLiteral("dedup/all_bad_rows.tsv")) << true
                                   << qint64(3);
}

void TestDedup::badFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(bool, recognised);
    QFETCH(qint64, quarantined);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(importInto(dir.path(), older()).rowsLoaded, 6);
    QCOMPARE(importInto(dir.path(), newer()).rowsLoaded, 4);
    const QString warehouse = Workspace(dir.path()).warehousePath();
    QStringList before;
    {
        Connection c(warehouse);
        before = c.dump();
    }
    QVERIFY(before.size() > 10);

    const QString sha = RawStore::sha256Hex(test::readBytes(file));
    const ImportResult r = importInto(dir.path(), file);
    QCOMPARE(r.recognised(), recognised);
    QCOMPARE(r.rowsLoaded, 0);
    QCOMPARE(r.rowsQuarantined, quarantined);
    if (!recognised) {
        QCOMPARE(r.status, ImportResult::Status::Rejected);
        QVERIFY2(r.message.contains(file), qPrintable(r.message)); // names the file
        QVERIFY(
            r.message.contains(QStringLiteral("DistroKid bank details statement"))); // and what was expected
        QVERIFY(!RawStore(Workspace(dir.path()).rawDir()).contains(sha));            // not kept as a raw file
    }

    Connection c(warehouse);
    const qint64 ingestId =
        c.scalar(QStringLiteral("SELECT id FROM ingest_file WHERE sha256 = ?"), {sha}).toLongLong();
    QVERIFY(ingestId > 0); // the ledger remembers the attempt ...
    QCOMPARE(c.scalar(QStringLiteral("SELECT status FROM ingest_file WHERE id = ?"), {ingestId}).toString(),
             recognised ? QStringLiteral("partial") : QStringLiteral("rejected"));
    QStringList after = c.dump();
    // ... and that ledger row and the file's own quarantine rows are all that is new.
    const QString ledgerPrefix = QStringLiteral("ingest_file: %1\t").arg(ingestId);
    const QString quarantinePrefix = QStringLiteral("quarantine: ");
    qsizetype newQuarantine = 0;
    QStringList unchanged;
    for (const QString& row : after) {
        if (row.startsWith(ledgerPrefix))
            continue;
        if (row.startsWith(quarantinePrefix) && !before.contains(row)) {
            QCOMPARE(row.section(u'\t', 1, 1), QString::number(ingestId));
            ++newQuarantine;
            continue;
        }
        unchanged << row;
    }
    QCOMPARE(newQuarantine, quarantined);
    QCOMPARE(unchanged, before);
}

QTEST_GUILESS_MAIN(TestDedup)
#include "tst_dedup.moc"

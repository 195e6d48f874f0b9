// Lineage: every fact row leads back to its raw file (content-addressed, hash verified) and to the
// physical line holding exactly its values; the ingest ledger's counts match what happened.
#include "core/warehousetestsupport.h"

#include "domain/importresult.h"
#include "domain/money.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "lake/rawstore.h"
#include "lake/workspace.h"
#include "sources/distrokid/bankdetailsformat.h"
#include "warehouse/warehousewriter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

struct Expected
{
    QString file; // under tests/data
    QString status;
    QString encoding;
    qint64 read, loaded, present, quarantined;
};

// Imported in this order into one workspace. Counts worked out by hand from the files:
const QList<Expected> kImports = {
    // 6 distinct-or-repeated lines, all new.
    {QStringLiteral("dedup/statement_2024-10.tsv"), QStringLiteral("loaded"), QStringLiteral("UTF-8"), 6, 6,
     0, 0},
    // whole history: 4 new lines on top of the 6 above.
    {QStringLiteral("dedup/statement_2024-12.tsv"), QStringLiteral("loaded"), QStringLiteral("UTF-8"), 10, 4,
     6, 0},
    // 15 rows: 9 bad; of the 6 good, line 2 (YouTube (Ads) 2024-10-05, 0.01931943) is the older file's
    // line 4, the other 5 (its second copy, Deezer 2024-08, Tidal, Pandora, Flo) are new.
    {QStringLiteral("distrokid/bad_rows.tsv"), QStringLiteral("partial"), QStringLiteral("UTF-8"), 15, 5, 1,
     9},
    // YouTube (Ads) line present; Apple Music 2024-10-08 and iTunes Albums new.
    {QStringLiteral("distrokid/good_reordered.tsv"), QStringLiteral("loaded"), QStringLiteral("UTF-8"), 3, 2,
     1, 0},
    // YouTube (Ads) and both Spotify copies present; the Apple Music line is written with
    // "qz-taw-24-00012" and "fr", but identity is taken from parsed values, so it is the reordered
    // file's line (QZTAW2400012, FR) and present too.
    {QStringLiteral("distrokid/good_utf16le.tsv"), QStringLiteral("loaded"), QStringLiteral("UTF-16LE"), 4, 0,
     4, 0},
    {QStringLiteral("distrokid/good_excel_resave.csv"), QStringLiteral("loaded"), QStringLiteral("UTF-8"), 3,
     3, 0, 0},
    // Its three whole lines are the UTF-16 file's first three; the cut last line is quarantined.
    {QStringLiteral("distrokid/truncated_midline.tsv"), QStringLiteral("partial"), QStringLiteral("UTF-8"), 4,
     0, 3, 1},
    {QStringLiteral("distrokid/binary.xlsx"), QStringLiteral("rejected"), QStringLiteral("binary"), 0, 0, 0,
     0},
};

// Physical lines of decoded text (CRLF, LF and CR each end a line).
QList<QByteArray> physicalLines(const QByteArray& utf8)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '\n' && utf8[i] != '\r')
            continue;
        lines << utf8.mid(start, i - start);
        if (utf8[i] == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < utf8.size())
        lines << utf8.mid(start);
    return lines;
}

struct RawText
{
    QList<QByteArray> lines;
    BankDetailsFormat::HeaderMap header;
};

} // namespace

class TestLineage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ledgerCounts();
    void rawFilesAreContentAddressed();
    void everyLineLeadsToItsRawLine();
    void quarantineLeadsToItsRawLine();

private:
    QTemporaryDir m_dir;
    QList<ImportResult> m_results;
    QString warehouse() const { return Workspace(m_dir.path()).warehousePath(); }
    RawText rawText(const QString& sha);
    QHash<QString, RawText> m_raw;
};

void TestLineage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    WarehouseWriter writer(m_dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    writer.setBatchSize(4);
    writer.setCommitPolicy(1, 0); // a commit per batch: the ledger must add up across commits
    for (const Expected& e : kImports)
        m_results << writer.importFile(test::dataPath(e.file));
}

RawText TestLineage::rawText(const QString& sha)
{
    if (!m_raw.contains(sha)) {
        const QString path = RawStore(Workspace(m_dir.path()).rawDir()).pathFor(sha);
        const DecodedText text = TextDecoder::decode(test::readBytes(path));
        RawText raw;
        raw.lines = physicalLines(text.utf8);
        raw.header = BankDetailsFormat::mapHeader(raw.lines.value(0));
        m_raw.insert(sha, raw);
    }
    return m_raw.value(sha);
}

void TestLineage::ledgerCounts()
{
    Connection c(warehouse());
    QCOMPARE(c.count(QStringLiteral("ingest_file")), kImports.size());
    qint64 loaded = 0, quarantined = 0;
    for (qsizetype i = 0; i < kImports.size(); ++i) {
        const Expected& e = kImports.at(i);
        const QString path = test::dataPath(e.file);
        const ImportResult& r = m_results.at(i);
        QCOMPARE(r.rowsRead, e.read);
        QCOMPARE(r.rowsLoaded, e.loaded);
        QCOMPARE(r.rowsPresent, e.present);
        QCOMPARE(r.rowsQuarantined, e.quarantined);
        QCOMPARE(ImportResult::statusName(r.status), e.status);

        const QString sha = RawStore::sha256Hex(test::readBytes(path));
        QCOMPARE(r.sha256, sha);
        const QStringList row =
            c.rows(QStringLiteral("SELECT source, format, path, size, encoding, rows_read, rows_loaded, "
                                  "rows_present, rows_quarantined, status, finished IS NOT NULL "
                                  "FROM ingest_file WHERE sha256 = ?"),
                   {sha});
        QCOMPARE(row.size(), 1);
        const bool recognised = e.status != QLatin1String("rejected");
        const QStringList want = {recognised ? QStringLiteral("distrokid") : QStringLiteral("unknown"),
                                  recognised ? QStringLiteral("distrokid.bank_details")
                                             : QStringLiteral("unknown"),
                                  path,
                                  QString::number(QFileInfo(path).size()),
                                  e.encoding,
                                  QString::number(e.read),
                                  QString::number(e.loaded),
                                  QString::number(e.present),
                                  QString::number(e.quarantined),
                                  e.status,
                                  recognised ? QStringLiteral("1") : QStringLiteral("0")};
        QCOMPARE(row.constFirst().split(u'\t'), want);
        loaded += e.loaded;
        quarantined += e.quarantined;
    }
    // The ledger adds up to the tables.
    QCOMPARE(c.count(QStringLiteral("statement_line")), loaded);
    QCOMPARE(c.count(QStringLiteral("quarantine")), quarantined);
    QCOMPARE(loaded, 20);
    QCOMPARE(c.scalar(QStringLiteral("SELECT SUM(rows_loaded) FROM ingest_file")).toLongLong(), loaded);
    for (const QString& pair :
         c.rows(QStringLiteral("SELECT f.rows_loaded, (SELECT COUNT(*) FROM statement_line l WHERE "
                               "l.ingest_id = f.id) FROM ingest_file f")))
        QCOMPARE(pair.section(u'\t', 0, 0), pair.section(u'\t', 1, 1));
    for (const QString& pair :
         c.rows(QStringLiteral("SELECT f.rows_quarantined, (SELECT COUNT(*) FROM quarantine q WHERE "
                               "q.ingest_id = f.id) FROM ingest_file f")))
        QCOMPARE(pair.section(u'\t', 0, 0), pair.section(u'\t', 1, 1));
}

void TestLineage::rawFilesAreContentAddressed()
{
    Connection c(warehouse());
    const RawStore store(Workspace(m_dir.path()).rawDir());
    const QStringList ledger = c.rows(QStringLiteral("SELECT sha256, status, path FROM ingest_file"));
    QCOMPARE(ledger.size(), kImports.size());
    for (const QString& row : ledger) {
        const QString sha = row.section(u'\t', 0, 0);
        const QString status = row.section(u'\t', 1, 1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha).hasMatch());
        const QString path = Workspace(m_dir.path()).rawDir() + u'/' + sha.left(2) + u'/' + sha;
        QCOMPARE(store.pathFor(sha), path);
        if (status == QLatin1String("rejected")) {
            QVERIFY(!QFileInfo::exists(path)); // only recognised exports enter the lake
            continue;
        }
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const QByteArray bytes = test::readBytes(path);
        QCOMPARE(RawStore::sha256Hex(bytes), sha);
        QCOMPARE(bytes, test::readBytes(row.section(u'\t', 2, 2))); // the very bytes of the imported file
        QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::WriteOwner)); // immutable
        const QJsonObject meta =
            QJsonDocument::fromJson(test::readBytes(path + QStringLiteral(".json"))).object();
        QCOMPARE(meta.value(QStringLiteral("original_name")).toString(),
                 QFileInfo(row.section(u'\t', 2, 2)).fileName());
        QCOMPARE(qint64(meta.value(QStringLiteral("size")).toDouble()), qint64(bytes.size()));
    }
    QCOMPARE(qsizetype(store.list().size()), kImports.size() - 1);
}

void TestLineage::everyLineLeadsToItsRawLine()
{
    Connection c(warehouse());
    const QStringList rows = c.rows(QStringLiteral(
        "SELECT f.sha256, l.line, l.reporting_date, l.sale_month, s.name, a.name, l.title, COALESCE(t.isrc, "
        "''), "
        "COALESCE(r.upc, ''), l.quantity, l.team_percentage, l.song_album, l.country, l.withheld_nanos, "
        "l.earnings_nanos "
        "FROM statement_line l JOIN ingest_file f ON f.id = l.ingest_id JOIN store s ON s.id = l.store_id "
        "JOIN artist a ON a.id = l.artist_id LEFT JOIN track t ON t.id = l.track_id "
        "LEFT JOIN release r ON r.id = l.release_id ORDER BY l.id"));
    QCOMPARE(rows.size(), 20);
    QSet<QString> seen; // a physical line feeds at most one fact row
    for (const QString& row : rows) {
        const QStringList v = row.split(u'\t');
        QCOMPARE(v.size(), 15);
        const RawText raw = rawText(v.at(0));
        QVERIFY(raw.header.valid);
        const qint64 line = v.at(1).toLongLong();
        QVERIFY2(line >= 2 && line <= raw.lines.size(), qPrintable(row));
        QVERIFY(!seen.contains(v.at(0) + u':' + v.at(1)));
        seen.insert(v.at(0) + u':' + v.at(1));

        DelimitedReader reader(raw.lines.at(line - 1), raw.header.separator);
        QVERIFY(reader.next());
        auto field = [&](BankDetailsFormat::Column column) {
            return fields::trimmed(reader.field(raw.header.index[size_t(column)])).toByteArray();
        };
        const QString context = QStringLiteral("%1 line %2: %3").arg(v.at(0).left(8)).arg(line).arg(row);
        const auto date = fields::parseDate(field(BankDetailsFormat::ReportingDate));
        QVERIFY2(date && date->toString(Qt::ISODate) == v.at(2), qPrintable(context));
        QVERIFY2(field(BankDetailsFormat::SaleMonth).left(7) == v.at(3).toUtf8(), qPrintable(context));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Store)), v.at(4));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Artist)), v.at(5));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Title)), v.at(6));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Isrc)).remove(u'-').toUpper(), v.at(7));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Upc)), v.at(8));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::Quantity)), v.at(9));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::TeamPercentage)), v.at(10));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::SongAlbum)), v.at(11));
        QCOMPARE(QString::fromUtf8(field(BankDetailsFormat::CountryOfSale)).toUpper(), v.at(12));
        QCOMPARE(
            QString::number(Money::parse(field(BankDetailsFormat::SongwriterRoyaltiesWithheld))->nanos()),
            v.at(13));
        const auto earnings = Money::parse(field(BankDetailsFormat::Earnings));
        QVERIFY2(earnings, qPrintable(context));
        QCOMPARE(QString::number(earnings->nanos()), v.at(14));
    }
}

void TestLineage::quarantineLeadsToItsRawLine()
{
    Connection c(warehouse());
    const QStringList rows = c.rows(QStringLiteral(
        "SELECT f.sha256, f.path, q.line, COALESCE(q.column_name, ''), q.reason, hex(q.raw_text) "
        "FROM quarantine q JOIN ingest_file f ON f.id = q.ingest_id ORDER BY q.ingest_id, q.line"));
    QCOMPARE(rows.size(), 10);
    QStringList where;
    for (const QString& row : rows) {
        const QStringList v = row.split(u'\t');
        QCOMPARE(v.size(), 6);
        const RawText raw = rawText(v.at(0));
        const qint64 line = v.at(2).toLongLong();
        QVERIFY(line >= 2 && line <= raw.lines.size());
        QCOMPARE(v.at(5).toLatin1(), raw.lines.at(line - 1).toHex().toUpper()); // the row's bytes as found
        QVERIFY(!v.at(4).isEmpty());
        where << QFileInfo(v.at(1)).fileName() + u':' + v.at(2) + u':' + v.at(3);
    }
    QCOMPARE(where, (QStringList{
                        QStringLiteral("bad_rows.tsv:3:Reporting Date"),
                        QStringLiteral("bad_rows.tsv:4:Sale Month"),
                        QStringLiteral("bad_rows.tsv:5:Earnings (USD)"),
                        QStringLiteral("bad_rows.tsv:6:"),
                        QStringLiteral("bad_rows.tsv:8:Quantity"),
                        QStringLiteral("bad_rows.tsv:9:Store"),
                        QStringLiteral("bad_rows.tsv:10:ISRC"),
                        QStringLiteral("bad_rows.tsv:11:"),
                        QStringLiteral("bad_rows.tsv:12:Earnings (USD)"),
                        QStringLiteral("truncated_midline.tsv:5:"),
                    }));
}

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"

// ZipReader: archives written by ZipWriter (libzip), some with a field patched afterwards to lie,
// archives written by Python's zipfile under tests/data/tiktok/, and cut-off ones.
#include "lake/zipreader.h"
#include "lake/zipwriter.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace bedrot;

namespace {

const QString kTikTokDir = QStringLiteral(BEDROT_TEST_DATA "/tiktok/");

const QByteArray kCsv = "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n"
                        "\"May 27\",\"980\",\"40\",\"22\",\"-1\",\"3\"\n";
const QDateTime kExported(QDate(2025, 5, 27), QTime(11, 38, 14));

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

ZipEntry entry(const QString& name, const QByteArray& data)
{
    return ZipEntry{name, kExported, data};
}
ZipEntry entry(const char* name, const QByteArray& data)
{
    return entry(QString::fromUtf8(name), data);
}

QByteArray zipOf(const std::vector<ZipEntry>& entries, ZipWriter::Method method = ZipWriter::Method::Deflated)
{
    Result<QByteArray> zip = ZipWriter::write(entries, method);
    if (!zip)
        qFatal("ZipWriter: %s", qPrintable(zip.errorMessage()));
    return *zip;
}

QByteArray stored(const std::vector<ZipEntry>& entries)
{
    return zipOf(entries, ZipWriter::Method::Stored);
}

// Where the fields are (APPNOTE 4.3.7, 4.3.12, 4.3.16), for making a well-formed archive lie.
constexpr qsizetype kEndRecordSize = 22;
quint16 u16(const QByteArray& zip, qsizetype at)
{
    return qFromLittleEndian<quint16>(zip.constData() + at);
}
quint32 u32(const QByteArray& zip, qsizetype at)
{
    return qFromLittleEndian<quint32>(zip.constData() + at);
}
void put16(QByteArray& zip, qsizetype at, quint16 v)
{
    qToLittleEndian(v, zip.data() + at);
}
void put32(QByteArray& zip, qsizetype at, quint32 v)
{
    qToLittleEndian(v, zip.data() + at);
}

qsizetype endRecord(const QByteArray& zip)
{
    return zip.lastIndexOf("PK\x05\x06");
}

qsizetype centralHeader(const QByteArray& zip, int index)
{
    qsizetype at = u32(zip, endRecord(zip) + 16);
    for (int i = 0; i < index; ++i)
        at += 46 + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
    if (u32(zip, at) != 0x02014b50)
        qFatal("no central header %d", index);
    return at;
}
qsizetype localHeader(const QByteArray& zip, int index)
{
    return u32(zip, centralHeader(zip, index) + 42);
}
qsizetype dataStart(const QByteArray& zip, int index)
{
    const qsizetype local = localHeader(zip, index);
    return local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
}

// A field both headers of an entry carry: offset in the local header, offset in the central one.
struct Field
{
    qsizetype local;
    qsizetype central;
};
constexpr Field kFlags{6, 8};
constexpr Field kMethod{8, 10};
constexpr Field kDosTime{10, 12};
constexpr Field kDosDate{12, 14};
constexpr Field kCrc{14, 16};
constexpr Field kCompressedSize{18, 20};
constexpr Field kSize{22, 24};

quint32 field32(const QByteArray& zip, int index, Field f)
{
    return u32(zip, centralHeader(zip, index) + f.central);
}
QByteArray with16(QByteArray zip, int index, Field f, quint16 v)
{
    put16(zip, localHeader(zip, index) + f.local, v);
    put16(zip, centralHeader(zip, index) + f.central, v);
    return zip;
}
QByteArray with32(QByteArray zip, int index, Field f, quint32 v)
{
    put32(zip, localHeader(zip, index) + f.local, v);
    put32(zip, centralHeader(zip, index) + f.central, v);
    return zip;
}
// The name bytes in both headers (same length).
QByteArray withName(QByteArray zip, int index, const QByteArray& name)
{
    zip.replace(localHeader(zip, index) + 30, name.size(), name);
    zip.replace(centralHeader(zip, index) + 46, name.size(), name);
    return zip;
}
QByteArray withComment(QByteArray zip, const QByteArray& comment)
{
    put16(zip, zip.size() - 2, quint16(comment.size()));
    return zip + comment;
}

} // namespace

class TestZipReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isZip_data();
    void isZip();
    void reads_data();
    void reads();
    void modifiedIsLocalDosTime();
    void missingDosDateIsInvalidTime();
    void refuses_data();
    void refuses();
    void everyTruncationIsAnError();
    void corruptedStoredDataIsAlwaysCaught();
    void pythonArchives_data();
    void pythonArchives();
    void cutOffXlsxIsAnError();
};

void TestZipReader::isZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("zip");
    QTest::newRow("local header") << zipOf({entry("a.csv", kCsv)}) << true;
    QTest::newRow("empty archive") << zipOf({}) << true;
    QTest::newRow("csv text") << kCsv << false;
    QTest::newRow("just PK") << QByteArray("PK") << false;
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << false;
}

void TestZipReader::isZip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, zip);
    QCOMPARE(ZipReader::isZip(bytes), zip);
}

void TestZipReader::reads_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");

    const QStringList overview{QStringLiteral("Overview.csv")};
    const QByteArray big = QByteArray("May 28,1441,52,31,2,11\n").repeated(5000); // several deflate blocks
    QTest::newRow("deflated") << zipOf({entry("Overview.csv", kCsv)}) << overview << QList<QByteArray>{kCsv};
    QTest::newRow("stored") << stored({entry("Overview.csv", kCsv)}) << overview << QList<QByteArray>{kCsv};
    QTest::newRow("large deflated") << zipOf({entry("big.csv", big)})
                                    << QStringList{QStringLiteral("big.csv")} << QList<QByteArray>{big};
    const QStringList ab{QStringLiteral("a.csv"), QStringLiteral("b.csv")};
    QTest::newRow("empty members, stored") << stored({entry("a.csv", {}), entry("b.csv", {})}) << ab
                                           << QList<QByteArray>{QByteArray(), QByteArray()};
    QTest::newRow("empty members, deflated") << zipOf({entry("a.csv", {}), entry("b.csv", {})}) << ab
                                             << QList<QByteArray>{QByteArray(), QByteArray()};
    QTest::newRow("empty archive") << zipOf({}) << QStringList() << QList<QByteArray>();
    // Directories and macOS resource forks are no one's data.
    QTest::newRow("directories skipped")
        << zipOf({entry("export/", {}), entry("export/Overview.csv", kCsv),
                  entry("__MACOSX/export/._Overview.csv", QByteArray("\x00\x05\x16\x07", 4)),
                  entry("export/FollowerHistory.csv", "Date,Followers\n")})
        << QStringList{QStringLiteral("export/Overview.csv"), QStringLiteral("export/FollowerHistory.csv")}
        << QList<QByteArray>{kCsv, "Date,Followers\n"};
    QTest::newRow("archive comment") << withComment(zipOf({entry("a.csv", kCsv)}),
                                                    "exported by TikTok Studio")
                                     << QStringList{QStringLiteral("a.csv")} << QList<QByteArray>{kCsv};
    // No UTF-8 flag: IBM PC code page 437 (0x82 is é) unless the bytes are valid UTF-8.
    const QByteArray plain = stored({entry("cafe.csv", "x")});
    QTest::newRow("cp437 name") << withName(plain, 0, "caf\x82.csv")
                                << QStringList{QStringLiteral("caf\u00e9.csv")} << QList<QByteArray>{"x"};
    const QByteArray flagged = stored({entry(QStringLiteral("\u00dcbersicht.csv"), "x")});
    QTest::newRow("utf-8 flagged name")
        << flagged << QStringList{QStringLiteral("\u00dcbersicht.csv")} << QList<QByteArray>{"x"};
    const auto flags = quint16(field32(flagged, 0, kFlags));
    if (!(flags & 0x0800))
        qFatal("ZipWriter did not flag a UTF-8 name");
    QTest::newRow("utf-8 unflagged name")
        << with16(flagged, 0, kFlags, flags & ~0x0800) << QStringList{QStringLiteral("\u00dcbersicht.csv")}
        << QList<QByteArray>{"x"};
}

void TestZipReader::reads()
{
    QFETCH(QByteArray, zip);
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);

    const Result<std::vector<ZipEntry>> read = ZipReader::read(zip);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QStringList actualNames;
    for (const ZipEntry& e : *read)
        actualNames << e.name;
    QCOMPARE(actualNames, names);
    for (size_t i = 0; i < read->size(); ++i)
        QCOMPARE((*read)[i].data, contents.at(qsizetype(i)));
}

void TestZipReader::modifiedIsLocalDosTime()
{
    for (const QByteArray& zip : {zipOf({entry("a.csv", kCsv)}), stored({entry("a.csv", kCsv)})}) {
        const auto read = ZipReader::read(zip);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->size(), size_t(1));
        const QDateTime modified = read->front().modified;
        QCOMPARE(modified.timeSpec(), Qt::LocalTime);
        QCOMPARE(modified.date(), QDate(2025, 5, 27));
        QCOMPARE(modified.time(), QTime(11, 38, 14));
    }
}

void TestZipReader::missingDosDateIsInvalidTime()
{
    // Some writers leave the date empty (month 0).
    const QByteArray zip = with16(with16(zipOf({entry("a.csv", kCsv)}), 0, kDosDate, 0), 0, kDosTime, 0);
    const auto read = ZipReader::read(zip);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(!read->front().modified.isValid());
}

void TestZipReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray deflated = zipOf({entry("Overview.csv", kCsv)});
    const QByteArray plain = stored({entry("Overview.csv", kCsv)});
    QTest::newRow("crc mismatch") << with32(deflated, 0, kCrc, 0x12345678) << "checksum";
    QTest::newRow("crc mismatch, stored")
        << with32(plain, 0, kCrc, field32(plain, 0, kCrc) ^ 1) << "checksum";
    QTest::newRow("deflate64") << with16(deflated, 0, kMethod, 9) << "Deflate64";
    QTest::newRow("encrypted") << with16(deflated, 0, kFlags, quint16(field32(deflated, 0, kFlags) | 1))
                               << "encrypted";

    // The caps: declared sizes and the entry count are checked before anything is allocated.
    QTest::newRow("entry declares 2 GiB")
        << with32(deflated, 0, kSize, 0x80000000u) << "more than the 512 MiB";
    QByteArray three = zipOf({entry("a.csv", kCsv), entry("b.csv", kCsv), entry("c.csv", kCsv)});
    for (int i = 0; i < 3; ++i)
        three = with32(three, i, kSize, 400u << 20);
    QTest::newRow("declares 1.2 GiB in three") << three << "more than 1 GiB";
    std::vector<ZipEntry> many;
    for (quint64 i = 0; i <= ZipReader::kMaxEntries; ++i)
        many.push_back(entry(QString::number(i), {}));
    QTest::newRow("too many entries") << stored(many) << "10001 entries";
    QTest::newRow("declares more than deflate can hold")
        << with32(deflated, 0, kSize, 10u << 20) << "more than its";
    // A real bomb: 4 MiB of zeros deflate to a few KiB; the header says 1000 bytes.
    QTest::newRow("inflates past its size")
        << with32(zipOf({entry("bomb.csv", QByteArray(4 << 20, '\0'))}), 0, kSize, 1000)
        << "more than the 1000 bytes";
    QTest::newRow("inflates short of its size")
        << with32(deflated, 0, kSize, quint32(kCsv.size() + 10)) << "but its header declares";
    QByteArray garbage = deflated;
    garbage.replace(dataStart(deflated, 0), field32(deflated, 0, kCompressedSize),
                    QByteArray(field32(deflated, 0, kCompressedSize), '\xff'));
    QTest::newRow("corrupt deflate data") << garbage << "corrupt";
    QTest::newRow("deflate data ends early") << with32(deflated, 0, kCompressedSize, 10) << "ends early";
    QTest::newRow("stored size mismatch")
        << with32(plain, 0, kSize, quint32(kCsv.size() + 1)) << "stored with";

    QByteArray misplaced = deflated;
    put32(misplaced, centralHeader(misplaced, 0) + 42, 7);
    QTest::newRow("local header missing") << misplaced << "central directory is corrupt";
    QByteArray beyond = deflated;
    put32(beyond, centralHeader(beyond, 0) + 42, 0x7FFFFFF0);
    QTest::newRow("local header beyond the end") << beyond << "central directory is corrupt";
    QByteArray split = deflated;
    put16(split, endRecord(split) + 4, 1);
    put16(split, endRecord(split) + 6, 1);
    QTest::newRow("split archive") << split << "split";
    QByteArray counted = deflated;
    put16(counted, endRecord(counted) + 8, 40);
    put16(counted, endRecord(counted) + 10, 40);
    QTest::newRow("entry count too large") << counted << "central directory is corrupt";
    QByteArray oneMore = zipOf({entry("a.csv", kCsv), entry("b.csv", kCsv)});
    put16(oneMore, endRecord(oneMore) + 8, 3);
    put16(oneMore, endRecord(oneMore) + 10, 3);
    QTest::newRow("entry count one more") << oneMore << "central directory is corrupt";

    QTest::newRow("not a zip") << QByteArray("date,listeners,streams,followers\n2024-01-01,0,0,18\n")
                               << "not a ZIP archive";
    QTest::newRow("too short") << QByteArray("PK\x03\x04", 4) << "only 4 bytes";
    QTest::newRow("end record cut off") << deflated.chopped(kEndRecordSize) << "no end record";
    // The comment length no longer matches: the end record is not trusted.
    QTest::newRow("comment cut off") << withComment(deflated, "comment").chopped(3)
                                     << "central directory is corrupt";
}

void TestZipReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto read = ZipReader::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(reason, Qt::CaseInsensitive), qPrintable(read.errorMessage()));
}

void TestZipReader::everyTruncationIsAnError()
{
    const QByteArray zip = withComment(
        zipOf({entry("Overview.csv", kCsv), entry("FollowerHistory.csv", "Date,Followers\n")}), "c");
    QVERIFY(ZipReader::read(zip).ok());
    for (qsizetype n = 0; n < zip.size(); ++n) {
        const auto read = ZipReader::read(QByteArrayView(zip).first(n));
        QVERIFY2(!read.ok(),
                 qPrintable(QStringLiteral("a cut at %1 of %2 bytes was accepted").arg(n).arg(zip.size())));
        QVERIFY(!read.errorMessage().isEmpty());
    }
}

void TestZipReader::corruptedStoredDataIsAlwaysCaught()
{
    const QByteArray zip = stored({entry("a.csv", kCsv)});
    const qsizetype start = dataStart(zip, 0);
    QCOMPARE(zip.mid(start, kCsv.size()), kCsv);
    for (qsizetype i = start; i < start + kCsv.size(); ++i) {
        QByteArray broken = zip;
        broken[i] = char(broken[i] ^ 0x20);
        const auto read = ZipReader::read(broken);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().contains(QStringLiteral("checksum")), qPrintable(read.errorMessage()));
    }
    // Any single corrupted byte anywhere: never a crash, and never a wrong entry passed off as good.
    for (qsizetype i = 0; i < zip.size(); ++i) {
        QByteArray broken = zip;
        broken[i] = char(broken[i] ^ 0xFF);
        const auto read = ZipReader::read(broken);
        if (read)
            for (const ZipEntry& e : *read)
                QCOMPARE(e.data, kCsv);
    }
}

void TestZipReader::pythonArchives_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<QByteArray>("firstBytes");

    QTest::newRow("one csv") << "Overview_2024-05-28_1748345895_zone.a0.zip"
                             << QStringList{QStringLiteral("Overview.csv")} << kExported
                             << QByteArray("\"Date\",\"Video Views\"");
    QTest::newRow("several sections")
        << "studio_sections.zip"
        << QStringList{QStringLiteral("Overview.csv"), QStringLiteral("FollowerHistory.csv"),
                       QStringLiteral("Viewers.csv"), QStringLiteral("FollowerGender.csv")}
        << QDateTime(QDate(2025, 1, 2), QTime(10, 0)) << QByteArray("\"Date\",\"Video Views\"");
}

void TestZipReader::pythonArchives()
{
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QDateTime, modified);
    QFETCH(QByteArray, firstBytes);

    const QByteArray bytes = readFile(kTikTokDir + file);
    QVERIFY(ZipReader::isZip(bytes));
    const auto read = ZipReader::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QStringList actual;
    for (const ZipEntry& e : *read) {
        actual << e.name;
        QCOMPARE(e.modified, modified);
        QVERIFY(!e.data.isEmpty());
    }
    QCOMPARE(actual, names);
    QVERIFY(read->front().data.startsWith(firstBytes));
}

void TestZipReader::cutOffXlsxIsAnError()
{
    // The DistroKid suite's "binary.xlsx" is the first 63 bytes of a workbook.
    const QByteArray bytes = readFile(QStringLiteral(BEDROT_TEST_DATA "/distrokid/binary.xlsx"));
    QVERIFY(ZipReader::isZip(bytes));
    const auto read = ZipReader::read(bytes);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(QStringLiteral("cut off")), qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"

// ZipReader: archives built here byte by byte (a small ZIP writer over zlib, so every field can be
// made to lie), archives written by Python's zipfile under tests/data/tiktok/, and broken ones.
#include "lake/zipreader.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

#include <optional>

using namespace bedrot;

namespace {

const QString kTikTokDir = QStringLiteral(BEDROT_TEST_DATA "/tiktok/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void put16(QByteArray& out, quint32 v)
{
    char b[2];
    qToLittleEndian(quint16(v), b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void put64(QByteArray& out, quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) qFatal("deflateInit2");
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END) qFatal("deflate");
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

quint32 crcOf(const QByteArray& data)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
}

// 2025-05-27 11:38:14 in MS-DOS form.
constexpr quint16 kDosTime = (11 << 11) | (38 << 5) | (14 / 2);
constexpr quint16 kDosDate = ((2025 - 1980) << 9) | (5 << 5) | 27;

struct TestEntry
{
    QByteArray name;
    QByteArray data;
    quint16 method = 8;                  // 8: deflated here; anything else: the bytes stored as they are
    quint16 flags = 0;
    quint16 dosTime = kDosTime;
    quint16 dosDate = kDosDate;
    std::optional<quint32> crc;          // a lie about the checksum
    std::optional<quint64> declaredSize; // a lie about the uncompressed size
    std::optional<QByteArray> packed;    // these bytes instead of the compressed data
    std::optional<quint32> localOffset;  // a lie about where the local header is
    bool dataDescriptor = false;         // sizes and CRC after the data, zeros in the local header
    bool zip64 = false;                  // sizes and offset in a ZIP64 extra field
};

struct ArchiveOptions
{
    QByteArray comment;
    quint16 disk = 0;
    bool zip64End = false;
    std::optional<quint16> entryCount;
};

QByteArray makeZip(const QList<TestEntry>& entries, const ArchiveOptions& options = {})
{
    QByteArray out;
    QByteArray central;
    for (const TestEntry& e : entries) {
        const QByteArray packed = e.packed.value_or(e.method == 8 ? deflateRaw(e.data) : e.data);
        const quint32 crc = e.crc.value_or(crcOf(e.data));
        const quint64 size = e.declaredSize.value_or(quint64(e.data.size()));
        const quint16 flags = e.flags | (e.dataDescriptor ? 0x0008 : 0);
        const auto offset = quint32(out.size());

        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, flags);
        put16(out, e.method);
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.dataDescriptor ? 0 : crc);
        put32(out, e.dataDescriptor ? 0 : quint32(packed.size()));
        put32(out, e.dataDescriptor ? 0 : quint32(size));
        put16(out, quint32(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(packed);
        if (e.dataDescriptor) {
            put32(out, 0x08074b50);
            put32(out, crc);
            put32(out, quint32(packed.size()));
            put32(out, quint32(size));
        }

        QByteArray extra;
        if (e.zip64) {
            put16(extra, 0x0001);
            put16(extra, 24);
            put64(extra, size);
            put64(extra, quint64(packed.size()));
            put64(extra, e.localOffset.value_or(offset));
        }
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, e.zip64 ? 45 : 20);
        put16(central, flags);
        put16(central, e.method);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, crc);
        put32(central, e.zip64 ? 0xFFFFFFFFu : quint32(packed.size()));
        put32(central, e.zip64 ? 0xFFFFFFFFu : quint32(size));
        put16(central, quint32(e.name.size()));
        put16(central, quint32(extra.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, e.name.endsWith('/') ? 0x10 : 0);
        put32(central, e.zip64 ? 0xFFFFFFFFu : e.localOffset.value_or(offset));
        central.append(e.name);
        central.append(extra);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    const quint16 count = options.entryCount.value_or(quint16(entries.size()));
    if (options.zip64End) {
        const auto record = quint64(out.size());
        put32(out, 0x06064b50);
        put64(out, 44);
        put16(out, 45);
        put16(out, 45);
        put32(out, options.disk);
        put32(out, options.disk);
        put64(out, count);
        put64(out, count);
        put64(out, quint64(central.size()));
        put64(out, centralOffset);
        put32(out, 0x07064b50);
        put32(out, 0);
        put64(out, record);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, options.zip64End ? 0xFFFF : options.disk);
    put16(out, options.zip64End ? 0xFFFF : options.disk);
    put16(out, options.zip64End ? 0xFFFF : count);
    put16(out, options.zip64End ? 0xFFFF : count);
    put32(out, options.zip64End ? 0xFFFFFFFFu : quint32(central.size()));
    put32(out, options.zip64End ? 0xFFFFFFFFu : centralOffset);
    put16(out, quint32(options.comment.size()));
    out.append(options.comment);
    return out;
}

const QByteArray kCsv = "\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n"
                        "\"May 27\",\"980\",\"40\",\"22\",\"-1\",\"3\"\n";

TestEntry entry(const QByteArray& name, const QByteArray& data, quint16 method = 8)
{
    TestEntry e;
    e.name = name;
    e.data = data;
    e.method = method;
    return e;
}

} // namespace

Q_DECLARE_METATYPE(QList<TestEntry>)
Q_DECLARE_METATYPE(ArchiveOptions)

class TestZipReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isZip_data();
    void isZip();
    void reads_data();
    void reads();
    void modifiedIsLocalDosTime();
    void invalidDosDateIsInvalidTime();
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
    QTest::newRow("local header") << makeZip({entry("a.csv", kCsv)}) << true;
    QTest::newRow("empty archive") << makeZip({}) << true;
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
    QTest::addColumn<QList<TestEntry>>("entries");
    QTest::addColumn<ArchiveOptions>("options");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<QByteArray>>("contents");

    const QByteArray big = QByteArray("May 28,1441,52,31,2,11\n").repeated(5000); // compresses well: several deflate blocks
    QTest::newRow("deflated") << QList<TestEntry>{entry("Overview.csv", kCsv)} << ArchiveOptions()
                              << QStringList{QStringLiteral("Overview.csv")} << QList<QByteArray>{kCsv};
    QTest::newRow("stored") << QList<TestEntry>{entry("Overview.csv", kCsv, 0)} << ArchiveOptions()
                            << QStringList{QStringLiteral("Overview.csv")} << QList<QByteArray>{kCsv};
    QTest::newRow("large deflated") << QList<TestEntry>{entry("big.csv", big)} << ArchiveOptions()
                                    << QStringList{QStringLiteral("big.csv")} << QList<QByteArray>{big};
    QTest::newRow("empty members") << QList<TestEntry>{entry("a.csv", QByteArray(), 0), entry("b.csv", QByteArray(), 8)}
                                   << ArchiveOptions() << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                                   << QList<QByteArray>{QByteArray(), QByteArray()};
    QTest::newRow("empty archive") << QList<TestEntry>{} << ArchiveOptions() << QStringList() << QList<QByteArray>();
    // Directories and macOS resource forks are no one's data.
    QTest::newRow("directories skipped")
        << QList<TestEntry>{entry("export/", QByteArray(), 0), entry("export/Overview.csv", kCsv),
                            entry("__MACOSX/export/._Overview.csv", QByteArray("\x00\x05\x16\x07", 4)),
                            entry("export/FollowerHistory.csv", "Date,Followers\n", 0)}
        << ArchiveOptions() << QStringList{QStringLiteral("export/Overview.csv"), QStringLiteral("export/FollowerHistory.csv")}
        << QList<QByteArray>{kCsv, "Date,Followers\n"};
    QTest::newRow("archive comment") << QList<TestEntry>{entry("a.csv", kCsv)} << ArchiveOptions{"exported by TikTok Studio", 0, false, {}}
                                     << QStringList{QStringLiteral("a.csv")} << QList<QByteArray>{kCsv};
    // Streaming writers put the sizes after the data: the central directory is what counts.
    TestEntry streamed = entry("a.csv", kCsv);
    streamed.dataDescriptor = true;
    QTest::newRow("data descriptor") << QList<TestEntry>{streamed} << ArchiveOptions() << QStringList{QStringLiteral("a.csv")}
                                     << QList<QByteArray>{kCsv};
    TestEntry wide = entry("a.csv", kCsv);
    wide.zip64 = true;
    QTest::newRow("zip64") << QList<TestEntry>{wide, entry("b.csv", "x", 0)} << ArchiveOptions{{}, 0, true, {}}
                           << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")} << QList<QByteArray>{kCsv, "x"};
    // No UTF-8 flag: IBM PC code page 437 (0x82 is é) unless the bytes are valid UTF-8.
    QTest::newRow("cp437 name") << QList<TestEntry>{entry("caf\x82.csv", "x", 0)} << ArchiveOptions()
                                << QStringList{QStringLiteral("caf\u00e9.csv")} << QList<QByteArray>{"x"};
    TestEntry flagged = entry("\xc3\x9c" "bersicht.csv", "x", 0);
    flagged.flags = 0x0800;
    QTest::newRow("utf-8 flagged name") << QList<TestEntry>{flagged} << ArchiveOptions()
                                        << QStringList{QStringLiteral("\u00dcbersicht.csv")} << QList<QByteArray>{"x"};
    QTest::newRow("utf-8 unflagged name") << QList<TestEntry>{entry("\xc3\x9c" "bersicht.csv", "x", 0)} << ArchiveOptions()
                                          << QStringList{QStringLiteral("\u00dcbersicht.csv")} << QList<QByteArray>{"x"};
}

void TestZipReader::reads()
{
    QFETCH(QList<TestEntry>, entries);
    QFETCH(ArchiveOptions, options);
    QFETCH(QStringList, names);
    QFETCH(QList<QByteArray>, contents);

    const QByteArray zip = makeZip(entries, options);
    QString error;
    const std::optional<std::vector<ZipEntry>> read = ZipReader::read(zip, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QStringList actualNames;
    for (const ZipEntry& e : *read) actualNames << e.name;
    QCOMPARE(actualNames, names);
    for (size_t i = 0; i < read->size(); ++i) QCOMPARE((*read)[i].data, contents.at(qsizetype(i)));
}

void TestZipReader::modifiedIsLocalDosTime()
{
    QString error;
    const auto read = ZipReader::read(makeZip({entry("a.csv", kCsv)}), &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(read->size(), size_t(1));
    const QDateTime modified = read->front().modified;
    QCOMPARE(modified.timeSpec(), Qt::LocalTime);
    QCOMPARE(modified.date(), QDate(2025, 5, 27));
    QCOMPARE(modified.time(), QTime(11, 38, 14));
}

void TestZipReader::invalidDosDateIsInvalidTime()
{
    TestEntry e = entry("a.csv", kCsv);
    e.dosDate = 0; // month 0: some writers leave the date empty
    QString error;
    const auto read = ZipReader::read(makeZip({e}), &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY(!read->front().modified.isValid());
}

void TestZipReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    TestEntry badCrc = entry("Overview.csv", kCsv);
    badCrc.crc = 0x12345678;
    QTest::newRow("crc mismatch") << makeZip({badCrc}) << "checksum";
    TestEntry badStoredCrc = entry("Overview.csv", kCsv, 0);
    badStoredCrc.crc = crcOf(kCsv) ^ 1;
    QTest::newRow("crc mismatch, stored") << makeZip({badStoredCrc}) << "checksum";
    QTest::newRow("bzip2") << makeZip({entry("Overview.csv", kCsv, 12)}) << "bzip2";
    TestEntry encrypted = entry("Overview.csv", kCsv);
    encrypted.flags = 0x0001;
    QTest::newRow("encrypted") << makeZip({encrypted}) << "encrypted";
    // Sizes claimed by the central directory are checked before anything is allocated.
    TestEntry huge = entry("bomb.csv", kCsv);
    huge.declaredSize = quint64(2) << 30;
    QTest::newRow("declares 2 GiB") << makeZip({huge}) << "more than 1 GiB";
    TestEntry half = entry("a.csv", kCsv);
    half.declaredSize = quint64(600) << 20;
    TestEntry otherHalf = half;
    otherHalf.name = "b.csv";
    QTest::newRow("declares 1.2 GiB in two") << makeZip({half, otherHalf}) << "more than 1 GiB";
    TestEntry boast = entry("a.csv", kCsv);
    boast.declaredSize = quint64(10) << 20; // 10 MiB from about 80 compressed bytes
    QTest::newRow("declares more than deflate can hold") << makeZip({boast}) << "more than its";
    // A real bomb: 4 MiB of zeros deflate to a few KiB; the header says 1000 bytes.
    TestEntry bomb = entry("bomb.csv", QByteArray(4 << 20, '\0'));
    bomb.declaredSize = 1000;
    QTest::newRow("inflates past its size") << makeZip({bomb}) << "more than the 1000 bytes";
    TestEntry shortOne = entry("a.csv", kCsv);
    shortOne.declaredSize = quint64(kCsv.size()) + 10;
    QTest::newRow("inflates short of its size") << makeZip({shortOne}) << "but its header declares";
    TestEntry garbage = entry("a.csv", kCsv);
    garbage.packed = QByteArray(40, '\xff');
    QTest::newRow("corrupt deflate data") << makeZip({garbage}) << "corrupt";
    TestEntry cut = entry("a.csv", kCsv);
    cut.packed = deflateRaw(kCsv).first(10);
    QTest::newRow("deflate data ends early") << makeZip({cut}) << "ends early";
    TestEntry storedLie = entry("a.csv", kCsv, 0);
    storedLie.declaredSize = quint64(kCsv.size()) + 1;
    QTest::newRow("stored size mismatch") << makeZip({storedLie}) << "stored with";
    TestEntry misplaced = entry("a.csv", kCsv);
    misplaced.localOffset = 7;
    QTest::newRow("local header missing") << makeZip({misplaced}) << "missing from the archive";
    TestEntry beyond = entry("a.csv", kCsv);
    beyond.localOffset = 0x7FFFFFF0;
    QTest::newRow("local header beyond the end") << makeZip({beyond}) << "missing from the archive";
    QTest::newRow("split archive") << makeZip({entry("a.csv", kCsv)}, ArchiveOptions{{}, 1, false, {}}) << "split";
    QTest::newRow("entry count too large") << makeZip({entry("a.csv", kCsv)}, ArchiveOptions{{}, 0, false, quint16(40)})
                                           << "central directory is corrupt";
    QTest::newRow("entry count one more") << makeZip({entry("a.csv", kCsv), entry("b.csv", kCsv)}, ArchiveOptions{{}, 0, false, quint16(3)})
                                          << "central directory is corrupt";
    QTest::newRow("not a zip") << QByteArray("date,listeners,streams,followers\n2024-01-01,0,0,18\n") << "not a ZIP archive";
    QTest::newRow("too short") << QByteArray("PK\x03\x04", 4) << "only 4 bytes";
    QByteArray noEnd = makeZip({entry("a.csv", kCsv)});
    noEnd.chop(22);
    QTest::newRow("end record cut off") << noEnd << "no end record";
    QByteArray wrongComment = makeZip({entry("a.csv", kCsv)}, ArchiveOptions{"comment", 0, false, {}});
    wrongComment.chop(3); // the comment length no longer matches: the end record is not trusted
    QTest::newRow("comment cut off") << wrongComment << "no end record";
}

void TestZipReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString error;
    const auto read = ZipReader::read(bytes, &error);
    QVERIFY(!read.has_value());
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    // Without a place for the message it still refuses.
    QVERIFY(!ZipReader::read(bytes, nullptr).has_value());
}

void TestZipReader::everyTruncationIsAnError()
{
    const QByteArray zip = makeZip({entry("Overview.csv", kCsv), entry("FollowerHistory.csv", "Date,Followers\n", 0)},
                                   ArchiveOptions{"c", 0, false, {}});
    QVERIFY(ZipReader::read(zip, nullptr).has_value());
    for (qsizetype n = 0; n < zip.size(); ++n) {
        QString error;
        const auto read = ZipReader::read(QByteArrayView(zip).first(n), &error);
        QVERIFY2(!read.has_value(), qPrintable(QStringLiteral("a cut at %1 of %2 bytes was accepted").arg(n).arg(zip.size())));
        QVERIFY(!error.isEmpty());
    }
}

void TestZipReader::corruptedStoredDataIsAlwaysCaught()
{
    const QByteArray zip = makeZip({entry("a.csv", kCsv, 0)});
    const qsizetype dataStart = 30 + 5; // local header + "a.csv"
    for (qsizetype i = dataStart; i < dataStart + kCsv.size(); ++i) {
        QByteArray broken = zip;
        broken[i] = char(broken[i] ^ 0x20);
        QString error;
        QVERIFY(!ZipReader::read(broken, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));
    }
    // Any single corrupted byte anywhere: never a crash, and never a wrong entry passed off as good.
    for (qsizetype i = 0; i < zip.size(); ++i) {
        QByteArray broken = zip;
        broken[i] = char(broken[i] ^ 0xFF);
        const auto read = ZipReader::read(broken, nullptr);
        if (read)
            for (const ZipEntry& e : *read) QCOMPARE(e.data, kCsv);
    }
}

void TestZipReader::pythonArchives_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<QByteArray>("firstBytes");

    QTest::newRow("one csv") << "Overview_2024-05-28_1748345895_zone.a0.zip" << QStringList{QStringLiteral("Overview.csv")}
                             << QDateTime(QDate(2025, 5, 27), QTime(11, 38, 14)) << QByteArray("\"Date\",\"Video Views\"");
    QTest::newRow("several sections") << "studio_sections.zip"
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
    QString error;
    const auto read = ZipReader::read(bytes, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
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
    QString error;
    QVERIFY(!ZipReader::read(bytes, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("cut off")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"

// ZipWriter: what it writes reads back, carries zlib's CRC-32 and the DOS time asked for, and stored
// entries are stored.
#include "lake/zipreader.h"
#include "lake/zipwriter.h"

#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace bedrot;

namespace {

const QDateTime kExported(QDate(2026, 11, 15), QTime(11, 38, 14));

quint16 u16(const QByteArray& zip, qsizetype at)
{
    return qFromLittleEndian<quint16>(zip.constData() + at);
}
quint32 u32(const QByteArray& zip, qsizetype at)
{
    return qFromLittleEndian<quint32>(zip.constData() + at);
}

quint32 zlibCrc(const QByteArray& data)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
}

} // namespace

class TestZipWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void storedHeader();
    void deflatedIsSmaller();
    void emptyArchiveIsEndRecord();
    void sameInputSameBytes();
    void duplicateNameIsAnError();
};

void TestZipWriter::roundTrip_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("stored") << int(ZipWriter::Method::Stored);
    QTest::newRow("deflated") << int(ZipWriter::Method::Deflated);
}

void TestZipWriter::roundTrip()
{
    QFETCH(int, method);
    const std::vector<ZipEntry> entries{
        {QStringLiteral("Overview.csv"), kExported, QByteArray("\"Date\",\"Video Views\"\n").repeated(300)},
        {QStringLiteral("\u00dcbersicht.csv"), kExported.addSecs(8), QByteArray("x")},
        {QStringLiteral("empty.csv"), kExported.addSecs(1),
         QByteArray()}, // odd seconds: DOS time rounds down
    };
    const auto zip = ZipWriter::write(entries, ZipWriter::Method(method));
    QVERIFY2(zip.ok(), qPrintable(zip.errorMessage()));
    const auto read = ZipReader::read(*zip);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QCOMPARE(read->size(), entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE((*read)[i].name, entries[i].name);
        QCOMPARE((*read)[i].data, entries[i].data);
    }
    QCOMPARE((*read)[0].modified, kExported);
    QCOMPARE((*read)[1].modified, kExported.addSecs(8));
    QCOMPARE((*read)[2].modified, kExported);
}

void TestZipWriter::storedHeader()
{
    const QByteArray data("date,listeners\n2026-11-14,12\n");
    const auto zip =
        ZipWriter::write({{QStringLiteral("a.csv"), kExported, data}}, ZipWriter::Method::Stored);
    QVERIFY2(zip.ok(), qPrintable(zip.errorMessage()));
    QCOMPARE(u32(*zip, 0), quint32(0x04034b50));
    QCOMPARE(u16(*zip, 8), quint16(0));                                  // method: stored
    QCOMPARE(u16(*zip, 10), quint16(11 << 11 | 38 << 5 | 7));            // 11:38:14
    QCOMPARE(u16(*zip, 12), quint16((2026 - 1980) << 9 | 11 << 5 | 15)); // 2026-11-15
    QCOMPARE(u32(*zip, 14), zlibCrc(data));
    QCOMPARE(u32(*zip, 18), quint32(data.size()));
    QCOMPARE(u32(*zip, 22), quint32(data.size()));
    QVERIFY(zip->contains(data));
}

void TestZipWriter::deflatedIsSmaller()
{
    const QByteArray data = QByteArray("May 28,1441,52,31,2,11\n").repeated(2000);
    const auto zip = ZipWriter::write({{QStringLiteral("big.csv"), kExported, data}});
    QVERIFY2(zip.ok(), qPrintable(zip.errorMessage()));
    QCOMPARE(u16(*zip, 8), quint16(8)); // deflate
    QCOMPARE(u32(*zip, 14), zlibCrc(data));
    QVERIFY(zip->size() < data.size() / 10);
}

void TestZipWriter::emptyArchiveIsEndRecord()
{
    const auto zip = ZipWriter::write({});
    QVERIFY(zip.ok());
    QCOMPARE(zip->size(), 22);
    QVERIFY(ZipReader::isZip(*zip));
    const auto read = ZipReader::read(*zip);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read->empty());
}

void TestZipWriter::sameInputSameBytes()
{
    const std::vector<ZipEntry> entries{{QStringLiteral("a.csv"), kExported, QByteArray("1,2\n")}};
    const auto first = ZipWriter::write(entries, ZipWriter::Method::Stored);
    const auto second = ZipWriter::write(entries, ZipWriter::Method::Stored);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first, *second);
}

void TestZipWriter::duplicateNameIsAnError()
{
    const auto zip = ZipWriter::write({{QStringLiteral("a.csv"), kExported, QByteArray("1")},
                                       {QStringLiteral("a.csv"), kExported, QByteArray("2")}});
    QVERIFY(!zip.ok());
    QVERIFY2(zip.errorMessage().contains(QStringLiteral("a.csv")), qPrintable(zip.errorMessage()));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"

// CsvWriter: RFC 4180 quoting, CRLF record ends, UTF-8, header row, atomic save.
#include "etl/delimitedreader.h"
#include "export/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using bedrot::CsvWriter;
using bedrot::DelimitedReader;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void rows();
    void roundTrip();
    void saveWritesExactBytes();
    void saveReplacesAtomically();
    void saveFailureLeavesNothing();
};

void TestCsvWriter::escape_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("escaped");

    QTest::newRow("plain") << QStringLiteral("Spotify") << QByteArray("Spotify");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("Hold On, Pt. 2") << QByteArray("\"Hold On, Pt. 2\"");
    QTest::newRow("quote") << QStringLiteral("The \"Real\" Band") << QByteArray("\"The \"\"Real\"\" Band\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("lf") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("utf-8") << QStringLiteral("Zo\u00EB \u00C9lodie \u97F3")
                           << QByteArray("Zo\xC3\xAB \xC3\x89lodie \xE9\x9F\xB3");
    QTest::newRow("utf-8 with comma")
        << QStringLiteral("Lumi\u00E8re, live") << QByteArray("\"Lumi\xC3\xA8re, live\"");
    QTest::newRow("tab and semicolon unquoted") << QStringLiteral("a\tb;c") << QByteArray("a\tb;c");
    QTest::newRow("negative money") << QStringLiteral("-0.69000000") << QByteArray("-0.69000000");
}

void TestCsvWriter::escape()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, escaped);
    QCOMPARE(CsvWriter::escape(field), escaped);
}

void TestCsvWriter::rows()
{
    CsvWriter w;
    w.addRow({QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("as_of")});
    w.addRow({QStringLiteral("top_track"), QStringLiteral("Hold On, Pt. 2"), QStringLiteral("2024-10-05")});
    w.addRow({QStringLiteral("revenue"), QString(), QString()});
    w.addRow({QStringLiteral("note"), QStringLiteral("line 1\nline 2"), QStringLiteral("x")});
    QCOMPARE(w.data(), QByteArray("id,value,as_of\r\n"
                                  "top_track,\"Hold On, Pt. 2\",2024-10-05\r\n"
                                  "revenue,,\r\n"
                                  "note,\"line 1\nline 2\",x\r\n"));
}

void TestCsvWriter::roundTrip()
{
    // What the writer produces, an RFC 4180 reader gives back field for field.
    const QList<QStringList> table = {
        {QStringLiteral("Artist"), QStringLiteral("Title"), QStringLiteral("Earnings (USD)")},
        {QStringLiteral("The \"Real\" Band"), QStringLiteral("Hold On, Pt. 2"), QStringLiteral("0.01931943")},
        {QStringLiteral("Zo\u00EB"), QStringLiteral("first\r\nsecond"), QStringLiteral("-0.69")},
        {QString(), QStringLiteral(","), QStringLiteral("\"\"")},
    };
    CsvWriter w;
    for (const QStringList& row : table)
        w.addRow(row);
    DelimitedReader r(w.data(), ',');
    QList<QStringList> back;
    QList<qint64> lines;
    while (r.next()) {
        QStringList row;
        for (QByteArrayView f : r.fields())
            row << QString::fromUtf8(f);
        back << row;
        lines << r.line();
        QVERIFY(r.terminated());
    }
    QCOMPARE(back, table);
    QCOMPARE(lines, (QList<qint64>{1, 2, 3, 5})); // the embedded line break pushes the last record down
}

void TestCsvWriter::saveWritesExactBytes()
{
    QTemporaryDir dir;
    CsvWriter w;
    w.addRow({QStringLiteral("id"), QStringLiteral("value")});
    w.addRow({QStringLiteral("artist"), QStringLiteral("\u00C9lodie, \"live\"")});
    const QString path = dir.filePath(QStringLiteral("kpis.csv"));
    QVERIFY(w.save(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("id,value\r\nartist,\"\xC3\x89lodie, \"\"live\"\"\"\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kpis.csv")});
}

void TestCsvWriter::saveReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than the new one\r\n");
    }
    CsvWriter w;
    w.addRow({QStringLiteral("new")});
    QVERIFY(w.save(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new\r\n")); // replaced, not overwritten in place
    // No temporary file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.csv")});
}

void TestCsvWriter::saveFailureLeavesNothing()
{
    QTemporaryDir dir;
    CsvWriter w;
    w.addRow({QStringLiteral("x")});
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.csv"));
    const QString error = w.save(path).errorMessage();
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error)); // names the file
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // A folder in the way of the target: the save fails and the folder is untouched.
    const QString blocked = dir.filePath(QStringLiteral("blocked.csv"));
    QVERIFY(QDir().mkpath(blocked));
    QVERIFY(!w.save(blocked).ok());
    QVERIFY(QFileInfo(blocked).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("blocked.csv")});
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"

// DelimitedReader: RFC 4180 quoting (separators, newlines and doubled quotes inside quotes), CRLF / LF /
// CR-only endings, physical line numbers of records, unterminated last records.
#include "etl/delimitedreader.h"

#include <QTest>

using bedrot::DelimitedReader;

namespace {

// One record as text: "<line><T|U|Q>:" then the fields joined by '|', with CR and LF shown as \r, \n.
// T = terminated by a line end, U = ran into the end of the text, Q = a quote that never closes.
QString describe(const DelimitedReader& r)
{
    QStringList fields;
    for (QByteArrayView f : r.fields()) {
        QString s = QString::fromUtf8(f);
        s.replace(u'\r', QStringLiteral("\\r"));
        s.replace(u'\n', QStringLiteral("\\n"));
        fields << s;
    }
    const QChar state = r.unclosedQuote() ? u'Q' : (r.terminated() ? u'T' : u'U');
    return QString::number(r.line()) + state + u':' + fields.join(u'|');
}

QStringList readAll(const QByteArray& text, char sep, bool multilineQuotes = true)
{
    DelimitedReader r(text, sep);
    r.setMultilineQuotes(multilineQuotes);
    QStringList out;
    while (r.next())
        out << describe(r);
    return out;
}

} // namespace

class TestDelimitedReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void rawRecord();
    void positionAdvances();
    void guessSeparator_data();
    void guessSeparator();
    void firstLine_data();
    void firstLine();
    void strayQuoteStaysOnItsLine();
};

void TestDelimitedReader::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("lf") << QByteArray("a,b,c\n1,2,3\n") << ','
                        << QStringList{QStringLiteral("1T:a|b|c"), QStringLiteral("2T:1|2|3")};
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << ','
                          << QStringList{QStringLiteral("1T:a|b"), QStringLiteral("2T:c|d")};
    QTest::newRow("cr only") << QByteArray("a\tb\rc\td\re\tf\r") << '\t'
                             << QStringList{QStringLiteral("1T:a|b"), QStringLiteral("2T:c|d"),
                                            QStringLiteral("3T:e|f")};
    QTest::newRow("mixed endings") << QByteArray("a\r\nb\rc\nd") << ','
                                   << QStringList{QStringLiteral("1T:a"), QStringLiteral("2T:b"),
                                                  QStringLiteral("3T:c"), QStringLiteral("4U:d")};
    QTest::newRow("no final newline")
        << QByteArray("a,b\nc,d") << ',' << QStringList{QStringLiteral("1T:a|b"), QStringLiteral("2U:c|d")};
    QTest::newRow("quoted separator")
        << QByteArray("\"a,b\",c\n") << ',' << QStringList{QStringLiteral("1T:a,b|c")};
    QTest::newRow("quoted tab in tsv")
        << QByteArray("\"x\ty\"\tz\n") << '\t' << QStringList{QStringLiteral("1T:x\ty|z")};
    QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",x\n\"\"\"\"\n") << ','
                                    << QStringList{QStringLiteral("1T:say \"hi\"|x"),
                                                   QStringLiteral("2T:\"")};
    QTest::newRow("empty quoted") << QByteArray("\"\",x,\"\"\n") << ','
                                  << QStringList{QStringLiteral("1T:|x|")};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,\n,b,\n") << ','
                                  << QStringList{QStringLiteral("1T:a||c"), QStringLiteral("2T:|"),
                                                 QStringLiteral("3T:|b|")};
    // A field with a line break inside: the next record starts on the physical line after it.
    QTest::newRow("quoted lf") << QByteArray("h1,h2\n\"line1\nline2\",z\nnext,1\n") << ','
                               << QStringList{QStringLiteral("1T:h1|h2"),
                                              QStringLiteral("2T:line1\\nline2|z"),
                                              QStringLiteral("4T:next|1")};
    QTest::newRow("quoted crlf") << QByteArray("\"a\r\nb\r\nc\",d\r\ne,f\r\n") << ','
                                 << QStringList{QStringLiteral("1T:a\\r\\nb\\r\\nc|d"),
                                                QStringLiteral("4T:e|f")};
    QTest::newRow("quoted cr in cr file")
        << QByteArray("\"a\rb\",c\rd,e\r") << ','
        << QStringList{QStringLiteral("1T:a\\rb|c"), QStringLiteral("3T:d|e")};
    QTest::newRow("two multi-line fields")
        << QByteArray("\"1\n2\",\"3\n4\n5\"\nx\n") << ','
        << QStringList{QStringLiteral("1T:1\\n2|3\\n4\\n5"), QStringLiteral("5T:x")};
    QTest::newRow("quoted field ends the text")
        << QByteArray("a,\"b\nc\"") << ',' << QStringList{QStringLiteral("1U:a|b\\nc")};
    // Blank lines are skipped but counted.
    QTest::newRow("blank lines") << QByteArray("a\n\n\nb\r\n\r\nc\n") << ','
                                 << QStringList{QStringLiteral("1T:a"), QStringLiteral("4T:b"),
                                                QStringLiteral("6T:c")};
    QTest::newRow("leading blank line") << QByteArray("\nx\n") << ',' << QStringList{QStringLiteral("2T:x")};
    // Text after a closing quote: not a quoted field after all, so the field is taken literally.
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,e\n") << ',' << QStringList{QStringLiteral("1T:\"ab\"cd|e")};
    QTest::newRow("quoted title with suffix, tab") << QByteArray("\"Heroes\" (Remix)\tx\n") << '\t'
                                                   << QStringList{QStringLiteral("1T:\"Heroes\" (Remix)|x")};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("5\" vinyl,x\n") << ',' << QStringList{QStringLiteral("1T:5\" vinyl|x")};
    // The text ends inside a quoted field: a cut-off download.
    QTest::newRow("unclosed quote") << QByteArray("a,b\nc,\"d\ne,f\n") << ','
                                    << QStringList{QStringLiteral("1T:a|b"),
                                                   QStringLiteral("2Q:c|d\\ne,f\\n")};
    QTest::newRow("utf-8 untouched") << QByteArray("Zo\xC3\xAB\tBeyonc\xC3\xA9\n") << '\t'
                                     << QStringList{QString::fromUtf8("1T:Zo\xC3\xAB|Beyonc\xC3\xA9")};
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";d\n") << ';'
                               << QStringList{QStringLiteral("1T:a|b;c|d")};
    QTest::newRow("empty text") << QByteArray() << ',' << QStringList{};
    QTest::newRow("only newlines") << QByteArray("\n\r\n\r") << ',' << QStringList{};
}

void TestDelimitedReader::records()
{
    QFETCH(QByteArray, text);
    QFETCH(char, separator);
    QFETCH(QStringList, expected);
    QCOMPARE(readAll(text, separator), expected);
}

void TestDelimitedReader::rawRecord()
{
    const QByteArray text("h1,h2\r\n\"x\r\ny\",z\r\nlast,1");
    DelimitedReader r(text, ',');
    QVERIFY(r.next());
    QCOMPARE(r.rawRecord(), QByteArrayView("h1,h2"));
    QVERIFY(r.next());
    QCOMPARE(r.rawRecord(), QByteArrayView("\"x\r\ny\",z")); // the raw bytes, quotes and inner CRLF kept
    QCOMPARE(r.line(), qint64(2));
    QVERIFY(r.next());
    QCOMPARE(r.rawRecord(), QByteArrayView("last,1"));
    QCOMPARE(r.line(), qint64(4));
    QVERIFY(!r.terminated());
    QVERIFY(!r.next());
    QVERIFY(!r.next()); // stays at the end
}

void TestDelimitedReader::positionAdvances()
{
    const QByteArray text("ab,c\r\nd\n");
    DelimitedReader r(text, ',');
    QVERIFY(r.next());
    QCOMPARE(r.position(), qsizetype(6)); // past "ab,c\r\n"
    QCOMPARE(r.fieldCount(), qsizetype(2));
    QCOMPARE(r.field(5), QByteArrayView()); // out of range: empty
    QVERIFY(r.next());
    QCOMPARE(r.position(), qsizetype(8));
    QVERIFY(!r.next());
}

void TestDelimitedReader::guessSeparator_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<char>("separator");

    QTest::newRow("tab") << QByteArray("Reporting Date\tSale Month\tStore") << '\t';
    QTest::newRow("comma") << QByteArray("date,listeners,streams,followers") << ',';
    QTest::newRow("semicolon") << QByteArray("Date;Amount;Category") << ';';
    QTest::newRow("quoted separators ignored") << QByteArray("\"a;b;c\",d,e") << ',';
    QTest::newRow("tab wins ties") << QByteArray("a\tb,c") << '\t';
    QTest::newRow("single column") << QByteArray("value") << ',';
}

void TestDelimitedReader::guessSeparator()
{
    QFETCH(QByteArray, header);
    QFETCH(char, separator);
    QCOMPARE(DelimitedReader::guessSeparator(header), separator);
}

void TestDelimitedReader::firstLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("lf") << QByteArray("abc\ndef") << QByteArray("abc");
    QTest::newRow("crlf") << QByteArray("abc\r\ndef") << QByteArray("abc");
    QTest::newRow("cr") << QByteArray("abc\rdef") << QByteArray("abc");
    QTest::newRow("single") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestDelimitedReader::firstLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, line);
    QCOMPARE(DelimitedReader::firstLine(text).toByteArray(), line);
}

QTEST_APPLESS_MAIN(TestDelimitedReader)
void TestDelimitedReader::strayQuoteStaysOnItsLine()
{
    // A title opening a quote it never closes: in a tab-separated export it must not swallow the
    // next lines. With RFC 4180 multi-line quotes (CSV) the same text is one long field.
    const QByteArray text("\"Heroes (Remix)\t1\nB\t2\nC\t3\n");
    QCOMPARE(readAll(text, '\t', false), (QStringList{QStringLiteral("1T:\"Heroes (Remix)|1"),
                                                      QStringLiteral("2T:B|2"), QStringLiteral("3T:C|3")}));
    QCOMPARE(readAll(text, '\t', true).size(), 1);
}

#include "tst_delimitedreader.moc"

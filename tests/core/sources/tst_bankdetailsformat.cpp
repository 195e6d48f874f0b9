// DistroKid bank details: golden files under tests/data/distrokid/ (good files and every known trap),
// each input compared line by line with a hand-written expected file and quarantine file.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/distrokid/bankdetailsformat.h"
#include "sources/formatregistry.h"

#include <QSet>
#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDir = QStringLiteral(BEDROT_TEST_DATA "/distrokid/");

QString normalised(const StatementLine& s)
{
    return QStringList{s.reportingDate.toString(Qt::ISODate),
                       QStringLiteral("%1-%2")
                           .arg(s.saleYear, 4, 10, QLatin1Char('0'))
                           .arg(s.saleMonth, 2, 10, QLatin1Char('0')),
                       QString::fromUtf8(s.store),
                       QString::fromUtf8(s.artist),
                       QString::fromUtf8(s.title),
                       QString::fromUtf8(s.isrc),
                       QString::fromUtf8(s.upc),
                       QString::number(s.quantity),
                       QString::fromUtf8(s.teamPercentage),
                       QString::fromUtf8(s.songOrAlbum),
                       QString::fromUtf8(s.country),
                       s.withheld.toString(8),
                       s.earnings.toString(8),
                       QString::number(s.line),
                       QString::number(s.occurrence)}
        .join(u'\t');
}

QList<quint64> keysOf(const QString& input)
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    const ParseResult p = parseBatches(BankDetailsFormat(), text, 3);
    QList<quint64> keys;
    for (const StatementLine& s : p.all(&FactBatch::statementLines))
        keys << s.lineKey;
    return keys;
}

} // namespace

class TestBankDetailsFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void notRecognised_data();
    void notRecognised();
    void mapHeader_data();
    void mapHeader();
    void identityIgnoresBytes();
    void identityIgnoresExtraColumns();
    void interruptedSinkStops();
    void registryNamesExpectedFormat();
};

void TestBankDetailsFormat::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");
    QTest::addColumn<int>("encoding");

    const int utf8 = int(DecodedText::Encoding::Utf8);
    QTest::newRow("basic") << "good_basic.tsv"
                           << "good_basic.expected.tsv"
                           << "none.quarantine.tsv" << utf8;
    QTest::newRow("extra columns") << "good_extra_columns.tsv"
                                   << "good_extra_columns.expected.tsv"
                                   << "none.quarantine.tsv" << utf8;
    QTest::newRow("reordered columns") << "good_reordered.tsv"
                                       << "good_reordered.expected.tsv"
                                       << "none.quarantine.tsv" << utf8;
    // The same four lines in four byte forms give the same result.
    QTest::newRow("bom + crlf") << "good_bom_crlf.tsv"
                                << "small.expected.tsv"
                                << "none.quarantine.tsv" << int(DecodedText::Encoding::Utf8Bom);
    QTest::newRow("cr only") << "good_cr_only.tsv"
                             << "small.expected.tsv"
                             << "none.quarantine.tsv" << utf8;
    QTest::newRow("utf-16le") << "good_utf16le.tsv"
                              << "small.expected.tsv"
                              << "none.quarantine.tsv" << int(DecodedText::Encoding::Utf16LE);
    QTest::newRow("no final newline") << "good_no_final_newline.tsv"
                                      << "small.expected.tsv"
                                      << "none.quarantine.tsv" << utf8;
    QTest::newRow("excel re-save as csv") << "good_excel_resave.csv"
                                          << "good_excel_resave.expected.tsv"
                                          << "none.quarantine.tsv" << utf8;
    QTest::newRow("header only") << "header_only.tsv"
                                 << "header_only.expected.tsv"
                                 << "none.quarantine.tsv" << utf8;
    QTest::newRow("truncated mid-line") << "truncated_midline.tsv"
                                        << "truncated.expected.tsv"
                                        << "truncated_midline.quarantine.tsv" << utf8;
    QTest::newRow("truncated in earnings") << "truncated_earnings.tsv"
                                           << "truncated.expected.tsv"
                                           << "truncated_earnings.quarantine.tsv" << utf8;
    // DistroKid writes a zero amount as "0": it must not make every cut-off amount look complete.
    QTest::newRow("truncated after a zero line") << "truncated_after_zero.tsv"
                                                 << "truncated_after_zero.expected.tsv"
                                                 << "truncated_after_zero.quarantine.tsv" << utf8;
    QTest::newRow("truncated in quotes") << "truncated_in_quotes.csv"
                                         << "truncated_in_quotes.expected.tsv"
                                         << "truncated_in_quotes.quarantine.tsv" << utf8;
    QTest::newRow("bad rows") << "bad_rows.tsv"
                              << "bad_rows.expected.tsv"
                              << "bad_rows.quarantine.tsv" << utf8;
}

void TestBankDetailsFormat::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);
    QFETCH(int, encoding);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QCOMPARE(int(text.encoding), encoding);
    QVERIFY(!text.binary);
    BankDetailsFormat format;
    QVERIFY(format.recognises(text));
    FormatRegistry registry;
    QCOMPARE(registry.detect(text), registry.byId(QStringLiteral("distrokid.bank_details")));

    // Tiny and whole-file batches.
    checkGolden(
        format, text, ParseContext(), kDir + expected, kDir + quarantine, {2, 100000},
        [](const ParseResult& p) { return p.rows(&FactBatch::statementLines, normalised); },
        [](const ParseResult& p, int batchSize) {
            const std::vector<StatementLine> lines = p.all(&FactBatch::statementLines);
            if (batchSize == 2 && lines.size() + p.quarantine.size() > 2)
                QVERIFY(p.batches.size() > 1);
            // Line identity (content + occurrence): every line of a file has its own key.
            QSet<quint64> keys;
            for (const StatementLine& s : lines)
                keys.insert(s.lineKey);
            QCOMPARE(qsizetype(keys.size()), qsizetype(lines.size()));
        });
}

void TestBankDetailsFormat::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    QTest::newRow("other csv") << "not_distrokid.csv" << false;
    QTest::newRow("earnings in EUR") << "near_miss.tsv" << false;
    QTest::newRow("xlsx") << "binary.xlsx" << true;
    QTest::newRow("empty") << "empty.tsv" << false;
}

void TestBankDetailsFormat::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QCOMPARE(text.binary, binary);
    BankDetailsFormat format;
    QVERIFY(!format.recognises(text));
    QVERIFY(FormatRegistry().detect(text) == nullptr);
    // Asked to parse anyway, it refuses as a whole rather than loading anything.
    if (!binary) {
        const ParseResult p = parseBatches(format, text, 100);
        QVERIFY(p.error.has_value());
        QVERIFY(p.all(&FactBatch::statementLines).empty());
    }
}

void TestBankDetailsFormat::mapHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<int>("earningsIndex");

    const QByteArray canonical =
        "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\t"
        "Song/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)";
    QTest::newRow("canonical") << canonical << true << '\t' << QStringList() << 12;
    QTest::newRow("extra first") << QByteArray("Customer Paid\t") + canonical << true << '\t' << QStringList()
                                 << 13;
    QByteArray commas = canonical;
    commas.replace('\t', ',');
    QTest::newRow("comma") << commas << true << ',' << QStringList() << 12;
    QByteArray semicolons = canonical;
    semicolons.replace('\t', ';');
    QTest::newRow("semicolon") << semicolons << true << ';' << QStringList() << 12;
    QByteArray upper = canonical.toUpper();
    QTest::newRow("upper case") << upper << true << '\t' << QStringList() << 12;
    QByteArray noEarnings = canonical;
    noEarnings.replace("\tEarnings (USD)", "");
    QTest::newRow("no earnings") << noEarnings << false << '\t'
                                 << QStringList{QStringLiteral("Earnings (USD)")} << -1;
    QByteArray noDates = canonical;
    noDates.replace("Reporting Date\tSale Month\t", "");
    QTest::newRow("no dates") << noDates << false << '\t'
                              << QStringList{QStringLiteral("Reporting Date"), QStringLiteral("Sale Month")}
                              << -1;
}

void TestBankDetailsFormat::mapHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(char, separator);
    QFETCH(QStringList, missing);
    QFETCH(int, earningsIndex);

    const BankDetailsFormat::HeaderMap map = BankDetailsFormat::mapHeader(header);
    QCOMPARE(map.valid, valid);
    QCOMPARE(map.separator, separator);
    QCOMPARE(map.missing, missing);
    if (valid)
        QCOMPARE(map.index[BankDetailsFormat::Earnings], qsizetype(earningsIndex));
}

void TestBankDetailsFormat::identityIgnoresBytes()
{
    // The same lines saved with another encoding or line ending have the same identities: the
    // basis of "re-saved file adds nothing".
    const QList<quint64> reference = keysOf(QStringLiteral("good_no_final_newline.tsv"));
    QCOMPARE(reference.size(), 4);
    QCOMPARE(keysOf(QStringLiteral("good_bom_crlf.tsv")), reference);
    QCOMPARE(keysOf(QStringLiteral("good_cr_only.tsv")), reference);
    QCOMPARE(keysOf(QStringLiteral("good_utf16le.tsv")), reference);
    // Lines 2 and 3 of good_basic are the first two lines of the small file.
    const QList<quint64> basic = keysOf(QStringLiteral("good_basic.tsv"));
    QCOMPARE(basic.mid(0, 2), reference.mid(0, 2));
    // The third Spotify line of good_basic (occurrence 3) is new; its second (occurrence 2) is the
    // small file's fourth line (occurrence 2 of the same content).
    QCOMPARE(basic.at(2), reference.at(3));
    QVERIFY(!reference.contains(basic.at(7)));
}

void TestBankDetailsFormat::identityIgnoresExtraColumns()
{
    // Spotify 2024-10-05 line: same core columns in the extra-columns file (line 2) as in good_basic
    // (line 3); extra columns such as Customer Paid do not change the line's identity.
    const QList<quint64> extra = keysOf(QStringLiteral("good_extra_columns.tsv"));
    const QList<quint64> basic = keysOf(QStringLiteral("good_basic.tsv"));
    QCOMPARE(extra.at(0), basic.at(1));
    QCOMPARE(extra.at(4), basic.at(2)); // occurrence 2 in both
    // Reordered columns: the YouTube (Ads) line is the same line as good_basic's first.
    QCOMPARE(keysOf(QStringLiteral("good_reordered.tsv")).at(0), basic.at(0));
}

void TestBankDetailsFormat::interruptedSinkStops()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("good_basic.tsv")));
    int calls = 0;
    const Result<void> parsed = BankDetailsFormat().parse(
        text,
        [&calls](FactBatch&&) {
            ++calls;
            return false;
        },
        2);
    QVERIFY(!parsed);
    QCOMPARE(calls, 1); // stopped at the first refused batch
}

void TestBankDetailsFormat::registryNamesExpectedFormat()
{
    const QString expected = FormatRegistry().expectedFormats();
    QVERIFY(expected.contains(QStringLiteral("DistroKid bank details statement")));
    for (QByteArrayView column : BankDetailsFormat::columnNames())
        QVERIFY(expected.contains(QString::fromLatin1(column)));
}

QTEST_APPLESS_MAIN(TestBankDetailsFormat)
#include "tst_bankdetailsformat.moc"

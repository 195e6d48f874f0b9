// Business expenses: golden files under tests/data/manual/expenses_* (both layouts, both sign
// conventions, ';' with decimal commas, bad rows), the amount spellings of card exports, and line
// identity (content + occurrence, the same expense whatever the file's spelling or sign convention).
#include "core/goldentestsupport.h"
#include "etl/amountparser.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/manual/expensesformat.h"

#include <QSet>
#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDir = QStringLiteral(BEDROT_TEST_DATA "/manual/");

QString normalised(const ExpenseFact& e)
{
    return QStringList{e.day.toString(Qt::ISODate),
                       e.description,
                       e.amount.toString(2),
                       e.currency,
                       e.category,
                       e.status,
                       e.cardLast4,
                       QString::number(e.occurrence),
                       QString::number(e.line)}
        .join(u'\t');
}

QList<quint64> keysOf(const QByteArray& bytes)
{
    const ParseResult p = parseBatches(ExpensesFormat(), TextDecoder::decode(bytes), 2);
    QList<quint64> keys;
    for (const ExpenseFact& e : p.all(&FactBatch::expenses))
        keys << e.lineKey;
    return keys;
}

QList<quint64> keysOfFile(const QString& name)
{
    return keysOf(readFile(kDir + name));
}

} // namespace

class TestExpenses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void amount_data();
    void amount();
    void identitySameExpenseAnySpelling();
    void identityIgnoresStatus();
    void notRecognised_data();
    void notRecognised();
    void distroKidSamplesNotRecognised();
    void interruptedSinkStops();
};

void TestExpenses::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");

    // Positive = spent: "$35.99", quoted "$1,234.56", (12.34) and -5.00 refunds, "****1234" card,
    // a Pending row twice (occurrences 1 and 2), M/D/YYYY, a comma inside a quoted description.
    QTest::newRow("six columns, positive") << "expenses_positive.csv"
                                           << "expenses_positive.expected.tsv"
                                           << "none.quarantine.tsv";
    // Every amount negative: the file writes spending as negative, so it is flipped.
    QTest::newRow("six columns, all negative") << "expenses_all_negative.csv"
                                               << "expenses_all_negative.expected.tsv"
                                               << "none.quarantine.tsv";
    // Three purchases negative (-$20.00, $-20.00, U+2212 minus), a payment and a refund positive:
    // still the negative convention, so the payment and the refund come out negative.
    QTest::newRow("six columns, mostly negative") << "expenses_mostly_negative.csv"
                                                  << "expenses_mostly_negative.expected.tsv"
                                                  << "none.quarantine.tsv";
    // The card's own CSV: Debit is spent, a Credit row is a refund or payment (negative), both → net.
    QTest::newRow("debit/credit") << "expenses_debit_credit.csv"
                                  << "expenses_debit_credit.expected.tsv"
                                  << "none.quarantine.tsv";
    QTest::newRow("debit/credit, bad rows") << "expenses_debit_credit_bad.csv"
                                            << "expenses_debit_credit_bad.expected.tsv"
                                            << "expenses_debit_credit_bad.quarantine.tsv";
    // ';' with decimal commas and a € after the amount: EUR.
    QTest::newRow("semicolon, decimal comma, euro") << "expenses_semicolon.csv"
                                                    << "expenses_semicolon.expected.tsv"
                                                    << "none.quarantine.tsv";
    QTest::newRow("header only") << "expenses_header_only.csv"
                                 << "expenses_header_only.expected.tsv"
                                 << "none.quarantine.tsv";
    QTest::newRow("bad rows") << "expenses_bad.csv"
                              << "expenses_bad.expected.tsv"
                              << "expenses_bad.quarantine.tsv";
}

void TestExpenses::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QVERIFY(ExpensesFormat().recognises(text));
    FormatRegistry registry;
    QCOMPARE(registry.detect(text), registry.byId(QStringLiteral("manual.expenses")));

    checkGolden(
        ExpensesFormat(), text, ParseContext(), kDir + expected, kDir + quarantine, {1, 100000},
        [](const ParseResult& p) { return p.rows(&FactBatch::expenses, normalised); },
        [](const ParseResult& p, int) {
            // Every row of a file has its own identity (occurrences span batches).
            const std::vector<ExpenseFact> expenses = p.all(&FactBatch::expenses);
            QSet<quint64> keys;
            for (const ExpenseFact& e : expenses)
                keys.insert(e.lineKey);
            QCOMPARE(qsizetype(keys.size()), qsizetype(expenses.size()));
        });
}

void TestExpenses::amount_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<QString>("value"); // Money::toString(2); "invalid" when refused
    QTest::addColumn<QString>("currency");

    QTest::newRow("plain") << QByteArray("12.34") << false << "12.34"
                           << "";
    QTest::newRow("dollar, thousands") << QByteArray("$1,234.56") << false << "1234.56"
                                       << "USD";
    QTest::newRow("quoted") << QByteArray("\"1,250.50\"") << false << "1250.50"
                            << "";
    QTest::newRow("parentheses") << QByteArray("(12.34)") << false << "-12.34"
                                 << "";
    QTest::newRow("parentheses, dollar") << QByteArray("($12.34)") << false << "-12.34"
                                         << "USD";
    QTest::newRow("minus") << QByteArray("-12.34") << false << "-12.34"
                           << "";
    QTest::newRow("minus before dollar") << QByteArray("-$12.34") << false << "-12.34"
                                         << "USD";
    QTest::newRow("minus after dollar") << QByteArray("$-12.34") << false << "-12.34"
                                        << "USD";
    QTest::newRow("trailing minus") << QByteArray("12.34-") << false << "-12.34"
                                    << "";
    QTest::newRow("unicode minus") << QByteArray("\xE2\x88\x92"
                                                 "7.00")
                                   << false << "-7.00"
                                   << "";
    QTest::newRow("plus") << QByteArray("+5") << false << "5.00"
                          << "";
    QTest::newRow("both separators, comma decimal") << QByteArray("1.250,50") << false << "1250.50"
                                                    << "";
    QTest::newRow("both separators, comma decimal, ; file") << QByteArray("1.250,50") << true << "1250.50"
                                                            << "";
    QTest::newRow("both separators, point decimal, ; file") << QByteArray("1,250.50") << true << "1250.50"
                                                            << "";
    QTest::newRow("1,250 in a , file") << QByteArray("1,250") << false << "1250.00"
                                       << "";
    QTest::newRow("1,250 in a ; file") << QByteArray("1,250") << true << "1.25"
                                       << "";
    QTest::newRow("1.250 in a , file") << QByteArray("1.250") << false << "1.25"
                                       << "";
    QTest::newRow("1.250 in a ; file") << QByteArray("1.250") << true << "1250.00"
                                       << "";
    QTest::newRow("12,5 can only be a decimal comma") << QByteArray("12,5") << false << "12.50"
                                                      << "";
    QTest::newRow("0,500 is a decimal") << QByteArray("0,500") << false << "0.50"
                                        << "";
    QTest::newRow("1,2345 is a decimal") << QByteArray("1,2345") << false << "1.2345"
                                         << "";
    QTest::newRow("millions") << QByteArray("1,234,567.89") << false << "1234567.89"
                              << "";
    QTest::newRow("dots group millions") << QByteArray("1.234.567") << false << "1234567.00"
                                         << "";
    QTest::newRow("space groups") << QByteArray("1 234,56") << true << "1234.56"
                                  << "";
    QTest::newRow("no-break space groups") << QByteArray("1\xC2\xA0"
                                                         "234,56")
                                           << true << "1234.56"
                                           << "";
    QTest::newRow("apostrophe groups") << QByteArray("1'234.56") << false << "1234.56"
                                       << "";
    QTest::newRow("euro before") << QByteArray("\xE2\x82\xAC"
                                               "12,34")
                                 << true << "12.34"
                                 << "EUR";
    QTest::newRow("euro after") << QByteArray("12,34 \xE2\x82\xAC") << true << "12.34"
                                << "EUR";
    QTest::newRow("pound") << QByteArray("\xC2\xA3"
                                         "5")
                           << false << "5.00"
                           << "GBP";
    QTest::newRow("code before") << QByteArray("USD 12.34") << false << "12.34"
                                 << "USD";
    QTest::newRow("code after") << QByteArray("12.34 CAD") << false << "12.34"
                                << "CAD";
    QTest::newRow("many decimals kept") << QByteArray("0.01931943") << false << "0.01931943"
                                        << "";
    QTest::newRow("bad groups") << QByteArray("1,23.45") << false << "invalid"
                                << "";
    QTest::newRow("two points") << QByteArray("12.34.56") << false << "invalid"
                                << "";
    QTest::newRow("two decimal commas") << QByteArray("1.234,5,6") << false << "invalid"
                                        << "";
    QTest::newRow("empty") << QByteArray("") << false << "invalid"
                           << "";
    QTest::newRow("just a sign") << QByteArray("-") << false << "invalid"
                                 << "";
    QTest::newRow("just a dollar") << QByteArray("$") << false << "invalid"
                                   << "";
    QTest::newRow("words") << QByteArray("ten dollars") << false << "invalid"
                           << "";
    QTest::newRow("sign inside parentheses") << QByteArray("(-12.34)") << false << "invalid"
                                             << "";
    QTest::newRow("two signs") << QByteArray("--5") << false << "invalid"
                               << "";
    QTest::newRow("exponent") << QByteArray("1e3") << false << "invalid"
                              << "";
    QTest::newRow("leading point") << QByteArray(".5") << false << "invalid"
                                   << "";
    QTest::newRow("trailing point") << QByteArray("5.") << false << "invalid"
                                    << "";
}

void TestExpenses::amount()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, decimalComma);
    QFETCH(QString, value);
    QFETCH(QString, currency);
    const std::optional<AmountParser::Amount> a = AmountParser::parse(text, decimalComma);
    QCOMPARE(a ? a->value.toString(2) : QStringLiteral("invalid"), value);
    if (a)
        QCOMPARE(a->currency, currency);
}

void TestExpenses::identitySameExpenseAnySpelling()
{
    // The first two expenses of the positive file, written with negative spending: same identities.
    const QList<quint64> positive = keysOfFile(QStringLiteral("expenses_positive.csv"));
    const QList<quint64> negative = keysOfFile(QStringLiteral("expenses_all_negative.csv"));
    QCOMPARE(positive.size(), 6);
    QCOMPARE(negative, positive.mid(0, 2));
    // Identical rows are separate expenses (occurrences 1 and 2).
    QVERIFY(positive.at(3) != positive.at(4));
    // A re-save that drops the "$" and the thousands separator and writes M/D/YYYY: same identity.
    const QList<quint64> resaved = keysOf("Date,Description,Amount,Category,Status,CardLast4\n"
                                          "1/5/2025,FACEBK ADS *ABC123,1234.56,Advertising,Posted,1234\n");
    QCOMPARE(resaved.size(), 1);
    QCOMPARE(resaved.at(0), positive.at(1));
    // Another amount is another expense.
    const QList<quint64> other = keysOf("Date,Description,Amount,Category,Status,CardLast4\n"
                                        "1/5/2025,FACEBK ADS *ABC123,1234.57,Advertising,Posted,1234\n");
    QVERIFY(other.at(0) != positive.at(1));
}

void TestExpenses::identityIgnoresStatus()
{
    // A Pending row that is Posted in the next download must not become a second expense.
    const QList<quint64> pending = keysOf("Date,Description,Amount,Category,Status,CardLast4\n"
                                          "2025-01-09,SPLICE SOUNDS,9.99,Software,Pending,1234\n");
    const QList<quint64> posted = keysOf("Date,Description,Amount,Category,Status,CardLast4\n"
                                         "2025-01-09,SPLICE SOUNDS,9.99,Software,Posted,1234\n");
    QCOMPARE(pending.size(), 1);
    QCOMPARE(posted, pending);
    QCOMPARE(pending.at(0), keysOfFile(QStringLiteral("expenses_positive.csv")).at(3));
}

void TestExpenses::notRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("binary");

    QTest::newRow("Total instead of Amount")
        << QString(kDir + QStringLiteral("near_miss_expenses.csv")) << false;
    QTest::newRow("Debit without Credit")
        << QString(kDir + QStringLiteral("near_miss_debit_only.csv")) << false;
    QTest::newRow("catalog") << QString(kDir + QStringLiteral("catalog_good.csv")) << false;
    QTest::newRow("empty") << QString(kDir + QStringLiteral("empty.csv")) << false;
    QTest::newRow("xlsx") << QStringLiteral(BEDROT_TEST_DATA "/distrokid/binary.xlsx") << true;
    QTest::newRow("meta report") << QStringLiteral(BEDROT_TEST_DATA "/meta/daily_starts_equal_ends.csv")
                                 << false;
}

void TestExpenses::notRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(path));
    QCOMPARE(text.binary, binary);
    QVERIFY(!ExpensesFormat().recognises(text));
    const ParseResult p = parseBatches(ExpensesFormat(), text, 100);
    QVERIFY(p.error.has_value());
    QVERIFY(p.all(&FactBatch::expenses).empty());
    QCOMPARE(p.batches.size(), size_t(0));
}

void TestExpenses::distroKidSamplesNotRecognised()
{
    const ExpensesFormat format;
    checkDistroKidSamplesNotRecognised({&format}, false);
}

void TestExpenses::interruptedSinkStops()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("expenses_positive.csv")));
    int calls = 0;
    const Result<void> parsed = ExpensesFormat().parse(
        text,
        [&calls](FactBatch&&) {
            ++calls;
            return false;
        },
        1);
    QVERIFY(!parsed);
    QCOMPARE(calls, 1);
}

QTEST_APPLESS_MAIN(TestExpenses)
#include "tst_expenses.moc"

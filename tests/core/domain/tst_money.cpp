// Money: exact decimal parsing (8+ decimals, signs, rounding past nine decimals, decimal comma),
// formatting, and exact summation.
#include "domain/money.h"

#include <QTest>

#include <limits>

using bedrot::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toString_data();
    void toString();
    void toDisplay_data();
    void toDisplay();
    void sumsExactly();
    void arithmetic();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<qint64>("nanos");

    QTest::newRow("distrokid example") << QStringLiteral("0.01931943") << false << qint64(19'319'430);
    QTest::newRow("negative") << QStringLiteral("-0.01931943") << false << qint64(-19'319'430);
    QTest::newRow("explicit plus") << QStringLiteral("+3.25") << false << qint64(3'250'000'000);
    QTest::newRow("whole") << QStringLiteral("12") << false << qint64(12'000'000'000);
    QTest::newRow("zero") << QStringLiteral("0") << false << qint64(0);
    QTest::newRow("zero with decimals") << QStringLiteral("0.00000000") << false << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0.00") << false << qint64(0);
    QTest::newRow("nine decimals exact") << QStringLiteral("0.123456789") << false << qint64(123'456'789);
    // Tenth decimal 4: rounds down.
    QTest::newRow("ten decimals down") << QStringLiteral("0.1234567894") << false << qint64(123'456'789);
    // Tenth decimal 5: half away from zero, up in magnitude.
    QTest::newRow("ten decimals half") << QStringLiteral("0.1234567895") << false << qint64(123'456'790);
    QTest::newRow("ten decimals half negative")
        << QStringLiteral("-0.1234567895") << false << qint64(-123'456'790);
    // Only the tenth digit decides: 0.49999… in the tail is below half.
    QTest::newRow("long tail below half")
        << QStringLiteral("2.00000000049999999") << false << qint64(2'000'000'000);
    QTest::newRow("long tail above half")
        << QStringLiteral("2.00000000050000001") << false << qint64(2'000'000'001);
    // Rounding carries into the whole part.
    QTest::newRow("carry") << QStringLiteral("0.9999999995") << false << qint64(1'000'000'000);
    QTest::newRow("carry negative") << QStringLiteral("-1.9999999999") << false << qint64(-2'000'000'000);
    QTest::newRow("tiny negative rounds to zero") << QStringLiteral("-0.0000000004") << false << qint64(0);
    QTest::newRow("surrounding blanks") << QStringLiteral(" \t1.5 ") << false << qint64(1'500'000'000);
    QTest::newRow("leading dot") << QStringLiteral(".5") << false << qint64(500'000'000);
    QTest::newRow("decimal comma") << QStringLiteral("1,5") << true << qint64(1'500'000'000);
    QTest::newRow("decimal comma negative") << QStringLiteral("-0,01931943") << true << qint64(-19'319'430);
    QTest::newRow("large") << QStringLiteral("123456789.123456789") << false
                           << qint64(123'456'789'123'456'789);
    // The overflow guard accepts up to 9,223,372,029.999999999 (fits in 63 bits with room to round).
    QTest::newRow("largest accepted")
        << QStringLiteral("9223372029.999999999") << false << qint64(9'223'372'029'999'999'999);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QFETCH(qint64, nanos);

    const std::optional<Money> fromString = Money::parse(QStringView(text), decimalComma);
    QVERIFY2(fromString.has_value(), qPrintable(text));
    QCOMPARE(fromString->nanos(), nanos);

    // The byte overload (used on raw file fields) must agree with the string overload.
    const QByteArray utf8 = text.toUtf8();
    const std::optional<Money> fromBytes = Money::parse(QByteArrayView(utf8), decimalComma);
    QVERIFY(fromBytes.has_value());
    QCOMPARE(fromBytes->nanos(), nanos);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("decimalComma");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("word") << QStringLiteral("abc") << false;
    QTest::newRow("sign only") << QStringLiteral("-") << false;
    QTest::newRow("dot only") << QStringLiteral(".") << false;
    QTest::newRow("exponent") << QStringLiteral("1e-3") << false;
    QTest::newRow("excel exponent") << QStringLiteral("1.93E-02") << false;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << false;
    QTest::newRow("double sign") << QStringLiteral("--1") << false;
    QTest::newRow("sign in middle") << QStringLiteral("1-2") << false;
    QTest::newRow("comma without option") << QStringLiteral("1,5") << false;
    QTest::newRow("dot with comma option") << QStringLiteral("1.5") << true;
    QTest::newRow("thousands separator") << QStringLiteral("1,000.50") << false;
    QTest::newRow("inner blank") << QStringLiteral("1 000") << false;
    QTest::newRow("currency sign") << QStringLiteral("$1.00") << false;
    QTest::newRow("hex") << QStringLiteral("0x10") << false;
    QTest::newRow("nan") << QStringLiteral("NaN") << false;
    QTest::newRow("inf") << QStringLiteral("inf") << false;
    QTest::newRow("trailing garbage") << QStringLiteral("0.12abc") << false;
    QTest::newRow("overflow") << QStringLiteral("99999999999999") << false;
    QTest::newRow("just above limit") << QStringLiteral("9223372030") << false;
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(bool, decimalComma);
    QVERIFY2(!Money::parse(QStringView(text), decimalComma).has_value(), qPrintable(text));
    const QByteArray utf8 = text.toUtf8();
    QVERIFY(!Money::parse(QByteArrayView(utf8), decimalComma).has_value());
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("8 decimals kept") << qint64(19'319'430) << 2 << QStringLiteral("0.01931943");
    QTest::newRow("negative") << qint64(-19'319'430) << 2 << QStringLiteral("-0.01931943");
    QTest::newRow("padded to 2") << qint64(1'500'000'000) << 2 << QStringLiteral("1.50");
    QTest::newRow("padded to 6") << qint64(12'000'000'000) << 6 << QStringLiteral("12.000000");
    QTest::newRow("zero min 2") << qint64(0) << 2 << QStringLiteral("0.00");
    QTest::newRow("zero min 0") << qint64(0) << 0 << QStringLiteral("0");
    QTest::newRow("whole min 0") << qint64(12'000'000'000) << 0 << QStringLiteral("12");
    QTest::newRow("half min 0") << qint64(1'500'000'000) << 0 << QStringLiteral("1.5");
    QTest::newRow("one nano") << qint64(1) << 2 << QStringLiteral("0.000000001");
    QTest::newRow("minus one nano") << qint64(-1) << 6 << QStringLiteral("-0.000000001");
    QTest::newRow("all nine") << qint64(123'456'789'123'456'789) << 2
                              << QStringLiteral("123456789.123456789");
    QTest::newRow("min 9") << qint64(2'000'000'000) << 9 << QStringLiteral("2.000000000");
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2 << QStringLiteral("9223372036.854775807");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << 2
                         << QStringLiteral("-9223372036.854775808");
}

void TestMoney::toString()
{
    QFETCH(qint64, nanos);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    const QString text = Money::fromNanos(nanos).toString(minDecimals);
    QCOMPARE(text, expected);
    // What toString writes, parse reads back to the same amount (within parse's documented range,
    // which stops a little short of the 64-bit limits).
    if (qAbs(nanos / Money::kScale) <= 9'223'372'029) {
        const auto back = Money::parse(QStringView(text));
        QVERIFY(back.has_value());
        QCOMPARE(back->nanos(), nanos);
    }
}

void TestMoney::toDisplay_data()
{
    QTest::addColumn<qint64>("nanos");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("0.015 half up") << qint64(15'000'000) << 2 << QStringLiteral("0.02");
    QTest::newRow("-0.015 half away") << qint64(-15'000'000) << 2 << QStringLiteral("-0.02");
    QTest::newRow("0.0149999 down") << qint64(14'999'900) << 2 << QStringLiteral("0.01");
    QTest::newRow("tiny negative no minus zero") << qint64(-4'000'000) << 2 << QStringLiteral("0.00");
    QTest::newRow("2.5 to 0") << qint64(2'500'000'000) << 0 << QStringLiteral("3");
    QTest::newRow("-2.5 to 0") << qint64(-2'500'000'000) << 0 << QStringLiteral("-3");
    QTest::newRow("4 decimals") << qint64(1'234'567'890) << 4 << QStringLiteral("1.2346");
    QTest::newRow("6 decimals") << qint64(19'319'430) << 6 << QStringLiteral("0.019319");
    QTest::newRow("9 decimals exact") << qint64(19'319'431) << 9 << QStringLiteral("0.019319431");
    QTest::newRow("carry 9.995") << qint64(9'995'000'000) << 2 << QStringLiteral("10.00");
    QTest::newRow("pads zeros") << qint64(7'000'000'000) << 2 << QStringLiteral("7.00");
    QTest::newRow("big") << qint64(1'234'567'891'234'000'000) << 2 << QStringLiteral("1234567891.23");
}

void TestMoney::toDisplay()
{
    QFETCH(qint64, nanos);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromNanos(nanos).toDisplay(decimals), expected);
}

void TestMoney::sumsExactly()
{
    // 0.1 has no exact binary form: a double accumulator drifts, nano-units do not.
    Money total;
    double drifting = 0;
    const auto tenth = Money::parse(QStringView(u"0.1"));
    QVERIFY(tenth);
    for (int i = 0; i < 1'000'000; ++i) {
        total += *tenth;
        drifting += 0.1;
    }
    QCOMPARE(total.nanos(), qint64(100'000'000'000'000)); // 1e6 × 0.1 = 100000 units
    QCOMPARE(total.toString(2), QStringLiteral("100000.00"));
    QVERIFY(drifting != 100000.0); // the drift the warehouse must not have

    // A statement-like mix: 3 × 0.01931943 + 2 × (−0.00000001) + 1.5 + 0.000000004 (rounds to 0.000000004)
    // = 0.05795829 − 0.00000002 + 1.5 + 0.000000004 = 1.557958274
    Money mix;
    for (const char* v : {"0.01931943", "0.01931943", "-0.00000001", "0.01931943", "1.50000000",
                          "-0.00000001", "0.0000000044"}) {
        const auto m = Money::parse(QByteArrayView(v));
        QVERIFY2(m, v);
        mix += *m;
    }
    QCOMPARE(mix.toString(2), QStringLiteral("1.557958274"));

    // Three thirds rounded at nine decimals: 3 × 0.333333333 = 0.999999999, never 1.
    Money thirds;
    for (int i = 0; i < 3; ++i)
        thirds += *Money::parse(QStringView(u"0.3333333333"));
    QCOMPARE(thirds.toString(2), QStringLiteral("0.999999999"));

    // Positive and negative lines cancel exactly: 10,000 × 0.00000123 − 10,000 × 0.00000123 = 0.
    Money cancel;
    for (int i = 0; i < 10'000; ++i) {
        cancel += *Money::parse(QStringView(u"0.00000123"));
        cancel += *Money::parse(QStringView(u"-0.00000123"));
    }
    QCOMPARE(cancel.nanos(), qint64(0));
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromNanos(1'500'000'000);
    const Money b = Money::fromNanos(-250'000'000);
    QCOMPARE((a + b).nanos(), qint64(1'250'000'000));
    QCOMPARE((a - b).nanos(), qint64(1'750'000'000));
    QVERIFY(b < a);
    QVERIFY(Money::fromNanos(5) == Money::fromNanos(5));
    QCOMPARE(Money::fromNanos(2'500'000'000).toDouble(), 2.5);
    QCOMPARE(Money().nanos(), qint64(0));
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"

// How KPI numbers read: exact grouped money, per-stream rates, months and period-over-period change.
#include "domain/kpivalue.h"
#include "widgets/kpiformat.h"

#include <QTest>

using namespace bedrot;

class TestKpiFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void money_data();
    void money();
    void perStream();
    void months();
    void percentChange_data();
    void percentChange();
    void exact();
};

namespace {
Money usd(const char* text)
{
    return *Money::parse(QByteArrayView(text));
}
} // namespace

void TestKpiFormat::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // the C locale falls back to English grouping
}

void TestKpiFormat::money_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("shown");
    QTest::newRow("cents") << QStringLiteral("12.35") << QStringLiteral("12.35 USD");
    QTest::newRow("grouped") << QStringLiteral("1234567.891") << QStringLiteral("1,234,567.89 USD");
    QTest::newRow("half away from zero") << QStringLiteral("0.005") << QStringLiteral("0.01 USD");
    QTest::newRow("negative") << QStringLiteral("-1234.5") << QStringLiteral("\u22121,234.50 USD");
    QTest::newRow("negative rounds to zero") << QStringLiteral("-0.001") << QStringLiteral("0.00 USD");
    // Beyond double precision: 2^53 + 1 cents-exact would be lost through a double.
    QTest::newRow("exact beyond double")
        << QStringLiteral("9007199254.740993") << QStringLiteral("9,007,199,254.74 USD");
}

void TestKpiFormat::money()
{
    QFETCH(QString, amount);
    QFETCH(QString, shown);
    QCOMPARE(KpiFormat::money(*Money::parse(QStringView(amount))), shown);
}

void TestKpiFormat::perStream()
{
    QCOMPARE(KpiFormat::perStream(10.25 / 3900), QStringLiteral("0.002628 USD"));
    QCOMPARE(KpiFormat::perStream(0.0125), QStringLiteral("0.0125 USD"));
}

void TestKpiFormat::months()
{
    QCOMPARE(KpiFormat::months(2.0), QStringLiteral("2.00 months"));
    QCOMPARE(KpiFormat::months(2.8249), QStringLiteral("2.82 months"));
    QCOMPARE(KpiFormat::months(12.46), QStringLiteral("12.5 months"));
}

void TestKpiFormat::percentChange_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("shown");
    QTest::newRow("up") << QStringLiteral("7.60") << QStringLiteral("4.75") << QStringLiteral("+60.0%");
    QTest::newRow("down") << QStringLiteral("4.75") << QStringLiteral("7.60")
                          << QStringLiteral("\u221237.5%");
    QTest::newRow("flat") << QStringLiteral("5") << QStringLiteral("5") << QStringLiteral("\u00b10.0%");
    QTest::newRow("from zero has no percentage") << QStringLiteral("5") << QStringLiteral("0") << QString();
}

void TestKpiFormat::percentChange()
{
    QFETCH(QString, current);
    QFETCH(QString, previous);
    QFETCH(QString, shown);
    QCOMPARE(
        KpiFormat::percentChange(*Money::parse(QStringView(current)), *Money::parse(QStringView(previous))),
        shown);
}

void TestKpiFormat::exact()
{
    QCOMPARE(KpiFormat::exact(KpiValue::ofMoney(QStringLiteral("revenue"), usd("12.350000001"), {})),
             QStringLiteral("12.350000001"));
    QCOMPARE(KpiFormat::exact(KpiValue::null(QStringLiteral("revenue"))), QStringLiteral("\u2014"));
    QCOMPARE(KpiFormat::exact(KpiValue::ofText(QStringLiteral("top_store"), QStringLiteral("Spotify"), {})),
             QStringLiteral("Spotify"));
}

QTEST_MAIN(TestKpiFormat)
#include "tst_kpiformat.moc"

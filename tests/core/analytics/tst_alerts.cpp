// The alert rules of KPIS.md on values: each fires on data made to trip it and stays quiet just
// short of its threshold.
#include "analytics/alerts.h"

#include <QTest>

using namespace bedrot;

class TestAlerts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revenueChanges_data();
    void revenueChanges();
    void streamDrop_data();
    void streamDrop();
    void anomalies_data();
    void anomalies();
};

namespace {

constexpr qint64 kUsd = 1'000'000'000; // nano-units

} // namespace

void TestAlerts::revenueChanges_data()
{
    QTest::addColumn<qint64>("january");
    QTest::addColumn<qint64>("february");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<double>("change");
    QTest::newRow("up 150") << 100 * kUsd << 250 * kUsd << 1 << 150.0;
    QTest::newRow("down 101") << 300 * kUsd << 199 * kUsd << 1 << -101.0;
    QTest::newRow("exactly the threshold") << 100 * kUsd << 200 * kUsd << 0 << 0.0;
    QTest::newRow("small change") << 100 * kUsd << 110 * kUsd << 0 << 0.0;
}

void TestAlerts::revenueChanges()
{
    QFETCH(qint64, january);
    QFETCH(qint64, february);
    QFETCH(int, alerts);
    QFETCH(double, change);
    const QHash<QString, qint64> byMonth{{QStringLiteral("2024-01"), january},
                                         {QStringLiteral("2024-02"), february}};
    // March has no lines: no month to compare with, no alert.
    const QList<Alert> out = Alerts::revenueChanges(byMonth, QDate(2024, 1, 1), QDate(2024, 3, 31), 100.0);
    QCOMPARE(out.size(), alerts);
    if (alerts == 0)
        return;
    QCOMPARE(out.first().kind, Alert::Kind::Revenue);
    QCOMPARE(out.first().day, QDate(2024, 2, 1));
    QCOMPARE(out.first().value, change);
    QVERIFY2(out.first().message.contains(QLatin1String("2024-02")), qPrintable(out.first().message));
}

void TestAlerts::streamDrop_data()
{
    QTest::addColumn<double>("lastWeek");
    QTest::addColumn<bool>("fires");
    QTest::newRow("30% down") << 700.0 << true;
    QTest::newRow("15% down") << 850.0 << false;
    QTest::newRow("up") << 1200.0 << false;
}

void TestAlerts::streamDrop()
{
    QFETCH(double, lastWeek);
    QFETCH(bool, fires);
    QHash<QDate, double> streams;
    const QDate last(2024, 3, 14);
    for (int i = 0; i < 7; ++i) {
        streams.insert(last.addDays(-i), lastWeek);
        streams.insert(last.addDays(-7 - i), 1000.0);
    }
    streams.insert(last.addDays(1), 0.0); // after the range: not the last day
    const QList<Alert> out = Alerts::streamDrop(streams, QDate(2024, 3, 1), last);
    QCOMPARE(out.size(), fires ? 1 : 0);
    if (!fires)
        return;
    QCOMPARE(out.first().kind, Alert::Kind::Streams);
    QCOMPARE(out.first().day, last);
    QCOMPARE(qRound(out.first().value), -30);
    // A range that ends before the data: nothing to say.
    QVERIFY(Alerts::streamDrop(streams, QDate(2024, 1, 1), QDate(2024, 1, 31)).isEmpty());
}

void TestAlerts::anomalies_data()
{
    QTest::addColumn<double>("day");
    QTest::addColumn<int>("weeksOfHistory");
    QTest::addColumn<bool>("fires");
    QTest::newRow("five times the usual") << 5000.0 << 8 << true;
    QTest::newRow("a third of the usual") << 300.0 << 8 << true;
    QTest::newRow("within 5% of the median") << 1040.0 << 8 << false;
    QTest::newRow("too little history") << 5000.0 << 3 << false;
}

void TestAlerts::anomalies()
{
    QFETCH(double, day);
    QFETCH(int, weeksOfHistory);
    QFETCH(bool, fires);
    const QDate d(2024, 3, 14);
    QHash<QDate, double> perDay;
    for (int k = 1; k <= weeksOfHistory; ++k)
        perDay.insert(d.addDays(-7 * k), k % 2 ? 1000.0 : 1010.0);
    perDay.insert(d, day);
    const QList<Alert> out =
        Alerts::anomalies(perDay, QDate(2024, 3, 1), QDate(2024, 3, 31), QStringLiteral("Streams"));
    QCOMPARE(out.size(), fires ? 1 : 0);
    if (!fires)
        return;
    QCOMPARE(out.first().kind, Alert::Kind::Anomaly);
    QCOMPARE(out.first().day, d);
    QCOMPARE(out.first().value, day);
    QVERIFY2(out.first().message.startsWith(QLatin1String("Streams on 2024-03-14 (Thursday)")),
             qPrintable(out.first().message));
}

QTEST_APPLESS_MAIN(TestAlerts)
#include "tst_alerts.moc"

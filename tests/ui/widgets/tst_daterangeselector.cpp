// Date range presets: the days each preset means, and how the selector follows the data's extent.
#include "widgets/daterangeselector.h"

#include <QAction>
#include <QActionGroup>
#include <QSignalSpy>
#include <QTest>

using namespace bedrot;
using Preset = DateRangeSelector::Preset;

class TestDateRangeSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeFor_data();
    void rangeFor();
    void presetKeysRoundTrip();
    void allTimeFollowsTheExtent();
    void customIgnoresTheExtent();
    void menuActionsFollowThePreset();
};

void TestDateRangeSelector::rangeFor_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate today(2026, 11, 29);
    const QDate first(2024, 1, 1), last(2026, 10, 15);
    QTest::newRow("last 30 days, both ends inclusive")
        << Preset::Last30Days << today << first << last << QDate(2026, 10, 31) << today;
    QTest::newRow("last 90 days") << Preset::Last90Days << today << first << last << QDate(2026, 9, 1)
                                  << today;
    QTest::newRow("this year") << Preset::ThisYear << today << first << last << QDate(2026, 1, 1) << today;
    QTest::newRow("last year") << Preset::LastYear << today << first << last << QDate(2025, 1, 1)
                               << QDate(2025, 12, 31);
    QTest::newRow("last year on 1 January")
        << Preset::LastYear << QDate(2027, 1, 1) << first << last << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("leap day, last 30 days") << Preset::Last30Days << QDate(2024, 2, 29) << first << last
                                            << QDate(2024, 1, 31) << QDate(2024, 2, 29);
    QTest::newRow("all time is the extent") << Preset::AllTime << today << first << last << first << last;
    QTest::newRow("all time before any answer")
        << Preset::AllTime << today << QDate() << QDate() << QDate(1990, 1, 1) << QDate(2100, 12, 31);
}

void TestDateRangeSelector::rangeFor()
{
    QFETCH(Preset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto [gotFrom, gotTo] = DateRangeSelector::rangeFor(preset, today, first, last);
    QCOMPARE(gotFrom, from);
    QCOMPARE(gotTo, to);
}

void TestDateRangeSelector::presetKeysRoundTrip()
{
    for (Preset p : {Preset::Last30Days, Preset::Last90Days, Preset::ThisYear, Preset::LastYear,
                     Preset::AllTime, Preset::Custom})
        QCOMPARE(DateRangeSelector::presetFromKey(DateRangeSelector::presetKey(p)), p);
    QCOMPARE(DateRangeSelector::presetFromKey(QStringLiteral("nonsense")), Preset::AllTime);
}

void TestDateRangeSelector::allTimeFollowsTheExtent()
{
    DateRangeSelector selector;
    QCOMPARE(selector.preset(), Preset::AllTime);
    QVERIFY(!selector.hasDataExtent());
    QSignalSpy changed(&selector, &DateRangeSelector::rangeChanged);
    selector.setDataExtent(QDate(2024, 1, 1), QDate(2024, 4, 5));
    QVERIFY(selector.hasDataExtent());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(selector.from(), QDate(2024, 1, 1));
    QCOMPARE(selector.to(), QDate(2024, 4, 5));
    selector.setDataExtent(QDate(2024, 1, 1), QDate(2024, 4, 5));
    QCOMPARE(changed.size(), 1); // same extent: no new query
    selector.setDataExtent(QDate(), QDate());
    QCOMPARE(selector.to(), QDate(2024, 4, 5)); // an invalid extent never widens the range back
}

void TestDateRangeSelector::customIgnoresTheExtent()
{
    DateRangeSelector selector;
    QSignalSpy preset(&selector, &DateRangeSelector::presetChanged);
    selector.setCustomRange(QDate(2024, 3, 31), QDate(2024, 2, 1)); // reversed ends are swapped
    QCOMPARE(selector.preset(), Preset::Custom);
    QCOMPARE(preset.size(), 1);
    QCOMPARE(selector.from(), QDate(2024, 2, 1));
    QCOMPARE(selector.to(), QDate(2024, 3, 31));
    QSignalSpy changed(&selector, &DateRangeSelector::rangeChanged);
    selector.setDataExtent(QDate(2020, 1, 1), QDate(2026, 1, 1));
    QCOMPARE(changed.size(), 0);
    selector.setPreset(Preset::AllTime);
    QCOMPARE(selector.from(), QDate(2020, 1, 1));
    QCOMPARE(changed.size(), 1);
}

void TestDateRangeSelector::menuActionsFollowThePreset()
{
    DateRangeSelector selector;
    const QList<QAction*> actions = selector.presetActions()->actions();
    QCOMPARE(actions.size(), 5); // custom is reached by editing days, not from the menu
    for (QAction* a : actions) {
        if (static_cast<Preset>(a->data().toInt()) != Preset::ThisYear)
            continue;
        a->trigger();
    }
    QCOMPARE(selector.preset(), Preset::ThisYear);
    QCOMPARE(selector.from(), QDate(QDate::currentDate().year(), 1, 1));
    for (QAction* a : actions)
        QCOMPARE(a->isChecked(), static_cast<Preset>(a->data().toInt()) == Preset::ThisYear);
}

QTEST_MAIN(TestDateRangeSelector)
#include "tst_daterangeselector.moc"

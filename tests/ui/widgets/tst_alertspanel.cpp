// Alerts panel, offscreen: rows and their order, newAlerts only for alerts not seen before, and the
// notifier's text (there is no system tray offscreen, so nothing is shown and nothing crashes).
#include "models/alertsmodel.h"
#include "theme/darktheme.h"
#include "widgets/alertnotifier.h"
#include "widgets/alertspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

using namespace bedrot;

namespace {

Alert alert(Alert::Kind kind, QDate day, const QString& message, double value = 0)
{
    Alert a;
    a.kind = kind;
    a.day = day;
    a.message = message;
    a.value = value;
    return a;
}

const Alert kRevenueUp =
    alert(Alert::Kind::Revenue, QDate(2024, 3, 1),
          QStringLiteral("Revenue for 2024-03 is 612.40 USD, up 180.15 USD from 2024-02"), 180.15);
const Alert kRevenueDown =
    alert(Alert::Kind::Revenue, QDate(2024, 4, 1),
          QStringLiteral("Revenue for 2024-04 is 402.00 USD, down 210.40 USD from 2024-03"), -210.40);
const Alert kStreams = alert(
    Alert::Kind::Streams, QDate(2024, 4, 18),
    QStringLiteral(
        "Streams in the 7 days to 2024-04-18 averaged 812 a day, 27% below the 7 days before (1112 a day)"),
    -27);
const Alert kAnomaly = alert(
    Alert::Kind::Anomaly, QDate(2024, 4, 9),
    QStringLiteral("Streams on 2024-04-09 (Tuesday) were 4210, outside the usual 780–1460 for that weekday"),
    4210);

QList<Alert> alertsOf(const QSignalSpy& spy, int emission)
{
    return spy.at(emission).first().value<QList<Alert>>();
}

QStringList messages(const QList<Alert>& alerts)
{
    QStringList out;
    for (const Alert& a : alerts)
        out << a.message;
    return out;
}

} // namespace

class TestAlertsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void rowsShowKindDayAndMessage();
    void newestFirst();
    void newAlertsOnlyForUnseen();
    void seenKeysSurviveARestart();
    void emptyNote();
    void notifierText();
    void notifierWithoutTray();
    void notifierHoldsThroughAnImport();
};

void TestAlertsPanel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

void TestAlertsPanel::modelPassesTester()
{
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({kRevenueUp, kStreams, kAnomaly});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AlertsModel::ColumnCount));
    model.setAlerts({});
    QCOMPARE(model.rowCount(), 0);

    AlertsPanel panel;
    QAbstractItemModelTester proxyTester(panel.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setAlerts({kRevenueUp, kRevenueDown, kStreams, kAnomaly});
    panel.setAlerts({kAnomaly});
    QCOMPARE(panel.proxy()->rowCount(), 1);
}

void TestAlertsPanel::rowsShowKindDayAndMessage()
{
    AlertsModel model;
    model.setAlerts({kRevenueUp, kRevenueDown, kStreams, kAnomaly});
    auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(at(0, AlertsModel::KindColumn).toString(), QStringLiteral("Revenue"));
    QCOMPARE(at(0, AlertsModel::DayColumn).toString(), QStringLiteral("2024-03")); // a month
    QCOMPARE(at(0, AlertsModel::MessageColumn).toString(), kRevenueUp.message);
    QCOMPARE(at(2, AlertsModel::KindColumn).toString(), QStringLiteral("Streams"));
    QCOMPARE(at(2, AlertsModel::DayColumn).toString(), QStringLiteral("2024-04-18")); // a day
    QCOMPARE(at(3, AlertsModel::KindColumn).toString(), QStringLiteral("Anomaly"));
    // Up is good news, down is bad, an anomaly is worth a look.
    QCOMPARE(at(0, AlertsModel::KindColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(QLatin1String(theme::kPositive)));
    QCOMPARE(at(1, AlertsModel::KindColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(QLatin1String(theme::kNegative)));
    QCOMPARE(at(2, AlertsModel::KindColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(QLatin1String(theme::kNegative)));
    QCOMPARE(at(3, AlertsModel::KindColumn, Qt::ForegroundRole).value<QColor>(),
             QColor(QLatin1String(theme::kWarning)));
    QVERIFY(!at(3, AlertsModel::KindColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(at(1, AlertsModel::DayColumn, AlertsModel::DayRole).toDate(), QDate(2024, 4, 1));
    QCOMPARE(at(1, 0, AlertsModel::KindRole).toInt(), int(Alert::Kind::Revenue));
    QCOMPARE(at(1, 0, AlertsModel::ValueRole).toDouble(), -210.40);
    QCOMPARE(at(1, 0, AlertsModel::KeyRole).toString(), AlertsModel::keyOf(kRevenueDown));
}

void TestAlertsPanel::newestFirst()
{
    AlertsPanel panel;
    panel.setAlerts({kRevenueUp, kRevenueDown, kStreams, kAnomaly});
    QStringList order;
    for (int r = 0; r < panel.proxy()->rowCount(); ++r)
        order << panel.proxy()->index(r, AlertsModel::MessageColumn).data().toString();
    QCOMPARE(order, messages({kStreams, kAnomaly, kRevenueDown, kRevenueUp}));
}

void TestAlertsPanel::newAlertsOnlyForUnseen()
{
    AlertsPanel panel;
    QSignalSpy spy(&panel, &AlertsPanel::newAlerts);

    panel.setAlerts({kRevenueUp, kStreams});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(messages(alertsOf(spy, 0)), messages({kRevenueUp, kStreams}));

    panel.setAlerts({kRevenueUp, kStreams}); // the same answer again: nothing new
    QCOMPARE(spy.size(), 1);
    panel.setAlerts({kStreams, kRevenueUp}); // in another order: still nothing new
    QCOMPARE(spy.size(), 1);

    panel.setAlerts({kRevenueUp, kStreams, kAnomaly}); // one more: only that one
    QCOMPARE(spy.size(), 2);
    QCOMPARE(messages(alertsOf(spy, 1)), messages({kAnomaly}));

    panel.setAlerts({}); // an empty range forgets nothing
    panel.setAlerts({kAnomaly});
    QCOMPARE(spy.size(), 2);

    // The key is kind, day and message: a different value alone is the same alert…
    Alert revalued = kAnomaly;
    revalued.value = 1;
    panel.setAlerts({revalued});
    QCOMPARE(spy.size(), 2);
    // …while the same message on another day, or of another kind, is a new one.
    Alert otherDay = kStreams;
    otherDay.day = kStreams.day.addDays(1);
    Alert otherKind = kStreams;
    otherKind.kind = Alert::Kind::Anomaly;
    panel.setAlerts({kStreams, otherDay, otherKind});
    QCOMPARE(spy.size(), 3);
    QCOMPARE(alertsOf(spy, 2).size(), 2);
    QCOMPARE(alertsOf(spy, 2).at(0).day, otherDay.day);
    QCOMPARE(alertsOf(spy, 2).at(1).kind, Alert::Kind::Anomaly);
}

void TestAlertsPanel::seenKeysSurviveARestart()
{
    QStringList keys;
    {
        AlertsPanel first;
        first.setAlerts({kRevenueUp, kStreams});
        keys = first.seenKeys();
    }
    QCOMPARE(keys.size(), 2);
    AlertsPanel second;
    second.setSeenKeys(keys);
    QSignalSpy spy(&second, &AlertsPanel::newAlerts);
    second.setAlerts({kRevenueUp, kStreams, kAnomaly});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(messages(alertsOf(spy, 0)), messages({kAnomaly}));
}

void TestAlertsPanel::emptyNote()
{
    AlertsPanel panel;
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* empty = panel.findChild<QWidget*>(QStringLiteral("alerts-empty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!panel.view()->isVisible());
    QCOMPARE(panel.summary(), QStringLiteral("No alerts"));
    panel.setAlerts({kAnomaly, kStreams});
    QVERIFY(!empty->isVisible());
    QVERIFY(panel.view()->isVisible());
    QCOMPARE(panel.summary(), QStringLiteral("2 alerts"));
}

void TestAlertsPanel::notifierText()
{
    QCOMPARE(AlertNotifier::titleFor({kStreams}), QStringLiteral("Streams alert"));
    QCOMPARE(AlertNotifier::messageFor({kStreams}), kStreams.message);
    QCOMPARE(AlertNotifier::titleFor({kRevenueUp, kStreams}), QStringLiteral("2 new alerts"));
    QCOMPARE(AlertNotifier::messageFor({kRevenueUp, kStreams}),
             kRevenueUp.message + u'\n' + kStreams.message);
    Alert fifth = kAnomaly;
    fifth.day = fifth.day.addDays(1);
    const QList<Alert> five = {kRevenueUp, kRevenueDown, kStreams, kAnomaly, fifth};
    QCOMPARE(AlertNotifier::titleFor(five), QStringLiteral("5 new alerts"));
    QCOMPARE(AlertNotifier::messageFor(five),
             QStringList({kRevenueUp.message, kRevenueDown.message, kStreams.message,
                          QStringLiteral("\u2026and 2 more in the Alerts panel.")})
                 .join(u'\n'));
}

void TestAlertsPanel::notifierWithoutTray()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // the offscreen platform has no tray
    AlertNotifier notifier;
    AlertsPanel panel;
    connect(&panel, &AlertsPanel::newAlerts, &notifier, &AlertNotifier::notify);
    QVERIFY(!AlertNotifier::isAvailable());
    panel.setAlerts({kRevenueDown});
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Revenue alert"));
    QCOMPARE(notifier.lastMessage(), kRevenueDown.message);
    QVERIFY(!notifier.notify({kStreams})); // composed, not shown
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Streams alert"));
    QVERIFY(!notifier.notify({}));
    QCOMPARE(notifier.lastTitle(), QStringLiteral("Streams alert"));
    // A tray icon handed in is not used while the platform has no tray.
    QSystemTrayIcon tray;
    notifier.setTrayIcon(&tray);
    QVERIFY(!notifier.notify({kAnomaly}));
    QVERIFY(!tray.isVisible());
}

void TestAlertsPanel::notifierHoldsThroughAnImport()
{
    AlertNotifier notifier;
    QSignalSpy composed(&notifier, &AlertNotifier::notificationComposed);
    // Outside an import, new alerts are no news (a range change brought them into view).
    notifier.offer({kStreams});
    QCOMPARE(composed.count(), 0);

    // An import: its answers collect alerts; the answer asked for at its end releases them, once.
    notifier.answerShown(3, false);
    notifier.hold();
    notifier.offer({kRevenueDown});
    notifier.answerShown(4, true);
    notifier.offer({kRevenueDown, kStreams}); // the same alert again counts once
    notifier.importEnded(6);
    QVERIFY(notifier.isHeld());
    notifier.answerShown(5, false); // an answer asked for before the end: still held
    QVERIFY(notifier.isHeld());
    notifier.answerShown(6, true); // the session is importing again: still held
    QVERIFY(notifier.isHeld());
    notifier.answerShown(6, false);
    QVERIFY(!notifier.isHeld());
    QCOMPARE(composed.count(), 1);
    QCOMPARE(composed.first().first().value<QList<Alert>>().size(), 2);

    // An import after which the session asked nothing new: the answer on screen was the last.
    notifier.hold();
    notifier.offer({kAnomaly});
    notifier.importEnded(6);
    QVERIFY(!notifier.isHeld());
    QCOMPARE(composed.count(), 2);

    // Another workspace: what the last import raised is told at once, and no answer is awaited.
    notifier.hold();
    notifier.offer({kRevenueUp});
    notifier.importEnded(9);
    notifier.reset();
    QVERIFY(!notifier.isHeld());
    QCOMPARE(composed.count(), 3);
    notifier.answerShown(9, false);
    QCOMPARE(composed.count(), 3);
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"

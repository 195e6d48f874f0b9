// Sources panel, offscreen: health score words and colours at the thresholds, freshness words,
// local-time last import, numeric sorting, and the problems of the selected source.
#include "models/sourcesmodel.h"
#include "theme/darktheme.h"
#include "widgets/sourcespanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace bedrot;
using Level = SourcesModel::HealthLevel;

namespace {

SourceStatus source(const QString& id, int health, qint64 rows = 100, QStringList problems = {})
{
    SourceStatus s;
    s.id = id;
    s.title = id + QStringLiteral(" title");
    s.health = health;
    s.healthReason = QStringLiteral("reason of ") + id;
    s.rows = rows;
    s.cadenceDays = 2;
    s.ageDays = 1;
    s.latestDay = QDate(2024, 3, 4);
    s.problems = std::move(problems);
    return s;
}

} // namespace

class TestSourcesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void health_data();
    void health();
    void freshness_data();
    void freshness();
    void lastImportIsLocalTime();
    void sortsNumerically();
    void problemsOfTheSelectedSource();
    void selectionFollowsTheSourceAcrossRefreshes();
    void refreshButton();
};

void TestSourcesPanel::initTestCase()
{
    // A zone without summer time, far from UTC: a UTC time shown unconverted cannot pass.
    qputenv("TZ", "Asia/Tokyo");
    QLocale::setDefault(QLocale::c());
    applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

void TestSourcesPanel::modelPassesTester()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSources({source(QStringLiteral("a"), 90), source(QStringLiteral("b"), 40, 0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SourcesModel::ColumnCount));
    model.setSources(
        {source(QStringLiteral("a"), 70), source(QStringLiteral("b"), 20)}); // same ids: in place
    model.setSources({source(QStringLiteral("c"), 100)});                    // other ids: reset
    QCOMPARE(model.rowCount(), 1);
    model.setSources({});
    QCOMPARE(model.rowCount(), 0);

    // Through the panel's proxy as well, sorted.
    SourcesPanel panel;
    QAbstractItemModelTester proxyTester(panel.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setSources({source(QStringLiteral("a"), 90), source(QStringLiteral("b"), 40)});
    panel.view()->sortByColumn(SourcesModel::HealthColumn, Qt::AscendingOrder);
    panel.setSources({source(QStringLiteral("a"), 10), source(QStringLiteral("b"), 40)});
    QCOMPARE(panel.proxy()->index(0, SourcesModel::TitleColumn).data().toString(), QStringLiteral("a title"));
}

void TestSourcesPanel::health_data()
{
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("colour");
    QTest::newRow("100") << 100 << QStringLiteral("100 \u00b7 good") << Level::Good
                         << QString::fromLatin1(theme::kPositive);
    QTest::newRow("80 is still good")
        << 80 << QStringLiteral("80 \u00b7 good") << Level::Good << QString::fromLatin1(theme::kPositive);
    QTest::newRow("79 is fair") << 79 << QStringLiteral("79 \u00b7 fair") << Level::Fair
                                << QString::fromLatin1(theme::kWarning);
    QTest::newRow("50 is still fair")
        << 50 << QStringLiteral("50 \u00b7 fair") << Level::Fair << QString::fromLatin1(theme::kWarning);
    QTest::newRow("49 is poor") << 49 << QStringLiteral("49 \u00b7 poor") << Level::Poor
                                << QString::fromLatin1(theme::kNegative);
    QTest::newRow("0") << 0 << QStringLiteral("0 \u00b7 poor") << Level::Poor
                       << QString::fromLatin1(theme::kNegative);
}

void TestSourcesPanel::health()
{
    QFETCH(int, health);
    QFETCH(QString, text);
    QFETCH(Level, level);
    QFETCH(QString, colour);
    SourcesPanel panel;
    panel.setSources({source(QStringLiteral("x"), health)});
    const QModelIndex cell = panel.proxy()->index(0, SourcesModel::HealthColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(SourcesModel::HealthRole).toInt(), health);
    QCOMPARE(Level(cell.data(SourcesModel::HealthLevelRole).toInt()), level);
    QCOMPARE(cell.data(SourcesModel::HealthColorRole).value<QColor>(), QColor(colour));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), QColor(colour));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Health %1 of 100: reason of x").arg(health));
}

void TestSourcesPanel::freshness_data()
{
    QTest::addColumn<int>("cadence");
    QTest::addColumn<int>("age");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QString>("text");
    QTest::newRow("daily stats, 3 days")
        << 2 << 3 << qint64(10) << QStringLiteral("3 days old \u00b7 expected daily");
    QTest::newRow("one day") << 1 << 1 << qint64(10) << QStringLiteral("1 day old \u00b7 expected daily");
    QTest::newRow("today") << 2 << 0 << qint64(10) << QStringLiteral("up to today \u00b7 expected daily");
    QTest::newRow("monthly statements")
        << 31 << 40 << qint64(10) << QStringLiteral("40 days old \u00b7 expected monthly");
    QTest::newRow("weekly") << 7 << 2 << qint64(10) << QStringLiteral("2 days old \u00b7 expected weekly");
    QTest::newRow("odd cadence") << 10 << 2 << qint64(10)
                                 << QStringLiteral("2 days old \u00b7 expected every 10 days");
    QTest::newRow("reference data") << 0 << -1 << qint64(10)
                                    << QStringLiteral("reference data \u00b7 no refresh expected");
    QTest::newRow("nothing imported") << 2 << -1 << qint64(0) << QStringLiteral("no data yet");
}

void TestSourcesPanel::freshness()
{
    QFETCH(int, cadence);
    QFETCH(int, age);
    QFETCH(qint64, rows);
    QFETCH(QString, text);
    SourceStatus s = source(QStringLiteral("x"), 100, rows);
    s.cadenceDays = cadence;
    s.ageDays = age;
    SourcesModel model;
    model.setSources({s});
    QCOMPARE(model.index(0, SourcesModel::FreshnessColumn).data().toString(), text);
}

void TestSourcesPanel::lastImportIsLocalTime()
{
    SourceStatus imported = source(QStringLiteral("a"), 100);
    imported.lastImport = QDateTime(QDate(2024, 3, 5), QTime(23, 30), Qt::UTC);
    SourceStatus never = source(QStringLiteral("b"), 0, 0);
    never.latestDay = QDate();
    SourcesModel model;
    model.setSources({imported, never});
    // 23:30 UTC is 08:30 the next morning in Tokyo (UTC+9).
    QCOMPARE(model.index(0, SourcesModel::LastImportColumn).data().toString(),
             QStringLiteral("2024-03-06 08:30"));
    QCOMPARE(model.index(0, SourcesModel::LatestDayColumn).data().toString(), QStringLiteral("2024-03-04"));
    QCOMPARE(model.index(1, SourcesModel::LastImportColumn).data().toString(), QStringLiteral("never"));
    QCOMPARE(model.index(1, SourcesModel::LatestDayColumn).data().toString(), QStringLiteral("\u2014"));
}

void TestSourcesPanel::sortsNumerically()
{
    SourcesPanel panel;
    // Rows 9, 10 and 1000: as text "10" < "1000" < "9".
    panel.setSources({source(QStringLiteral("nine"), 100, 9), source(QStringLiteral("ten"), 60, 10),
                      source(QStringLiteral("thousand"), 5, 1000)});
    auto column = [&](int c) {
        QStringList ids;
        for (int r = 0; r < panel.proxy()->rowCount(); ++r)
            ids << panel.proxy()->index(r, c).data(SourcesModel::SourceIdRole).toString();
        return ids;
    };
    panel.view()->sortByColumn(SourcesModel::RowsColumn, Qt::AscendingOrder);
    QCOMPARE(column(0),
             (QStringList{QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("thousand")}));
    panel.view()->sortByColumn(SourcesModel::RowsColumn, Qt::DescendingOrder);
    QCOMPARE(column(0),
             (QStringList{QStringLiteral("thousand"), QStringLiteral("ten"), QStringLiteral("nine")}));
    // Health 5, 60, 100: as text "100" < "5" < "60".
    panel.view()->sortByColumn(SourcesModel::HealthColumn, Qt::AscendingOrder);
    QCOMPARE(column(0),
             (QStringList{QStringLiteral("thousand"), QStringLiteral("ten"), QStringLiteral("nine")}));
}

void TestSourcesPanel::problemsOfTheSelectedSource()
{
    SourcesPanel panel;
    panel.resize(900, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString tooShort =
        QStringLiteral("statement_2024-10.tsv: rejected: the file ends in the middle of line 812");
    const QString partial = QStringLiteral("statement_2024-11.tsv: 3 rows quarantined (bad date on line 4)");
    panel.setSources({source(QStringLiteral("clean"), 100),
                      source(QStringLiteral("broken"), 40, 100, {tooShort, partial})});
    QCOMPARE(panel.problemsText(), QString()); // nothing selected

    QVERIFY(panel.selectSource(QStringLiteral("broken")));
    QCOMPARE(panel.selectedSourceId(), QStringLiteral("broken"));
    QCOMPARE(panel.problemsText(),
             QStringLiteral("\u2022 ") + tooShort + u'\n' + QStringLiteral("\u2022 ") + partial);

    // A click on the other row, as the user does it.
    const QRect rect = panel.view()->visualRect(panel.proxy()->index(0, SourcesModel::TitleColumn));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(panel.selectedSourceId(), QStringLiteral("clean"));
    QCOMPARE(panel.problemsText(), QStringLiteral("No problems"));
    QVERIFY(panel.findChild<QPlainTextEdit*>(QStringLiteral("sources-problems"))->isReadOnly());
    QVERIFY(!panel.selectSource(QStringLiteral("missing")));
}

void TestSourcesPanel::selectionFollowsTheSourceAcrossRefreshes()
{
    SourcesPanel panel;
    const QString problem = QStringLiteral("stats.json: the session cookie has expired");
    panel.setSources({source(QStringLiteral("a"), 100), source(QStringLiteral("b"), 100)});
    QVERIFY(panel.selectSource(QStringLiteral("b")));
    QCOMPARE(panel.problemsText(), QStringLiteral("No problems"));

    // The same sources with a new problem: the text follows in place.
    panel.setSources({source(QStringLiteral("a"), 100), source(QStringLiteral("b"), 30, 100, {problem})});
    QCOMPARE(panel.selectedSourceId(), QStringLiteral("b"));
    QCOMPARE(panel.problemsText(), QStringLiteral("\u2022 ") + problem);

    // Another set of sources (a model reset): the selection is found again by id.
    panel.setSources({source(QStringLiteral("c"), 100), source(QStringLiteral("b"), 30, 100, {problem}),
                      source(QStringLiteral("a"), 100)});
    QCOMPARE(panel.selectedSourceId(), QStringLiteral("b"));
    QCOMPARE(panel.problemsText(), QStringLiteral("\u2022 ") + problem);

    // The selected source is gone: nothing is selected and nothing is claimed.
    panel.setSources({source(QStringLiteral("a"), 100)});
    QCOMPARE(panel.selectedSourceId(), QString());
    QCOMPARE(panel.problemsText(), QString());
}

void TestSourcesPanel::refreshButton()
{
    SourcesPanel panel;
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("sources-refresh-all"));
    QVERIFY(button);
    QSignalSpy spy(&panel, &SourcesPanel::refreshRequested);
    button->click();
    QCOMPARE(spy.size(), 1);
    panel.setRefreshing(true);
    QVERIFY(!button->isEnabled());
    button->click();
    QCOMPARE(spy.size(), 1);
    panel.setRefreshing(false);
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestSourcesPanel)
#include "tst_sourcespanel.moc"

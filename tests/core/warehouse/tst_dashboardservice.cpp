// The reader's first answer at start-up: computed before the writer's open only when the warehouse
// exists and has the schema this program migrates to; otherwise left to the writer's open.
#include "core/warehousetestsupport.h"
#include "lake/workspace.h"
#include "warehouse/dashboardservice.h"
#include "warehouse/migrator.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using test::Connection;

namespace {

Filter allOf2024()
{
    Filter f;
    f.from = QDate(2024, 1, 1);
    f.to = QDate(2024, 12, 31);
    return f;
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noWarehouseNoFileNoAnswer();
    void olderSchemaWaitsForTheWriter();
    void currentSchemaAnswersAtOnce();
    void slowCountriesFollowTheAnswer();
};

void TestDashboardService::noWarehouseNoFileNoAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    DashboardService service(path);
    QSignalSpy ready(&service, &DashboardService::ready);
    service.computeIfSchemaCurrent(allOf2024(), 1);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!QFileInfo::exists(path)); // the writer creates it, with its schema
    QCOMPARE(service.answeredGeneration(), quint64(0));
}

void TestDashboardService::olderSchemaWaitsForTheWriter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warehouse.sqlite"));
    {
        Connection c(path);
        QCOMPARE(Migrator::migrate(Database::handle(c.db()), Migrator::latestVersion() - 1).errorMessage(),
                 QString());
    }
    DashboardService service(path);
    QSignalSpy ready(&service, &DashboardService::ready);
    service.computeIfSchemaCurrent(allOf2024(), 1);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(service.answeredGeneration(), quint64(0));
    service.closeConnection();
}

void TestDashboardService::currentSchemaAnswersAtOnce()
{
    QTemporaryDir dir;
    test::importKpiStatement(dir.path());
    DashboardService service(Workspace(dir.path()).warehousePath());
    QSignalSpy ready(&service, &DashboardService::ready);
    service.computeIfSchemaCurrent(allOf2024(), 7);
    QCOMPARE(ready.size(), 1);
    const auto answer = ready.first().first().value<DashboardData>();
    QVERIFY(!answer.error);
    QCOMPARE(answer.generation, quint64(7));
    const KpiValue* revenue = answer.kpi(QStringLiteral("revenue"));
    QVERIFY(revenue);
    QVERIFY(!revenue->isNull());
    QCOMPARE(service.answeredGeneration(), quint64(7));
    service.closeConnection();
}

void TestDashboardService::slowCountriesFollowTheAnswer()
{
    QTemporaryDir dir;
    test::importKpiStatement(dir.path());
    DashboardService service(Workspace(dir.path()).warehousePath());
    QSignalSpy ready(&service, &DashboardService::ready);
    QSignalSpy countries(&service, &DashboardService::countriesReady);
    Filter track = allOf2024();
    track.track = QStringLiteral("QZTAW2400001"); // no rollup keeps track x country: the lines answer

    // Every answer whole, as the command line reads them.
    service.setDeferCountriesAbove(-1);
    service.compute(track, 1);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(countries.size(), 0);
    const auto whole = ready.takeFirst().first().value<DashboardData>();
    QVERIFY(!whole.countriesPending);
    const KpiValue* top = whole.kpi(QStringLiteral("top_country"));
    QVERIFY(top);
    QCOMPARE(top->text, QStringLiteral("US"));
    QVERIFY(whole.revenueByCountry.size() >= 2);

    // Above the threshold: the answer first, without them, then its by-country figures.
    service.setDeferCountriesAbove(0);
    service.compute(track, 2);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(countries.size(), 1);
    const auto first = ready.takeFirst().first().value<DashboardData>();
    QVERIFY(first.countriesPending);
    QVERIFY(first.isPending(QStringLiteral("top_country")));
    QVERIFY(!first.isPending(QStringLiteral("revenue")));
    QVERIFY(first.revenueByCountry.isEmpty());
    QCOMPARE(first.kpi(QStringLiteral("revenue"))->money, whole.kpi(QStringLiteral("revenue"))->money);
    const auto figures = countries.takeFirst().first().value<CountryFigures>();
    QCOMPARE(figures.generation, quint64(2));
    QVERIFY(!figures.error);
    QCOMPARE(figures.topCountry.jsonValue(), top->jsonValue());
    QCOMPARE(figures.topCountry.asOf, top->asOf);
    const KpiValue* previousTop = whole.previousKpi(QStringLiteral("top_country"));
    QCOMPARE(figures.previousTopCountry.jsonValue(),
             previousTop ? previousTop->jsonValue() : QStringLiteral("null"));
    QCOMPARE(figures.revenueByCountry, whole.revenueByCountry);

    // Where a rollup keeps the country (no track filter), nothing is held back.
    service.compute(allOf2024(), 3);
    QVERIFY(!ready.takeFirst().first().value<DashboardData>().countriesPending);
    QCOMPARE(countries.size(), 0);
    service.closeConnection();
}

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"

// Benchmark (not a test): a warehouse of N statement lines (default 1,000,000; pass 10000000 for
// the 10 million) and the time one dashboard refresh takes for a series of filter changes
// (all cards and series, in the reader like the app), next to one naive GROUP BY over the facts in
// the sqlite3 shell. Prints medians and the ratio (target: refresh <= 5% of the naive GROUP BY and
// <= 50 ms median).
#include "analytics/insights.h"
#include "analytics/warehousereader.h"
#include "demo/demogenerator.h"
#include "lake/workspace.h"
#include "warehouse/database.h"
#include "warehouse/warehousewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace bedrot;

int main(int argc, char** argv)
{
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 lines = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.tsv"));
    QElapsedTimer t;
    t.start();
    DemoGenerator::writeLargeStatement(statement, lines);
    {
        WarehouseWriter writer(dir.path());
        writer.open();
        const ImportResult r = writer.importFile(statement);
        out << "warehouse: " << r.rowsLoaded << " statement lines imported in " << t.elapsed() << " ms\n";
    }
    out.flush();

    const QString name = Database::uniqueConnectionName(QStringLiteral("bench"));
    std::vector<double> refresh;
    {
        QString error;
        QSqlDatabase db = Database::open(Workspace(dir.path()).warehousePath(), name, &error);
        WarehouseReader reader(db);
        const auto [first, last] = reader.extent();
        const QList<Filter> filters = {
            {first, last, {}, {}, {}},
            {last.addDays(-89), last, {}, {}, {}},
            {QDate(last.year(), 1, 1), last, {}, {}, {}},
            {first, last, {}, {}, QStringLiteral("spotify")},
            {last.addYears(-1), last, {}, {}, QStringLiteral("youtube")},
        };
        for (int round = 0; round < 3; ++round) {
            for (const Filter& f : filters) {
                t.restart();
                DashboardData d = reader.dashboard(f);
                const Insights insights(db);
                d.sources = insights.sources(QDate::currentDate());
                d.alerts = insights.alerts(f);
                refresh.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
    }
    Database::close(name);
    std::sort(refresh.begin(), refresh.end());
    const double median = refresh[refresh.size() / 2];
    out << "dashboard refresh (all cards and series), median of " << refresh.size() << ": " << QString::number(median, 'f', 1)
        << " ms (min " << QString::number(refresh.front(), 'f', 1) << ", max " << QString::number(refresh.back(), 'f', 1) << ")\n";

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite.isEmpty()) {
        std::vector<double> naive;
        for (int i = 0; i < 3; ++i) {
            QProcess p;
            t.restart();
            p.start(sqlite, {Workspace(dir.path()).warehousePath(),
                             QStringLiteral("SELECT store_id, sale_month, SUM(earnings_nanos), SUM(quantity) FROM statement_line "
                                            "GROUP BY store_id, sale_month;")});
            p.waitForFinished(-1);
            naive.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(naive.begin(), naive.end());
        out << "naive GROUP BY in the sqlite3 shell, median of 3: " << QString::number(naive[1], 'f', 1) << " ms\n";
        out << "ratio refresh / naive GROUP BY: " << QString::number(median / naive[1] * 100.0, 'f', 1)
            << " %  (target <= 5 %, and <= 50 ms)\n";
    }
    return 0;
}

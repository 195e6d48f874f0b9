// Benchmark (not a test): imports a generated 1,000,000-line DistroKid statement through the real
// pipeline into a fresh workspace and compares the time with sqlite3's own raw `.import` of the
// same file. Prints figures and the ratio; the target is <= 2.0, the goal <= 1.0.
#include "demo/demogenerator.h"
#include "warehouse/database.h"
#include "warehouse/warehousewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace bedrot;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    Database::configureLibrary();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 lines = args.size() > 1 ? args.at(1).toLongLong() : 1'000'000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;

    QTemporaryDir dir;
    const QString statement = dir.filePath(QStringLiteral("statement.tsv"));
    QElapsedTimer t;
    t.start();
    if (!DemoGenerator::writeLargeStatement(statement, lines)) {
        out << "cannot write " << statement << '\n';
        return 1;
    }
    const qint64 bytes = QFileInfo(statement).size();
    out << "generated " << lines << " lines (" << QString::number(double(bytes) / 1e6, 'f', 1) << " MB) in "
        << t.elapsed() << " ms\n";

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    std::vector<double> ours, theirs;
    for (int run = 0; run < runs; ++run) {
        // Bedrot: raw store + parse + validate + dimensions + dedup index + ledger, in a fresh workspace.
        const QString ws = dir.filePath(QStringLiteral("ws%1").arg(run));
        t.restart();
        {
            WarehouseWriter writer(ws);
            if (QString e = writer.open().errorMessage(); !e.isEmpty()) {
                out << e << '\n';
                return 1;
            }
            const ImportResult r = writer.importFile(statement);
            if (r.rowsLoaded + r.rowsPresent + r.rowsQuarantined != lines) {
                out << "unexpected result: " << r.message << '\n';
                return 1;
            }
        }
        ours.push_back(double(t.nsecsElapsed()) / 1e9);
        QDir(ws).removeRecursively();

        if (!sqlite.isEmpty()) {
            const QString db = dir.filePath(QStringLiteral("raw%1.sqlite").arg(run));
            t.restart();
            QProcess p;
            p.start(sqlite, {db, QStringLiteral("-cmd"), QStringLiteral(".mode tabs"),
                             QStringLiteral(".import ") + statement + QStringLiteral(" t")});
            p.waitForFinished(-1);
            theirs.push_back(double(t.nsecsElapsed()) / 1e9);
            if (p.exitCode() != 0)
                out << "sqlite3 failed: " << p.readAllStandardError() << '\n';
            QFile::remove(db);
        }
        out << "run " << (run + 1) << ": bedrot import " << QString::number(ours.back(), 'f', 3) << " s";
        if (!theirs.empty())
            out << ", sqlite3 .import " << QString::number(theirs.back(), 'f', 3) << " s";
        out << '\n';
        out.flush();
    }
    const double a = median(ours);
    out << "\nmedian bedrot import: " << QString::number(a, 'f', 3) << " s ("
        << QString::number(double(lines) / a / 1e6, 'f', 2) << " M lines/s, "
        << QString::number(double(bytes) / a / 1e6, 'f', 1) << " MB/s)\n";
    if (!theirs.empty()) {
        const double b = median(theirs);
        out << "median sqlite3 .import: " << QString::number(b, 'f', 3) << " s\n";
        out << "ratio bedrot / sqlite3: " << QString::number(a / b, 'f', 2)
            << "  (target <= 2.0, goal <= 1.0)\n";
    } else {
        out << "sqlite3 not found: install the sqlite3 package for the ratio\n";
    }
    out << "peak RSS: " << peakRssKb() / 1024 << " MB\n";
    return 0;
}

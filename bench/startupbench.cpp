// Benchmark (not a test): the desktop app on a big workspace (bench_dashboard's generated 10M-line
// warehouse by default), offscreen. Runs itself as child processes: the first run warms the page
// cache, the others are timed. Each child measures
//   - start → painted dashboard: from the process's start (/proc, 10 ms resolution) to the end of
//     the window's first full repaint after its first dashboardShown;
//   - idle memory: VmRSS after the dashboard is shown and the app has idled for a second;
//   - commit → screen: a small statement imported while the window is up, from the writer's
//     batchCommitted to the next dashboardShown (the session's refresh debounce included).
// Targets: 300 ms warm, 150 MB, 250 ms.
//
//   bench_startup [workspace=/tmp/bedrot-bench-10000000] [runs=5]
#include "demo/demogenerator.h"
#include "desktoplauncher.h"
#include "desktopprocess.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "warehouse/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

#include <ctime>
#include <unistd.h>

using namespace bedrot;

namespace {

// Milliseconds since this process started, from the kernel's start time (clock ticks since boot).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22; fields after the command name (in parentheses, may hold spaces) start at 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9) * 1000.0 -
           startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// A 200-line statement of tracks the workspace already has. A new seed every run: the same lines
// would be "already imported" and commit nothing. The generator's own catalogue would add new
// artists and tracks each run, and the workspace (the filter choices with it) would grow run by run.
QString writeSmallStatement(const QString& path, const QString& workspace)
{
    if (!DemoGenerator::writeLargeStatement(path, 200, quint32(QDateTime::currentMSecsSinceEpoch())))
        return QStringLiteral("the generator failed");
    QList<QByteArrayList> tracks; // artist, title, ISRC
    {
        const QString name = Database::uniqueConnectionName(QStringLiteral("bench-catalogue"));
        QString error;
        {
            const Result<QSqlDatabase> db = Database::open(Workspace(workspace).warehousePath(), name);
            if (!db)
                error = db.errorMessage();
            QSqlQuery q(db.valueOr(QSqlDatabase()));
            if (db && q.exec(QStringLiteral(
                          "SELECT a.name, t.title, t.isrc FROM track t JOIN artist a ON a.id = t.artist_id "
                          "WHERE t.isrc IS NOT NULL ORDER BY t.id LIMIT 20")))
                while (q.next())
                    tracks << QByteArrayList{q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
                                             q.value(2).toString().toUtf8()};
        }
        Database::close(name);
        if (tracks.isEmpty())
            return error.isEmpty() ? QStringLiteral("the workspace has no tracks") : error;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QByteArrayList header = lines.value(0).split('\t');
    const qsizetype artist = header.indexOf("Artist"), title = header.indexOf("Title"),
                    isrc = header.indexOf("ISRC");
    if (artist < 0 || title < 0 || isrc < 0)
        return QStringLiteral("no Artist, Title and ISRC columns");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayList fields = lines.at(i).split('\t');
        if (fields.size() != header.size())
            continue;
        const QByteArrayList& t = tracks.at(i % tracks.size());
        fields[artist] = t.at(0);
        fields[title] = t.at(1);
        fields[isrc] = t.at(2);
        lines[i] = fields.join('\t');
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(lines.join('\n'));
    return {};
}

int child(int argc, char** argv, const QString& workspace)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    Database::configureLibrary(); // as the app's main() does
    pinLocalTimeZone();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    // As the app's main() starts: the session asks for the first answer before the window is built.
    MainWindow window(DesktopLauncher::startSession(workspace), &DesktopLauncher::createSession, false);
    double painted = -1, paintedSinceMain = -1, idleRss = -1, commitToScreen = -1;
    QElapsedTimer sinceCommit;
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.tsv"));
    if (const QString e = writeSmallStatement(small, workspace); !e.isEmpty()) {
        out << "cannot write the statement to import: " << e << '\n';
        return 1;
    }

    QObject::connect(window.session(), &WorkspaceSession::batchCommitted, &window,
                     [&](const CommitInfo& info) {
                         if (info.rowsLoaded > 0 && !sinceCommit.isValid())
                             sinceCommit.start();
                     });
    QObject::connect(&window, &MainWindow::dashboardShown, &window, [&](const DashboardData&) {
        if (painted < 0) {
            window.repaint(); // the first paint with the numbers in it
            painted = msSinceProcessStart();
            paintedSinceMain = double(sinceMain.nsecsElapsed()) / 1e6;
            QTimer::singleShot(1000, &window, [&] {
                idleRss = rssMb();
                window.session()->importFiles({small});
            });
        } else if (sinceCommit.isValid() && commitToScreen < 0) {
            window.repaint();
            commitToScreen = double(sinceCommit.nsecsElapsed()) / 1e6;
            QTimer::singleShot(0, &app, &QApplication::quit);
        }
    });
    QTimer::singleShot(60'000, &app, &QApplication::quit); // a safety net, never the measurement
    window.show();
    app.exec();
    out << painted << ' ' << paintedSinceMain << ' ' << idleRss << ' ' << commitToScreen << '\n';
    return painted > 0 && commitToScreen > 0 ? 0 : 1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 2 && QByteArray(argv[1]) == "--child")
        return child(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString workspace = args.size() > 1 ? args.at(1) : QStringLiteral("/tmp/bedrot-bench-10000000");
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    std::vector<double> painted, sinceMain, rss, commit;
    for (int run = 0; run <= runs; ++run) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), workspace});
        p.waitForFinished(-1);
        const QList<QByteArray> v = p.readAllStandardOutput().trimmed().split(' ');
        if (p.exitCode() != 0 || v.size() != 4) {
            out << "run " << run << " failed: " << v.join(' ') << '\n';
            return 1;
        }
        out << "run " << run << (run == 0 ? " (warms the cache, not counted)" : "") << ": painted " << v[0]
            << " ms after start (" << v[1] << " ms after main), idle RSS " << v[2] << " MB, commit to screen "
            << v[3] << " ms\n";
        out.flush();
        if (run == 0)
            continue;
        painted.push_back(v[0].toDouble());
        sinceMain.push_back(v[1].toDouble());
        rss.push_back(v[2].toDouble());
        commit.push_back(v[3].toDouble());
    }
    out << "median of " << runs << " warm runs: start to painted dashboard " << median(painted) << " ms ("
        << median(sinceMain) << " ms after main; target <= 300), idle RSS " << median(rss)
        << " MB (target <= 150), commit to screen " << median(commit) << " ms (target <= 250)\n";
    return 0;
}

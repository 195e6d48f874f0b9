// Headless commands. Each writes what it did to stdout, problems to stderr, and exits non-zero on
// failure (2 for a usage error).
#include "commandline.h"

#include "analytics/kpicatalog.h"
#include "demo/demostaging.h"
#include "export/csvwriter.h"
#include "lake/workspace.h"
#include "warehouse/database.h"
#include "warehouse/rebuilder.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

namespace bedrot {

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString& message)
{
    err() << "bedrot: " << message << "\nRun 'bedrot --help' for usage.\n";
    err().flush();
    return CommandLine::Usage;
}

QString displayValue(const KpiValue& v)
{
    if (v.isNull())
        return QStringLiteral("—");
    const KpiDefinition* d = KpiCatalog::find(v.id);
    switch (v.kind) {
    case KpiValue::Kind::Money:
        return v.money.toDisplay(d && d->unit == KpiDefinition::Unit::PerStream ? 6 : 2) +
               QStringLiteral(" USD");
    case KpiValue::Kind::Number:
        if (d && d->unit == KpiDefinition::Unit::PerStream)
            return QString::number(v.number, 'f', 6) + QStringLiteral(" USD");
        if (d && d->unit == KpiDefinition::Unit::Percent)
            return QString::number(v.number, 'f', 1) + QStringLiteral(" %");
        if (d && d->unit == KpiDefinition::Unit::Months)
            return QString::number(v.number, 'f', 2) + QStringLiteral(" months");
        if (d && d->unit == KpiDefinition::Unit::Ratio)
            return QString::number(v.number * 100.0, 'f', 2) + QStringLiteral(" %");
        return QString::number(v.number, 'f', 2);
    default:
        return v.plainValue();
    }
}

QString formatKpis(const QList<KpiValue>& values, const QString& format)
{
    QString text;
    if (format == QLatin1String("json")) {
        text += QStringLiteral("{\n");
        for (qsizetype i = 0; i < values.size(); ++i) {
            const KpiValue& v = values.at(i);
            text += QStringLiteral("  \"%1\": {\"value\": %2, \"as_of\": %3}%4\n")
                        .arg(v.id, v.jsonValue(),
                             v.asOf.isValid() ? u'"' + v.asOf.toString(Qt::ISODate) + u'"'
                                              : QStringLiteral("null"),
                             i + 1 < values.size() ? QStringLiteral(",") : QString());
        }
        text += QStringLiteral("}\n");
    } else if (format == QLatin1String("csv")) {
        CsvWriter csv;
        csv.addRow({QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("as_of")});
        for (const KpiValue& v : values)
            csv.addRow({v.id, v.plainValue(), v.asOf.isValid() ? v.asOf.toString(Qt::ISODate) : QString()});
        text = QString::fromUtf8(csv.data());
    } else {
        qsizetype idWidth = 2, valueWidth = 5;
        for (const KpiValue& v : values) {
            idWidth = std::max(idWidth, v.id.size());
            valueWidth = std::max(valueWidth, displayValue(v).size());
        }
        text += QStringLiteral("id").leftJustified(idWidth + 2) +
                QStringLiteral("value").rightJustified(valueWidth) + QStringLiteral("  as of\n");
        for (const KpiValue& v : values)
            text += v.id.leftJustified(idWidth + 2) + displayValue(v).rightJustified(valueWidth) +
                    QStringLiteral("  ") +
                    (v.asOf.isValid() ? v.asOf.toString(Qt::ISODate) : QStringLiteral("—")) + u'\n';
    }
    return text;
}

std::optional<QDate> parseDay(const QString& text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

void addWorkspaceOption(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("workspace"),
                 QStringLiteral("Workspace folder (default: %1).").arg(Workspace::defaultRoot()),
                 QStringLiteral("DIR")});
}

QString workspaceFrom(const QCommandLineParser& p)
{
    return p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                : Workspace::defaultRoot();
}

void printResult(const ImportResult& r)
{
    const QString name = QFileInfo(r.path).fileName();
    if (!r.recognised() || r.status == ImportResult::Status::Failed) {
        err() << r.message << '\n';
        err().flush();
        return;
    }
    out() << name << ": " << r.formatTitle << " (" << r.format << ")\n"
          << "  read " << r.rowsRead << ", loaded " << r.rowsLoaded << ", already present " << r.rowsPresent
          << ", quarantined " << r.rowsQuarantined;
    if (r.status == ImportResult::Status::AlreadyImported)
        out() << "  (file already imported)";
    out() << '\n';
    for (const QString& w : r.warnings)
        out() << "  warning: " << w << '\n';
    out().flush();
}

int runImport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Import export files into the workspace."));
    addWorkspaceOption(p);
    p.addOption({QStringLiteral("artist"),
                 QStringLiteral(
                     "Whose export this is, for files that do not say (Spotify for Artists, TikTok Studio)."),
                 QStringLiteral("NAME")});
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Export files to import."),
                            QStringLiteral("FILE…"));
    if (!p.parse(args))
        return usageError(p.errorText());
    const QStringList files = p.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(QStringLiteral("import needs at least one FILE"));
    WarehouseWriter writer(workspaceFrom(p));
    if (Result<void> opened = writer.open(); !opened) {
        err() << "bedrot: " << opened.errorMessage() << '\n';
        return CommandLine::Failure;
    }
    const QString artist = p.value(QStringLiteral("artist"));
    bool allRecognised = true;
    // importFiles() orders the files by what they hold, detecting each format once.
    QObject::connect(
        &writer, &WarehouseWriter::fileImported, &writer, [&allRecognised](const ImportResult& r) {
            printResult(r);
            allRecognised = allRecognised && r.recognised() && r.status != ImportResult::Status::Failed;
        });
    writer.importFiles(files, artist);
    return allRecognised ? CommandLine::Ok : CommandLine::Failure;
}

Result<QList<KpiValue>> computeKpis(const QString& workspace, const Filter& f)
{
    const QString name = Database::uniqueConnectionName(QStringLiteral("cli"));
    Result<QList<KpiValue>> values = QList<KpiValue>();
    {
        const Result<QSqlDatabase> db = Database::open(Workspace(workspace).warehousePath(), name);
        values = db ? WarehouseReader(*db).kpis(f) : Result<QList<KpiValue>>(db.error());
    }
    Database::close(name);
    return values;
}

int runKpis(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Print the KPI catalog for a date range."));
    addWorkspaceOption(p);
    p.addOptions({
        {QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD."), QStringLiteral("D")},
        {QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (inclusive)."), QStringLiteral("D")},
        {QStringLiteral("artist"), QStringLiteral("Only this artist (name or alias)."), QStringLiteral("A")},
        {QStringLiteral("track"), QStringLiteral("Only this track (ISRC)."), QStringLiteral("ISRC")},
        {QStringLiteral("platform"), QStringLiteral("Only this platform (e.g. spotify)."),
         QStringLiteral("P")},
        {QStringLiteral("format"), QStringLiteral("table, json or csv (default table)."), QStringLiteral("F"),
         QStringLiteral("table")},
    });
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.positionalArguments().size() > 1)
        return usageError(QStringLiteral("kpis takes no files"));
    const auto from = parseDay(p.value(QStringLiteral("from")));
    const auto to = parseDay(p.value(QStringLiteral("to")));
    if (!from || !to)
        return usageError(QStringLiteral("kpis needs --from and --to as YYYY-MM-DD"));
    if (*from > *to)
        return usageError(QStringLiteral("--from is after --to"));
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usageError(QStringLiteral("--format must be table, json or csv"));
    const QString ws = workspaceFrom(p);
    if (!Workspace(ws).exists()) {
        err() << "bedrot: no warehouse in " << ws << " (import something first)\n";
        return CommandLine::Failure;
    }
    Filter f = Filter::of(*from, *to, p.value(QStringLiteral("artist")), p.value(QStringLiteral("track")),
                          p.value(QStringLiteral("platform")));
    const Result<QList<KpiValue>> values = computeKpis(ws, f);
    if (!values) {
        err() << "bedrot: " << values.errorMessage() << '\n';
        return CommandLine::Failure;
    }
    out() << formatKpis(*values, format);
    out().flush();
    return CommandLine::Ok;
}

int runAlias(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List artist aliases, or point an alias at an artist."));
    addWorkspaceOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list (default) or set ALIAS ARTIST"));
    if (!p.parse(args))
        return usageError(p.errorText());
    const QStringList pos = p.positionalArguments().mid(1);
    const QString ws = workspaceFrom(p);
    const QString action = pos.value(0, QStringLiteral("list"));
    if (action == QLatin1String("set")) {
        if (pos.size() != 3)
            return usageError(QStringLiteral("alias set needs ALIAS and ARTIST"));
        WarehouseWriter writer(ws);
        QString e = writer.open().errorMessage();
        if (e.isEmpty())
            e = writer.setAlias(pos.at(1), pos.at(2)).errorMessage();
        if (!e.isEmpty()) {
            err() << "bedrot: " << e << '\n';
            return CommandLine::Failure;
        }
        out() << "'" << pos.at(1) << "' now stands for '" << pos.at(2) << "'\n";
        return CommandLine::Ok;
    }
    if (action != QLatin1String("list") || pos.size() > 1)
        return usageError(QStringLiteral("alias takes 'list' or 'set ALIAS ARTIST'"));
    if (!Workspace(ws).exists()) {
        err() << "bedrot: no warehouse in " << ws << " (import something first)\n";
        return CommandLine::Failure;
    }
    const QString name = Database::uniqueConnectionName(QStringLiteral("cli"));
    QString error;
    {
        const Result<QSqlDatabase> db = Database::open(Workspace(ws).warehousePath(), name);
        if (!db) {
            error = db.errorMessage();
        } else {
            QSqlQuery q(*db);
            if (!q.exec(QStringLiteral("SELECT a.name, al.alias, al.origin FROM artist a LEFT JOIN "
                                       "artist_alias al ON al.artist_id = a.id "
                                       "ORDER BY a.name COLLATE NOCASE, al.alias COLLATE NOCASE")))
                error = q.lastError().text();
            QString current;
            while (q.next()) {
                if (q.value(0).toString() != current) {
                    current = q.value(0).toString();
                    out() << current << '\n';
                }
                if (!q.value(1).isNull() && q.value(1).toString() != current)
                    out() << "  " << q.value(1).toString()
                          << (q.value(2).toString() == QLatin1String("user") ? "  (set by you)" : "") << '\n';
            }
        }
    }
    Database::close(name);
    if (!error.isEmpty()) {
        err() << "bedrot: " << error << '\n';
        return CommandLine::Failure;
    }
    return CommandLine::Ok;
}

int runRebuild(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Recreate the warehouse from the raw store."));
    addWorkspaceOption(p);
    if (!p.parse(args))
        return usageError(p.errorText());
    const QString ws = workspaceFrom(p);
    const auto outcome = Rebuilder::rebuild(ws, [](int i, int n, const QString& name) {
        out() << "[" << (i + 1) << "/" << n << "] " << name << '\n';
        out().flush();
    });
    if (!outcome.error.isEmpty()) {
        err() << "bedrot: rebuild failed: " << outcome.error << '\n';
        return CommandLine::Failure;
    }
    out() << "rebuilt " << Workspace(ws).warehousePath() << " from " << outcome.files
          << " raw files: " << outcome.rowsLoaded << " rows loaded, " << outcome.rowsQuarantined
          << " quarantined\n";
    return CommandLine::Ok;
}

int runDemo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Write the demo exports into a workspace's landing folder and import them."));
    addWorkspaceOption(p);
    if (!p.parse(args))
        return usageError(p.errorText());
    const QString ws =
        p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace")) : Workspace::demoRoot();
    WarehouseWriter writer(ws);
    if (Result<void> opened = writer.open(); !opened) {
        err() << "bedrot: " << opened.errorMessage() << '\n';
        return CommandLine::Failure;
    }
    if (const auto staged = DemoStaging::stage(writer.workspace().landingDir()); !staged) {
        err() << "bedrot: " << staged.error().message << '\n';
        return CommandLine::Failure;
    }
    bool ok = true;
    QObject::connect(&writer, &WarehouseWriter::fileImported, &writer, [&ok](const ImportResult& r) {
        printResult(r);
        ok = ok && r.recognised();
    });
    writer.importLanding();
    out() << "demo workspace: " << writer.workspace().root() << '\n';
    return ok ? CommandLine::Ok : CommandLine::Failure;
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("import"), QStringLiteral("kpis"), QStringLiteral("rebuild"),
            QStringLiteral("demo"), QStringLiteral("alias")};
}

QString CommandLine::helpText()
{
    return QStringLiteral(
               "Usage: bedrot [--workspace DIR] [--demo]            open the desktop app\n"
               "       bedrot import [--workspace DIR] [--artist NAME] FILE…\n"
               "                                                   import export files (any supported "
               "format)\n"
               "       bedrot kpis [--workspace DIR] --from D --to D [--artist A] [--track ISRC]\n"
               "                   [--platform P] [--format table|json|csv]\n"
               "       bedrot rebuild [--workspace DIR]             recreate the warehouse from the raw "
               "store\n"
               "       bedrot demo [--workspace DIR]                write and import the demo exports\n"
               "       bedrot alias [--workspace DIR] [list | set ALIAS ARTIST]\n"
               "                                                   show artists and their aliases, or "
               "re-point one\n"
               "\n"
               "Options:\n"
               "  --workspace DIR   workspace folder (default %1)\n"
               "  --demo            open the demo workspace (%2)\n"
               "  -h, --help        show this help; 'bedrot COMMAND --help' for a command\n"
               "  -v, --version     show the version\n"
               "\n"
               "Without a display, 'bedrot --demo' prints the demo workspace's KPIs instead.\n")
        .arg(Workspace::defaultRoot(), Workspace::demoRoot());
}

int CommandLine::printKpis(const QString& workspace, const QString& format)
{
    QString error;
    QList<KpiValue> values;
    QDate first, last;
    {
        const QString name = Database::uniqueConnectionName(QStringLiteral("cli"));
        {
            const Result<QSqlDatabase> db = Database::open(Workspace(workspace).warehousePath(), name);
            if (!db) {
                error = db.errorMessage();
            } else {
                WarehouseReader reader(*db);
                const Result<std::pair<QDate, QDate>> extent = reader.extent();
                if (extent)
                    std::tie(first, last) = *extent;
                else
                    error = extent.errorMessage();
                if (first.isValid()) {
                    Result<QList<KpiValue>> read = reader.kpis(Filter::of(first, last));
                    if (read)
                        values = std::move(*read);
                    else
                        error = read.errorMessage();
                }
            }
        }
        Database::close(name);
    }
    if (!error.isEmpty()) {
        err() << "bedrot: " << error << '\n';
        return Failure;
    }
    if (!first.isValid()) {
        out() << "The workspace holds no data yet.\n";
        return Ok;
    }
    out() << "KPIs of " << workspace << ", all time (" << first.toString(Qt::ISODate) << " to "
          << last.toString(Qt::ISODate) << "):\n";
    out() << formatKpis(values, format);
    out().flush();
    return Ok;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList& rest = arguments; // positionalArguments()[0] is the command itself
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out() << helpText();
        return Ok;
    }
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("kpis"))
        return runKpis(rest);
    if (command == QLatin1String("rebuild"))
        return runRebuild(rest);
    if (command == QLatin1String("demo"))
        return runDemo(rest);
    if (command == QLatin1String("alias"))
        return runAlias(rest);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace bedrot

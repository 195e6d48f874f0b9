// The writer's import path, step by step: an ImportPlan (read, hash, unpack, decode, detect once),
// the ledger check, the artist an export needs, a "running" ledger row, the raw copy beside the
// DocumentLoader writing each document's batches, and the ledger's last word, committed and checked.
#include "warehousewriter.h"

#include "artistreplay.h"
#include "database.h"
#include "dimensions.h"
#include "documentloader.h"
#include "domain/artistname.h"
#include "factwriter.h"
#include "importplan.h"
#include "ingestledger.h"
#include "lake/rawstore.h"
#include "logging.h"
#include "migrator.h"
#include "rollupwriter.h"
#include "sources/fileformat.h"
#include "sources/formatregistry.h"
#include "sqlitestatement.h"
#include "statementlinewriter.h"
#include "transactionguard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace bedrot {

namespace {

ImportResult refuse(IngestLedger& ledger, ImportResult& r, const QString& ledgerPath, const QString& message,
                    const QString& encoding, ImportResult::Status status = ImportResult::Status::Rejected)
{
    ledger.refuse(r, ledgerPath, message, encoding, status);
    return r;
}

} // namespace

struct WarehouseWriter::State
{
    QString connectionName;
    sqlite3* db = nullptr;
    std::unique_ptr<Dimensions> dims;
    std::unique_ptr<RollupWriter> rollups;
    std::unique_ptr<FactWriter> facts;
    std::unique_ptr<StatementLineWriter> lines;
    SqliteStatement insertQuarantine, updateLedger;

    // Forgets what a rolled-back transaction left in the caches.
    void rolledBack()
    {
        rollups->discard();
        dims->clearDetached();
        (void)dims->load(); // a failure here shows at the next write, which reads the same tables
    }
};

WarehouseWriter::WarehouseWriter(const QString& workspaceRoot, QObject* parent)
    : WarehouseWriter(workspaceRoot, Workspace(workspaceRoot).warehousePath(), parent)
{
}

WarehouseWriter::WarehouseWriter(const QString& workspaceRoot, const QString& warehousePath, QObject* parent)
    : QObject(parent), m_workspace(workspaceRoot), m_warehousePath(warehousePath),
      m_formats(std::make_unique<FormatRegistry>())
{
    qRegisterMetaType<bedrot::CommitInfo>();
    qRegisterMetaType<bedrot::ImportResult>();
    qRegisterMetaType<QList<bedrot::ImportResult>>();
}

WarehouseWriter::~WarehouseWriter()
{
    close();
}

bool WarehouseWriter::isOpen() const
{
    return m_state && m_state->db;
}

QString WarehouseWriter::aliasFile() const
{
    return m_workspace.root() + QStringLiteral("/aliases.tsv");
}

Result<void> WarehouseWriter::open()
{
    if (isOpen())
        return {};
    if (Result<void> layout = m_workspace.ensureLayout(); !layout)
        return layout.error();
    auto state = std::make_unique<State>();
    state->connectionName = Database::uniqueConnectionName(QStringLiteral("writer"));
    Result<void> ready;
    {
        Result<QSqlDatabase> db = Database::open(m_warehousePath, state->connectionName);
        if (!db) {
            Database::close(state->connectionName);
            return db.error();
        }
        state->db = Database::handle(*db);
    }
    if (ready)
        ready = Migrator::migrate(state->db);
    if (ready) {
        state->dims = std::make_unique<Dimensions>(state->db);
        state->rollups = std::make_unique<RollupWriter>(state->db);
        state->facts = std::make_unique<FactWriter>(state->db, *state->dims);
        state->lines = std::make_unique<StatementLineWriter>(state->db, *state->dims, *state->rollups);
        ready = state->dims->load();
    }
    if (ready)
        ready = state->facts->prepare();
    if (ready)
        ready = state->lines->prepare();
    if (ready)
        ready = state->rollups->prepare();
    if (ready &&
        (!state->insertQuarantine.prepare(state->db, "INSERT OR IGNORE INTO quarantine (ingest_id, line, "
                                                     "column_name, reason, raw_text) VALUES (?,?,?,?,?)") ||
         !state->updateLedger.prepare(
             state->db,
             "UPDATE ingest_file SET rows_read = rows_read + ?, rows_loaded = rows_loaded + ?, "
             "rows_present = rows_present + ?, rows_quarantined = rows_quarantined + ? WHERE id = ?")))
        ready = Database::lastError(state->db);
    // Lines written behind the writer's back (the benchmark's generator) are summed in now.
    if (ready) {
        Result<TransactionGuard> transaction = TransactionGuard::begin(state->db);
        ready = transaction ? state->rollups->absorb() : Result<void>(transaction.error());
        if (ready)
            ready = transaction->commit();
    }
    if (!ready) {
        const QString name = state->connectionName;
        state.reset(); // finalizes statements before the connection closes
        Database::close(name);
        return ready.error().context(QStringLiteral("cannot open the warehouse %1: ").arg(m_warehousePath));
    }
    m_state = std::move(state);
    if (Result<void> aliases = replayAliasFile(); !aliases) {
        close();
        return aliases;
    }
    return {};
}

Result<void> WarehouseWriter::replayAliasFile()
{
    // The user's alias choices live beside the warehouse too, so a rebuild from the raw store
    // resolves names exactly as before.
    QFile aliases(aliasFile());
    if (!aliases.open(QIODevice::ReadOnly))
        return {};
    State& st = *m_state;
    Result<TransactionGuard> transaction = TransactionGuard::begin(st.db, [&st]() { st.rolledBack(); });
    if (!transaction)
        return transaction.error();
    for (const QByteArray& line : aliases.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split('\t');
        if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
            continue;
        if (Result<void> set = st.dims->setAlias(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]),
                                                 QStringLiteral("user"));
            !set)
            return set.error().context(QStringLiteral("%1: ").arg(aliasFile()));
    }
    return transaction->commit();
}

void WarehouseWriter::close()
{
    if (!m_state)
        return;
    const QString name = m_state->connectionName;
    m_state.reset(); // finalizes statements before the connection closes
    Database::close(name);
}

void WarehouseWriter::openAndReport()
{
    Q_EMIT opened(open().errorMessage());
}

QStringList WarehouseWriter::landingFiles() const
{
    QStringList files;
    const QFileInfoList entries =
        QDir(m_workspace.landingDir()).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : entries) {
        const QString suffix = fi.suffix().toLower();
        if (fi.fileName().startsWith(u'.') || suffix == QLatin1String("part") ||
            suffix == QLatin1String("crdownload") || suffix == QLatin1String("tmp"))
            continue;
        files << fi.absoluteFilePath();
    }
    return files;
}

std::vector<ImportPlan> WarehouseWriter::planFiles(const QStringList& paths,
                                                   QList<ImportResult>* unread) const
{
    std::vector<ImportPlan> plans;
    for (const QString& path : paths) {
        Result<ImportPlan> plan = ImportPlan::fromFile(path);
        if (!plan) {
            if (unread) {
                ImportResult r;
                r.path = path;
                r.started = r.finished = QDateTime::currentDateTimeUtc();
                r.message = plan.errorMessage();
                unread->append(r);
            }
            continue;
        }
        plan->recognise(*m_formats);
        plans.push_back(std::move(plan).value());
    }
    std::stable_sort(plans.begin(), plans.end(),
                     [](const ImportPlan& a, const ImportPlan& b) { return a.stage() < b.stage(); });
    return plans;
}

QStringList WarehouseWriter::importOrder(const QStringList& paths) const
{
    QStringList out;
    QList<ImportResult> unread;
    for (const ImportPlan& plan : planFiles(paths, &unread))
        out << plan.label();
    for (const ImportResult& r : unread)
        out << r.path; // importFile will say why it cannot read them
    return out;
}

void WarehouseWriter::importFiles(const QStringList& paths, const QString& artist)
{
    QList<ImportResult> results;
    std::vector<ImportPlan> plans = planFiles(paths, &results);
    for (ImportResult& r : results)
        r.status = ImportResult::Status::Failed;
    const int count = int(plans.size() + size_t(results.size()));
    Q_EMIT importStarted(count);
    for (const ImportResult& r : std::as_const(results))
        Q_EMIT fileImported(r);
    for (size_t i = 0; i < plans.size(); ++i) {
        if (QThread::currentThread()->isInterruptionRequested())
            break;
        Q_EMIT fileStarted(plans[i].label(), int(i), count);
        results << importPlan(plans[i], artist);
        Q_EMIT fileImported(results.constLast());
    }
    Q_EMIT importFinished(results);
}

void WarehouseWriter::importLanding()
{
    importFiles(landingFiles());
}

QString WarehouseWriter::artistFromFileName(const QString& fileName) const
{
    // The longest alias whose folded form appears in the folded file name; too-short names
    // (under four characters) would match by accident. Two artists matching equally: no answer.
    const QString haystack = foldArtistName(QFileInfo(fileName).completeBaseName());
    qint64 best = 0;
    qsizetype bestLength = 0;
    bool ambiguous = false;
    for (const auto& [alias, artist] : m_state->dims->aliases()) {
        const QString needle = foldArtistName(alias);
        if (needle.size() < 4 || !haystack.contains(needle))
            continue;
        if (needle.size() > bestLength) {
            best = artist;
            bestLength = needle.size();
            ambiguous = false;
        } else if (needle.size() == bestLength && artist != best) {
            ambiguous = true;
        }
    }
    return best != 0 && !ambiguous ? m_state->dims->artistName(best) : QString();
}

Result<void> WarehouseWriter::setAlias(const QString& alias, const QString& artist)
{
    if (Result<void> opened = open(); !opened)
        return opened;
    if (alias.trimmed().isEmpty() || artist.trimmed().isEmpty())
        return fail(QStringLiteral("an alias and an artist are both needed"));
    State& st = *m_state;
    Result<TransactionGuard> transaction = TransactionGuard::begin(st.db, [&st]() { st.rolledBack(); });
    if (!transaction)
        return transaction.error();
    const qint64 before = st.dims->findArtist(alias);
    if (Result<void> set = st.dims->setAlias(alias.trimmed(), artist.trimmed(), QStringLiteral("user")); !set)
        return set;
    const qint64 after = st.dims->findArtist(alias);
    if (before != 0 && before != after) {
        // Both artists' rows are written again from their raw files under the new alias, so rows
        // both had for one day meet as a later import would, and none stays with the old artist.
        const ArtistReplay::Parts parts{
            st.db,      *st.dims, *st.facts, *st.lines, *st.rollups, *m_formats, m_workspace.rawDir(),
            m_batchSize};
        if (Result<void> replayed = ArtistReplay(parts).run({before, after}); !replayed)
            return replayed.error().context(QStringLiteral("cannot move the rows of '%1': ").arg(alias));
        if (Result<void> deleted = ArtistReplay::deleteOrphans(st.db); !deleted)
            return deleted;
    }
    if (Result<void> committed = transaction->commit(); !committed)
        return committed;
    if (Result<void> loaded = st.dims->load(); !loaded)
        return loaded;
    return writeAliasFile(alias, artist);
}

Result<void> WarehouseWriter::writeAliasFile(const QString& alias, const QString& artist) const
{
    // Keep the choice for rebuilds: alias → artist, one per line, the latest choice last.
    QFile file(aliasFile());
    QByteArray content;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty() &&
                foldArtistName(QString::fromUtf8(line.split('\t').value(0))) != foldArtistName(alias))
                content += line + '\n';
        file.close();
    }
    content += alias.trimmed().toUtf8() + '\t' + artist.trimmed().toUtf8() + '\n';
    QSaveFile out(aliasFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return fail(QStringLiteral("the alias is set, but %1 could not be written: %2")
                        .arg(aliasFile(), out.errorString()));
    return {};
}

ImportResult WarehouseWriter::importFile(const QString& path, const QString& artist,
                                         const QString& ledgerPath)
{
    QElapsedTimer phase; // timings for the log: QT_LOGGING_RULES="bedrot.warehouse.debug=true"
    phase.start();
    Result<ImportPlan> plan = ImportPlan::fromFile(path, ledgerPath);
    qCDebug(lcWarehouse) << "read and hashed in" << phase.restart() << "ms";
    if (!plan) {
        ImportResult r;
        r.path = path;
        r.started = r.finished = QDateTime::currentDateTimeUtc();
        r.status = ImportResult::Status::Failed;
        r.message = plan.errorMessage();
        return r;
    }
    return importPlan(*plan, artist, ledgerPath);
}

ImportResult WarehouseWriter::importPlan(ImportPlan& plan, const QString& chosenArtist,
                                         const QString& ledgerPathGiven)
{
    ImportResult r;
    r.path = plan.label();
    r.started = QDateTime::currentDateTimeUtc();
    r.size = plan.bytes().size();
    r.sha256 = plan.sha256();
    const QString ledgerPath = ledgerPathGiven.isEmpty() ? plan.label() : ledgerPathGiven;
    const auto finish = [&r](ImportResult::Status status, const QString& message) {
        r.status = status;
        r.message = message;
        r.finished = QDateTime::currentDateTimeUtc();
        return r;
    };
    if (Result<void> opened = open(); !opened)
        return finish(ImportResult::Status::Failed, opened.errorMessage());
    State& st = *m_state;
    const QString fileName = plan.fileName();
    IngestLedger ledger(st.db, *m_formats);
    if (ledger.alreadyImported(r, fileName))
        return r;

    QElapsedTimer phase;
    phase.start();
    plan.recognise(*m_formats);
    qCDebug(lcWarehouse) << "decoded in" << phase.restart() << "ms";
    if (!plan.rejection().isEmpty())
        return refuse(ledger, r, ledgerPath, plan.rejection(), plan.rejectedEncoding());
    std::vector<PlannedDocument>& work = plan.documents();

    // Per-artist exports: the user's choice, else a known name in the file name, else ask.
    QString rawArtist;
    for (PlannedDocument& d : work) {
        if (!d.format->needsArtist())
            continue;
        d.context.artist = chosenArtist.trimmed();
        if (d.context.artist.isEmpty())
            d.context.artist = artistFromFileName(fileName);
        if (d.context.artist.isEmpty()) {
            r.source = d.format->source();
            r.format = d.format->id();
            r.formatTitle = d.format->title();
            return refuse(
                ledger, r, ledgerPath,
                QStringLiteral(
                    "%1: a %2 does not say whose it is. Import it with --artist NAME (in the app: choose "
                    "the artist when asked), or keep the artist's name in the file name")
                    .arg(plan.label(), d.format->title()),
                d.text.encodingName(), ImportResult::Status::NeedsArtist);
        }
        rawArtist = d.context.artist;
    }
    QStringList formatIds, titles;
    for (const PlannedDocument& d : work) {
        if (!formatIds.contains(d.format->id()))
            formatIds << d.format->id();
        if (!titles.contains(d.format->title()))
            titles << d.format->title();
    }
    r.source = work.front().format->source();
    r.format = formatIds.join(u'+');
    r.formatTitle = titles.join(QStringLiteral(" + "));

    qint64 ingestId = 0;
    {
        Result<TransactionGuard> transaction = TransactionGuard::begin(st.db);
        if (!transaction)
            return finish(ImportResult::Status::Failed, QStringLiteral("%1: the warehouse is busy: %2")
                                                            .arg(plan.label(), transaction.errorMessage()));
        ingestId = ledger.record(r, ledgerPath, work.front().text.encodingName(), QStringLiteral("running"),
                                 QString());
        const Result<void> committed =
            ingestId != 0 ? transaction->commit() : Result<void>(Database::lastError(st.db));
        if (!committed)
            return finish(ImportResult::Status::Failed, QStringLiteral("%1: cannot record the import: %2")
                                                            .arg(plan.label(), committed.errorMessage()));
    }

    // The immutable copy is written while the rows are parsed and loaded; the import only counts
    // as loaded once it is safely there.
    Result<RawFile> rawCopied = RawFile();
    QFuture<void> rawCopy = QtConcurrent::run([&]() {
        rawCopied = RawStore(m_workspace.rawDir()).put(plan.bytes(), fileName, rawArtist, plan.modified());
    });

    qint64 totalText = 0, doneText = 0;
    for (const PlannedDocument& d : work)
        totalText += d.text.utf8.size();
    const DocumentLoader::Parts parts{
        st.db, *st.dims, *st.lines, *st.facts, *st.rollups, st.insertQuarantine, st.updateLedger};
    DocumentLoader loader(parts, DocumentLoader::Policy{m_batchSize, m_commitRows, m_commitMs});
    Result<void> written;
    // No automatic checkpoint between the commits of one file: each would copy the pages the
    // last commit touched into the database file again. One checkpoint at the end writes each once.
    written = Database::exec(st.db, "PRAGMA wal_autocheckpoint=0");
    for (const PlannedDocument& d : work) {
        if (!written)
            break;
        written = loader.load(d, ingestId, [&](CommitInfo& info, qint64 offset) {
            info.path = plan.label();
            info.fileProgress = totalText == 0 ? 1.0 : double(doneText + offset) / double(totalText);
            info.sequence = ++m_sequence;
            r.rowsRead = loader.totals().read;
            r.rowsLoaded = loader.totals().loaded;
            r.rowsPresent = loader.totals().present;
            r.rowsQuarantined = loader.totals().quarantined;
            Q_EMIT batchCommitted(info);
        });
        doneText += d.text.utf8.size();
    }
    qCDebug(lcWarehouse) << "parsed and written in" << phase.restart() << "ms";
    const Result<void> checkpoint =
        Database::exec(st.db, "PRAGMA wal_autocheckpoint=1000; PRAGMA wal_checkpoint(PASSIVE);");
    if (written && !checkpoint)
        written = checkpoint.error().context(QStringLiteral("the warehouse checkpoint failed: "));
    qCDebug(lcWarehouse) << "checkpoint in" << phase.restart() << "ms";
    rawCopy.waitForFinished();
    if (written && !rawCopied)
        written = rawCopied.error().context(QStringLiteral("the raw store copy failed: "));
    QStringList warnings = loader.warnings();
    warnings << st.dims->takeWarnings();
    warnings.removeDuplicates();
    if (!plan.skipped().isEmpty())
        warnings << QStringLiteral("ZIP members not recognised and skipped: %1")
                        .arg(plan.skipped().join(QStringLiteral(", ")));
    r.warnings = warnings;

    ImportResult::Status status = ImportResult::Status::Loaded;
    QString message;
    if (!written) {
        status = ImportResult::Status::Failed;
        message = QStringLiteral("%1: import stopped after %2 rows: %3")
                      .arg(fileName)
                      .arg(r.rowsRead)
                      .arg(written.errorMessage());
    } else if (r.rowsQuarantined > 0) {
        status = ImportResult::Status::Partial;
        message = QStringLiteral("%1: %2 rows loaded, %3 already present, %4 quarantined (see the quarantine "
                                 "for line and reason)")
                      .arg(fileName)
                      .arg(r.rowsLoaded)
                      .arg(r.rowsPresent)
                      .arg(r.rowsQuarantined);
    } else {
        message = QStringLiteral("%1: %2 rows loaded, %3 already present")
                      .arg(fileName)
                      .arg(r.rowsLoaded)
                      .arg(r.rowsPresent);
    }
    if (!r.warnings.isEmpty())
        message += QStringLiteral("; ") + r.warnings.join(QStringLiteral("; "));
    if (Result<void> recorded = ledger.finish(ingestId, status, message); !recorded) {
        // The rows are committed but the ledger could not say so: the file counts as failed (a
        // later import of it runs again), and the ledger says that instead of "running".
        status = ImportResult::Status::Failed;
        message =
            QStringLiteral("%1: import stopped after %2 rows: the ledger could not record the import: %3")
                .arg(fileName)
                .arg(r.rowsRead)
                .arg(recorded.errorMessage());
        if (Result<void> failed = ledger.finish(ingestId, status, message); !failed)
            message += QStringLiteral("; the ledger still says running: ") + failed.errorMessage();
    }
    return finish(status, message);
}

} // namespace bedrot

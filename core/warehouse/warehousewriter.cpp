// The writer's import pipeline. Parsing runs in a one-shot worker (QtConcurrent) feeding a bounded
// queue; this thread writes each batch in one BEGIN IMMEDIATE transaction together with the ledger
// counters, so a kill at any moment leaves every committed batch and a ledger that matches it.
#include "warehousewriter.h"

#include "database.h"
#include "etl/boundedqueue.h"
#include "etl/textdecoder.h"
#include "lake/filebuffer.h"
#include "lake/rawstore.h"
#include "migrator.h"
#include "sources/fileformat.h"
#include "sources/formatregistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcWriter, "bedrot.warehouse", QtInfoMsg)

namespace bedrot {

namespace {

// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepare(sqlite3* db, const char* sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    }
    sqlite3_stmt* get() const { return m_stmt; }
    void reset() { sqlite3_reset(m_stmt); sqlite3_clear_bindings(m_stmt); }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void bind(int i, QByteArrayView v) { sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT); }
    void bindStatic(int i, const char* v, int n) { sqlite3_bind_text(m_stmt, i, v, n, SQLITE_STATIC); }
    void bind(int i, const QString& v) { bind(i, QByteArrayView(v.toUtf8())); }
    void bindOptional(int i, qint64 v) { v > 0 ? bind(i, v) : bindNull(i); }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString sqliteError(sqlite3* db) { return QString::fromUtf8(sqlite3_errmsg(db)); }

bool isDownloadStore(QByteArrayView name)
{
    return name.startsWith("iTunes Songs") || name.startsWith("iTunes Albums") || name.indexOf(QByteArrayView("Download")) >= 0;
}

// "2024-10-05" without QString round trips: this runs a million times per big statement.
int writeDate(char* out, int y, int m, int d)
{
    out[0] = char('0' + y / 1000 % 10);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    if (d <= 0) return 7;
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
    return 10;
}

QByteArray foldKey(QByteArrayView name) { return QString::fromUtf8(name).toCaseFolded().toUtf8(); }

std::string_view sv(QByteArrayView v) { return std::string_view(v.data(), size_t(v.size())); }

// Name → id caches looked up with views (no allocation per row on the hot path).
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
};
using IdCache = std::unordered_map<std::string, qint64, ViewHash, std::equal_to<>>;

} // namespace

struct WarehouseWriter::State
{
    QString connectionName;
    sqlite3* db = nullptr;
    Statement insertLine, insertQuarantine, updateLedger;
    IdCache storeIds;
    IdCache artistByExact;                    // raw bytes as seen → id
    QHash<QByteArray, qint64> artistByFolded; // case-folded alias → id
    IdCache trackByIsrc;
    IdCache releaseByUpc;
    IdCache countries;
    QStringList warnings; // of the file being imported

    QString loadCaches();
    qint64 storeId(QByteArrayView name);
    qint64 artistId(QByteArrayView name);
    qint64 releaseId(QByteArrayView upc, QByteArrayView title, qint64 artist, bool isAlbum);
    qint64 trackId(QByteArrayView isrc, QByteArrayView title, qint64 artist, qint64 release);
    void country(QByteArrayView code);
    qint64 lastId() const { return sqlite3_last_insert_rowid(db); }
};

QString WarehouseWriter::State::loadCaches()
{
    storeIds.clear();
    artistByExact.clear();
    artistByFolded.clear();
    trackByIsrc.clear();
    releaseByUpc.clear();
    countries.clear();
    auto each = [this](const char* sql, const std::function<void(sqlite3_stmt*)>& row) -> bool {
        Statement s;
        if (!s.prepare(db, sql)) return false;
        while (sqlite3_step(s.get()) == SQLITE_ROW) row(s.get());
        return true;
    };
    auto text = [](sqlite3_stmt* s, int c) {
        return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, c)), sqlite3_column_bytes(s, c));
    };
    auto str = [&](sqlite3_stmt* s, int c) { return text(s, c).toStdString(); };
    bool ok = each("SELECT name, id FROM store", [&](sqlite3_stmt* s) { storeIds.emplace(str(s, 0), sqlite3_column_int64(s, 1)); })
        && each("SELECT alias, artist_id FROM artist_alias", [&](sqlite3_stmt* s) { artistByFolded.insert(foldKey(text(s, 0)), sqlite3_column_int64(s, 1)); })
        && each("SELECT isrc, id FROM track WHERE isrc IS NOT NULL", [&](sqlite3_stmt* s) { trackByIsrc.emplace(str(s, 0), sqlite3_column_int64(s, 1)); })
        && each("SELECT upc, id FROM release", [&](sqlite3_stmt* s) { releaseByUpc.emplace(str(s, 0), sqlite3_column_int64(s, 1)); })
        && each("SELECT code FROM country", [&](sqlite3_stmt* s) { countries.emplace(str(s, 0), 1); });
    return ok ? QString() : sqliteError(db);
}

qint64 WarehouseWriter::State::storeId(QByteArrayView name)
{
    if (auto it = storeIds.find(sv(name)); it != storeIds.end()) return it->second;
    const QByteArray key = name.toByteArray();
    // Never a silent default: an unknown store becomes its own platform, flagged unmapped.
    const bool download = isDownloadStore(name);
    Statement p;
    p.prepare(db, "INSERT OR IGNORE INTO platform (key, name, kind, reference_rate_nanos, mapped) VALUES (?, ?, ?, NULL, 0)");
    const QByteArray platformKey = QByteArray("store:").append(key);
    p.bind(1, QByteArrayView(platformKey));
    p.bind(2, name);
    p.bind(3, QByteArrayView(download ? "download" : "streaming"));
    sqlite3_step(p.get());
    Statement pid;
    pid.prepare(db, "SELECT id FROM platform WHERE key = ?");
    pid.bind(1, QByteArrayView(platformKey));
    qint64 platform = 0;
    if (sqlite3_step(pid.get()) == SQLITE_ROW) platform = sqlite3_column_int64(pid.get(), 0);
    Statement s;
    s.prepare(db, "INSERT INTO store (name, platform_id, mapped, is_download) VALUES (?, ?, 0, ?)");
    s.bind(1, name);
    s.bind(2, platform);
    s.bind(3, qint64(download ? 1 : 0));
    sqlite3_step(s.get());
    const qint64 id = lastId();
    storeIds.emplace(key.toStdString(), id);
    warnings << QStringLiteral("store '%1' is not a known store: it is shown as its own platform, flagged unmapped")
                    .arg(QString::fromUtf8(name));
    return id;
}

qint64 WarehouseWriter::State::artistId(QByteArrayView name)
{
    if (auto it = artistByExact.find(sv(name)); it != artistByExact.end()) return it->second;
    const QByteArray folded = foldKey(name);
    qint64 id = artistByFolded.value(folded, 0);
    if (id == 0) {
        // An unknown name creates an artist, never a silent merge.
        Statement a;
        a.prepare(db, "INSERT INTO artist (name, created_at) VALUES (?, ?)");
        a.bind(1, name);
        a.bind(2, nowIso());
        if (sqlite3_step(a.get()) == SQLITE_DONE) {
            id = lastId();
        } else {
            Statement q; // same name in another case, but no alias yet
            q.prepare(db, "SELECT id FROM artist WHERE name = ?");
            q.bind(1, name);
            if (sqlite3_step(q.get()) == SQLITE_ROW) id = sqlite3_column_int64(q.get(), 0);
        }
        Statement al;
        al.prepare(db, "INSERT OR IGNORE INTO artist_alias (alias, artist_id, origin) VALUES (?, ?, 'auto')");
        al.bind(1, name);
        al.bind(2, id);
        sqlite3_step(al.get());
        artistByFolded.insert(folded, id);
    }
    artistByExact.emplace(std::string(sv(name)), id);
    return id;
}

qint64 WarehouseWriter::State::releaseId(QByteArrayView upc, QByteArrayView title, qint64 artist, bool isAlbum)
{
    if (upc.isEmpty()) return 0;
    if (auto it = releaseByUpc.find(sv(upc)); it != releaseByUpc.end()) return it->second;
    Statement s;
    s.prepare(db, "INSERT INTO release (upc, title, artist_id) VALUES (?, ?, ?)");
    s.bind(1, upc);
    isAlbum ? s.bind(2, title) : s.bindNull(2);
    s.bind(3, artist);
    sqlite3_step(s.get());
    const qint64 id = lastId();
    releaseByUpc.emplace(std::string(sv(upc)), id);
    return id;
}

qint64 WarehouseWriter::State::trackId(QByteArrayView isrc, QByteArrayView title, qint64 artist, qint64 release)
{
    if (isrc.isEmpty()) return 0;
    if (auto it = trackByIsrc.find(sv(isrc)); it != trackByIsrc.end()) return it->second;
    Statement s;
    s.prepare(db, "INSERT INTO track (isrc, title, artist_id, release_id) VALUES (?, ?, ?, ?)");
    s.bind(1, isrc);
    s.bind(2, title);
    s.bind(3, artist);
    s.bindOptional(4, release);
    sqlite3_step(s.get());
    const qint64 id = lastId();
    trackByIsrc.emplace(std::string(sv(isrc)), id);
    return id;
}

void WarehouseWriter::State::country(QByteArrayView code)
{
    if (code.isEmpty()) return;
    if (countries.count(sv(code)) > 0) return;
    Statement s;
    s.prepare(db, "INSERT OR IGNORE INTO country (code) VALUES (?)");
    s.bind(1, code);
    sqlite3_step(s.get());
    countries.emplace(std::string(sv(code)), 1);
}

WarehouseWriter::WarehouseWriter(const QString& workspaceRoot, QObject* parent)
    : WarehouseWriter(workspaceRoot, Workspace(workspaceRoot).warehousePath(), parent)
{
}

WarehouseWriter::WarehouseWriter(const QString& workspaceRoot, const QString& warehousePath, QObject* parent)
    : QObject(parent), m_workspace(workspaceRoot), m_warehousePath(warehousePath), m_formats(std::make_unique<FormatRegistry>())
{
    qRegisterMetaType<bedrot::CommitInfo>();
    qRegisterMetaType<bedrot::ImportResult>();
    qRegisterMetaType<QList<bedrot::ImportResult>>();
}

WarehouseWriter::~WarehouseWriter() { close(); }

bool WarehouseWriter::isOpen() const { return m_state && m_state->db; }

QString WarehouseWriter::open()
{
    if (isOpen()) return {};
    if (QString e = m_workspace.ensureLayout(); !e.isEmpty()) return e;
    auto state = std::make_unique<State>();
    state->connectionName = Database::uniqueConnectionName(QStringLiteral("writer"));
    QString error;
    {
        QSqlDatabase db = Database::open(m_warehousePath, state->connectionName, &error);
        if (!error.isEmpty()) {
            Database::close(state->connectionName);
            return error;
        }
        state->db = Database::handle(db);
    }
    error = Migrator::migrate(state->db);
    if (error.isEmpty()) error = state->loadCaches();
    if (error.isEmpty()
        && (!state->insertLine.prepare(state->db,
               "INSERT OR IGNORE INTO statement_line (distributor, line_key, occurrence, reporting_date, sale_month, "
               "store_id, artist_id, track_id, release_id, title, quantity, team_percentage, song_album, country, "
               "withheld_nanos, earnings_nanos, currency, ingest_id, line) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            || !state->insertQuarantine.prepare(state->db,
               "INSERT OR IGNORE INTO quarantine (ingest_id, line, column_name, reason, raw_text) VALUES (?,?,?,?,?)")
            || !state->updateLedger.prepare(state->db,
               "UPDATE ingest_file SET rows_read = rows_read + ?, rows_loaded = rows_loaded + ?, "
               "rows_present = rows_present + ?, rows_quarantined = rows_quarantined + ? WHERE id = ?")))
        error = sqliteError(state->db);
    if (!error.isEmpty()) {
        const QString name = state->connectionName;
        state.reset(); // finalizes statements before the connection closes
        Database::close(name);
        return QStringLiteral("cannot open the warehouse %1: %2").arg(m_warehousePath, error);
    }
    m_state = std::move(state);
    return {};
}

void WarehouseWriter::close()
{
    if (!m_state) return;
    const QString name = m_state->connectionName;
    m_state.reset(); // finalizes statements before the connection closes
    Database::close(name);
}

void WarehouseWriter::openAndReport() { Q_EMIT opened(open()); }

QStringList WarehouseWriter::landingFiles() const
{
    QStringList files;
    const QFileInfoList entries = QDir(m_workspace.landingDir()).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : entries) {
        const QString suffix = fi.suffix().toLower();
        if (fi.fileName().startsWith(u'.') || suffix == QLatin1String("part") || suffix == QLatin1String("crdownload")
            || suffix == QLatin1String("tmp"))
            continue;
        files << fi.absoluteFilePath();
    }
    return files;
}

void WarehouseWriter::importFiles(const QStringList& paths)
{
    QList<ImportResult> results;
    Q_EMIT importStarted(int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        if (QThread::currentThread()->isInterruptionRequested()) break;
        Q_EMIT fileStarted(paths.at(i), i, int(paths.size()));
        results << importFile(paths.at(i));
        Q_EMIT fileImported(results.constLast());
    }
    Q_EMIT importFinished(results);
}

void WarehouseWriter::importLanding() { importFiles(landingFiles()); }

ImportResult WarehouseWriter::importFile(const QString& path, const QString& ledgerPath)
{
    ImportResult r;
    r.path = path;
    r.started = QDateTime::currentDateTimeUtc();
    auto finish = [&r](ImportResult::Status status, const QString& message) {
        r.status = status;
        r.message = message;
        r.finished = QDateTime::currentDateTimeUtc();
        return r;
    };
    if (!isOpen()) {
        if (QString e = open(); !e.isEmpty()) return finish(ImportResult::Status::Failed, e);
    }
    State& st = *m_state;
    const QString fileName = QFileInfo(ledgerPath.isEmpty() ? path : ledgerPath).fileName();

    QElapsedTimer phase; // timings for the log: QT_LOGGING_RULES="bedrot.warehouse.debug=true"
    phase.start();
    QString readError;
    const FileBuffer buffer = FileBuffer::read(path, &readError);
    if (!readError.isEmpty())
        return finish(ImportResult::Status::Failed, QStringLiteral("%1: cannot read the file: %2").arg(path, readError));
    const QByteArray bytes = buffer.bytes();
    qCDebug(lcWriter) << "read" << bytes.size() << "bytes in" << phase.restart() << "ms";
    r.size = bytes.size();
    r.sha256 = RawStore::sha256Hex(bytes);
    qCDebug(lcWriter) << "sha256 in" << phase.restart() << "ms";

    auto ledgerUpsert = [&](const QString& source, const QString& format, const QString& encoding, const QString& status,
                            const QString& message) -> qint64 {
        Statement s;
        s.prepare(st.db,
                  "INSERT INTO ingest_file (sha256, source, format, path, size, encoding, started, status, message) "
                  "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(sha256) DO UPDATE SET source = excluded.source, "
                  "format = excluded.format, encoding = excluded.encoding, started = excluded.started, finished = NULL, "
                  "status = excluded.status, message = excluded.message, rows_read = 0, rows_loaded = 0, "
                  "rows_present = 0, rows_quarantined = 0 RETURNING id");
        s.bind(1, r.sha256);
        s.bind(2, source);
        s.bind(3, format);
        s.bind(4, ledgerPath.isEmpty() ? path : ledgerPath);
        s.bind(5, r.size);
        s.bind(6, encoding);
        s.bind(7, r.started.toString(Qt::ISODateWithMs));
        s.bind(8, status);
        s.bind(9, message);
        qint64 id = 0;
        if (sqlite3_step(s.get()) == SQLITE_ROW) id = sqlite3_column_int64(s.get(), 0);
        return id;
    };

    // Seen and finished before: report from the ledger, touch nothing.
    {
        Statement s;
        s.prepare(st.db, "SELECT status, source, format, rows_read, rows_loaded + rows_present, rows_quarantined, finished "
                         "FROM ingest_file WHERE sha256 = ?");
        s.bind(1, r.sha256);
        if (sqlite3_step(s.get()) == SQLITE_ROW) {
            const QString status = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)));
            if (status == QLatin1String("loaded") || status == QLatin1String("partial")) {
                r.source = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 1)));
                r.format = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 2)));
                if (const FileFormat* f = m_formats->byId(r.format)) r.formatTitle = f->title();
                r.rowsRead = sqlite3_column_int64(s.get(), 3);
                r.rowsPresent = sqlite3_column_int64(s.get(), 4) ;
                r.rowsQuarantined = sqlite3_column_int64(s.get(), 5);
                const QString when = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 6)));
                return finish(ImportResult::Status::AlreadyImported,
                              QStringLiteral("%1: already imported (%2); nothing new").arg(fileName, when.left(10)));
            }
        }
    }

    const DecodedText text = TextDecoder::decode(bytes);
    qCDebug(lcWriter) << "decoded in" << phase.restart() << "ms";
    const FileFormat* format = text.binary ? nullptr : m_formats->detect(text);
    if (!format) {
        QString why;
        if (bytes.isEmpty()) why = QStringLiteral("the file is empty");
        else if (text.binary) why = QStringLiteral("it is a binary file, not a text export");
        else {
            QString first = QString::fromUtf8(text.utf8.left(120)).section(u'\n', 0, 0).section(u'\r', 0, 0);
            first.replace(u'\t', QStringLiteral("\\t"));
            why = QStringLiteral("its first line '%1' matches no known export").arg(first);
        }
        const QString message = QStringLiteral("%1: not a recognised export: %2. Expected one of: %3")
                                    .arg(path, why, m_formats->expectedFormats());
        Database::exec(st.db, "BEGIN IMMEDIATE");
        ledgerUpsert(QStringLiteral("unknown"), QStringLiteral("unknown"), text.binary ? QStringLiteral("binary") : text.encodingName(),
                     QStringLiteral("rejected"), message);
        Database::exec(st.db, "COMMIT");
        return finish(ImportResult::Status::Rejected, message);
    }
    r.source = format->source();
    r.format = format->id();
    r.formatTitle = format->title();


    if (QString e = Database::exec(st.db, "BEGIN IMMEDIATE"); !e.isEmpty())
        return finish(ImportResult::Status::Failed, QStringLiteral("%1: the warehouse is busy: %2").arg(path, e));
    const qint64 ingestId = ledgerUpsert(r.source, r.format, text.encodingName(), QStringLiteral("running"), QString());
    if (QString e = Database::exec(st.db, "COMMIT"); !e.isEmpty() || ingestId == 0) {
        Database::exec(st.db, "ROLLBACK");
        return finish(ImportResult::Status::Failed, QStringLiteral("%1: cannot record the import: %2").arg(path, e));
    }

    st.warnings.clear();
    // The immutable copy is written while the rows are parsed and loaded; the import only counts
    // as loaded once it is safely there.
    QString rawError;
    QFuture<void> rawCopy = QtConcurrent::run([&]() { RawStore(m_workspace.rawDir()).put(bytes, fileName, &rawError); });
    BoundedQueue<FactBatch> queue(4);
    std::optional<QString> parseError;
    QFuture<void> producer = QtConcurrent::run([&]() {
        parseError = format->parse(text, [&queue](FactBatch&& b) { return queue.push(std::move(b)); }, m_batchSize);
        queue.finish();
    });

    const char distributor[] = "distrokid";
    FactBatch batch;
    QString writeError;
    // Parsed batches are small; a transaction spans several of them and commits every
    // m_commitRows rows or m_commitMs milliseconds, whichever comes first: few enough commits
    // that a million-line file is not written twice over through the WAL, frequent enough that
    // the dashboard sees progress live.
    bool inTransaction = false;
    QElapsedTimer transactionAge;
    struct Pending { qint64 read = 0, loaded = 0, present = 0, quarantined = 0; qint64 offset = 0; } pending;
    auto commit = [&]() -> bool {
        Statement& led = st.updateLedger;
        led.bind(1, pending.read);
        led.bind(2, pending.loaded);
        led.bind(3, pending.present);
        led.bind(4, pending.quarantined);
        led.bind(5, ingestId);
        const bool ledgerOk = sqlite3_step(led.get()) == SQLITE_DONE;
        led.reset();
        QString e = ledgerOk ? Database::exec(st.db, "COMMIT") : sqliteError(st.db);
        inTransaction = false;
        if (!e.isEmpty()) {
            writeError = e;
            Database::exec(st.db, "ROLLBACK");
            st.loadCaches(); // ids created in the rolled-back transaction are gone
            return false;
        }
        r.rowsRead += pending.read;
        r.rowsLoaded += pending.loaded;
        r.rowsPresent += pending.present;
        r.rowsQuarantined += pending.quarantined;
        CommitInfo info;
        info.path = path;
        info.format = r.format;
        info.rowsLoaded = pending.loaded;
        info.rowsQuarantined = pending.quarantined;
        info.fileProgress = text.utf8.isEmpty() ? 1.0 : double(pending.offset) / double(text.utf8.size());
        info.sequence = ++m_sequence;
        pending = Pending();
        Q_EMIT batchCommitted(info);
        return true;
    };
    // No automatic checkpoint between the commits of one file: each would copy the pages the
    // last commit touched into the database file again. One checkpoint at the end writes each once.
    Database::exec(st.db, "PRAGMA wal_autocheckpoint=0");
    bool interrupted = false;
    while (queue.pop(batch)) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            interrupted = true;
            break;
        }
        if (!inTransaction) {
            if (QString e = Database::exec(st.db, "BEGIN IMMEDIATE"); !e.isEmpty()) {
                writeError = e;
                break;
            }
            inTransaction = true;
            transactionAge.start();
        }
        for (const StatementLine& s : batch.statementLines) {
            const qint64 artist = st.artistId(s.artist);
            const qint64 store = st.storeId(s.store);
            const bool album = s.songOrAlbum.compare(QByteArrayView("Album"), Qt::CaseInsensitive) == 0;
            const qint64 release = st.releaseId(s.upc, s.title, artist, album);
            const qint64 track = st.trackId(s.isrc, s.title, artist, release);
            st.country(s.country);
            char reported[10], sale[7];
            writeDate(reported, s.reportingDate.year(), s.reportingDate.month(), s.reportingDate.day());
            writeDate(sale, s.saleYear, s.saleMonth, 0);
            Statement& ins = st.insertLine;
            ins.bindStatic(1, distributor, int(sizeof(distributor) - 1));
            ins.bind(2, qint64(s.lineKey));
            ins.bind(3, qint64(s.occurrence));
            ins.bindStatic(4, reported, 10);
            ins.bindStatic(5, sale, 7);
            ins.bind(6, store);
            ins.bind(7, artist);
            ins.bindOptional(8, track);
            ins.bindOptional(9, release);
            sqlite3_bind_text(ins.get(), 10, s.title.data(), int(s.title.size()), SQLITE_STATIC);
            ins.bind(11, s.quantity);
            sqlite3_bind_text(ins.get(), 12, s.teamPercentage.data(), int(s.teamPercentage.size()), SQLITE_STATIC);
            sqlite3_bind_text(ins.get(), 13, s.songOrAlbum.data(), int(s.songOrAlbum.size()), SQLITE_STATIC);
            sqlite3_bind_text(ins.get(), 14, s.country.data(), int(s.country.size()), SQLITE_STATIC);
            ins.bind(15, s.withheld.nanos());
            ins.bind(16, s.earnings.nanos());
            sqlite3_bind_text(ins.get(), 17, s.currency.data(), int(s.currency.size()), SQLITE_STATIC);
            ins.bind(18, ingestId);
            ins.bind(19, s.line);
            if (sqlite3_step(ins.get()) != SQLITE_DONE) {
                writeError = sqliteError(st.db);
                sqlite3_reset(ins.get());
                break;
            }
            (sqlite3_changes(st.db) > 0 ? pending.loaded : pending.present)++;
            sqlite3_reset(ins.get());
        }
        for (const QuarantineRow& q : batch.quarantine) {
            Statement& ins = st.insertQuarantine;
            ins.bind(1, ingestId);
            ins.bind(2, q.line);
            ins.bind(3, q.column);
            ins.bind(4, q.reason);
            ins.bind(5, QByteArrayView(q.rawText));
            sqlite3_step(ins.get());
            ins.reset();
        }
        if (!writeError.isEmpty()) {
            Database::exec(st.db, "ROLLBACK");
            inTransaction = false;
            st.loadCaches();
            break;
        }
        pending.read += batch.rowsRead;
        pending.quarantined += qint64(batch.quarantine.size());
        pending.offset = batch.textOffset;
        if ((pending.loaded + pending.present + pending.quarantined >= m_commitRows || transactionAge.elapsed() >= m_commitMs)
            && !commit())
            break;
    }
    // What was written before an interruption is kept: shut-down drains and commits.
    if (inTransaction && writeError.isEmpty()) commit();
    if (interrupted && writeError.isEmpty()) writeError = QStringLiteral("interrupted");
    qCDebug(lcWriter) << "parsed and written in" << phase.restart() << "ms";
    Database::exec(st.db, "PRAGMA wal_autocheckpoint=1000; PRAGMA wal_checkpoint(PASSIVE);");
    qCDebug(lcWriter) << "checkpoint in" << phase.restart() << "ms";
    if (!writeError.isEmpty()) queue.close();
    producer.waitForFinished();
    rawCopy.waitForFinished();
    qCDebug(lcWriter) << "raw copy done after" << phase.restart() << "ms more";
    if (writeError.isEmpty() && !rawError.isEmpty()) writeError = QStringLiteral("the raw store copy failed: ") + rawError;
    r.warnings = st.warnings;

    ImportResult::Status status = ImportResult::Status::Loaded;
    QString message;
    if (!writeError.isEmpty() || parseError) {
        status = ImportResult::Status::Failed;
        message = QStringLiteral("%1: import stopped after %2 rows: %3")
                      .arg(fileName).arg(r.rowsRead).arg(!writeError.isEmpty() ? writeError : *parseError);
    } else if (r.rowsQuarantined > 0) {
        status = ImportResult::Status::Partial;
        message = QStringLiteral("%1: %2 rows loaded, %3 already present, %4 quarantined (see the quarantine for line and reason)")
                      .arg(fileName).arg(r.rowsLoaded).arg(r.rowsPresent).arg(r.rowsQuarantined);
    } else {
        message = QStringLiteral("%1: %2 rows loaded, %3 already present").arg(fileName).arg(r.rowsLoaded).arg(r.rowsPresent);
    }
    if (!r.warnings.isEmpty()) message += QStringLiteral("; ") + r.warnings.join(QStringLiteral("; "));
    Statement fin;
    fin.prepare(st.db, "UPDATE ingest_file SET status = ?, message = ?, finished = ? WHERE id = ?");
    fin.bind(1, ImportResult::statusName(status));
    fin.bind(2, message);
    fin.bind(3, nowIso());
    fin.bind(4, ingestId);
    Database::exec(st.db, "BEGIN IMMEDIATE");
    sqlite3_step(fin.get());
    Database::exec(st.db, "COMMIT");
    return finish(status, message);
}

} // namespace bedrot

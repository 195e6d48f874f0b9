// The writer's import pipeline. Parsing runs in a one-shot worker (QtConcurrent) feeding a bounded
// queue; this thread writes batches in BEGIN IMMEDIATE transactions together with the ledger
// counters, so a kill at any moment leaves every committed batch and a ledger that matches it.
#include "warehousewriter.h"

#include "database.h"
#include "dimensions.h"
#include "domain/artistname.h"
#include "etl/boundedqueue.h"
#include "etl/textdecoder.h"
#include "factwriter.h"
#include "lake/filebuffer.h"
#include "lake/rawstore.h"
#include "lake/zipreader.h"
#include "migrator.h"
#include "rollupwriter.h"
#include "sources/fileformat.h"
#include "sources/formatregistry.h"
#include "sqlitestatement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcWriter, "bedrot.warehouse", QtInfoMsg)

namespace bedrot {

namespace {

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString sqliteError(sqlite3* db) { return QString::fromUtf8(sqlite3_errmsg(db)); }

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

// One text to parse: a file, or one member of a ZIP archive.
struct Document
{
    QString name;          // entry name inside a ZIP; empty for a plain file
    QByteArray bytes;
    QDateTime modified;    // the entry's time (the export date) for ZIP members
};

// Files that carry a fact table's rows, in the order the tables are written (for user aliases).
const char* const kArtistTables[] = {"statement_line", "audience_daily", "social_daily", "follower_snapshot",
                                     "link_daily", "ad_daily", "ad_lifetime", "daily_stream", "track", "release"};

} // namespace

struct WarehouseWriter::State
{
    QString connectionName;
    sqlite3* db = nullptr;
    std::unique_ptr<Dimensions> dims;
    std::unique_ptr<FactWriter> facts;
    std::unique_ptr<RollupWriter> rollups;
    SqliteStatement insertLine, insertQuarantine, updateLedger;
};

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

QString WarehouseWriter::aliasFile() const { return m_workspace.root() + QStringLiteral("/aliases.tsv"); }

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
    if (error.isEmpty()) {
        state->dims = std::make_unique<Dimensions>(state->db);
        state->facts = std::make_unique<FactWriter>(state->db, *state->dims);
        state->rollups = std::make_unique<RollupWriter>(state->db);
        error = state->dims->load();
    }
    if (error.isEmpty()) error = state->facts->prepare();
    if (error.isEmpty()) error = state->rollups->prepare();
    // Lines written behind the writer's back (the benchmark's generator) are summed in now.
    if (error.isEmpty()) {
        error = Database::exec(state->db, "BEGIN IMMEDIATE");
        if (error.isEmpty()) error = state->rollups->absorb();
        Database::exec(state->db, error.isEmpty() ? "COMMIT" : "ROLLBACK");
    }
    if (error.isEmpty()
        && (!state->insertLine.prepare(state->db,
               "INSERT OR IGNORE INTO statement_line (distributor, line_key, occurrence, reporting_date, sale_month, "
               "store_id, artist_id, track_id, release_id, title, quantity, team_percentage, song_album, country, "
               "withheld_nanos, earnings_nanos, currency, ingest_id, line, accounting_date) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
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
    // The user's alias choices live beside the warehouse too, so a rebuild from the raw store
    // resolves names exactly as before.
    QFile aliases(aliasFile());
    if (aliases.open(QIODevice::ReadOnly)) {
        Database::exec(m_state->db, "BEGIN IMMEDIATE");
        for (const QByteArray& line : aliases.readAll().split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split('\t');
            if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty())
                m_state->dims->setAlias(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]), QStringLiteral("user"));
        }
        Database::exec(m_state->db, "COMMIT");
    }
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

QStringList WarehouseWriter::importOrder(const QStringList& paths) const
{
    // Files that define artists and tracks go first, so the exports that refer to them by ISRC,
    // by title or by a name in the file name find them: the catalog, then statements, then the
    // distributors' analytics, then per-artist exports, then ads (campaigns name tracks by title).
    auto rank = [this](const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return 2;
        const QByteArray head = file.read(64 * 1024);
        if (ZipReader::isZip(head)) return 3;
        const FileFormat* f = m_formats->detect(TextDecoder::decode(head));
        if (!f) return 2;
        if (f->id() == QLatin1String("manual.catalog_splits")) return 0;
        if (f->id().endsWith(QLatin1String("bank_details")) || f->id().endsWith(QLatin1String("sales_report"))) return 1;
        if (f->needsArtist()) return 3;
        if (f->source().contains(QLatin1String("ads"))) return 4;
        return 2;
    };
    QList<QPair<int, QString>> ranked;
    for (const QString& p : paths) ranked.append({rank(p), p});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (const auto& [r, p] : ranked) out << p;
    return out;
}

void WarehouseWriter::importFiles(const QStringList& unordered, const QString& artist)
{
    const QStringList paths = importOrder(unordered);
    QList<ImportResult> results;
    Q_EMIT importStarted(int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        if (QThread::currentThread()->isInterruptionRequested()) break;
        Q_EMIT fileStarted(paths.at(i), i, int(paths.size()));
        results << importFile(paths.at(i), artist);
        Q_EMIT fileImported(results.constLast());
    }
    Q_EMIT importFinished(results);
}

void WarehouseWriter::importLanding() { importFiles(landingFiles()); }

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
        if (needle.size() < 4 || !haystack.contains(needle)) continue;
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

QString WarehouseWriter::setAlias(const QString& alias, const QString& artist)
{
    if (!isOpen()) {
        if (QString e = open(); !e.isEmpty()) return e;
    }
    State& st = *m_state;
    if (alias.trimmed().isEmpty() || artist.trimmed().isEmpty()) return QStringLiteral("an alias and an artist are both needed");
    if (QString e = Database::exec(st.db, "BEGIN IMMEDIATE"); !e.isEmpty()) return e;
    const qint64 before = st.dims->findArtist(alias);
    QString error = st.dims->setAlias(alias.trimmed(), artist.trimmed(), QStringLiteral("user"));
    const qint64 after = st.dims->findArtist(alias);
    if (error.isEmpty() && before != 0 && before != after) {
        // The old artist may now be nothing but a former spelling: with no alias of its own left,
        // its rows belong to the chosen artist. Rows that would collide (both have the same day)
        // stay where they are, so no two timelines are ever summed into one.
        SqliteStatement left(st.db, "SELECT COUNT(*) FROM artist_alias WHERE artist_id = ?");
        left.bind(1, before);
        if (left.row() && left.int64(0) == 0) {
            for (const char* table : kArtistTables) {
                const QByteArray sql = QByteArray("UPDATE OR IGNORE ") + table + " SET artist_id = ? WHERE artist_id = ?";
                SqliteStatement move(st.db, sql.constData());
                move.bind(1, after);
                move.bind(2, before);
                if (!move.step()) error = sqliteError(st.db);
            }
            // Every statement line moves (its unique key holds no artist, so none is ignored): the
            // rollups move whole, merging rows the two artists share.
            if (error.isEmpty()) error = st.rollups->moveArtist(before, after);
            Database::exec(st.db, "DELETE FROM artist WHERE id NOT IN (SELECT artist_id FROM artist_alias) AND id NOT IN "
                                  "(SELECT artist_id FROM statement_line UNION SELECT artist_id FROM audience_daily "
                                  "UNION SELECT artist_id FROM social_daily UNION SELECT artist_id FROM follower_snapshot "
                                  "UNION SELECT artist_id FROM ad_daily WHERE artist_id IS NOT NULL "
                                  "UNION SELECT artist_id FROM track WHERE artist_id IS NOT NULL)");
        }
    }
    if (!error.isEmpty()) {
        Database::exec(st.db, "ROLLBACK");
        st.dims->load();
        return error;
    }
    if (QString e = Database::exec(st.db, "COMMIT"); !e.isEmpty()) return e;
    st.dims->load();
    // Keep the choice for rebuilds: alias → artist, one per line, the latest choice last.
    QFile file(aliasFile());
    QByteArray content;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty() && foldArtistName(QString::fromUtf8(line.split('\t').value(0))) != foldArtistName(alias))
                content += line + '\n';
        file.close();
    }
    content += alias.trimmed().toUtf8() + '\t' + artist.trimmed().toUtf8() + '\n';
    QSaveFile out(aliasFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
        return QStringLiteral("the alias is set, but %1 could not be written: %2").arg(aliasFile(), out.errorString());
    return {};
}

ImportResult WarehouseWriter::importFile(const QString& path, const QString& chosenArtistName, const QString& ledgerPath)
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
        SqliteStatement s(st.db,
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
        return s.row() ? s.int64(0) : 0;
    };
    auto reject = [&](const QString& message, const QString& encoding, ImportResult::Status status = ImportResult::Status::Rejected) {
        Database::exec(st.db, "BEGIN IMMEDIATE");
        const QString unknown = QStringLiteral("unknown");
        ledgerUpsert(r.source.isEmpty() ? unknown : r.source, r.format.isEmpty() ? unknown : r.format, encoding,
                     ImportResult::statusName(status), message);
        Database::exec(st.db, "COMMIT");
        return finish(status, message);
    };

    // Seen and finished before: report from the ledger, touch nothing.
    {
        SqliteStatement s(st.db, "SELECT status, source, format, rows_read, rows_loaded + rows_present, rows_quarantined, finished "
                                 "FROM ingest_file WHERE sha256 = ?");
        s.bind(1, r.sha256);
        if (s.row()) {
            const QString status = QString::fromUtf8(s.text(0));
            if (status == QLatin1String("loaded") || status == QLatin1String("partial")) {
                r.source = QString::fromUtf8(s.text(1));
                r.format = QString::fromUtf8(s.text(2));
                if (const FileFormat* f = m_formats->byId(r.format.section(u'+', 0, 0))) r.formatTitle = f->title();
                r.rowsRead = s.int64(3);
                r.rowsPresent = s.int64(4);
                r.rowsQuarantined = s.int64(5);
                return finish(ImportResult::Status::AlreadyImported,
                              QStringLiteral("%1: already imported (%2); nothing new").arg(fileName, QString::fromUtf8(s.text(6)).left(10)));
            }
        }
    }

    // A ZIP (TikTok Studio downloads come zipped) contributes each member it holds.
    std::vector<Document> documents;
    if (ZipReader::isZip(bytes)) {
        QString zipError;
        const auto entries = ZipReader::read(bytes, &zipError);
        if (!entries)
            return reject(QStringLiteral("%1: not a recognised export: it is a ZIP archive that cannot be read (%2). Expected one of: %3")
                              .arg(path, zipError, m_formats->expectedFormats()),
                          QStringLiteral("binary"));
        for (const ZipEntry& e : *entries) documents.push_back(Document{e.name, e.data, e.modified});
        if (documents.empty())
            return reject(QStringLiteral("%1: not a recognised export: the ZIP archive is empty. Expected one of: %2")
                              .arg(path, m_formats->expectedFormats()),
                          QStringLiteral("binary"));
    } else {
        documents.push_back(Document{QString(), bytes, QFileInfo(path).lastModified()});
    }

    // Recognise every document before writing anything.
    struct Work
    {
        Document doc;
        DecodedText text;
        const FileFormat* format = nullptr;
        ParseContext context;
    };
    std::vector<Work> work;
    QStringList skipped;
    for (Document& d : documents) {
        Work w;
        w.text = TextDecoder::decode(d.bytes);
        w.format = w.text.binary ? nullptr : m_formats->detect(w.text);
        if (!w.format) {
            skipped << d.name;
            continue;
        }
        w.context.fileName = fileName;
        w.context.entryName = d.name;
        w.context.exportTime = d.modified.isValid() ? d.modified : QDateTime::currentDateTime();
        w.doc = std::move(d);
        work.push_back(std::move(w));
    }
    qCDebug(lcWriter) << "decoded in" << phase.restart() << "ms";
    if (work.empty()) {
        QString why;
        const DecodedText first = TextDecoder::decode(documents.front().bytes);
        if (bytes.isEmpty()) why = QStringLiteral("the file is empty");
        else if (documents.size() > 1 || !documents.front().name.isEmpty())
            why = QStringLiteral("none of the files in the ZIP archive (%1) is a known export").arg(skipped.join(QStringLiteral(", ")));
        else if (first.binary) why = QStringLiteral("it is a binary file, not a text export");
        else {
            QString line = QString::fromUtf8(first.utf8.left(120)).section(u'\n', 0, 0).section(u'\r', 0, 0);
            line.replace(u'\t', QStringLiteral("\\t"));
            why = QStringLiteral("its first line '%1' matches no known export").arg(line);
        }
        return reject(QStringLiteral("%1: not a recognised export: %2. Expected one of: %3").arg(path, why, m_formats->expectedFormats()),
                      first.binary ? QStringLiteral("binary") : first.encodingName());
    }
    for (Work& w : work) {
        if (!w.format->needsArtist()) continue;
        w.context.artist = chosenArtistName.trimmed();
        if (w.context.artist.isEmpty()) w.context.artist = artistFromFileName(fileName);
        if (w.context.artist.isEmpty()) {
            r.source = w.format->source();
            r.format = w.format->id();
            r.formatTitle = w.format->title();
            return reject(QStringLiteral("%1: a %2 does not say whose it is. Import it with --artist NAME (in the app: choose "
                                         "the artist when asked), or keep the artist's name in the file name")
                              .arg(path, w.format->title()),
                          w.text.encodingName(), ImportResult::Status::NeedsArtist);
        }
    }
    QStringList formatIds, titles;
    for (const Work& w : work) {
        if (!formatIds.contains(w.format->id())) formatIds << w.format->id();
        if (!titles.contains(w.format->title())) titles << w.format->title();
    }
    r.source = work.front().format->source();
    r.format = formatIds.join(u'+');
    r.formatTitle = titles.join(QStringLiteral(" + "));

    if (QString e = Database::exec(st.db, "BEGIN IMMEDIATE"); !e.isEmpty())
        return finish(ImportResult::Status::Failed, QStringLiteral("%1: the warehouse is busy: %2").arg(path, e));
    const qint64 ingestId = ledgerUpsert(r.source, r.format, work.front().text.encodingName(), QStringLiteral("running"), QString());
    if (QString e = Database::exec(st.db, "COMMIT"); !e.isEmpty() || ingestId == 0) {
        Database::exec(st.db, "ROLLBACK");
        return finish(ImportResult::Status::Failed, QStringLiteral("%1: cannot record the import: %2").arg(path, e));
    }

    // The immutable copy is written while the rows are parsed and loaded; the import only counts
    // as loaded once it is safely there.
    QString rawError;
    QString chosenArtist;
    for (const Work& w : work)
        if (w.format->needsArtist()) chosenArtist = w.context.artist;
    QFuture<void> rawCopy = QtConcurrent::run([&]() { RawStore(m_workspace.rawDir()).put(bytes, fileName, &rawError, chosenArtist); });

    QString writeError;
    std::optional<QString> parseError;
    bool interrupted = false;
    QStringList warnings;
    qint64 totalText = 0, doneText = 0;
    for (const Work& w : work) totalText += w.text.utf8.size();

    // No automatic checkpoint between the commits of one file: each would copy the pages the
    // last commit touched into the database file again. One checkpoint at the end writes each once.
    Database::exec(st.db, "PRAGMA wal_autocheckpoint=0");
    for (const Work& w : work) {
        if (!writeError.isEmpty() || parseError || interrupted) break;
        BoundedQueue<FactBatch> queue(4);
        QFuture<void> producer = QtConcurrent::run([&]() {
            if (Result<void> parsed = w.format->parse(w.text, w.context, [&queue](FactBatch&& b) { return queue.push(std::move(b)); }, m_batchSize); !parsed) parseError = parsed.errorMessage();
            queue.finish();
        });

        FactBatch batch;
        // Parsed batches are small; a transaction spans several of them and commits every
        // m_commitRows rows or m_commitMs milliseconds, whichever comes first: few enough commits
        // that a million-line file is not written twice over through the WAL, frequent enough that
        // the dashboard sees progress live.
        bool inTransaction = false;
        QElapsedTimer transactionAge;
        struct Pending { qint64 read = 0, loaded = 0, present = 0, quarantined = 0; qint64 offset = 0; } pending;
        auto commit = [&]() -> bool {
            SqliteStatement& led = st.updateLedger;
            led.bind(1, pending.read);
            led.bind(2, pending.loaded);
            led.bind(3, pending.present);
            led.bind(4, pending.quarantined);
            led.bind(5, ingestId);
            const bool ledgerOk = led.step();
            led.reset();
            QString e = ledgerOk ? st.rollups->flush() : sqliteError(st.db);
            if (e.isEmpty()) e = Database::exec(st.db, "COMMIT");
            inTransaction = false;
            if (!e.isEmpty()) {
                writeError = e;
                Database::exec(st.db, "ROLLBACK");
                st.rollups->discard();
                st.dims->load(); // ids created in the rolled-back transaction are gone
                return false;
            }
            r.rowsRead += pending.read;
            r.rowsLoaded += pending.loaded;
            r.rowsPresent += pending.present;
            r.rowsQuarantined += pending.quarantined;
            warnings << st.dims->takeWarnings();
            CommitInfo info;
            info.path = path;
            info.format = w.format->id();
            info.rowsLoaded = pending.loaded;
            info.rowsQuarantined = pending.quarantined;
            info.fileProgress = totalText == 0 ? 1.0 : double(doneText + pending.offset) / double(totalText);
            info.sequence = ++m_sequence;
            pending = Pending();
            Q_EMIT batchCommitted(info);
            return true;
        };
        auto quarantine = [&](const QuarantineRow& q) {
            SqliteStatement& ins = st.insertQuarantine;
            ins.bind(1, ingestId);
            ins.bind(2, q.line);
            ins.bind(3, w.doc.name.isEmpty() ? q.column : (q.column.isEmpty() ? w.doc.name : w.doc.name + u':' + q.column));
            ins.bind(4, q.reason);
            ins.bind(5, QByteArrayView(q.rawText));
            ins.step();
            ins.reset();
            ++pending.quarantined;
        };

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
                // TooLost's report names no artist: the track (by ISRC) says whose it is.
                const qint64 artist = !s.artist.isEmpty() ? st.dims->artistId(s.artist) : st.dims->trackArtist(s.isrc);
                if (artist == 0) {
                    QuarantineRow q;
                    q.line = s.line;
                    q.column = QStringLiteral("isrc");
                    q.reason = QStringLiteral("no artist for ISRC '%1': it is not in the catalog yet; import the track catalog "
                                              "or a statement that has it, then import this file again")
                                   .arg(QString::fromUtf8(s.isrc));
                    quarantine(q);
                    continue;
                }
                const qint64 store = st.dims->storeId(s.store);
                const bool album = s.songOrAlbum.compare(QByteArrayView("Album"), Qt::CaseInsensitive) == 0;
                const qint64 release = st.dims->releaseId(s.upc, s.title, artist, album);
                const qint64 track = st.dims->trackId(s.isrc, s.title, artist, release);
                st.dims->country(s.country);
                char reported[10], sale[7], accounted[10];
                writeDate(reported, s.reportingDate.year(), s.reportingDate.month(), s.reportingDate.day());
                writeDate(sale, s.saleYear, s.saleMonth, 0);
                SqliteStatement& ins = st.insertLine;
                ins.bindStatic(1, s.distributor.data(), int(s.distributor.size()));
                ins.bind(2, qint64(s.lineKey));
                ins.bind(3, qint64(s.occurrence));
                ins.bindStatic(4, reported, 10);
                ins.bindStatic(5, sale, 7);
                ins.bind(6, store);
                ins.bind(7, artist);
                ins.bindOptional(8, track);
                ins.bindOptional(9, release);
                ins.bindStatic(10, s.title.data(), int(s.title.size()));
                ins.bind(11, s.quantity);
                ins.bindStatic(12, s.teamPercentage.data(), int(s.teamPercentage.size()));
                ins.bindStatic(13, s.songOrAlbum.data(), int(s.songOrAlbum.size()));
                ins.bindStatic(14, s.country.data(), int(s.country.size()));
                ins.bind(15, s.withheld.nanos());
                ins.bind(16, s.earnings.nanos());
                ins.bindStatic(17, s.currency.data(), int(s.currency.size()));
                ins.bind(18, ingestId);
                ins.bind(19, s.line);
                if (s.accountingDate.isValid()) {
                    writeDate(accounted, s.accountingDate.year(), s.accountingDate.month(), s.accountingDate.day());
                    ins.bindStatic(20, accounted, 10);
                } else {
                    ins.bindNull(20);
                }
                if (sqlite3_step(ins.get()) != SQLITE_DONE) {
                    writeError = sqliteError(st.db);
                    sqlite3_reset(ins.get());
                    break;
                }
                if (sqlite3_changes(st.db) > 0) {
                    ++pending.loaded;
                    st.rollups->add(s.distributor, QByteArrayView(sale, 7), QByteArrayView(reported, 10), store, artist, track,
                                    s.country, s.quantity, s.earnings.nanos());
                } else {
                    ++pending.present;
                }
                sqlite3_reset(ins.get());
            }
            if (writeError.isEmpty()) {
                FactWriter::Counts counts;
                writeError = st.facts->write(batch, ingestId, counts);
                pending.loaded += counts.loaded;
                pending.present += counts.present;
                for (const QuarantineRow& q : counts.rejected) quarantine(q);
            }
            for (const QuarantineRow& q : batch.quarantine) quarantine(q);
            if (!writeError.isEmpty()) {
                Database::exec(st.db, "ROLLBACK");
                inTransaction = false;
                st.rollups->discard();
                st.dims->load();
                break;
            }
            pending.read += batch.rowsRead;
            pending.offset = batch.textOffset;
            if ((pending.loaded + pending.present + pending.quarantined >= m_commitRows || transactionAge.elapsed() >= m_commitMs)
                && !commit())
                break;
        }
        // What was written before an interruption is kept: shut-down drains and commits.
        if (inTransaction && writeError.isEmpty()) commit();
        if (!writeError.isEmpty() || interrupted) queue.close();
        producer.waitForFinished();
        doneText += w.text.utf8.size();
    }
    if (interrupted && writeError.isEmpty()) writeError = QStringLiteral("interrupted");
    qCDebug(lcWriter) << "parsed and written in" << phase.restart() << "ms";
    Database::exec(st.db, "PRAGMA wal_autocheckpoint=1000; PRAGMA wal_checkpoint(PASSIVE);");
    qCDebug(lcWriter) << "checkpoint in" << phase.restart() << "ms";
    rawCopy.waitForFinished();
    if (writeError.isEmpty() && !rawError.isEmpty()) writeError = QStringLiteral("the raw store copy failed: ") + rawError;
    warnings << st.dims->takeWarnings();
    warnings.removeDuplicates();
    if (!skipped.isEmpty())
        warnings << QStringLiteral("ZIP members not recognised and skipped: %1").arg(skipped.join(QStringLiteral(", ")));
    r.warnings = warnings;

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
    SqliteStatement fin(st.db, "UPDATE ingest_file SET status = ?, message = ?, finished = ? WHERE id = ?");
    fin.bind(1, ImportResult::statusName(status));
    fin.bind(2, message);
    fin.bind(3, nowIso());
    fin.bind(4, ingestId);
    Database::exec(st.db, "BEGIN IMMEDIATE");
    fin.step();
    Database::exec(st.db, "COMMIT");
    return finish(status, message);
}

} // namespace bedrot

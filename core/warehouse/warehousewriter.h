// The single writer: owns the only write connection of a workspace, takes files through
// plan (read, hash, detect) → ledger → raw store and parse/validate → warehouse, keeps the ingest
// ledger, and announces every commit.
// Lives in one thread (the GUI moves it to the writer thread; the command line uses it directly).
#pragma once

#include "commitinfo.h"
#include "domain/importresult.h"
#include "domain/result.h"
#include "lake/workspace.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace bedrot {

class FormatRegistry;
class ImportPlan;

class WarehouseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehouseWriter)

public:
    explicit WarehouseWriter(const QString& workspaceRoot, QObject* parent = nullptr);
    // Writes to another warehouse file of the same workspace (used by rebuild).
    WarehouseWriter(const QString& workspaceRoot, const QString& warehousePath, QObject* parent = nullptr);
    ~WarehouseWriter() override;

    // Opens the write connection in the calling thread: creates the layout, migrates.
    Result<void> open();
    void close();
    bool isOpen() const;
    const Workspace& workspace() const { return m_workspace; }

    // Rows per parsed batch.
    void setBatchSize(int rows) { m_batchSize = rows; }
    // A write transaction commits after this many rows or this many milliseconds.
    void setCommitPolicy(qint64 rows, qint64 ms)
    {
        m_commitRows = rows;
        m_commitMs = ms;
    }

    // Points an alias (a spelling of an artist's name) at an artist, creating the artist when new;
    // an artist left with no alias is merged into it. Kept in <workspace>/aliases.tsv for rebuilds.
    // The rows of both artists are re-derived from the raw files (see ArtistReplay).
    Result<void> setAlias(const QString& alias, const QString& artist);
    // The known artist whose name or alias appears in a file name, or empty.
    QString artistFromFileName(const QString& fileName) const;

    // Imports one file. `artist` is the user's choice for exports that do not name theirs (Spotify
    // for Artists, TikTok; `--artist` on the command line); empty: a known name in the file name,
    // else the result is NeedsArtist. `ledgerPath` is what the ledger records as its path.
    ImportResult importFile(const QString& path, const QString& artist = QString(),
                            const QString& ledgerPath = QString());
    // Imports what a plan holds (a read file, or a landed API reply made with ImportPlan::fromBytes).
    // The ledger records `ledgerPath`, else the plan's label.
    ImportResult importPlan(ImportPlan& plan, const QString& artist = QString(),
                            const QString& ledgerPath = QString());
    // Plans for these files (each read, hashed and detected once), in the order to import them:
    // by the formats' import stage, so the files that define artists and tracks go first. A file
    // that cannot be read is left out and reported in `unread`.
    std::vector<ImportPlan> planFiles(const QStringList& paths, QList<ImportResult>* unread = nullptr) const;
    // The same order as paths (each file read and detected here; importFile reads it again).
    QStringList importOrder(const QStringList& paths) const;
    // Files in the landing folder (not hidden, not partial downloads), sorted by name.
    QStringList landingFiles() const;

public Q_SLOTS:
    // Opens and reports through opened().
    void openAndReport();
    // Imports the files one after another, reporting each; then importFinished().
    void importFiles(const QStringList& paths, const QString& artist = QString());
    // Imports whatever sits in the landing folder.
    void importLanding();

Q_SIGNALS:
    void opened(const QString& error);
    void importStarted(int fileCount);
    void fileStarted(const QString& path, int index, int count);
    void batchCommitted(const bedrot::CommitInfo& info);
    void fileImported(const bedrot::ImportResult& result);
    void importFinished(const QList<bedrot::ImportResult>& results);

private:
    QString aliasFile() const;
    Result<void> replayAliasFile();
    Result<void> writeAliasFile(const QString& alias, const QString& artist) const;

    struct State;
    Workspace m_workspace;
    QString m_warehousePath;
    std::unique_ptr<FormatRegistry> m_formats;
    std::unique_ptr<State> m_state;
    int m_batchSize = 10000;
    qint64 m_commitRows = 200000;
    qint64 m_commitMs = 400;
    quint64 m_sequence = 0;
};

} // namespace bedrot

// Rebuild: build aside, then swap. The old warehouse stays untouched until the new one is complete.
#include "rebuilder.h"

#include "lake/rawstore.h"
#include "lake/workspace.h"
#include "warehousewriter.h"

#include <QFile>

#include <cstdio>

namespace bedrot {

Rebuilder::Outcome Rebuilder::rebuild(const QString& workspaceRoot,
                                      const std::function<void(int, int, const QString&)>& progress)
{
    Outcome out;
    const Workspace ws(workspaceRoot);
    if (Result<void> layout = ws.ensureLayout(); !layout) {
        out.error = layout.errorMessage();
        return out;
    }
    const QString target = ws.warehousePath();
    const QString fresh = target + QStringLiteral(".rebuild");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(fresh + suffix);

    const std::vector<RawFile> files = RawStore(ws.rawDir()).list();
    {
        WarehouseWriter writer(workspaceRoot, fresh);
        if (Result<void> opened = writer.open(); !opened) {
            out.error = opened.errorMessage();
            return out;
        }
        int index = 0;
        for (const RawFile& raw : files) {
            if (progress)
                progress(index, int(files.size()), raw.originalName);
            ++index;
            // The artist as chosen when the file was first imported.
            const ImportResult r = writer.importFile(
                raw.path, raw.artist, raw.originalName.isEmpty() ? raw.path : raw.originalName);
            if (r.status == ImportResult::Status::Failed) {
                out.error = r.message;
                writer.close();
                for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(fresh + suffix);
                return out;
            }
            ++out.files;
            out.rowsLoaded += r.rowsLoaded;
            out.rowsQuarantined += r.rowsQuarantined;
        }
        writer.close(); // last connection closed: the WAL is checkpointed into the file
    }
    // The old warehouse's WAL and shared memory belong to the old file; drop them before the swap.
    QFile::remove(fresh + QStringLiteral("-wal"));
    QFile::remove(fresh + QStringLiteral("-shm"));
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(target).constData()) != 0) {
        out.error = QStringLiteral("cannot replace %1 with the rebuilt warehouse").arg(target);
        return out;
    }
    return out;
}

} // namespace bedrot

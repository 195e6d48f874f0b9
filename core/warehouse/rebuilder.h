// Recreates the warehouse from the raw store alone: every raw file replayed through the normal import
// path into a fresh file, which then replaces the old warehouse in one rename.
#pragma once

#include <QString>

#include <functional>

namespace bedrot {

class Rebuilder
{
public:
    struct Outcome
    {
        QString error; // empty on success
        int files = 0;
        qint64 rowsLoaded = 0;
        qint64 rowsQuarantined = 0;
    };
    // progress(fileIndex, fileCount, name)
    static Outcome rebuild(const QString& workspaceRoot,
                           const std::function<void(int, int, const QString&)>& progress = {});
};

} // namespace bedrot

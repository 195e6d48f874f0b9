// Puts the demo exports into a workspace's landing folder all at once, for the command line's
// `bedrot demo` and the app's demo workspace alike.
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace bedrot {

class DemoStaging
{
public:
    // Writes the demo exports into a hidden folder of `landingDir` (the landing watch ignores it):
    // written in place, a watch would find them half-way and import them in pieces. Slow (a few
    // MB of statements): a worker thread may run it. Returns the written files.
    static Result<QStringList> write(const QString& landingDir);
    // Moves `written` into `landingDir` at once, replacing the demo files of an earlier run, and
    // removes the hidden folder. Returns the files now in the landing folder.
    static Result<QStringList> moveIn(const QString& landingDir, const QStringList& written);
    // Both, one after the other.
    static Result<QStringList> stage(const QString& landingDir);
};

} // namespace bedrot

// Demo staging: the generator writes into a hidden folder, then the files are renamed into the
// landing folder, so a watch never sees a half-written demo file.
#include "demostaging.h"

#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bedrot {

namespace {

QString stagingDir(const QString& landingDir)
{
    return QDir(landingDir).filePath(QStringLiteral(".demo-writing"));
}

} // namespace

Result<QStringList> DemoStaging::write(const QString& landingDir)
{
    const QString staging = stagingDir(landingDir);
    QDir(staging).removeRecursively(); // what an interrupted earlier run left
    const QStringList written = DemoGenerator::writeAll(staging);
    if (written.isEmpty())
        return fail(
            QStringLiteral("Could not write the demo files into %1.").arg(QDir::toNativeSeparators(staging)));
    return written;
}

Result<QStringList> DemoStaging::moveIn(const QString& landingDir, const QStringList& written)
{
    QStringList moved;
    for (const QString& path : written) {
        const QString target = QDir(landingDir).filePath(QFileInfo(path).fileName());
        QFile::remove(target); // the demo of an earlier run
        if (QFile::rename(path, target))
            moved << target;
    }
    QDir(stagingDir(landingDir)).removeRecursively();
    if (moved.isEmpty())
        return fail(QStringLiteral("Could not write the demo files into %1.")
                        .arg(QDir::toNativeSeparators(landingDir)));
    return moved;
}

Result<QStringList> DemoStaging::stage(const QString& landingDir)
{
    const Result<QStringList> written = write(landingDir);
    if (!written)
        return written.error();
    return moveIn(landingDir, *written);
}

} // namespace bedrot

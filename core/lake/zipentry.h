// One file inside a ZIP archive, as ZipReader returns it and ZipWriter takes it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace bedrot {

struct ZipEntry
{
    QString name;       // path inside the archive, '/'-separated
    QDateTime modified; // the entry's DOS date and time as a wall-clock time (invalid when it has none)
    QByteArray data;    // the uncompressed bytes
};

} // namespace bedrot

// What a parser may need to know beyond the file's text: where it came from and for whom.
#pragma once

#include <QDateTime>
#include <QString>

namespace bedrot {

struct ParseContext
{
    QString fileName;     // original file name (for per-artist exports named after the artist)
    QString entryName;    // the member's name when the text came out of a ZIP archive
    QDateTime exportTime; // ZIP entry time, else the file's modification time, else the import time
    QString artist;       // the artist a per-artist export belongs to (resolved by the writer)
};

} // namespace bedrot

// Reads a ZIP archive held in memory (TikTok Studio downloads, zipped exports) into its file entries.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace bedrot {

struct ZipEntry
{
    QString name;       // path inside the archive, '/'-separated
    QDateTime modified; // the entry's DOS date and time, as local time (invalid when the archive has none)
    QByteArray data;    // the uncompressed bytes, CRC-checked
};

class ZipReader
{
public:
    // True when the bytes start like a ZIP archive (a local file header or an empty archive's end
    // record). Says nothing about whether the archive is whole: read() does.
    static bool isZip(QByteArrayView bytes);
    // Every file entry in central-directory order; directories (and macOS "__MACOSX/" metadata) are
    // left out. Stored and deflated entries only. Returns nothing, with a message a user can act on in
    // *error, when the archive is truncated, corrupt, encrypted, split, uses another compression
    // method, or would unpack to more than 1 GiB.
    static std::optional<std::vector<ZipEntry>> read(QByteArrayView bytes, QString* error);
};

} // namespace bedrot

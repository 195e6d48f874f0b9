// Reads a ZIP archive held in memory (TikTok Studio downloads, zipped exports) into its file entries.
#pragma once

#include "domain/result.h"
#include "lake/zipentry.h"

#include <QByteArrayView>

#include <vector>

namespace bedrot {

class ZipReader
{
public:
    // Refused before anything is unpacked: a download never legitimately comes near these, and a
    // small archive that claims to is a zip bomb.
    static constexpr quint64 kMaxTotalSize = quint64(1) << 30; // all entries together
    static constexpr quint64 kMaxEntrySize = quint64(512) << 20;
    static constexpr quint64 kMaxEntries = 10000;
    // Deflate's best case is a 258-byte match in two bits, about 1032 to 1; real exports stay far
    // below it whatever the method.
    static constexpr quint64 kMaxRatio = 1032;

    // True when the bytes start like a ZIP archive (a local file header or an empty archive's end
    // record). Says nothing about whether the archive is whole: read() does.
    static bool isZip(QByteArrayView bytes);
    // Every file entry in central-directory order, CRC-checked; directories (and macOS "__MACOSX/"
    // metadata) are left out. An error a user can act on when the archive is truncated, corrupt,
    // encrypted, split, uses a compression method libzip cannot unpack, or exceeds a cap above.
    static Result<std::vector<ZipEntry>> read(QByteArrayView bytes);
};

} // namespace bedrot

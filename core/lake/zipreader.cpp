// ZIP reading over the central directory (the local headers may lie: streaming writers leave their
// sizes zero), with raw-deflate inflation, CRC checks and a cap on the unpacked size.
#include "zipreader.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace bedrot {

namespace {

// A whole download never legitimately unpacks to this much; a small archive that claims to is a
// zip bomb, so it is refused before anything is allocated.
constexpr quint64 kMaxTotalUncompressed = quint64(1) << 30;
// Deflate's best case: a 258-byte match in two bits.
constexpr quint64 kMaxDeflateRatio = 1032;

constexpr quint32 kLocalHeaderSig = 0x04034b50;
constexpr quint32 kCentralHeaderSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64EndSig = 0x06064b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;
constexpr qsizetype kZip64LocatorSize = 20;
constexpr qsizetype kZip64EndSize = 56;

// Names without the UTF-8 flag are in the original IBM PC code page (APPNOTE appendix D).
constexpr char16_t kCp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
    0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
    0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

quint16 u16(QByteArrayView b, qsizetype at) { return qFromLittleEndian<quint16>(b.data() + at); }
quint32 u32(QByteArrayView b, qsizetype at) { return qFromLittleEndian<quint32>(b.data() + at); }
quint64 u64(QByteArrayView b, qsizetype at) { return qFromLittleEndian<quint64>(b.data() + at); }

bool isValidUtf8(QByteArrayView bytes)
{
    QString decoded = QString::fromUtf8(bytes);
    return !decoded.contains(QChar::ReplacementCharacter) && decoded.toUtf8() == bytes;
}

QString entryName(QByteArrayView raw, quint16 flags)
{
    // Bit 11 declares UTF-8; many writers (macOS, Linux) use UTF-8 without saying so, and CP437
    // bytes are rarely valid UTF-8, so valid UTF-8 is taken as such.
    if ((flags & 0x0800) || isValidUtf8(raw)) return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    for (char c : raw) {
        const auto byte = static_cast<unsigned char>(c);
        out.append(QChar(byte < 0x80 ? char16_t(byte) : kCp437High[byte - 0x80]));
    }
    return out;
}

QDateTime dosDateTime(quint16 time, quint16 date)
{
    const QDate day(1980 + (date >> 9), (date >> 5) & 0x0F, date & 0x1F);
    const QTime clock((time >> 11) & 0x1F, (time >> 5) & 0x3F, (time & 0x1F) * 2);
    if (!day.isValid()) return {};
    return QDateTime(day, clock.isValid() ? clock : QTime(0, 0));
}

QString methodName(quint16 method)
{
    switch (method) {
    case 9: return QStringLiteral("Deflate64");
    case 12: return QStringLiteral("bzip2");
    case 14: return QStringLiteral("LZMA");
    case 93: return QStringLiteral("Zstandard");
    case 95: return QStringLiteral("XZ");
    case 99: return QStringLiteral("AES encryption");
    default: return QStringLiteral("method %1").arg(method);
    }
}

// Inflates a raw deflate stream into exactly `size` bytes; one spare byte of room tells a stream that
// would produce more than declared (a lying header, or a bomb) from one that fits.
std::optional<QString> inflateRaw(QByteArrayView in, quint64 size, QByteArray* out)
{
    if (quint64(in.size()) > UINT_MAX || size >= UINT_MAX) return QStringLiteral("it is too large to unpack");
    out->resize(qsizetype(size + 1));
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return QStringLiteral("the decompressor could not start");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out->data());
    zs.avail_out = uInt(size + 1);
    const int rc = inflate(&zs, Z_FINISH);
    const quint64 produced = zs.total_out;
    const QString zmsg = zs.msg ? QString::fromLatin1(zs.msg) : QString();
    inflateEnd(&zs);
    if (rc == Z_STREAM_END && produced == size) {
        out->resize(qsizetype(size));
        return std::nullopt;
    }
    out->clear();
    if (produced > size)
        return QStringLiteral("it unpacks to more than the %1 bytes its header declares (a corrupt or malicious archive)").arg(size);
    if (rc == Z_STREAM_END)
        return QStringLiteral("it unpacks to %1 bytes but its header declares %2").arg(produced).arg(size);
    if (rc == Z_DATA_ERROR)
        return QStringLiteral("its compressed data is corrupt (%1)").arg(zmsg.isEmpty() ? QStringLiteral("invalid deflate data") : zmsg);
    if (rc == Z_MEM_ERROR) return QStringLiteral("there is not enough memory to unpack it");
    return QStringLiteral("its compressed data ends early");
}

struct CentralEntry
{
    QByteArrayView rawName;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localOffset = 0;
    quint32 externalAttributes = 0;
};

// Replaces the 32-bit fields that overflowed (0xFFFFFFFF) with the ZIP64 extra field's values, in
// the order APPNOTE 4.5.3 lists them. False when a needed value is missing.
bool applyZip64Extra(QByteArrayView extra, CentralEntry* e)
{
    const bool needSize = e->size == 0xFFFFFFFFu;
    const bool needCompressed = e->compressedSize == 0xFFFFFFFFu;
    const bool needOffset = e->localOffset == 0xFFFFFFFFu;
    if (!needSize && !needCompressed && !needOffset) return true;
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        const quint16 id = u16(extra, at);
        const quint16 len = u16(extra, at + 2);
        if (at + 4 + len > extra.size()) return false;
        if (id == 0x0001) {
            const QByteArrayView field = extra.sliced(at + 4, len);
            qsizetype p = 0;
            auto take = [&](quint64* v) {
                if (p + 8 > field.size()) return false;
                *v = u64(field, p);
                p += 8;
                return true;
            };
            if (needSize && !take(&e->size)) return false;
            if (needCompressed && !take(&e->compressedSize)) return false;
            if (needOffset && !take(&e->localOffset)) return false;
            return true;
        }
        at += 4 + len;
    }
    return false;
}

} // namespace

bool ZipReader::isZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

std::optional<std::vector<ZipEntry>> ZipReader::read(QByteArrayView bytes, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<std::vector<ZipEntry>> {
        if (error) *error = message;
        return std::nullopt;
    };
    const qsizetype total = bytes.size();
    if (total < kEndSize)
        return fail(QStringLiteral("the ZIP archive is only %1 bytes long: it is empty or the download was cut off").arg(total));

    // The end record sits at the very end, unless an archive comment (at most 64 KiB) follows it.
    qsizetype end = -1;
    const qsizetype lowest = std::max<qsizetype>(0, total - kEndSize - 0xFFFF);
    for (qsizetype at = total - kEndSize; at >= lowest; --at) {
        if (u32(bytes, at) == kEndSig && at + kEndSize + u16(bytes, at + 20) == total) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        if (isZip(bytes))
            return fail(QStringLiteral("the ZIP archive has no end record: the download was probably cut off"));
        return fail(QStringLiteral("the file is not a ZIP archive"));
    }

    quint32 disk = u16(bytes, end + 4);
    quint32 centralDisk = u16(bytes, end + 6);
    quint64 entryCount = u16(bytes, end + 10);
    quint64 centralSize = u32(bytes, end + 12);
    quint64 centralOffset = u32(bytes, end + 16);
    qsizetype centralLimit = end; // the central directory must end before the record that points at it
    if (entryCount == 0xFFFF || centralSize == 0xFFFFFFFFu || centralOffset == 0xFFFFFFFFu) {
        const qsizetype locator = end - kZip64LocatorSize;
        if (locator >= 0 && u32(bytes, locator) == kZip64LocatorSig) {
            const quint64 recordOffset = u64(bytes, locator + 8);
            if (recordOffset > quint64(locator) || quint64(locator) - recordOffset < quint64(kZip64EndSize)
                || u32(bytes, qsizetype(recordOffset)) != kZip64EndSig)
                return fail(QStringLiteral("the ZIP archive's ZIP64 end record is corrupt"));
            const auto record = qsizetype(recordOffset);
            disk = u32(bytes, record + 16);
            centralDisk = u32(bytes, record + 20);
            entryCount = u64(bytes, record + 32);
            centralSize = u64(bytes, record + 40);
            centralOffset = u64(bytes, record + 48);
            centralLimit = record;
        }
    }
    if (disk != 0 || centralDisk != 0)
        return fail(QStringLiteral("the ZIP archive is one part of a split archive: join the parts (or re-download it whole) first"));
    if (centralOffset > quint64(centralLimit) || centralSize > quint64(centralLimit) - centralOffset)
        return fail(QStringLiteral("the ZIP archive's central directory lies outside the file: the archive is corrupt or was cut off"));
    // Each entry takes at least 46 bytes: a count the directory cannot hold is corrupt (and would
    // otherwise drive a huge reservation).
    if (entryCount > centralSize / kCentralHeaderSize)
        return fail(QStringLiteral("the ZIP archive's central directory is corrupt (%1 entries claimed in %2 bytes)")
                        .arg(entryCount).arg(centralSize));

    std::vector<CentralEntry> entries;
    entries.reserve(size_t(entryCount));
    qsizetype at = qsizetype(centralOffset);
    const qsizetype centralEnd = qsizetype(centralOffset + centralSize);
    for (quint64 i = 0; i < entryCount; ++i) {
        if (at + kCentralHeaderSize > centralEnd || u32(bytes, at) != kCentralHeaderSig)
            return fail(QStringLiteral("the ZIP archive's central directory is corrupt at entry %1").arg(i + 1));
        CentralEntry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.time = u16(bytes, at + 12);
        e.date = u16(bytes, at + 14);
        e.crc = u32(bytes, at + 16);
        e.compressedSize = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        e.externalAttributes = u32(bytes, at + 38);
        e.localOffset = u32(bytes, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > centralEnd)
            return fail(QStringLiteral("the ZIP archive's central directory is corrupt at entry %1").arg(i + 1));
        e.rawName = bytes.sliced(at + kCentralHeaderSize, nameLength);
        if (!applyZip64Extra(bytes.sliced(at + kCentralHeaderSize + nameLength, extraLength), &e))
            return fail(QStringLiteral("the ZIP archive's entry %1 lacks its ZIP64 sizes: the archive is corrupt").arg(i + 1));
        entries.push_back(e);
        at = next;
    }

    // Files only: a directory has the MS-DOS directory attribute or the trailing slash every writer
    // puts on directory names; macOS resource forks are no one's data.
    std::vector<std::pair<const CentralEntry*, QString>> files;
    quint64 unpacked = 0;
    for (const CentralEntry& e : entries) {
        const QString name = entryName(e.rawName, e.flags);
        const bool directory = name.endsWith(u'/') || name.endsWith(u'\\') || ((e.externalAttributes & 0x10) && e.size == 0);
        if (directory || name.startsWith(QStringLiteral("__MACOSX/"))) continue;
        // The declared sizes are summed before anything is unpacked, so a bomb costs no memory.
        if (e.size > kMaxTotalUncompressed - unpacked)
            return fail(QStringLiteral("the ZIP archive would unpack to more than 1 GiB (at entry '%1'): "
                                       "it is not an export, or it is a zip bomb").arg(name));
        unpacked += e.size;
        files.emplace_back(&e, name);
    }

    std::vector<ZipEntry> out;
    out.reserve(files.size());
    for (const auto& [central, name] : files) {
        const CentralEntry& e = *central;
        const QString quoted = u'\'' + name + u'\'';
        if (e.flags & 0x0001)
            return fail(QStringLiteral("the ZIP entry %1 is encrypted: unpack it with its password and import the file itself").arg(quoted));
        if (e.method != 0 && e.method != 8)
            return fail(QStringLiteral("the ZIP entry %1 is compressed with %2, which is not supported: "
                                       "re-create the archive with ordinary (deflate) compression or import the file itself")
                            .arg(quoted, methodName(e.method)));

        if (e.localOffset > quint64(total) || quint64(total) - e.localOffset < quint64(kLocalHeaderSize)
            || u32(bytes, qsizetype(e.localOffset)) != kLocalHeaderSig)
            return fail(QStringLiteral("the ZIP entry %1 is missing from the archive: the archive is corrupt").arg(quoted));
        const auto local = qsizetype(e.localOffset);
        const quint64 dataStart = quint64(local) + kLocalHeaderSize + u16(bytes, local + 26) + u16(bytes, local + 28);
        if (dataStart > quint64(total) || e.compressedSize > quint64(total) - dataStart)
            return fail(QStringLiteral("the ZIP entry %1 is cut off: the archive is incomplete (re-download it)").arg(quoted));
        const QByteArrayView packed = bytes.sliced(qsizetype(dataStart), qsizetype(e.compressedSize));

        ZipEntry entry;
        entry.name = name;
        entry.modified = dosDateTime(e.time, e.date);
        if (e.method == 0) {
            if (e.compressedSize != e.size)
                return fail(QStringLiteral("the ZIP entry %1 is corrupt: stored with %2 bytes but declared as %3")
                                .arg(quoted).arg(e.compressedSize).arg(e.size));
            entry.data = packed.toByteArray();
        } else if (e.size > e.compressedSize * kMaxDeflateRatio + 1024) {
            // Deflate cannot expand more than about 1032 to 1: the header lies, and believing it
            // would allocate memory for nothing.
            return fail(QStringLiteral("the ZIP entry %1 claims to unpack to %2 bytes, more than its %3 compressed bytes can "
                                       "hold: the archive is corrupt or malicious")
                            .arg(quoted).arg(e.size).arg(e.compressedSize));
        } else if (auto problem = inflateRaw(packed, e.size, &entry.data)) {
            return fail(QStringLiteral("the ZIP entry %1 cannot be unpacked: %2").arg(quoted, *problem));
        }
        // zlib's crc32 takes a 32-bit length; the cap above keeps every entry well below it.
        const auto crc = quint32(crc32(0L, reinterpret_cast<const Bytef*>(entry.data.constData()), uInt(entry.data.size())));
        if (crc != e.crc)
            return fail(QStringLiteral("the ZIP entry %1 is corrupt: its checksum does not match (CRC-32 %2, expected %3)")
                            .arg(quoted)
                            .arg(crc, 8, 16, QLatin1Char('0'))
                            .arg(e.crc, 8, 16, QLatin1Char('0')));
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace bedrot

// ZIP reading over libzip (central directory, ZIP64, name encodings, inflation and CRC checks are
// the library's), with the size caps and the messages a user can act on kept here.
#include "zipreader.h"

#include "libzipobjects.h"

#include <algorithm>
#include <memory>

namespace bedrot {

namespace {

// The smallest archive there is: the 22-byte end record of an empty one.
constexpr qsizetype kEndRecordSize = 22;

QString libzipText(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString methodName(qint32 method)
{
    switch (method) {
    case 9:
        return QStringLiteral("Deflate64");
    case ZIP_CM_BZIP2:
        return QStringLiteral("bzip2");
    case ZIP_CM_LZMA:
        return QStringLiteral("LZMA");
    case 93:
        return QStringLiteral("Zstandard"); // ZIP_CM_ZSTD, unknown to libzip 1.7
    case ZIP_CM_XZ:
        return QStringLiteral("XZ");
    case ZIP_CM_PPMD:
        return QStringLiteral("PPMd");
    default:
        return QStringLiteral("method %1").arg(method);
    }
}

Error openFailure(QByteArrayView bytes, zip_error_t* error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_NOZIP:
        if (!ZipReader::isZip(bytes))
            return fail(QStringLiteral("the file is not a ZIP archive"));
        // libzip 1.7 also says "not a zip archive" when an entry's local header is not where the
        // central directory says; the end record (at most a 64 KiB comment from the end) tells which.
        if (!bytes.last(std::min<qsizetype>(bytes.size(), kEndRecordSize + 0xFFFF)).contains("PK\x05\x06"))
            return fail(
                QStringLiteral("the ZIP archive has no end record: the download was probably cut off"));
        return fail(QStringLiteral("the ZIP archive's central directory is corrupt (it does not point at the "
                                   "entries): the archive is damaged or was cut off"));
    case ZIP_ER_MULTIDISK:
        return fail(QStringLiteral("the ZIP archive is one part of a split archive: join the parts (or "
                                   "re-download it whole) first"));
    case ZIP_ER_INCONS:
        return fail(QStringLiteral("the ZIP archive's central directory is corrupt (%1): the archive is "
                                   "damaged or was cut off")
                        .arg(libzipText(error)));
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
        return fail(QStringLiteral("the ZIP archive is cut off: re-download it"));
    case ZIP_ER_MEMORY:
        return fail(QStringLiteral("there is not enough memory to open the ZIP archive"));
    default:
        return fail(QStringLiteral("the ZIP archive cannot be read: %1").arg(libzipText(error)));
    }
}

// What went wrong while unpacking one entry after `unpacked` of its `size` bytes; libzip checks the
// CRC once the data ends.
Error unpackFailure(const QString& quoted, zip_error_t* error, zip_uint64_t unpacked, zip_uint64_t size)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
        if (unpacked < size)
            return fail(
                QStringLiteral("the ZIP entry %1 is corrupt: its compressed data ends early (after %2 of "
                               "its %3 bytes)")
                    .arg(quoted)
                    .arg(unpacked)
                    .arg(size));
        return fail(QStringLiteral("the ZIP entry %1 is corrupt: its checksum does not match").arg(quoted));
    case ZIP_ER_INCONS:
        return fail(
            QStringLiteral("the ZIP entry %1 is corrupt: its size does not match its header").arg(quoted));
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
        return fail(QStringLiteral("the ZIP entry %1 is cut off: its compressed data ends early (re-download "
                                   "the archive)")
                        .arg(quoted));
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return fail(QStringLiteral("the ZIP entry %1 cannot be unpacked: its compressed data is corrupt (%2)")
                        .arg(quoted, libzipText(error)));
    case ZIP_ER_MEMORY:
        return fail(QStringLiteral("there is not enough memory to unpack the ZIP entry %1").arg(quoted));
    default:
        return fail(QStringLiteral("the ZIP entry %1 cannot be unpacked: %2").arg(quoted, libzipText(error)));
    }
}

// DOS times carry no zone: libzip turns them into a time_t through the local zone, and this turns
// it back into the same wall-clock time. A missing DOS date (month 0) comes out before 1980.
QDateTime modifiedOf(const zip_stat_t& stat)
{
    if (!(stat.valid & ZIP_STAT_MTIME))
        return {};
    const QDateTime modified = QDateTime::fromSecsSinceEpoch(qint64(stat.mtime));
    return modified.date().year() < 1980 ? QDateTime() : modified;
}

struct Member
{
    zip_uint64_t index;
    QString name;
    zip_stat_t stat;
};

Result<QByteArray> unpack(zip_t* archive, const Member& member)
{
    const QString quoted = u'\'' + member.name + u'\'';
    const zip_stat_t& st = member.stat;
    if (st.encryption_method != ZIP_EM_NONE)
        return fail(QStringLiteral("the ZIP entry %1 is encrypted: unpack it with its password and import "
                                   "the file itself")
                        .arg(quoted));
    if (!zip_compression_method_supported(st.comp_method, 0))
        return fail(
            QStringLiteral("the ZIP entry %1 is compressed with %2, which is not supported: re-create "
                           "the archive with ordinary (deflate) compression or import the file itself")
                .arg(quoted, methodName(st.comp_method)));
    if (st.comp_method == ZIP_CM_STORE && st.comp_size != st.size)
        return fail(QStringLiteral("the ZIP entry %1 is corrupt: stored with %2 bytes but declared as %3")
                        .arg(quoted)
                        .arg(st.comp_size)
                        .arg(st.size));
    // Believing a header that claims more than its compressed bytes can hold would allocate memory
    // for nothing.
    if (st.size > st.comp_size * ZipReader::kMaxRatio + 1024)
        return fail(
            QStringLiteral("the ZIP entry %1 claims to unpack to %2 bytes, more than its %3 compressed "
                           "bytes can hold: the archive is corrupt or malicious")
                .arg(quoted)
                .arg(st.size)
                .arg(st.comp_size));

    ZipFile file(zip_fopen_index(archive, member.index, 0));
    if (!file)
        return unpackFailure(quoted, zip_get_error(archive), 0, st.size);
    // One spare byte tells a stream that would produce more than declared (a lying header, or a
    // bomb) from one that fits, without unpacking the rest.
    QByteArray data(qsizetype(st.size + 1), Qt::Uninitialized);
    zip_uint64_t filled = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), data.data() + filled, st.size + 1 - filled);
        if (n < 0)
            return unpackFailure(quoted, zip_file_get_error(file.get()), filled, st.size);
        if (n == 0)
            break; // the end: libzip has checked the CRC
        filled += zip_uint64_t(n);
        if (filled > st.size)
            return fail(
                QStringLiteral("the ZIP entry %1 unpacks to more than the %2 bytes its header declares "
                               "(a corrupt or malicious archive)")
                    .arg(quoted)
                    .arg(st.size));
    }
    if (filled != st.size)
        return fail(
            QStringLiteral("the ZIP entry %1 is corrupt: it unpacks to %2 bytes but its header declares %3")
                .arg(quoted)
                .arg(filled)
                .arg(st.size));
    data.resize(qsizetype(filled));
    return data;
}

} // namespace

bool ZipReader::isZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

Result<std::vector<ZipEntry>> ZipReader::read(QByteArrayView bytes)
{
    if (bytes.size() < kEndRecordSize)
        return fail(
            QStringLiteral("the ZIP archive is only %1 bytes long: it is empty or the download was cut off")
                .arg(bytes.size()));

    zip_error_t error;
    zip_error_init(&error);
    const ZipErrorGuard errorGuard(&error);
    // The source reads the caller's bytes in place; the archive owns it once opened.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source)
        return openFailure(bytes, &error);
    // ZIP_CHECKCONS: every local header must agree with the central directory.
    ZipArchive archive(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);
        return openFailure(bytes, &error);
    }

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0)
        return openFailure(bytes, zip_get_error(archive.get()));
    if (quint64(count) > kMaxEntries)
        return fail(
            QStringLiteral("the ZIP archive holds %1 entries, more than the %2 an export can have: it "
                           "is not an export, or it is a zip bomb")
                .arg(count)
                .arg(kMaxEntries));

    // Files only: a directory has the trailing slash every writer puts on directory names, or the
    // MS-DOS directory attribute; macOS resource forks are no one's data. The declared sizes are
    // checked before anything is unpacked, so a bomb costs no memory.
    std::vector<Member> members;
    quint64 total = 0;
    for (zip_uint64_t i = 0; i < zip_uint64_t(count); ++i) {
        Member member{i, QString(), {}};
        zip_stat_init(&member.stat);
        if (zip_stat_index(archive.get(), i, 0, &member.stat) != 0)
            return openFailure(bytes, zip_get_error(archive.get()));
        member.name = QString::fromUtf8(member.stat.name); // libzip turns CP437 names into UTF-8
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        zip_file_get_external_attributes(archive.get(), i, 0, &system, &attributes);
        const bool directory = member.name.endsWith(u'/') || member.name.endsWith(u'\\') ||
                               ((attributes & 0x10) && member.stat.size == 0);
        if (directory || member.name.startsWith(QStringLiteral("__MACOSX/")))
            continue;
        if (member.stat.size > kMaxEntrySize)
            return fail(
                QStringLiteral("the ZIP entry '%1' would unpack to %2 bytes, more than the 512 MiB one "
                               "entry may hold: it is not an export, or it is a zip bomb")
                    .arg(member.name)
                    .arg(member.stat.size));
        if (member.stat.size > kMaxTotalSize - total)
            return fail(
                QStringLiteral("the ZIP archive would unpack to more than 1 GiB (at entry '%1'): it is "
                               "not an export, or it is a zip bomb")
                    .arg(member.name));
        total += member.stat.size;
        members.push_back(std::move(member));
    }

    std::vector<ZipEntry> entries;
    entries.reserve(members.size());
    for (const Member& member : members) {
        Result<QByteArray> data = unpack(archive.get(), member);
        if (!data)
            return data.error();
        entries.push_back(ZipEntry{member.name, modifiedOf(member.stat), std::move(data).value()});
    }
    return entries;
}

} // namespace bedrot

// ZIP writing over libzip into a memory buffer that outlives the archive, read back after zip_close.
#include "zipwriter.h"

#include "libzipobjects.h"

namespace bedrot {

namespace {

Error libzipFailure(const QString& what, zip_error_t* error)
{
    return fail(QStringLiteral("cannot write the ZIP archive (%1): %2")
                    .arg(what, QString::fromUtf8(zip_error_strerror(error))));
}

struct DosTime
{
    quint16 time = 0;
    quint16 date = 0;
};

DosTime dosTimeOf(const QDateTime& modified)
{
    const QDate day = modified.date();
    const QTime clock = modified.time();
    // libzip 1.7 turns the DOS fields into a time_t on the way, so the zero date cannot be written.
    if (!modified.isValid() || day.year() < 1980 || day.year() > 2107)
        return {0, 1 << 5 | 1};
    return {quint16(clock.hour() << 11 | clock.minute() << 5 | clock.second() / 2),
            quint16((day.year() - 1980) << 9 | day.month() << 5 | day.day())};
}

// Reads the whole buffer source back once the archive has been written into it.
Result<QByteArray> contentsOf(zip_source_t* source)
{
    if (zip_source_open(source) != 0)
        return libzipFailure(QStringLiteral("reading it back"), zip_source_error(source));
    zip_stat_t stat;
    zip_stat_init(&stat);
    QByteArray out;
    if (zip_source_stat(source, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
        out.resize(qsizetype(stat.size));
        if (zip_source_read(source, out.data(), stat.size) != zip_int64_t(stat.size))
            out.clear();
    }
    const bool complete = out.size() == qsizetype(stat.size) && (stat.valid & ZIP_STAT_SIZE);
    zip_source_close(source);
    if (!complete)
        return libzipFailure(QStringLiteral("reading it back"), zip_source_error(source));
    return out;
}

} // namespace

Result<QByteArray> ZipWriter::write(const std::vector<ZipEntry>& entries, Method method)
{
    // libzip writes nothing at all for an archive without entries; an empty archive is its end record.
    if (entries.empty())
        return QByteArray(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));

    zip_error_t error;
    zip_error_init(&error);
    const ZipErrorGuard finish(&error);
    // Kept past zip_close, which writes the finished archive into it.
    const ZipSource buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return libzipFailure(QStringLiteral("a buffer"), &error);
    zip_source_keep(buffer.get());
    ZipArchive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(buffer.get()); // drops the reference zip_open_from_source did not take
        return libzipFailure(QStringLiteral("opening"), &error);
    }

    const qint32 compression = method == Method::Stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    for (const ZipEntry& entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        zip_int64_t index = -1;
        if (name.endsWith('/')) {
            index = zip_dir_add(archive.get(), name.constData(), ZIP_FL_ENC_UTF_8);
        } else {
            // The entry's bytes are read in place at zip_close; `entries` outlives it.
            zip_source_t* data =
                zip_source_buffer(archive.get(), entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
            if (!data)
                return libzipFailure(entry.name, zip_get_error(archive.get()));
            index = zip_file_add(archive.get(), name.constData(), data, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                zip_source_free(data);
            else if (zip_set_file_compression(archive.get(), zip_uint64_t(index), compression, 0) != 0)
                return libzipFailure(entry.name, zip_get_error(archive.get()));
        }
        if (index < 0)
            return libzipFailure(entry.name, zip_get_error(archive.get()));
        const DosTime dos = dosTimeOf(entry.modified);
        if (zip_file_set_dostime(archive.get(), zip_uint64_t(index), dos.time, dos.date, 0) != 0)
            return libzipFailure(entry.name, zip_get_error(archive.get()));
    }
    if (zip_close(archive.get()) != 0)
        return libzipFailure(QStringLiteral("closing"), zip_get_error(archive.get()));
    archive.release(); // zip_close freed it
    return contentsOf(buffer.get());
}

} // namespace bedrot

// A whole file read into memory, fast: one populated (huge-page backed where the kernel allows)
// mapping filled by read(), instead of a heap buffer that faults in one 4 KiB page at a time —
// on a virtual machine that alone costs more than hashing a hundred-megabyte statement.
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace bedrot {

class FileBuffer
{
public:
    FileBuffer() = default;
    FileBuffer(FileBuffer&& other) noexcept;
    FileBuffer& operator=(FileBuffer&& other) noexcept;
    FileBuffer(const FileBuffer&) = delete;
    FileBuffer& operator=(const FileBuffer&) = delete;
    ~FileBuffer();

    // Reads the whole file; the error is the system's reason (the caller names the file).
    static Result<FileBuffer> read(const QString& path);

    // The contents, without a copy: valid while this buffer lives.
    QByteArray bytes() const { return m_owned.isNull() ? QByteArray::fromRawData(m_data, m_size) : m_owned; }
    qsizetype size() const { return m_size; }

private:
    void release();
    char* m_data = nullptr;
    qsizetype m_size = 0;
    size_t m_mapped = 0; // length of the anonymous mapping, 0 when m_owned holds the data
    QByteArray m_owned;  // fall-back storage
};

} // namespace bedrot

// FileBuffer: Linux fast path with a portable fall-back.
#include "filebuffer.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bedrot {

FileBuffer::FileBuffer(FileBuffer&& other) noexcept
{
    *this = std::move(other);
}

FileBuffer& FileBuffer::operator=(FileBuffer&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_owned = std::move(other.m_owned);
        other.m_owned = QByteArray();
    }
    return *this;
}

FileBuffer::~FileBuffer()
{
    release();
}

void FileBuffer::release()
{
#ifdef Q_OS_LINUX
    if (m_mapped)
        munmap(m_data, m_mapped);
#endif
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
    m_owned = QByteArray();
}

Result<FileBuffer> FileBuffer::read(const QString& path)
{
    FileBuffer buffer;
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    }
    struct stat st
    {
    };
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        constexpr size_t kHuge = size_t(2) << 20;
        const size_t length = (size_t(st.st_size) + kHuge - 1) & ~(kHuge - 1);
        void* p = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            // Huge pages before the first touch: the read then faults 2 MiB at a time.
            madvise(p, length, MADV_HUGEPAGE);
            buffer.m_data = static_cast<char*>(p);
            buffer.m_mapped = length;
            size_t got = 0;
            // The file may change size under us: read what is there, up to the mapping.
            while (got < length) {
                const ssize_t n = pread(fd, buffer.m_data + got, length - got, off_t(got));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    const int readError = errno;
                    ::close(fd);
                    return fail(QString::fromLocal8Bit(std::strerror(readError)));
                }
                if (n == 0)
                    break;
                got += size_t(n);
            }
            buffer.m_size = qsizetype(got);
            ::close(fd);
            return buffer;
        }
    }
    ::close(fd);
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(file.errorString());
    }
    buffer.m_owned = file.readAll();
    buffer.m_size = buffer.m_owned.size();
    buffer.m_data = buffer.m_owned.data();
    return buffer;
}

} // namespace bedrot

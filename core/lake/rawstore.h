// The raw zone: every imported file kept immutable under its SHA-256, with a sidecar recording its
// original name and when it was first seen (so a rebuild can replay files in their original order).
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace bedrot {

struct RawFile
{
    QString sha256;       // hex
    QString path;         // where the immutable copy lives
    QString originalName; // file name as first imported
    QDateTime firstSeen;  // UTC
    qint64 size = 0;
    QString artist; // the artist chosen for an export that does not name its own (else empty)
};

class RawStore
{
public:
    explicit RawStore(QString rawDir);

    static QString sha256Hex(const QByteArray& bytes);
    // Stores the bytes (if not yet stored) and returns the stored file.
    // `artist` records whose export it is when the content does not say (for rebuilds).
    // `modified` (the original file's time, which year-less exports date by) becomes the copy's.
    Result<RawFile> put(const QByteArray& bytes, const QString& originalName,
                        const QString& artist = QString(), const QDateTime& modified = QDateTime());
    // The stored file with this hash and what its sidecar says; an empty path when there is none.
    RawFile get(const QString& sha256) const;
    QString pathFor(const QString& sha256) const;
    bool contains(const QString& sha256) const;
    // Every stored file, oldest first-seen first (ties by hash).
    std::vector<RawFile> list() const;

private:
    QString m_dir;
};

} // namespace bedrot

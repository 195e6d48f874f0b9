// Writes a ZIP archive into memory over libzip: the demo's TikTok Studio downloads and test archives.
#pragma once

#include "domain/result.h"
#include "lake/zipentry.h"

#include <QByteArray>

#include <vector>

namespace bedrot {

class ZipWriter
{
public:
    enum class Method
    {
        Stored,
        Deflated
    };

    // An archive holding `entries` in order. A name ending in '/' is a directory (its data is
    // ignored). Each entry is dated with its `modified` wall-clock date and time as DOS time (no zone,
    // two-second steps); an invalid time, or one DOS cannot hold, as 1980-01-01 00:00, the earliest.
    // Stored entries give the same bytes on every machine; deflated ones depend on zlib's version.
    static Result<QByteArray> write(const std::vector<ZipEntry>& entries, Method method = Method::Deflated);
};

} // namespace bedrot

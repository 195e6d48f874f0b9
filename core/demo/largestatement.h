// Large synthetic DistroKid statements for the benches: many artists and tracks, millions of lines.
#pragma once

#include <QString>

namespace bedrot::demo {

// A statement of exactly `lines` data lines (plus header) written to `path`; false on I/O error.
bool writeLargeStatement(const QString& path, qint64 lines, quint32 seed);

} // namespace bedrot::demo

// Row-shape checks and quarantine rows shared by the Meta and manual-file importers.
#pragma once

#include "domain/quarantinerow.h"

#include <QString>

#include <optional>

namespace bedrot {

class CsvTable;

class CsvRowCheck
{
public:
    // Why the current row cannot be trusted as a whole, or nothing: a quote that never closes, a
    // row cut off by the end of the file, fewer fields than the header (values would land in the
    // wrong columns or be missing), or more non-empty fields than the header (a separator inside an
    // unquoted value shifted them). Trailing empty fields are harmless and allowed.
    static std::optional<QString> shapeProblem(const CsvTable& table);
    // A quarantine row for the current row; column < 0 blames the whole row.
    static QuarantineRow quarantine(const CsvTable& table, int column, const QString& reason);
};

} // namespace bedrot

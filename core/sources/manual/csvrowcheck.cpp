// Row-shape checks for header-mapped CSV imports.
#include "csvrowcheck.h"

#include "etl/csvtable.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"

#include <algorithm>

namespace bedrot {

namespace {
// Quarantined raw text is for a person to look at: a runaway multi-line field need not be kept whole.
constexpr qsizetype kMaxRawText = 2000;
} // namespace

std::optional<QString> CsvRowCheck::shapeProblem(const CsvTable& table)
{
    if (table.unclosedQuote())
        return QStringLiteral("a quoted field never closes: the file ends inside it, so it was probably cut off");
    const qsizetype fields = table.fieldCount();
    const qsizetype header = table.headerCount();
    if (fields < header) {
        if (!table.terminated())
            return QStringLiteral("the file ends mid-line (%1 of %2 columns): the download was probably cut off")
                .arg(fields).arg(header);
        return QStringLiteral("the row has %1 columns but the header has %2").arg(fields).arg(header);
    }
    if (fields > header) {
        // The table does not expose fields past the header: read the raw record again.
        DelimitedReader reader(table.rawRecord(), table.separator());
        reader.next();
        qsizetype used = reader.fieldCount();
        while (used > 0 && fields::trimmed(reader.field(used - 1)).isEmpty()) --used;
        if (used > header)
            return QStringLiteral("the row has %1 columns but the header has %2: a separator inside an unquoted value "
                                  "probably shifted the columns").arg(used).arg(header);
    }
    return std::nullopt;
}

QuarantineRow CsvRowCheck::quarantine(const CsvTable& table, int column, const QString& reason)
{
    QuarantineRow row;
    row.line = table.line();
    row.column = column >= 0 ? table.columnName(column) : QString();
    row.reason = reason;
    const QByteArrayView raw = table.rawRecord();
    row.rawText = raw.first(std::min(raw.size(), kMaxRawText)).toByteArray();
    return row;
}

} // namespace bedrot

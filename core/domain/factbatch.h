// A batch of parsed rows on its way from a parser to the warehouse writer.
#pragma once

#include "quarantinerow.h"
#include "statementline.h"

#include <QByteArray>

#include <deque>
#include <vector>

namespace bedrot {

struct FactBatch
{
    std::vector<StatementLine> statementLines;
    std::vector<QuarantineRow> quarantine;
    qint64 rowsRead = 0;   // data rows read from the file for this batch (good and bad)
    qint64 textOffset = 0; // how far into the decoded text the parser got, for progress
    // Storage for field values that are not verbatim slices of the decoded text (unescaped quoted
    // fields, normalised codes). Lines' views may point here: keep the batch alive with its lines.
    std::deque<QByteArray> arena;

    QByteArrayView keep(QByteArray bytes)
    {
        arena.push_back(std::move(bytes));
        return arena.back();
    }

    bool empty() const { return statementLines.empty() && quarantine.empty() && rowsRead == 0; }
    size_t size() const { return statementLines.size() + quarantine.size(); }
};

} // namespace bedrot

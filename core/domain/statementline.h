// One line of a distributor's bank-details statement, parsed and validated.
// Text fields are views, not copies: a million-line statement would otherwise cost nine heap
// allocations a line. They point into the decoded text the parser read or into the arena of the
// FactBatch that carries the line, so they stay valid while both of those live.
#pragma once

#include "money.h"

#include <QByteArrayView>
#include <QDate>

namespace bedrot {

struct StatementLine
{
    QByteArrayView distributor = "distrokid"; // "distrokid", "toolost"
    QDate reportingDate;                      // when the store reported (cash side)
    QDate accountingDate;                     // TooLost's accounting date; invalid where the source has none
    int saleYear = 0;                         // usage month
    int saleMonth = 0;
    QByteArrayView store;  // as the statement writes it
    QByteArrayView artist; // empty: resolve from the track (ISRC) in the warehouse
    QByteArrayView title;
    QByteArrayView isrc; // normalised: upper case, no hyphens; may be empty
    QByteArrayView upc;  // digits; may be empty
    qint64 quantity = 0;
    QByteArrayView teamPercentage; // exact text, e.g. "100" or "50.5"
    QByteArrayView songOrAlbum;
    QByteArrayView country; // ISO-2 as written, upper case
    Money withheld;
    Money earnings;
    QByteArrayView currency = "USD";
    qint64 line = 0;     // physical line in the raw file
    quint64 lineKey = 0; // identity: hash of source, content and occurrence (ContentHash)
    int occurrence = 1;  // 1 for the first identical line in the file, 2 for the next, ...
};

} // namespace bedrot

// One line of a distributor's bank-details statement, parsed and validated.
#pragma once

#include "money.h"

#include <QByteArray>
#include <QDate>

namespace bedrot {

struct StatementLine
{
    QDate reportingDate;     // when the store reported (cash side)
    int saleYear = 0;        // usage month
    int saleMonth = 0;
    QByteArray store;        // as the statement writes it
    QByteArray artist;
    QByteArray title;
    QByteArray isrc;         // normalised: upper case, no hyphens; may be empty
    QByteArray upc;          // digits; may be empty
    qint64 quantity = 0;
    QByteArray teamPercentage; // exact text, e.g. "100" or "50.5"
    QByteArray songOrAlbum;
    QByteArray country;      // ISO-2 as written, upper case
    Money withheld;
    Money earnings;
    QByteArray currency = QByteArrayLiteral("USD");
    qint64 line = 0;         // physical line in the raw file
    quint64 lineKey = 0;     // hash of the line's content (see StatementLineKey)
    int occurrence = 1;      // 1 for the first identical line in the file, 2 for the next, ...
};

} // namespace bedrot

// A row that could not be loaded, with where it was and why.
#pragma once

#include <QByteArray>
#include <QString>

namespace bedrot {

struct QuarantineRow
{
    qint64 line = 0;    // physical line in the raw file (0 = the file as a whole)
    QString column;     // column name, empty when the whole row is at fault
    QString reason;     // a sentence a user can act on
    QByteArray rawText; // the row's bytes as found (UTF-8), capped
};

} // namespace bedrot

// Announcement of one committed write transaction, sent from the writer thread to whoever listens.
#pragma once

#include <QMetaType>
#include <QString>

namespace bedrot {

struct CommitInfo
{
    QString path; // the file being imported
    QString format;
    qint64 rowsLoaded = 0; // new fact rows in this commit
    qint64 rowsQuarantined = 0;
    double fileProgress = 0; // 0..1 through the file
    quint64 sequence = 0;    // increases with every commit of this writer
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::CommitInfo)

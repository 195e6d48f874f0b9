// What happened to one imported file: the ingest ledger's row as a value.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace bedrot {

struct ImportResult
{
    Q_GADGET

public:
    // NeedsArtist: a per-artist export (Spotify for Artists, TikTok Studio) that names no artist and
    // whose file name names no known one; import it again with the artist (formatTitle says what it is).
    enum class Status
    {
        Loaded,
        Partial,
        AlreadyImported,
        Rejected,
        NeedsArtist,
        Failed
    };
    Q_ENUM(Status)

    QString path;        // the file as the user gave it
    QString sha256;      // hex; empty when the file could not be read
    QString source;      // e.g. "distrokid"
    QString format;      // e.g. "distrokid.bank_details"
    QString formatTitle; // e.g. "DistroKid bank details statement"
    qint64 size = 0;
    qint64 rowsRead = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsPresent = 0; // already in the warehouse
    qint64 rowsQuarantined = 0;
    QDateTime started;
    QDateTime finished;
    Status status = Status::Failed;
    QString message;      // a sentence for the user
    QStringList warnings; // e.g. unmapped stores

    bool recognised() const
    {
        return status != Status::Rejected && status != Status::NeedsArtist && status != Status::Failed;
    }
    // The ledger's word for a status: the enumerator's name in snake case ("already_imported").
    static QString statusName(Status s);
    // The status a ledger word names, or nothing for another word (such as "running").
    static std::optional<Status> statusFromName(QStringView name);
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::ImportResult)

// Names for import statuses, as stored in the ingest ledger.
#include "importresult.h"

namespace bedrot {

QString ImportResult::statusName(Status s)
{
    switch (s) {
    case Status::Loaded: return QStringLiteral("loaded");
    case Status::Partial: return QStringLiteral("partial");
    case Status::AlreadyImported: return QStringLiteral("already_imported");
    case Status::Rejected: return QStringLiteral("rejected");
    case Status::NeedsArtist: return QStringLiteral("needs_artist");
    case Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace bedrot

// TikTok Studio's "Overview" download of the demo label: daily account figures, zipped.
#pragma once

#include "catalog.h"
#include "domain/result.h"

#include <QByteArray>

#include <vector>

namespace bedrot::demo {

struct TikTokDay
{
    qint64 views = 0;
    qint64 profileViews = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 followers = 0; // at the end of the day
};

// One account's days from `first` to `last`; the last day is partial (the export ran in the morning).
std::vector<TikTokDay> tiktokDays(const Catalog& catalog, int artistIndex, qint64 first, qint64 last);

QByteArray tiktokOverviewCsv(const std::vector<TikTokDay>& days, qint64 first);
// As TikTok writes it: unquoted, and the first day's count is "undefined".
QByteArray tiktokFollowerHistoryCsv(const std::vector<TikTokDay>& days, qint64 first);

// The ZIP of one account's export from `first` to today: Overview.csv, and FollowerHistory.csv for
// the first artist; its entries dated today at `exportSeconds` (DOS time: no zone, even seconds).
Result<QByteArray> tiktokOverviewZip(const Catalog& catalog, int artistIndex, qint64 first,
                                     int exportSeconds);

} // namespace bedrot::demo

// TooLost files of the demo label: portal analytics JSON ("thisYear") and monthly sales reports.
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace bedrot::demo {

// Spotify streams of the TooLost tracks this year up to two days ago, and Discovery Mode fees.
QByteArray tooLostSpotifyJson(const Catalog& catalog);
// Apple Music streams and Shazams of the TooLost tracks this year, by track and by country.
QByteArray tooLostAppleJson(const Catalog& catalog);
// One month's sales report: rev_fee is the label's net (gross × its share), in USD with 8 decimals.
QByteArray tooLostSalesReport(const Catalog& catalog, int accountingMonth);

} // namespace bedrot::demo

// Meta Ads Manager exports of the demo label: daily rows per ad, and one lifetime row per ad.
#pragma once

#include "catalog.h"

#include <QByteArray>

#include <utility>

namespace bedrot::demo {

// "Nov-15-2025", as in the export's file name.
QByteArray metaDateText(qint64 jd);
// The reporting range of both exports: D - 365 … D - 1.
std::pair<qint64, qint64> metaRange(const Catalog& catalog);
QByteArray metaDailyExport(const Catalog& catalog);
QByteArray metaLifetimeExport(const Catalog& catalog);

} // namespace bedrot::demo

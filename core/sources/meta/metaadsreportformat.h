// Meta Ads Manager exported report (CSV): daily rows, or lifetime totals over the selected range.
#pragma once

#include "sources/fileformat.h"

#include <QByteArrayView>

namespace bedrot {

// Recognised by its header: an "Amount spent (XXX)" column (XXX is the currency), Reporting starts
// and Reporting ends or a Day column, and at least one of Campaign name, Ad set name, Ad name.
// - A row is a day when the file has a Day column (day = Day) or starts == ends; otherwise it is a
//   lifetime total over [starts, ends] (AdFact::lifetime), never spread over or pinned to a day.
// - Totals rows ("Total", "Results from 3 ads", or all names empty) are skipped and not counted.
// - No Campaign name: the ad set's name stands in (the label's ad-level export, research §7).
// - Account: the Account name column, else the download's file name pattern, else empty.
// - Cost per results, rankings and attribution are not kept: ratios are recomputed from sums, and
//   the others describe the ad, not what it bought.
// - Two rows for the same account, campaign, ad set, ad and range (ads sharing a name, or an export
//   broken down by age or placement) would overwrite each other in the warehouse: the second is
//   quarantined with the first's line.
class MetaAdsReportFormat final : public FileFormat
{
public:
    enum Column
    {
        Spend,
        ReportingStarts,
        ReportingEnds,
        Day,
        Campaign,
        AdSet,
        Ad,
        Account,
        Impressions,
        Reach,
        Clicks,
        Results,
        ColumnCount
    };

    QString id() const override { return QStringLiteral("meta.ads_report"); }
    QString source() const override { return QStringLiteral("meta_ads"); }
    QString title() const override { return QStringLiteral("Meta Ads Manager report"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Ads; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    // The ad account an Ads Manager download's own file name carries
    // ("<Account>-<Level>-<Mon-D-YYYY>-<Mon-D-YYYY>.csv", e.g. BEDROT-ADS-Ads-Jul-12-2022-Aug-12-2025.csv
    // → "BEDROT-ADS"), or empty when the name does not follow that pattern.
    static QString accountFromFileName(const QString& fileName);
    // The currency of a spend header, "Amount spent (CAD)" → "CAD"; empty for any other header.
    static QString spendCurrency(QByteArrayView headerName);
};

} // namespace bedrot

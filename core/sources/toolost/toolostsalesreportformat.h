// TooLost monthly sales report (CSV): one statement line per sale, with usage, accounting and reporting
// dates.
#pragma once

#include "etl/csvtable.h"
#include "sources/fileformat.h"

namespace bedrot {

class TooLostSalesReportFormat final : public FileFormat
{
public:
    // The columns that are read. The report's other columns (release_title, release_id, track_id,
    // unit_price, share) are kept in the raw file, but no statement field takes them yet.
    enum Column
    {
        TransactionId,
        SaleDate,
        AccountingDate,
        ReportingDate,
        TrackTitle,
        Channel,
        Country,
        Isrc,
        Upc,
        Units,
        OriginalCurrency,
        SplitId,
        RevFee,
        ColumnCount
    };
    static const QList<CsvTable::Column>& columns();

    QString id() const override { return QStringLiteral("toolost.sales_report"); }
    QString source() const override { return QStringLiteral("toolost"); }
    QString title() const override { return QStringLiteral("TooLost sales report"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Statement; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

// DistroKid "bank details" statement: the tab-separated whole-history export of the Bank page.
#pragma once

#include "sources/fileformat.h"

#include <QByteArrayView>
#include <array>

namespace bedrot {

class BankDetailsFormat final : public FileFormat
{
public:
    enum Column
    {
        ReportingDate,
        SaleMonth,
        Store,
        Artist,
        Title,
        Isrc,
        Upc,
        Quantity,
        TeamPercentage,
        SongAlbum,
        CountryOfSale,
        SongwriterRoyaltiesWithheld,
        Earnings,
        ColumnCount
    };
    static const std::array<QByteArrayView, ColumnCount>& columnNames();

    QString id() const override { return QStringLiteral("distrokid.bank_details"); }
    QString source() const override { return QStringLiteral("distrokid"); }
    QString title() const override { return QStringLiteral("DistroKid bank details statement"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Statement; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    struct HeaderMap
    {
        char separator = '\t';
        std::array<qsizetype, ColumnCount> index{};
        qsizetype headerColumns = 0;
        bool valid = false;
        QStringList missing;
    };
    static HeaderMap mapHeader(QByteArrayView headerLine);
};

} // namespace bedrot

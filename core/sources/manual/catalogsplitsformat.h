// The label's own track catalog with royalty splits (a hand-kept CSV, one row per track).
#pragma once

#include "sources/fileformat.h"

#include <QByteArrayView>

namespace bedrot {

// Recognised by artist, title, isrc and royalty_percentage (or your_revenue_share); upc,
// release_date and release_type are optional. Quarantined: an empty artist, title or share, a share
// below 0 or above 100, an ISRC of the wrong shape (an empty one is allowed: matched by title later),
// a UPC that is not 12–14 digits or was turned into "1.98667E+11" by a spreadsheet, a bad date, and a
// second, different share for an ISRC already given one.
class CatalogSplitsFormat final : public FileFormat
{
public:
    enum Column
    {
        Artist,
        Title,
        Isrc,
        Upc,
        ReleaseDate,
        ReleaseType,
        RoyaltyPercentage,
        ColumnCount
    };

    QString id() const override { return QStringLiteral("manual.catalog_splits"); }
    QString source() const override { return QStringLiteral("manual"); }
    QString title() const override { return QStringLiteral("Track catalog with royalty splits"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Catalog; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    // The label's share as exact decimal text on the 0–100 scale, or empty when the value is not a
    // number. Read as written: "50", "50%", "33.33", "0.5%" (a percent sign means percent). A value
    // with a decimal point and at most 1 is a fraction, as the old revenue script stored it:
    // "0.5" → "50", "1.0" → "100". A bare "1" (or "0") is percent: a whole 1 is far more likely 1% in
    // a column of percentages than 100% written as a fraction without its point. Out-of-range values
    // are returned as read (e.g. "150", "-5"): the caller rejects them with a reason.
    static QString royaltyPercentage(QByteArrayView text, bool decimalComma = false);
    // Upper case without hyphens, spaces or dots ("us-rc1-76-07839" → "USRC17607839").
    static QString normalisedIsrc(QByteArrayView text);
    // ISO 3901 shape: country (2 letters), registrant (3 letters or digits), year (2 digits), 5 digits.
    static bool isValidIsrc(const QString& isrc);
};

} // namespace bedrot

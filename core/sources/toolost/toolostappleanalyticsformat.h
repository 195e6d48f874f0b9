// TooLost portal analytics, Apple Music reply (…/api/portal/analytics/apple/): daily streams, plus totals per
// track (ISRC) and per country.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class TooLostAppleAnalyticsFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("toolost.analytics_apple"); }
    QString source() const override { return QStringLiteral("toolost"); }
    QString title() const override { return QStringLiteral("TooLost Apple Music analytics (JSON)"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

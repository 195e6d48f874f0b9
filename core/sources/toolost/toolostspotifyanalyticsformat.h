// TooLost portal analytics, Spotify reply (…/api/portal/analytics/spotify): daily Spotify streams of the
// whole account.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class TooLostSpotifyAnalyticsFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("toolost.analytics_spotify"); }
    QString source() const override { return QStringLiteral("toolost"); }
    QString title() const override { return QStringLiteral("TooLost Spotify analytics (JSON)"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

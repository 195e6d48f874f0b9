// TikTok Studio "Overview" export: one account's daily video views, profile views, likes, comments
// and shares, dated without a year.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class TikTokOverviewFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("tiktok.overview"); }
    QString source() const override { return QStringLiteral("tiktok"); }
    QString title() const override { return QStringLiteral("TikTok Studio overview"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::PerArtist; }
    bool recognises(const DecodedText& text) const override;
    // The export names neither the account nor the artist.
    bool needsArtist() const override { return true; }
    using FileFormat::parse;
    // context.exportTime anchors the year of the year-less dates (today when it is invalid).
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

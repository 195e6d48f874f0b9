// TikTok Studio "FollowerHistory" export: one account's follower count per day, dated without a year.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class TikTokFollowerHistoryFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("tiktok.follower_history"); }
    QString source() const override { return QStringLiteral("tiktok"); }
    QString title() const override { return QStringLiteral("TikTok Studio follower history"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::PerArtist; }
    bool recognises(const DecodedText& text) const override;
    bool needsArtist() const override { return true; }
    using FileFormat::parse;
    // context.exportTime anchors the year of the year-less dates (today when it is invalid).
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

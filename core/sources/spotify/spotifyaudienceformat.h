// Spotify for Artists "audience timeline" export: one artist's daily listeners, streams and followers.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class SpotifyAudienceFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("spotify.audience_timeline"); }
    QString source() const override { return QStringLiteral("spotify_for_artists"); }
    QString title() const override { return QStringLiteral("Spotify for Artists audience timeline"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::PerArtist; }
    bool recognises(const DecodedText& text) const override;
    // The export does not name its artist (only its file name may).
    bool needsArtist() const override { return true; }
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

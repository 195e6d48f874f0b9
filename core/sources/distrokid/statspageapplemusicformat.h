// DistroKid's Apple Music stats page, saved as HTML: the chartData JSON read into daily streams and totals
// per country and per track.
#pragma once

#include "sources/fileformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

namespace bedrot {

class ScriptLiteralScanner;

class DistroKidAppleMusicPageFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("distrokid.stats_applemusic"); }
    QString source() const override { return QStringLiteral("distrokid"); }
    QString title() const override { return QStringLiteral("DistroKid Apple Music stats page"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    // Where the object of `var chartData = {…};` starts; -1 when the page has none.
    static qsizetype findChartData(const ScriptLiteralScanner& scanner);

    // The page's track picker, <option value="ISRC" id="N">: DistroKid's track id → ISRC. Album
    // options carry a UPC in `value` and are left out. An id that is given two different ISRCs
    // goes into *ambiguous instead.
    struct TrackIsrcs
    {
        QHash<QString, QByteArray> isrcOf;
        QSet<QString> ambiguous;
    };
    static TrackIsrcs trackIsrcs(QByteArrayView html);
};

} // namespace bedrot

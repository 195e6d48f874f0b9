// DistroKid's streams stats page, saved as HTML: the daily Spotify streams of the whole account, from the
// page's amCharts script.
#pragma once

#include "sources/fileformat.h"

#include <QByteArrayView>

namespace bedrot {

class ScriptLiteralScanner;

class DistroKidStreamsPageFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("distrokid.stats_streams"); }
    QString source() const override { return QStringLiteral("distrokid"); }
    QString title() const override { return QStringLiteral("DistroKid streams stats page"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    // Where the config object ('{') of AmCharts.makeChart("<chartId>", {…}) starts; -1 when the
    // page has no such chart.
    static qsizetype findChart(const ScriptLiteralScanner& scanner, QByteArrayView chartId);
};

} // namespace bedrot

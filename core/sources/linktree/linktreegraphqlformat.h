// Linktree admin GraphQL reply (getAccountAnalytics), saved as JSON: the daily overview timeseries.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class LinktreeGraphqlFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("linktree.graphql"); }
    QString source() const override { return QStringLiteral("linktree"); }
    QString title() const override { return QStringLiteral("Linktree analytics (GraphQL reply)"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    // Fact and quarantine lines are the 1-based index of the day in the timeseries list (a reply is
    // usually one physical line).
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

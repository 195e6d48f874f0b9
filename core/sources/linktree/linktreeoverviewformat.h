// Linktree daily overview CSV: views and clicks of one Linktree page per day.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class LinktreeOverviewFormat final : public FileFormat
{
public:
    QString id() const override { return QStringLiteral("linktree.daily_overview"); }
    QString source() const override { return QStringLiteral("linktree"); }
    QString title() const override { return QStringLiteral("Linktree daily overview"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;

    // The Linktree handle a file name clearly names ("…@zone.a0…" → "zone.a0"), else empty. The
    // ZIP member's name is asked first, then the file's. Only an "@handle" counts as clear: bare
    // words in names ("linktree_analytics_2025") are too easily mistaken for a handle.
    static QString accountFromFileName(const ParseContext& context);
    static QString accountFromFileName(const QString& fileName);
};

} // namespace bedrot

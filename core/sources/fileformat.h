// One export file format: how to recognise it by content and how to parse it into fact batches.
#pragma once

#include "domain/factbatch.h"
#include "domain/result.h"
#include "parsecontext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace bedrot {

struct DecodedText;

// When a file is imported among others: the files that define artists and tracks first, so the
// exports that refer to them (by ISRC, by title, by a name in the file name) find them.
enum class ImportStage
{
    Catalog,   // the label's track catalog: artists, tracks, releases, splits
    Statement, // distributor statements: artists and tracks by ISRC
    Analytics, // distributor analytics and other exports that name no artist of their own
    PerArtist, // one artist's export, resolved through the artists known by now
    Ads,       // campaigns name tracks by title, resolved through the catalog
};

class FileFormat
{
public:
    // Receives each parsed batch; returns false to stop parsing (interruption).
    using BatchSink = std::function<bool(FactBatch&&)>;

    virtual ~FileFormat() = default;
    virtual QString id() const = 0;        // stable id, e.g. "distrokid.bank_details"
    virtual QString source() const = 0;    // platform id, e.g. "distrokid"
    virtual QString title() const = 0;     // for people, e.g. "DistroKid bank details statement"
    virtual QString signature() const = 0; // what a file must look like, for "expected …" messages
    virtual bool recognises(const DecodedText& text) const = 0;
    // True for exports that belong to one artist without naming it in their content (Spotify for
    // Artists, TikTok Studio): the writer resolves the artist into ParseContext::artist first, from
    // the user's choice or a known name in the file name, and rejects the file when it cannot.
    virtual bool needsArtist() const { return false; }
    virtual ImportStage importStage() const = 0;
    // Parses the whole text. Fails when the file as a whole is unusable;
    // row-level problems go to the batches' quarantine instead.
    virtual Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                               int batchSize) const = 0;
    Result<void> parse(const DecodedText& text, const BatchSink& sink, int batchSize) const
    {
        return parse(text, ParseContext(), sink, batchSize);
    }
};

} // namespace bedrot

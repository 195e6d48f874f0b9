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

class FileFormat
{
public:
    // Receives each parsed batch; returns false to stop parsing (interruption).
    using BatchSink = std::function<bool(FactBatch&&)>;

    virtual ~FileFormat() = default;
    virtual QString id() const = 0;          // stable id, e.g. "distrokid.bank_details"
    virtual QString source() const = 0;      // platform id, e.g. "distrokid"
    virtual QString title() const = 0;       // for people, e.g. "DistroKid bank details statement"
    virtual QString signature() const = 0;   // what a file must look like, for "expected …" messages
    virtual bool recognises(const DecodedText& text) const = 0;
    // True for exports that belong to one artist without naming it in their content (Spotify for
    // Artists, TikTok Studio): the writer resolves the artist into ParseContext::artist first, from
    // the user's choice or a known name in the file name, and rejects the file when it cannot.
    virtual bool needsArtist() const { return false; }
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

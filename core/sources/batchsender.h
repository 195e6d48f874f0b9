// Hands a parser's rows to the writer in batches: the batch being filled, the hand-over once it is
// full, and the last one at the end of the text.
#pragma once

#include "fileformat.h"

#include <QString>

#include <cstddef>

namespace bedrot {

class BatchSender
{
public:
    // reserveStatementLines: room made in every batch up front, for parsers that write one
    // statement line per row into batches of thousands.
    BatchSender(const FileFormat::BatchSink& sink, int batchSize, size_t reserveStatementLines = 0);

    // The batch being filled: the same object for the whole parse, so a reference to it stays good.
    FactBatch& batch() { return m_batch; }
    // After each row: hands the batch over once it holds batchSize rows. textOffset is how far into
    // the decoded text the parser got (progress). Fails when the sink stopped the import.
    Result<void> sendIfFull(qint64 textOffset);
    // Hands over what is left, at the end of a text of textSize bytes.
    Result<void> finish(qint64 textSize);

private:
    void startBatch();

    const FileFormat::BatchSink& m_sink;
    int m_batchSize;
    size_t m_reserveStatementLines;
    FactBatch m_batch;
};

} // namespace bedrot

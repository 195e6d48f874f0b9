// Batches on their way from a parser to the sink.
#include "batchsender.h"

namespace bedrot {

namespace {
QString interruptedMessage()
{
    return QStringLiteral("the import was interrupted");
}
} // namespace

BatchSender::BatchSender(const FileFormat::BatchSink& sink, int batchSize, size_t reserveStatementLines)
    : m_sink(sink), m_batchSize(batchSize), m_reserveStatementLines(reserveStatementLines)
{
    startBatch();
}

void BatchSender::startBatch()
{
    m_batch = FactBatch();
    if (m_reserveStatementLines > 0)
        m_batch.statementLines.reserve(m_reserveStatementLines);
}

Result<void> BatchSender::sendIfFull(qint64 textOffset)
{
    if (qsizetype(m_batch.size()) < m_batchSize)
        return {};
    m_batch.textOffset = textOffset;
    if (!m_sink(std::move(m_batch)))
        return fail(interruptedMessage());
    startBatch();
    return {};
}

Result<void> BatchSender::finish(qint64 textSize)
{
    m_batch.textOffset = textSize;
    if (!m_batch.empty() && !m_sink(std::move(m_batch)))
        return fail(interruptedMessage());
    return {};
}

} // namespace bedrot

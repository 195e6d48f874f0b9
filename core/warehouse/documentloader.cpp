// Parsed batches are small; a transaction spans several of them and commits every commitRows rows
// or commitMs milliseconds, whichever comes first: few enough commits that a million-line file is
// not written twice over through the WAL, frequent enough that the dashboard sees progress live.
#include "documentloader.h"

#include "database.h"
#include "dimensions.h"
#include "etl/boundedqueue.h"
#include "factwriter.h"
#include "rollupwriter.h"
#include "sqlitestatement.h"
#include "statementlinewriter.h"
#include "transactionguard.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace bedrot {

Result<void> DocumentLoader::load(const PlannedDocument& doc, qint64 ingestId, const CommitSink& onCommit)
{
    BoundedQueue<FactBatch> queue(4);
    Result<void> parsed;
    QFuture<void> producer = QtConcurrent::run([&]() {
        parsed = doc.format->parse(
            doc.text, doc.context, [&queue](FactBatch&& b) { return queue.push(std::move(b)); },
            m_policy.batchSize);
        queue.finish();
    });

    struct Pending
    {
        Totals counts;
        qint64 offset = 0;
    } pending;
    std::optional<TransactionGuard> transaction;
    QElapsedTimer transactionAge;
    Result<void> outcome;
    bool interrupted = false;

    const auto rolledBack = [this]() {
        m.rollups.discard();
        (void)m.dims
            .load(); // ids created in the rolled-back transaction are gone; a failure shows at the next write
    };
    const auto quarantine = [&](const QuarantineRow& q) -> Result<void> {
        SqliteStatement& ins = m.insertQuarantine;
        ins.bind(1, ingestId);
        ins.bind(2, q.line);
        ins.bind(3, doc.name.isEmpty() ? q.column
                                       : (q.column.isEmpty() ? doc.name : doc.name + u':' + q.column));
        ins.bind(4, q.reason);
        ins.bind(5, QByteArrayView(q.rawText));
        const bool ok = ins.step();
        ins.reset();
        if (!ok)
            return Database::lastError(m.db);
        ++pending.counts.quarantined;
        return {};
    };
    const auto commit = [&]() -> Result<void> {
        SqliteStatement& led = m.updateLedger;
        led.bind(1, pending.counts.read);
        led.bind(2, pending.counts.loaded);
        led.bind(3, pending.counts.present);
        led.bind(4, pending.counts.quarantined);
        led.bind(5, ingestId);
        const bool ledgerOk = led.step();
        led.reset();
        Result<void> done = ledgerOk ? m.rollups.flush() : Result<void>(Database::lastError(m.db));
        if (done)
            done = transaction->commit();
        transaction.reset(); // rolls back (and forgets the transaction's ids) unless committed
        if (!done)
            return done;
        m_totals.read += pending.counts.read;
        m_totals.loaded += pending.counts.loaded;
        m_totals.present += pending.counts.present;
        m_totals.quarantined += pending.counts.quarantined;
        m_warnings << m.dims.takeWarnings();
        CommitInfo info;
        info.format = doc.format->id();
        info.rowsLoaded = pending.counts.loaded;
        info.rowsQuarantined = pending.counts.quarantined;
        onCommit(info, pending.offset);
        pending = Pending();
        return {};
    };

    FactBatch batch;
    while (queue.pop(batch)) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            interrupted = true;
            break;
        }
        if (!transaction) {
            Result<TransactionGuard> begun = TransactionGuard::begin(m.db, rolledBack);
            if (!begun) {
                outcome = begun.error();
                break;
            }
            transaction.emplace(std::move(begun).value());
            transactionAge.start();
        }
        FactWriter::Counts counts;
        outcome = m.lines.write(batch.statementLines, ingestId, counts);
        if (outcome)
            outcome = m.facts.write(batch, ingestId, counts);
        if (outcome)
            outcome = m.dims.takeError();
        pending.counts.loaded += counts.loaded;
        pending.counts.present += counts.present;
        for (const QuarantineRow& q : counts.rejected)
            if (outcome)
                outcome = quarantine(q);
        for (const QuarantineRow& q : batch.quarantine)
            if (outcome)
                outcome = quarantine(q);
        if (!outcome) {
            transaction.reset();
            break;
        }
        pending.counts.read += batch.rowsRead;
        pending.offset = batch.textOffset;
        const qint64 rows = pending.counts.loaded + pending.counts.present + pending.counts.quarantined;
        if (rows >= m_policy.commitRows || transactionAge.elapsed() >= m_policy.commitMs) {
            outcome = commit();
            if (!outcome)
                break;
        }
    }
    // What was written before an interruption is kept: shut-down drains and commits.
    if (transaction && outcome)
        outcome = commit();
    if (!outcome || interrupted)
        queue.close();
    producer.waitForFinished();
    if (!outcome)
        return outcome;
    if (interrupted)
        return fail(QStringLiteral("interrupted"));
    if (!parsed)
        return parsed;
    return {};
}

} // namespace bedrot

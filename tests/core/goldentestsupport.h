// Helpers shared by the parser tests: golden files (a header line, then one normalised fact or
// quarantine row per line), a parse that keeps its batches, and the golden check every format must
// pass at every batch size.
#pragma once

#include "domain/factbatch.h"
#include "etl/textdecoder.h"
#include "sources/distrokid/bankdetailsformat.h"
#include "sources/fileformat.h"
#include "sources/formatregistry.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

namespace bedrot::test {

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Data lines of a golden TSV (header skipped).
// No DistroKid statement sample (tests/data/distrokid) is taken for one of `formats`; the loop
// provably saw statements. The suite's deliberately foreign files ("not_…") may be anything, even
// a file of the format under test, and are skipped when `skipForeign`.
inline void checkDistroKidSamplesNotRecognised(std::initializer_list<const FileFormat*> formats,
                                               bool skipForeign)
{
    const QDir dir(QStringLiteral(BEDROT_TEST_DATA "/distrokid"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.size() > 10);
    const BankDetailsFormat statement;
    int statements = 0;
    for (const QString& name : files) {
        if (skipForeign && name.startsWith(QStringLiteral("not_")))
            continue;
        const DecodedText text = TextDecoder::decode(readFile(dir.filePath(name)));
        if (statement.recognises(text))
            ++statements;
        for (const FileFormat* format : formats)
            QVERIFY2(!format->recognises(text), qPrintable(format->id() + u' ' + name));
    }
    QVERIFY(statements >= 5);
}

inline QStringList goldenRows(const QString& path)
{
    QStringList rows = QString::fromUtf8(readFile(path)).split(u'\n');
    if (!rows.isEmpty())
        rows.removeFirst();
    while (!rows.isEmpty() && rows.constLast().isEmpty())
        rows.removeLast();
    return rows;
}

inline const FileFormat* formatById(const FormatRegistry& registry, const QString& id)
{
    const FileFormat* f = registry.byId(id);
    if (!f)
        qFatal("format %s is not registered", qPrintable(id));
    return f;
}

// Golden lines of the stream facts, which DistroKid's stats pages and TooLost's analytics replies
// both give (their golden files share these columns).
inline QString goldenLine(const DailyStreamFact& f)
{
    return QStringList{QStringLiteral("daily"),
                       f.distributor,
                       f.platform,
                       f.artist,
                       f.isrc,
                       f.day.toString(Qt::ISODate),
                       QString::number(f.streams),
                       f.tz,
                       QString::number(f.line)}
        .join(u'\t');
}

inline QString goldenLine(const StreamTotalFact& f)
{
    return QStringList{QStringLiteral("total"),
                       f.distributor,
                       f.platform,
                       f.dimension,
                       f.value,
                       f.rangeStart.toString(Qt::ISODate),
                       f.rangeEnd.toString(Qt::ISODate),
                       QString::number(f.streams),
                       QString::number(f.line)}
        .join(u'\t');
}

// A parse's output. Statement lines' text fields are views into the decoded text or their batch's
// arena, so the batches are kept (and the caller keeps the text) for as long as the facts are read.
struct ParseResult
{
    std::vector<FactBatch> batches;
    std::vector<QuarantineRow> quarantine;
    qint64 rowsRead = 0;
    qsizetype factCount = 0;      // facts of every kind
    std::optional<QString> error; // the message of a failed parse

    // One kind of fact from every batch, in file order.
    template <typename Fact> std::vector<Fact> all(std::vector<Fact> FactBatch::*kind) const
    {
        std::vector<Fact> out;
        for (const FactBatch& b : batches)
            out.insert(out.end(), (b.*kind).begin(), (b.*kind).end());
        return out;
    }
    // The same, each fact normalised to its golden-file line.
    template <typename Fact>
    QStringList rows(std::vector<Fact> FactBatch::*kind, QString (*normalise)(const Fact&)) const
    {
        QStringList out;
        for (const FactBatch& b : batches)
            for (const Fact& f : b.*kind)
                out << normalise(f);
        return out;
    }
};

inline ParseResult parseBatches(const FileFormat& format, const DecodedText& text,
                                const ParseContext& context, int batchSize)
{
    ParseResult p;
    const Result<void> parsed = format.parse(
        text, context,
        [&p, batchSize](FactBatch&& b) {
            if (qsizetype(b.size()) > batchSize)
                qWarning("batch larger than asked: %zu", b.size());
            p.batches.push_back(std::move(b));
            return true;
        },
        batchSize);
    if (!parsed)
        p.error = parsed.errorMessage();
    for (const FactBatch& b : p.batches) {
        p.quarantine.insert(p.quarantine.end(), b.quarantine.begin(), b.quarantine.end());
        p.rowsRead += b.rowsRead;
        p.factCount += qsizetype(b.factCount());
    }
    return p;
}

inline ParseResult parseBatches(const FileFormat& format, const DecodedText& text, int batchSize)
{
    return parseBatches(format, text, ParseContext(), batchSize);
}

// Compares quarantined rows with a golden quarantine file's lines (line, column, a phrase of the
// reason). QCOMPARE returns from here on failure, so callers check QTest::currentTestFailed().
inline void compareQuarantine(const std::vector<QuarantineRow>& actual, const QStringList& expected)
{
    QCOMPARE(qsizetype(actual.size()), expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        const QuarantineRow& q = actual[i];
        const QStringList want = expected.at(qsizetype(i)).split(u'\t');
        QCOMPARE(want.size(), 3);
        QCOMPARE(QString::number(q.line), want.at(0));
        QCOMPARE(q.column, want.at(1));
        QVERIFY2(
            q.reason.contains(want.at(2), Qt::CaseInsensitive),
            qPrintable(QStringLiteral("line %1: '%2' lacks '%3'").arg(q.line).arg(q.reason, want.at(2))));
        QVERIFY(!q.rawText.isEmpty());
    }
}

// The golden-file lines of a parse's facts, in the golden file's order.
using GoldenNormaliser = std::function<QStringList(const ParseResult&)>;
// A test's own checks of one parse; checkGolden stops once one of them failed.
using GoldenCheck = std::function<void(const ParseResult&, int batchSize)>;

// Parses `text` at each batch size (batch boundaries must change nothing: occurrences and duplicate
// checks span batches) and compares the facts and the quarantine with the golden files. Every data
// row read must be loaded or quarantined, and no batch may be larger than asked. QCOMPARE returns
// from here on failure, so callers that go on check QTest::currentTestFailed().
inline void checkGolden(const FileFormat& format, const DecodedText& text, const ParseContext& context,
                        const QString& expectedPath, const QString& quarantinePath,
                        std::initializer_list<int> batchSizes, const GoldenNormaliser& normalise,
                        const GoldenCheck& check = {})
{
    const QStringList expectedFacts = goldenRows(expectedPath);
    const QStringList expectedQuarantine = goldenRows(quarantinePath);
    for (const int batchSize : batchSizes) {
        const ParseResult p = parseBatches(format, text, context, batchSize);
        QVERIFY2(!p.error, qPrintable(p.error.value_or(QString())));
        QCOMPARE(normalise(p), expectedFacts);
        compareQuarantine(p.quarantine, expectedQuarantine);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(p.rowsRead, qint64(p.factCount) + qint64(p.quarantine.size()));
        for (const FactBatch& b : p.batches)
            QVERIFY(qsizetype(b.size()) <= batchSize);
        if (check) {
            check(p, batchSize);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace bedrot::test

// A batch of parsed rows on its way from a parser to the warehouse writer.
#pragma once

#include "facts.h"
#include "quarantinerow.h"
#include "statementline.h"

#include <QByteArray>

#include <deque>
#include <vector>

namespace bedrot {

struct FactBatch
{
    std::vector<StatementLine> statementLines;
    std::vector<DailyStreamFact> dailyStreams;
    std::vector<StreamTotalFact> streamTotals;
    std::vector<AudienceFact> audience;
    std::vector<SocialFact> social;
    std::vector<FollowerFact> followers;
    std::vector<LinkFact> links;
    std::vector<AdFact> ads;
    std::vector<CatalogFact> catalog;
    std::vector<ExpenseFact> expenses;
    std::vector<QuarantineRow> quarantine;
    qint64 rowsRead = 0;   // data rows read from the file for this batch (good and bad)
    qint64 textOffset = 0; // how far into the decoded text the parser got, for progress
    // Storage for field values that are not verbatim slices of the decoded text (unescaped quoted
    // fields, normalised codes). Lines' views may point here: keep the batch alive with its lines.
    std::deque<QByteArray> arena;

    QByteArrayView keep(QByteArray bytes)
    {
        arena.push_back(std::move(bytes));
        return arena.back();
    }

    // Fact rows of every kind (not quarantined rows).
    size_t factCount() const
    {
        return statementLines.size() + dailyStreams.size() + streamTotals.size() + audience.size() +
               social.size() + followers.size() + links.size() + ads.size() + catalog.size() +
               expenses.size();
    }
    bool empty() const { return factCount() == 0 && quarantine.empty() && rowsRead == 0; }
    size_t size() const { return factCount() + quarantine.size(); }
};

} // namespace bedrot

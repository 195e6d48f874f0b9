// Business expenses from a card export: the curated six-column file or the bank's Debit/Credit CSV.
#pragma once

#include "sources/fileformat.h"

namespace bedrot {

class ExpensesFormat final : public FileFormat
{
public:
    // Both layouts map onto these; a layout leaves the columns it does not have unmapped.
    enum Column
    {
        Date,
        Description,
        Amount,
        Category,
        Status,
        CardLast4,
        Debit,
        Credit,
        ColumnCount
    };

    QString id() const override { return QStringLiteral("manual.expenses"); }
    QString source() const override { return QStringLiteral("manual"); }
    QString title() const override { return QStringLiteral("Business expenses (card export)"); }
    QString signature() const override;
    ImportStage importStage() const override { return ImportStage::Analytics; }
    bool recognises(const DecodedText& text) const override;
    using FileFormat::parse;
    // Amounts come out as money spent: positive for a purchase, negative for a refund or credit.
    // - Debit/Credit file: amount = Debit − Credit (each taken without its sign: the columns say
    //   the direction).
    // - Six-column file: the file's own sign convention is found first. When more non-zero amounts
    //   are negative than positive (in particular when all are), the file writes spending as
    //   negative (as the old ETL's "amount < 0" counted expenses) and every amount is flipped;
    //   otherwise positive is spending (the old architecture note: "positive = expense"). A file
    //   is one card's statement, where purchases outnumber refunds and payments.
    // Identity: "expense" + day, description, amount, currency, category and card, + occurrence
    // among identical rows of the file. Status is left out so a Pending row that is Posted in the
    // next download is the same expense.
    Result<void> parse(const DecodedText& text, const ParseContext& context, const BatchSink& sink,
                       int batchSize) const override;
};

} // namespace bedrot

// Card-export expenses parser: both layouts, one sign convention per file, content + occurrence identity.
#include "expensesformat.h"

#include "etl/amountparser.h"
#include "etl/contenthash.h"
#include "etl/csvtable.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QHash>

namespace bedrot {

namespace {

// The curated file of the old system: Date, Description, Amount, Category, Status, CardLast4.
QList<CsvTable::Column> sixColumnLayout()
{
    return {
        {{QStringLiteral("Date")}, true},
        {{QStringLiteral("Description")}, true},
        {{QStringLiteral("Amount")}, true},
        {{QStringLiteral("Category")}, false},
        {{QStringLiteral("Status")}, false},
        {{QStringLiteral("CardLast4")}, false},
        {QStringList(), false} /* not in this layout */,
        {QStringList(), false} /* not in this layout */,
    };
}

// The card issuer's own CSV: Transaction Date, Posted Date, Card No., Description, Category, Debit, Credit.
QList<CsvTable::Column> debitCreditLayout()
{
    return {
        {{QStringLiteral("Transaction Date")}, true},
        {{QStringLiteral("Description")}, true},
        {QStringList(), false} /* not in this layout */,
        {{QStringLiteral("Category")}, false},
        {QStringList(), false} /* not in this layout */,
        {{QStringLiteral("Card No.")}, false},
        {{QStringLiteral("Debit")}, true},
        {{QStringLiteral("Credit")}, true},
    };
}

std::optional<CsvTable> openExpenses(const DecodedText& text, QStringList* missing = nullptr)
{
    if (auto table = CsvTable::open(text, debitCreditLayout()))
        return table;
    return CsvTable::open(text, sixColumnLayout(), missing);
}

// The last four digits of a card number as exports write it ("1234", "****1234", "5555-…-1234").
QString lastFour(const QString& card)
{
    QString digits;
    for (QChar c : card)
        if (c >= u'0' && c <= u'9')
            digits += c;
    return digits.right(4);
}

QString text(QByteArrayView v)
{
    return QString::fromUtf8(v);
}

} // namespace

QString ExpensesFormat::signature() const
{
    return QStringLiteral(
        "CSV with Date, Description, Amount (optional Category, Status, CardLast4), or Transaction Date, "
        "Description, Debit, Credit (optional Posted Date, Card No., Category)");
}

bool ExpensesFormat::recognises(const DecodedText& text) const
{
    return openExpenses(text).has_value();
}

Result<void> ExpensesFormat::parse(const DecodedText& decoded, const ParseContext& /*context*/,
                                   const BatchSink& sink, int batchSize) const
{
    QStringList missing;
    std::optional<CsvTable> opened = openExpenses(decoded, &missing);
    if (!opened)
        return fail(
            QStringLiteral(
                "the header lacks the column(s) %1 (or Transaction Date, Description, Debit and Credit)")
                .arg(missing.join(QStringLiteral(", "))));
    const bool debitCredit = opened->has(Debit);
    const bool decimalComma = opened->decimalComma();

    // First pass (six-column file): which sign does this file give spending?
    bool spendingIsNegative = false;
    if (!debitCredit) {
        std::optional<CsvTable> scan = openExpenses(decoded);
        qint64 positives = 0, negatives = 0;
        while (scan->next()) {
            if (const auto a = AmountParser::parse(scan->value(Amount), decimalComma)) {
                if (a->value > Money())
                    ++positives;
                else if (a->value < Money())
                    ++negatives;
            }
        }
        spendingIsNegative = negatives > positives;
    }

    CsvTable& table = *opened;
    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    QHash<quint64, int> occurrences;

    while (table.next()) {
        ++batch.rowsRead;
        bool ok = true;
        auto fail = [&](int column, const QString& reason) {
            batch.quarantine.push_back(table.quarantineRow(column, reason));
            ok = false;
        };
        // One amount column: empty is an error; a value without its sign when the column is
        // Debit or Credit (their name says the direction).
        auto amount = [&](int column, bool required,
                          bool withoutSign) -> std::optional<AmountParser::Amount> {
            const QByteArrayView v = table.value(column);
            if (v.isEmpty()) {
                if (required)
                    fail(column, QStringLiteral("the amount is empty"));
                return {};
            }
            std::optional<AmountParser::Amount> a = AmountParser::parse(v, decimalComma);
            if (!a)
                fail(column,
                     QStringLiteral("'%1' is not an amount (e.g. 12.34, $1,234.56 or (12.34))").arg(text(v)));
            else if (withoutSign && a->value < Money())
                a->value = Money() - a->value;
            return a;
        };

        ExpenseFact e;
        e.line = table.line();
        if (const auto shape = table.shapeProblem())
            fail(-1, *shape);
        if (ok) {
            const QByteArrayView day = table.value(Date);
            if (day.isEmpty())
                fail(Date, QStringLiteral("the date is empty"));
            else if (auto d = fields::parseAnyDate(day))
                e.day = *d;
            else
                fail(Date,
                     QStringLiteral("'%1' is not a date (expected YYYY-MM-DD or M/D/YYYY)").arg(text(day)));
        }
        QString currency;
        if (ok && debitCredit) {
            const auto debit = amount(Debit, false, true);
            const auto credit = ok ? amount(Credit, false, true) : std::nullopt;
            if (ok && !debit && !credit)
                fail(Debit, QStringLiteral("neither Debit nor Credit has an amount"));
            if (ok) {
                // A Credit row (refund, payment) is money coming back: a negative expense.
                e.amount = debit.value_or(AmountParser::Amount()).value -
                           credit.value_or(AmountParser::Amount()).value;
                currency = debit ? debit->currency : credit->currency;
            }
        } else if (ok) {
            if (const auto a = amount(Amount, true, false)) {
                e.amount = spendingIsNegative ? Money() - a->value : a->value;
                currency = a->currency;
            }
        }
        if (ok) {
            e.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
            e.description = table.text(Description);
            e.category = table.text(Category);
            e.status = table.text(Status);
            e.cardLast4 = lastFour(table.text(CardLast4));

            // Identity from parsed values, as for statements: a re-saved file ("$1,234.56" written
            // "1234.56", 2024-10-05 written 10/5/2024, either sign convention) is the same expense.
            ContentHash hash;
            hash.add("expense");
            hash.add(e.day.toJulianDay());
            hash.add(e.description.toUtf8());
            hash.add(e.amount.nanos());
            hash.add(e.currency.toUtf8());
            hash.add(e.category.toUtf8());
            hash.add(e.cardLast4.toUtf8());
            const quint64 contentKey = hash.value();
            e.occurrence = ++occurrences[contentKey];
            e.lineKey = ContentHash::withOccurrence(contentKey, e.occurrence);
            batch.expenses.push_back(std::move(e));
        }
        if (auto step = sender.sendIfFull(table.position()); !step)
            return step;
    }
    return sender.finish(decoded.utf8.size());
}

} // namespace bedrot

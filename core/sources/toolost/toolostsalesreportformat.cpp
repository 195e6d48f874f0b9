// TooLost sales report parser: header-mapped CSV → StatementLine (distributor "toolost"), exact money,
// transaction-id identity.
#include "toolostsalesreportformat.h"

#include "etl/contenthash.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"
#include "sources/dailycountvalues.h"

#include <QHash>

namespace bedrot {

namespace {

QByteArray upperAscii(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

bool isUpperCode(QByteArrayView v, qsizetype size)
{
    if (v.size() != size)
        return false;
    for (char c : v)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

// A date as the report may write it. No real report has been seen yet (research §1), so every
// spelling that is plausible is taken: YYYY-MM-DD, M/D/YYYY, and a month YYYY-MM, which is read as
// the month's first day.
std::optional<QDate> parseDay(QByteArrayView v)
{
    if (auto d = fields::parseDate(v))
        return d;
    if (fields::trimmed(v).size() == 7)
        if (auto ym = fields::parseYearMonth(v))
            return QDate(*ym / 100, *ym % 100, 1);
    return std::nullopt;
}

// Extra fields past the header are harmless when they are empty, e.g. a trailing separator that a
// spreadsheet added. Non-empty ones mean that a separator inside a value shifted the row.
bool onlyEmptyFieldsPastHeader(const CsvTable& table)
{
    const qsizetype extra = table.fieldCount() - table.headerCount();
    if (extra <= 0)
        return true;
    QByteArrayView raw = table.rawRecord();
    while (!raw.isEmpty() && (raw.back() == '\n' || raw.back() == '\r' || raw.back() == ' '))
        raw.chop(1);
    qsizetype trailing = 0;
    while (!raw.isEmpty() && raw.back() == table.separator()) {
        raw.chop(1);
        ++trailing;
    }
    return trailing >= extra;
}
} // namespace

const QList<CsvTable::Column>& TooLostSalesReportFormat::columns()
{
    // isrc and track_title are each optional here, but the header needs one of the two. That rule
    // is checked by hand, because CsvTable knows only "required" or "optional".
    static const QList<CsvTable::Column> list = {
        {{QStringLiteral("transaction_id")}, false},
        {{QStringLiteral("sale_date")}, true},
        {{QStringLiteral("accounting_date")}, false},
        {{QStringLiteral("reporting_date")}, true},
        {{QStringLiteral("track_title")}, false},
        {{QStringLiteral("channel")}, true},
        {{QStringLiteral("country")}, false},
        {{QStringLiteral("isrc")}, false},
        {{QStringLiteral("upc")}, false},
        {{QStringLiteral("units")}, true},
        {{QStringLiteral("original_currency")}, false},
        {{QStringLiteral("split_id")}, false},
        {{QStringLiteral("rev_fee")}, true},
    };
    return list;
}

QString TooLostSalesReportFormat::signature() const
{
    return QStringLiteral(
        "CSV with the columns sale_date, reporting_date, channel, isrc or track_title, units and rev_fee "
        "(also read: transaction_id, accounting_date, country, upc, original_currency, split_id)");
}

bool TooLostSalesReportFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const auto table = CsvTable::open(text, columns());
    return table && (table->has(Isrc) || table->has(TrackTitle));
}

Result<void> TooLostSalesReportFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                             const BatchSink& sink, int batchSize) const
{
    if (text.binary)
        return fail(QStringLiteral("the file is binary, not a CSV sales report"));
    QStringList missing;
    std::optional<CsvTable> table = CsvTable::open(text, columns(), &missing);
    if (!table) {
        if (text.utf8.trimmed().isEmpty())
            return fail(QStringLiteral("the file is empty"));
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    }
    if (!table->has(Isrc) && !table->has(TrackTitle))
        return fail(
            QStringLiteral("the header has neither isrc nor track_title, so no sale can be tied to a track"));
    const bool decimalComma = table->decimalComma();

    QHash<quint64, int> occurrences;
    BatchSender sender(sink, batchSize, size_t(std::max(1, batchSize)));
    FactBatch& batch = sender.batch();
    const char* textBegin = text.utf8.constData();
    const char* textEnd = textBegin + text.utf8.size();
    // A value that is a slice of the decoded text can stay a view. An unescaped quoted value lives
    // in the reader's scratch space until the next row, so it is copied into the batch's arena.
    auto stable = [&](QByteArrayView v) -> QByteArrayView {
        if (v.isEmpty() || (v.data() >= textBegin && v.data() + v.size() <= textEnd))
            return v;
        return batch.keep(v.toByteArray());
    };
    auto quarantine = [&](int column, const QString& reason) {
        batch.quarantine.push_back(table->quarantineRow(column, reason));
    };
    auto shown = [&](int column) { return table->text(column); };

    while (table->next()) {
        ++batch.rowsRead;
        if (table->unclosedQuote()) {
            quarantine(
                -1, QStringLiteral(
                        "a quoted field never closes: the file ends inside it, so it was probably cut off"));
        } else if (table->fieldCount() < table->headerCount()) {
            if (!table->terminated())
                quarantine(-1,
                           QStringLiteral(
                               "the file ends mid-line (%1 of %2 columns): the download was probably cut off")
                               .arg(table->fieldCount())
                               .arg(table->headerCount()));
            else
                quarantine(-1, QStringLiteral("the row has %1 columns but the header has %2")
                                   .arg(table->fieldCount())
                                   .arg(table->headerCount()));
        } else if (!onlyEmptyFieldsPastHeader(*table)) {
            quarantine(
                -1,
                QStringLiteral(
                    "the row has %1 columns but the header has %2: a value probably contains the separator")
                    .arg(table->fieldCount())
                    .arg(table->headerCount()));
        } else {
            StatementLine s;
            s.distributor = "toolost";
            s.line = table->line();
            bool ok = true;
            auto fail = [&](int column, const QString& reason) {
                quarantine(column, reason);
                ok = false;
            };
            auto dateProblem = [&](int column) {
                return QStringLiteral("'%1' is not a date (expected YYYY-MM-DD, YYYY-MM or M/D/YYYY)")
                    .arg(shown(column));
            };
            if (const auto sale = parseDay(table->value(SaleDate))) {
                s.saleYear = sale->year();
                s.saleMonth = sale->month();
            } else {
                fail(SaleDate, dateProblem(SaleDate));
            }
            if (ok) {
                if (const auto reporting = parseDay(table->value(ReportingDate)))
                    s.reportingDate = *reporting;
                else
                    fail(ReportingDate, dateProblem(ReportingDate));
            }
            if (ok && !table->value(AccountingDate).isEmpty()) {
                if (const auto accounting = parseDay(table->value(AccountingDate)))
                    s.accountingDate = *accounting;
                else
                    fail(AccountingDate, dateProblem(AccountingDate));
            }
            if (ok) {
                s.store = stable(table->value(Channel));
                if (s.store.isEmpty())
                    fail(Channel, QStringLiteral("the channel (store) is empty"));
            }
            if (ok) {
                // No artist column: the writer finds the artist through the ISRC in the catalogue.
                s.title = stable(table->value(TrackTitle));
                const QByteArrayView isrc = table->value(Isrc);
                if (!isrc.isEmpty()) {
                    if (const auto code = DailyCountValues::isrc(isrc))
                        s.isrc = QByteArrayView(*code) == isrc ? stable(isrc) : batch.keep(*code);
                    else
                        fail(Isrc,
                             QStringLiteral("'%1' is not an ISRC (12 letters and digits, e.g. QZTAW2496365)")
                                 .arg(shown(Isrc)));
                }
                if (ok && s.isrc.isEmpty() && s.title.isEmpty())
                    fail(table->has(Isrc) ? Isrc : TrackTitle,
                         QStringLiteral("the row has neither an ISRC nor a track title, so it cannot be tied "
                                        "to a track"));
            }
            if (ok) {
                s.upc = stable(table->value(Upc));
                for (char c : s.upc)
                    if (c < '0' || c > '9') {
                        fail(Upc, QStringLiteral("'%1' is not a UPC (digits only)").arg(shown(Upc)));
                        break;
                    }
            }
            if (ok) {
                if (const auto units = fields::parseCount(table->value(Units), decimalComma))
                    s.quantity = *units;
                else
                    fail(Units, QStringLiteral("'%1' is not a whole number of units").arg(shown(Units)));
            }
            if (ok) {
                // rev_fee is taken as the label's net earnings on the line. That is PROVISIONAL.
                // No real report has been seen (research §1). The name could as well mean TooLost's
                // fee, and the net could be another column: whichever one sums to the portal's
                // monthly statement total. Re-check this mapping against the first real file.
                const QByteArrayView fee = table->value(RevFee);
                if (fee.isEmpty())
                    fail(RevFee, QStringLiteral("rev_fee is empty"));
                else if (const auto money = Money::parse(fee, decimalComma))
                    s.earnings = *money;
                else
                    fail(RevFee, QStringLiteral("'%1' is not an amount").arg(shown(RevFee)));
            }
            if (ok) {
                // original_currency is the currency of the sale. Whether rev_fee is in that currency or
                // has been converted is not known yet (research §1). It is stored as given, and USD is
                // assumed only when the column is absent or empty.
                const QByteArrayView currency = table->value(OriginalCurrency);
                if (currency.isEmpty())
                    s.currency = "USD";
                else if (isUpperCode(currency, 3))
                    s.currency = stable(currency);
                else if (const QByteArray upper = upperAscii(currency); isUpperCode(upper, 3))
                    s.currency = batch.keep(upper);
                else
                    fail(OriginalCurrency, QStringLiteral("'%1' is not a currency code (3 letters, e.g. USD)")
                                               .arg(shown(OriginalCurrency)));
            }
            if (ok) {
                const QByteArrayView country = table->value(Country);
                const QByteArray upperCountry = upperAscii(country);
                s.country =
                    QByteArrayView(upperCountry) == country ? stable(country) : batch.keep(upperCountry);
                // Identity. A transaction_id is TooLost's own receipt key, and it stays the same
                // when a later export writes the amounts differently. Rows of one transaction that
                // is split between payees are told apart by split_id. That way their identities do
                // not depend on the order of the rows. Without an id the parsed values are the
                // identity, as for DistroKid. In both cases identical rows are numbered by occurrence.
                ContentHash hash;
                hash.add("toolost");
                if (const QByteArrayView transaction = table->value(TransactionId); !transaction.isEmpty()) {
                    hash.add("transaction");
                    hash.add(transaction);
                    hash.add(table->value(SplitId));
                } else {
                    hash.add(s.reportingDate.toJulianDay());
                    hash.add(s.accountingDate.isValid() ? s.accountingDate.toJulianDay() : qint64(0));
                    hash.add(qint64(s.saleYear * 100 + s.saleMonth));
                    hash.add(s.store);
                    hash.add(s.title);
                    hash.add(s.isrc);
                    hash.add(s.upc);
                    hash.add(s.quantity);
                    hash.add(s.country);
                    hash.add(s.currency);
                    hash.add(s.earnings.nanos());
                }
                const quint64 contentKey = hash.value();
                s.occurrence = ++occurrences[contentKey];
                s.lineKey = ContentHash::withOccurrence(contentKey, s.occurrence);
                batch.statementLines.push_back(std::move(s));
            }
        }
        if (auto step = sender.sendIfFull(table->position()); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot

// DistroKid bank-details parser: header-mapped, exact money, line identity = content + occurrence.
#include "bankdetailsformat.h"

#include "etl/contenthash.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QHash>

namespace bedrot {

namespace {
constexpr qsizetype kMaxRawText = 2000;

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

QByteArray upperAscii(QByteArrayView v)
{
    QByteArray out(v.data(), v.size());
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

bool isUpperCode(QByteArrayView v)
{
    for (char c : v)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

qsizetype lastNonEmptyField(const DelimitedReader& reader)
{
    qsizetype i = reader.fieldCount() - 1;
    while (i >= 0 && fields::trimmed(reader.field(i)).isEmpty())
        --i;
    return i;
}

QString columnTitle(int column)
{
    return QString::fromLatin1(BankDetailsFormat::columnNames()[size_t(column)]);
}
} // namespace

const std::array<QByteArrayView, BankDetailsFormat::ColumnCount>& BankDetailsFormat::columnNames()
{
    static const std::array<QByteArrayView, ColumnCount> names = {"Reporting Date",
                                                                  "Sale Month",
                                                                  "Store",
                                                                  "Artist",
                                                                  "Title",
                                                                  "ISRC",
                                                                  "UPC",
                                                                  "Quantity",
                                                                  "Team Percentage",
                                                                  "Song/Album",
                                                                  "Country of Sale",
                                                                  "Songwriter Royalties Withheld",
                                                                  "Earnings (USD)"};
    return names;
}

QString BankDetailsFormat::signature() const
{
    QStringList names;
    for (QByteArrayView n : columnNames())
        names << QString::fromLatin1(n);
    return QStringLiteral("tab-separated columns ") + names.join(QStringLiteral(", "));
}

BankDetailsFormat::HeaderMap BankDetailsFormat::mapHeader(QByteArrayView headerLine)
{
    HeaderMap best;
    for (char sep : {'\t', ',', ';'}) {
        HeaderMap map;
        map.separator = sep;
        map.index.fill(-1);
        DelimitedReader reader(headerLine, sep);
        if (!reader.next())
            continue;
        map.headerColumns = reader.fieldCount();
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView name = fields::trimmed(reader.field(i));
            for (int c = 0; c < ColumnCount; ++c) {
                if (map.index[size_t(c)] < 0 && equalsIgnoreCase(name, columnNames()[size_t(c)])) {
                    map.index[size_t(c)] = i;
                    break;
                }
            }
        }
        for (int c = 0; c < ColumnCount; ++c)
            if (map.index[size_t(c)] < 0)
                map.missing << columnTitle(c);
        map.valid = map.missing.isEmpty();
        if (map.valid)
            return map;
        if (best.headerColumns == 0 || map.missing.size() < best.missing.size())
            best = map;
    }
    return best;
}

bool BankDetailsFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    return mapHeader(DelimitedReader::firstLine(text.utf8)).valid;
}

Result<void> BankDetailsFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                      const BatchSink& sink, int batchSize) const
{
    const HeaderMap map = mapHeader(DelimitedReader::firstLine(text.utf8));
    if (!map.valid)
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(map.missing.join(QStringLiteral(", "))));

    qsizetype lastNeeded = 0;
    for (qsizetype i : map.index)
        lastNeeded = std::max(lastNeeded, i);

    DelimitedReader reader(text.utf8, map.separator);
    reader.setMultilineQuotes(map.separator != '\t');
    reader.next(); // header
    QHash<quint64, int> occurrences;
    occurrences.reserve(1024);
    BatchSender sender(sink, batchSize, size_t(batchSize));
    FactBatch& batch = sender.batch();
    int minEarningsDecimals = -1; // over terminated lines, to judge an unterminated last line

    auto quarantine = [&](int column, const QString& reason) {
        QuarantineRow row;
        row.line = reader.line();
        row.column = column >= 0 ? columnTitle(column) : QString();
        row.reason = reason;
        row.rawText =
            reader.rawRecord().first(std::min(reader.rawRecord().size(), kMaxRawText)).toByteArray();
        batch.quarantine.push_back(std::move(row));
    };
    const char* textBegin = text.utf8.constData();
    const char* textEnd = textBegin + text.utf8.size();
    auto field = [&](int column) { return fields::trimmed(reader.field(map.index[size_t(column)])); };
    // A field that is a slice of the decoded text can be kept as a view; an unescaped quoted field
    // lives in the reader's scratch space and is copied into the batch's arena.
    auto stable = [&](QByteArrayView v) -> QByteArrayView {
        if (v.isEmpty() || (v.data() >= textBegin && v.data() + v.size() <= textEnd))
            return v;
        return batch.keep(v.toByteArray());
    };

    while (reader.next()) {
        ++batch.rowsRead;
        if (reader.unclosedQuote()) {
            quarantine(
                -1, QStringLiteral(
                        "a quoted field never closes: the file ends inside it, so it was probably cut off"));
        } else if (reader.fieldCount() <= lastNeeded) {
            if (!reader.terminated())
                quarantine(-1,
                           QStringLiteral(
                               "the file ends mid-line (%1 of %2 columns): the download was probably cut off")
                               .arg(reader.fieldCount())
                               .arg(map.headerColumns));
            else
                quarantine(-1, QStringLiteral("the row has %1 columns but the header has %2")
                                   .arg(reader.fieldCount())
                                   .arg(map.headerColumns));
        } else if (const qsizetype used = lastNonEmptyField(reader) + 1; used > map.headerColumns) {
            // More values than header columns: something shifted the fields (a separator inside a
            // value), so the named columns cannot be trusted. Trailing empty fields are harmless.
            quarantine(-1, QStringLiteral("the row has %1 columns but the header has %2")
                               .arg(used)
                               .arg(map.headerColumns));
        } else {
            StatementLine s;
            s.line = reader.line();
            bool ok = true;
            auto fail = [&](int column, const QString& reason) {
                quarantine(column, reason);
                ok = false;
            };
            const QByteArrayView reporting = field(ReportingDate);
            if (auto d = fields::parseDate(reporting))
                s.reportingDate = *d;
            else
                fail(ReportingDate, QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)")
                                        .arg(QString::fromUtf8(reporting)));
            if (ok) {
                const QByteArrayView sale = field(SaleMonth);
                if (auto ym = fields::parseYearMonth(sale)) {
                    s.saleYear = *ym / 100;
                    s.saleMonth = *ym % 100;
                } else
                    fail(SaleMonth, QStringLiteral("'%1' is not a month (expected YYYY-MM)")
                                        .arg(QString::fromUtf8(sale)));
            }
            if (ok) {
                s.store = stable(field(Store));
                if (s.store.isEmpty())
                    fail(Store, QStringLiteral("the store is empty"));
            }
            if (ok) {
                s.artist = stable(field(Artist));
                if (s.artist.isEmpty())
                    fail(Artist, QStringLiteral("the artist is empty"));
            }
            if (ok) {
                s.title = stable(field(Title));
                QByteArrayView isrc = field(Isrc);
                if (!isUpperCode(isrc)) {
                    QByteArray normalised = upperAscii(isrc);
                    normalised.replace('-', QByteArrayView());
                    isrc = batch.keep(std::move(normalised));
                }
                if (!(isrc.isEmpty() || (isrc.size() == 12 && isUpperCode(isrc))))
                    fail(Isrc, QStringLiteral("'%1' is not an ISRC (12 letters and digits)")
                                   .arg(QString::fromUtf8(field(Isrc))));
                s.isrc = stable(isrc);
            }
            if (ok) {
                s.upc = stable(field(Upc));
                for (char c : s.upc)
                    if (c < '0' || c > '9') {
                        fail(Upc,
                             QStringLiteral("'%1' is not a UPC (digits only)").arg(QString::fromUtf8(s.upc)));
                        break;
                    }
            }
            if (ok) {
                if (auto q = fields::parseInteger(field(Quantity)))
                    s.quantity = *q;
                else
                    fail(
                        Quantity,
                        QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(field(Quantity))));
            }
            if (ok) {
                const QByteArrayView pct = field(TeamPercentage);
                if (fields::isDecimal(pct))
                    s.teamPercentage = stable(pct);
                else
                    fail(TeamPercentage,
                         QStringLiteral("'%1' is not a percentage").arg(QString::fromUtf8(pct)));
            }
            if (ok) {
                s.songOrAlbum = stable(field(SongAlbum));
                const QByteArrayView country = field(CountryOfSale);
                s.country = isUpperCode(country) ? stable(country) : batch.keep(upperAscii(country));
                const QByteArrayView withheld = field(SongwriterRoyaltiesWithheld);
                if (withheld.isEmpty())
                    s.withheld = Money();
                else if (auto m = Money::parse(withheld))
                    s.withheld = *m;
                else
                    fail(SongwriterRoyaltiesWithheld,
                         QStringLiteral("'%1' is not an amount").arg(QString::fromUtf8(withheld)));
            }
            if (ok) {
                const QByteArrayView earnings = field(Earnings);
                if (auto m = Money::parse(earnings))
                    s.earnings = *m;
                else
                    fail(Earnings, QStringLiteral("'%1' is not an amount").arg(QString::fromUtf8(earnings)));
                const int decimals = fields::decimalDigits(earnings);
                if (ok && !reader.terminated() && minEarningsDecimals >= 0 && decimals < minEarningsDecimals)
                    fail(Earnings,
                         QStringLiteral(
                             "the file ends mid-line and '%1' has fewer decimals than every other line: "
                             "the value was probably cut off")
                             .arg(QString::fromUtf8(earnings)));
                // A zero amount is written "0" whatever the precision: it says nothing about it.
                if (ok && reader.terminated() && s.earnings != Money())
                    minEarningsDecimals =
                        minEarningsDecimals < 0 ? decimals : std::min(minEarningsDecimals, decimals);
            }
            if (ok) {
                // Identity from the parsed values, not the text: a re-saved export that writes
                // "0.05" for "0.05000000" or 10/5/2024 for 2024-10-05 is still the same line.
                ContentHash hash;
                hash.add("distrokid");
                hash.add(s.reportingDate.toJulianDay());
                hash.add(qint64(s.saleYear * 100 + s.saleMonth));
                hash.add(s.store);
                hash.add(s.artist);
                hash.add(s.title);
                hash.add(s.isrc);
                hash.add(s.upc);
                hash.add(s.quantity);
                hash.add(Money::parse(s.teamPercentage).value_or(Money()).nanos());
                hash.add(s.songOrAlbum);
                hash.add(s.country);
                hash.add(s.withheld.nanos());
                hash.add(s.earnings.nanos());
                const quint64 contentKey = hash.value();
                s.occurrence = ++occurrences[contentKey];
                s.lineKey = ContentHash::withOccurrence(contentKey, s.occurrence);
                batch.statementLines.push_back(std::move(s));
            }
        }
        if (auto step = sender.sendIfFull(reader.position()); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot

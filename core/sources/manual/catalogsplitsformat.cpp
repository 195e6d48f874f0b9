// Catalog-with-splits parser: one royalty share per track, exact decimal text, ISRCs checked.
#include "catalogsplitsformat.h"

#include "etl/csvtable.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QHash>
#include <QRegularExpression>

namespace bedrot {

namespace {

QList<CsvTable::Column> columns()
{
    // Order follows CatalogSplitsFormat::Column. The old revenue script called the share
    // your_revenue_share; both mean the label's share on the 0–100 scale (research §8).
    return {
        {{QStringLiteral("artist")}, true},
        {{QStringLiteral("title")}, true},
        {{QStringLiteral("isrc")}, true},
        {{QStringLiteral("upc")}, false},
        {{QStringLiteral("release_date")}, false},
        {{QStringLiteral("release_type")}, false},
        {{QStringLiteral("royalty_percentage"), QStringLiteral("your_revenue_share")}, true},
    };
}

QString text(QByteArrayView v)
{
    return QString::fromUtf8(v);
}

} // namespace

QString CatalogSplitsFormat::royaltyPercentage(QByteArrayView raw, bool decimalComma)
{
    QByteArrayView v = fields::trimmed(raw);
    bool percentSign = false;
    if (v.endsWith('%')) {
        percentSign = true;
        v = fields::trimmed(v.first(v.size() - 1));
    }
    QByteArray plain = v.toByteArray();
    if (decimalComma)
        plain.replace(',', '.');
    // Plain decimals only: a thousands separator has no place in a share.
    if (plain.isEmpty() || !fields::isDecimal(plain) || plain.endsWith('.') || plain.startsWith('.'))
        return {};
    const std::optional<Money> value = Money::parse(plain);
    if (!value)
        return {};
    Money percent = *value;
    if (!percentSign && plain.contains('.') && *value >= Money() && *value <= Money::fromNanos(Money::kScale))
        percent = Money::fromNanos(value->nanos() * 100); // a fraction: exact, ≤ 100 units of nanos
    return percent.toString(0);
}

QString CatalogSplitsFormat::normalisedIsrc(QByteArrayView raw)
{
    QString isrc = text(fields::trimmed(raw)).toUpper();
    isrc.removeIf([](QChar c) { return c == u'-' || c == u' ' || c == u'.'; });
    return isrc;
}

bool CatalogSplitsFormat::isValidIsrc(const QString& isrc)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"));
    return shape.match(isrc).hasMatch();
}

QString CatalogSplitsFormat::signature() const
{
    return QStringLiteral(
        "CSV with artist, title, isrc, royalty_percentage (or your_revenue_share); optional upc, "
        "release_date, release_type");
}

bool CatalogSplitsFormat::recognises(const DecodedText& text) const
{
    return CsvTable::matches(text, columns());
}

Result<void> CatalogSplitsFormat::parse(const DecodedText& decoded, const ParseContext& /*context*/,
                                        const BatchSink& sink, int batchSize) const
{
    QStringList missing;
    std::optional<CsvTable> opened = CsvTable::open(decoded, columns(), &missing);
    if (!opened)
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    CsvTable& table = *opened;
    const bool decimalComma = table.decimalComma();

    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    // A track has one split in the warehouse: the first row's share stands, a different share for
    // the same ISRC later is a contradiction the user must settle. The same share again is a track
    // on a second release (single and album), which is fine.
    struct Seen
    {
        qint64 line;
        QString percentage;
    };
    QHash<QString, Seen> byIsrc;

    while (table.next()) {
        ++batch.rowsRead;
        bool ok = true;
        auto fail = [&](int column, const QString& reason) {
            batch.quarantine.push_back(table.quarantineRow(column, reason));
            ok = false;
        };
        CatalogFact c;
        c.line = table.line();
        if (const auto shape = table.shapeProblem())
            fail(-1, *shape);
        if (ok) {
            c.artist = table.text(Artist);
            if (c.artist.isEmpty())
                fail(Artist, QStringLiteral("the artist is empty"));
        }
        if (ok) {
            c.title = table.text(Title);
            if (c.title.isEmpty())
                fail(Title, QStringLiteral("the title is empty"));
        }
        if (ok) {
            // An empty ISRC is allowed (a track not yet released): it is then matched by its title.
            c.isrc = normalisedIsrc(table.value(Isrc));
            if (!c.isrc.isEmpty() && !isValidIsrc(c.isrc))
                fail(Isrc, QStringLiteral("'%1' is not an ISRC (2 letters, 3 letters or digits, then 7 "
                                          "digits, e.g. QZTAW2496365)")
                               .arg(table.text(Isrc)));
        }
        if (ok) {
            c.upc = table.text(Upc);
            if (c.upc.contains(u'E', Qt::CaseInsensitive) && c.upc.contains(u'+'))
                fail(Upc,
                     QStringLiteral(
                         "'%1' is a UPC a spreadsheet turned into a number: format the column as text and "
                         "export again")
                         .arg(c.upc));
            else if (!c.upc.isEmpty()) {
                bool digits = true;
                for (QChar ch : std::as_const(c.upc))
                    digits = digits && ch >= u'0' && ch <= u'9';
                if (!digits)
                    fail(Upc, QStringLiteral("'%1' is not a UPC (digits only)").arg(c.upc));
                else if (c.upc.size() < 12 || c.upc.size() > 14)
                    fail(Upc, QStringLiteral(
                                  "'%1' has %2 digits where a UPC has 12 (EAN 13): a spreadsheet may have "
                                  "dropped its leading zeros")
                                  .arg(c.upc)
                                  .arg(c.upc.size()));
            }
        }
        if (ok && !table.value(ReleaseDate).isEmpty()) {
            if (auto d = fields::parseAnyDate(table.value(ReleaseDate)))
                c.releaseDate = *d;
            else
                fail(ReleaseDate,
                     QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(table.text(ReleaseDate)));
        }
        // Lower case, as the old catalog wrote it ("single"): a category, not a name.
        if (ok)
            c.releaseType = table.text(ReleaseType).toLower();
        if (ok) {
            const QByteArrayView raw = table.value(RoyaltyPercentage);
            c.royaltyPercentage = royaltyPercentage(raw, decimalComma);
            const std::optional<Money> value = Money::parse(c.royaltyPercentage);
            if (raw.isEmpty())
                fail(RoyaltyPercentage,
                     QStringLiteral("the royalty percentage is empty: write the label's share from 0 to 100 "
                                    "(100 when it keeps everything)"));
            else if (!value)
                fail(RoyaltyPercentage,
                     QStringLiteral("'%1' is not a percentage (write 50, 50% or 0.5)").arg(text(raw)));
            else if (*value < Money())
                fail(
                    RoyaltyPercentage,
                    QStringLiteral("'%1' is negative: write the label's share from 0 to 100").arg(text(raw)));
            else if (*value > Money::fromNanos(100 * Money::kScale))
                fail(RoyaltyPercentage,
                     QStringLiteral("'%1' is more than 100%: write the label's share from 0 to 100")
                         .arg(text(raw)));
        }
        if (ok && !c.isrc.isEmpty()) {
            if (const auto it = byIsrc.constFind(c.isrc); it == byIsrc.constEnd())
                byIsrc.insert(c.isrc, Seen{c.line, c.royaltyPercentage});
            else if (it->percentage != c.royaltyPercentage)
                fail(RoyaltyPercentage,
                     QStringLiteral("line %1 gives ISRC %2 a share of %3%, this row %4%: keep one")
                         .arg(it->line)
                         .arg(c.isrc, it->percentage, c.royaltyPercentage));
        }
        if (ok)
            batch.catalog.push_back(std::move(c));
        if (auto step = sender.sendIfFull(table.position()); !step)
            return step;
    }
    return sender.finish(decoded.utf8.size());
}

} // namespace bedrot

// Meta Ads Manager report parser: header-mapped, currency from the spend header, days kept apart
// from lifetime totals, summary rows skipped.
#include "metaadsreportformat.h"

#include "campaignnameparser.h"
#include "etl/amountparser.h"
#include "etl/csvtable.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace bedrot {

namespace {

// The spend column as this file writes it ("Amount spent (EUR)"), found before the table is mapped
// because its name carries the currency.
struct SpendHeader
{
    QString name;
    QString currency;
};

std::optional<SpendHeader> findSpendHeader(const DecodedText& text)
{
    if (text.binary)
        return std::nullopt;
    const char guess = DelimitedReader::guessSeparator(DelimitedReader::firstLine(text.utf8));
    for (char sep : {guess, ',', ';', '\t'}) {
        DelimitedReader reader(text.utf8, sep);
        if (!reader.next())
            return std::nullopt;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView name = fields::trimmed(reader.field(i));
            if (const QString currency = MetaAdsReportFormat::spendCurrency(name); !currency.isEmpty())
                return SpendHeader{QString::fromUtf8(name), currency};
        }
    }
    return std::nullopt;
}

QList<CsvTable::Column> columnsFor(const QString& spendHeader)
{
    // Order follows MetaAdsReportFormat::Column. Names compare without case, spaces or dots, so
    // "Ad Set Name" (the label's lifetime export) and "Ad set name" are one column.
    return {
        {{spendHeader}, true},
        {{QStringLiteral("Reporting starts")}, false},
        {{QStringLiteral("Reporting ends")}, false},
        {{QStringLiteral("Day")}, false},
        {{QStringLiteral("Campaign name")}, false},
        {{QStringLiteral("Ad set name")}, false},
        {{QStringLiteral("Ad name")}, false},
        {{QStringLiteral("Account name")}, false},
        {{QStringLiteral("Impressions")}, false},
        {{QStringLiteral("Reach")}, false},
        {{QStringLiteral("Clicks (all)"), QStringLiteral("Link clicks"), QStringLiteral("Clicks")}, false},
        {{QStringLiteral("Results")}, false},
    };
}

struct OpenedReport
{
    CsvTable table;
    QString currency;
};

// The report's table, or why the file is not a usable report.
Result<OpenedReport> openReport(const DecodedText& text)
{
    const std::optional<SpendHeader> spend = findSpendHeader(text);
    if (!spend)
        return fail(QStringLiteral(
            "the header lacks the column Amount spent (USD) (or Amount spent in another currency)"));
    std::optional<CsvTable> table = CsvTable::open(text, columnsFor(spend->name));
    if (!table)
        return fail(QStringLiteral("the header could not be read"));
    using F = MetaAdsReportFormat;
    if (!table->has(F::Day) && !(table->has(F::ReportingStarts) && table->has(F::ReportingEnds)))
        return fail(
            QStringLiteral("the header lacks the columns Reporting starts and Reporting ends (or Day)"));
    if (!table->has(F::Campaign) && !table->has(F::AdSet) && !table->has(F::Ad))
        return fail(QStringLiteral(
            "the header names no campaign, ad set or ad (Campaign name, Ad set name or Ad name)"));
    return OpenedReport{std::move(*table), spend->currency};
}

// Ads Manager puts a totals line in some exports: "Total", "Results from 12 ads", or a row whose
// names are all empty. It sums the rows around it, so loading it would count everything twice.
bool isSummaryLabel(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == u"total" || v == u"totals" || v == u"grand total" || v.startsWith(QStringLiteral("total:")) ||
           v.startsWith(QStringLiteral("results from "));
}

} // namespace

QString MetaAdsReportFormat::spendCurrency(QByteArrayView headerName)
{
    const QByteArray n = CsvTable::normalizedName(headerName);
    static constexpr QByteArrayView kPrefix = "amountspent(";
    if (n.size() != kPrefix.size() + 4 || !n.startsWith(kPrefix) || !n.endsWith(')'))
        return {};
    QByteArray code = n.sliced(kPrefix.size(), 3);
    for (char c : code)
        if (c < 'a' || c > 'z')
            return {};
    return QString::fromLatin1(code.toUpper());
}

QString MetaAdsReportFormat::accountFromFileName(const QString& fileName)
{
    // Greedy account so that an account with dashes ("BEDROT-ADS") keeps them: the level is the
    // last dash-free part before the two dates. A browser's " (1)" for a repeated download is allowed.
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(.+)-([^-]+)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{1,2})-(\\d{4})-"
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{1,2})-(\\d{4})(\\s*\\(\\d+\\))?\\.csv$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).fileName());
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString MetaAdsReportFormat::signature() const
{
    return QStringLiteral(
        "CSV with Amount spent (USD) or another currency, Reporting starts and Reporting ends "
        "(or Day), and Campaign name, Ad set name or Ad name; optional Impressions, Reach, "
        "Clicks (all) or Link clicks, Results");
}

bool MetaAdsReportFormat::recognises(const DecodedText& text) const
{
    return openReport(text).ok();
}

Result<void> MetaAdsReportFormat::parse(const DecodedText& text, const ParseContext& context,
                                        const BatchSink& sink, int batchSize) const
{
    Result<OpenedReport> opened = openReport(text);
    if (!opened)
        return opened.error();
    CsvTable& table = opened->table;
    const bool decimalComma = table.decimalComma();
    // A ZIP member keeps the export's own name; the outer file may have been renamed.
    QString fileAccount = accountFromFileName(context.entryName);
    if (fileAccount.isEmpty())
        fileAccount = accountFromFileName(context.fileName);

    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    // Rows that would share one warehouse key (account, campaign, ad set, ad, range) → first line.
    QHash<QString, qint64> seen;

    while (table.next()) {
        const QString campaignText = table.text(Campaign);
        const QString adSetText = table.text(AdSet);
        const QString adText = table.text(Ad);
        if ((campaignText.isEmpty() && adSetText.isEmpty() && adText.isEmpty()) ||
            isSummaryLabel(campaignText) || isSummaryLabel(adSetText) || isSummaryLabel(adText) ||
            isSummaryLabel(table.text(Account)))
            continue; // not a data row
        ++batch.rowsRead;
        bool ok = true;
        auto fail = [&](int column, const QString& reason) {
            batch.quarantine.push_back(table.quarantineRow(column, reason));
            ok = false;
        };
        auto date = [&](int column) -> QDate {
            const QByteArrayView v = table.value(column);
            if (v.isEmpty()) {
                fail(column, QStringLiteral("the date is empty"));
                return {};
            }
            if (auto d = fields::parseAnyDate(v))
                return *d;
            fail(column,
                 QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(QString::fromUtf8(v)));
            return {};
        };
        // Ads Manager leaves a metric's cell empty when it has no value for the row: that is
        // "not reported", not zero.
        auto count = [&](int column) -> std::optional<qint64> {
            const QByteArrayView v = table.value(column);
            if (!ok || v.isEmpty())
                return {};
            const std::optional<qint64> n = fields::parseCount(v, decimalComma);
            if (!n)
                fail(column, QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(v)));
            else if (*n < 0)
                fail(column, QStringLiteral("'%1' is negative: Meta reports counts of zero or more")
                                 .arg(QString::fromUtf8(v)));
            return n;
        };

        AdFact ad;
        ad.line = table.line();
        if (const auto shape = table.shapeProblem())
            fail(-1, *shape);
        if (ok) {
            if (table.has(Day)) {
                // Daily export: one row per day and object, whatever the report's range says.
                ad.start = ad.end = date(Day);
            } else {
                ad.start = date(ReportingStarts);
                if (ok)
                    ad.end = date(ReportingEnds);
                if (ok && ad.end < ad.start)
                    fail(ReportingEnds,
                         QStringLiteral("the range ends (%1) before it starts (%2)")
                             .arg(ad.end.toString(Qt::ISODate), ad.start.toString(Qt::ISODate)));
                // A row over a longer range is that range's total: never a day (research §7).
                ad.lifetime = ok && ad.start != ad.end;
            }
        }
        if (ok) {
            const QByteArrayView v = table.value(Spend);
            // An ad that did not deliver may leave its spend empty: it spent nothing.
            if (!v.isEmpty()) {
                if (const auto amount = AmountParser::parse(v, decimalComma); !amount)
                    fail(Spend, QStringLiteral("'%1' is not an amount").arg(QString::fromUtf8(v)));
                else if (amount->value < Money())
                    fail(Spend, QStringLiteral("'%1' is negative: an amount spent is zero or more")
                                    .arg(QString::fromUtf8(v)));
                else
                    ad.spend = amount->value;
            }
        }
        ad.impressions = count(Impressions);
        ad.reach = count(Reach);
        ad.clicks = count(Clicks);
        ad.results = count(Results);
        if (ok) {
            const QString rowAccount = table.text(Account);
            ad.account = rowAccount.isEmpty() ? fileAccount : rowAccount;
            // The label's ad-level lifetime export has no Campaign name; its ad sets carry the
            // campaign's naming convention (research §7).
            ad.campaign = campaignText.isEmpty() ? adSetText : campaignText;
            ad.adSet = adSetText;
            ad.ad = adText;
            ad.currency = opened->currency;
            ad.tz = QStringLiteral("account"); // Meta reports days in the ad account's time zone
            // No known artists here: the writer resolves the campaign name again against the catalogue.
            const CampaignName parsed = CampaignNameParser::parse(ad.campaign);
            ad.artist = parsed.artist;
            ad.trackTitle = parsed.track;

            const QString key = QStringList{ad.account,
                                            ad.campaign,
                                            ad.adSet,
                                            ad.ad,
                                            ad.start.toString(Qt::ISODate),
                                            ad.end.toString(Qt::ISODate)}
                                    .join(QChar(0x1F));
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                // Meta allows two ads with one name, and a breakdown (age, placement, …) repeats
                // every object; the warehouse keys ads by name and range, so one would silently
                // replace the other.
                fail(-1,
                     QStringLiteral(
                         "line %1 has the same campaign, ad set, ad and dates: export without breakdowns, "
                         "or give the ads distinct names")
                         .arg(*it));
            } else {
                seen.insert(key, ad.line);
                batch.ads.push_back(std::move(ad));
            }
        }
        if (auto step = sender.sendIfFull(table.position()); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot

// Everything the dashboard shows for one filter, computed off the UI thread and handed over by value.
#pragma once

#include "domain/chartvalues.h"
#include "domain/filter.h"
#include "domain/insightvalues.h"
#include "domain/kpivalue.h"
#include "domain/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>

#include <QStringList>
#include <algorithm>

#include <optional>

namespace bedrot {

struct MonthValue
{
    int year = 0;
    int month = 0;
    Money value;
    QString label() const
    {
        return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    }
};

struct CategoryValue
{
    QString name;
    Money value;
};

// One day of a daily series. Values are doubles: series feed charts, never KPI arithmetic.
struct DailyPoint
{
    QDate day;
    double value = 0;
    bool operator==(const DailyPoint&) const = default;
};

struct ArtistAliases
{
    QString name;
    QStringList aliases;     // every spelling that resolves to this artist (its own name excluded)
    QStringList userAliases; // the ones the user set
};

struct CountryFigures;

struct DashboardData
{
    Filter filter;
    quint64 generation = 0;
    QList<KpiValue> kpis;
    QList<KpiValue> previousKpis;     // the same catalog for filter.previous(), for the change shown on cards
    QList<ArtistAliases> artists;     // for the artist filter and the alias editor
    QList<TrackChoice> tracks;        // for the track filter (every track with an ISRC)
    QList<PlatformChoice> platforms;  // for the platform filter (platforms some fact names)
    QList<SourceStatus> sources;      // freshness and health of every source (as of today)
    QList<Alert> alerts;              // raised by the data in the filter's range
    QList<MonthValue> revenueByMonth; // usage month, every month of the range
    QList<MonthValue> expectedByMonth;   // empty when there is no daily stream data
    QList<CategoryValue> revenueByStore; // largest first
    // Daily series of the range (filter) and of the period before it (filter.previous(), on its own
    // days; the charts shift it onto the range to compare), by day ascending, only days with data (a
    // gap is not a zero). A series without a day in its period has no entry.
    QMap<DailySeries, QList<DailyPoint>> daily;
    QMap<DailySeries, QList<DailyPoint>> previousDaily;
    // Chart series (chartdata.cpp).
    QList<MonthValue> cashByMonth; // reporting month, every month of the range
    // The previous period's (filter.previous()) usage and reporting months that have data, for the
    // comparison overlay on the monthly charts.
    QList<MonthValue> previousRevenueByMonth;
    QList<MonthValue> previousCashByMonth;
    QList<RankedValue> revenueByCountry; // usage months in range, largest first, the tail in one row
    QList<RankedValue> revenueByTrack;   // likewise, key = ISRC
    QList<DelayBucket> paymentDelays;    // lines reported in range, every delay from the least to the most
    QList<ChartMarker> markers;          // releases and ad campaign starts and stops in range, by day
    QList<EmailCampaignStats> emailCampaigns; // sent in range, by send time
    // The by-country figures (top_country of both periods, revenueByCountry) follow in a
    // CountryFigures of the same generation: read from the lines, they would hold up the rest.
    bool countriesPending = false;
    QDate dataFrom; // the warehouse's first and last native day
    QDate dataTo;
    std::optional<Error> error; // the first query that failed

    const KpiValue* kpi(const QString& id) const { return find(kpis, id); }
    // A KPI whose value follows the answer (countriesPending).
    bool isPending(const QString& id) const { return countriesPending && id == QLatin1String("top_country"); }
    const KpiValue* previousKpi(const QString& id) const { return find(previousKpis, id); }
    // This answer completed by the by-country figures that followed it (same generation): its top
    // country of both periods and its revenue by country. False when they belong to another answer.
    bool complete(const CountryFigures& figures);

private:
    static const KpiValue* find(const QList<KpiValue>& list, const QString& id)
    {
        for (const KpiValue& v : list)
            if (v.id == id)
                return &v;
        return nullptr;
    }
};

// The by-country figures of an answer sent ahead without them (DashboardData::countriesPending).
struct CountryFigures
{
    quint64 generation = 0;
    KpiValue topCountry;         // of the range
    KpiValue previousTopCountry; // of the previous range
    QList<RankedValue> revenueByCountry;
    std::optional<Error> error;
};

inline bool DashboardData::complete(const CountryFigures& figures)
{
    if (!countriesPending || figures.generation != generation)
        return false;
    countriesPending = false;
    for (auto [list, value] :
         {std::pair{&kpis, &figures.topCountry}, std::pair{&previousKpis, &figures.previousTopCountry}}) {
        const auto it = std::find_if(list->begin(), list->end(),
                                     [](const KpiValue& v) { return v.id == QLatin1String("top_country"); });
        if (it != list->end())
            *it = *value;
        else
            list->append(*value);
    }
    revenueByCountry = figures.revenueByCountry;
    if (figures.error && !error)
        error = figures.error;
    return true;
}

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::DashboardData)
Q_DECLARE_METATYPE(bedrot::CountryFigures)

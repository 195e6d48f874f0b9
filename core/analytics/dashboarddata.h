// Everything the dashboard shows for one filter, computed off the UI thread and handed over by value.
#pragma once

#include "domain/filter.h"
#include "domain/kpivalue.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace bedrot {

struct MonthValue
{
    int year = 0;
    int month = 0;
    Money value;
    QString label() const { return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')); }
};

struct CategoryValue
{
    QString name;
    Money value;
};

struct ArtistAliases
{
    QString name;
    QStringList aliases; // every spelling that resolves to this artist (its own name excluded)
    QStringList userAliases; // the ones the user set
};

struct DashboardData
{
    Filter filter;
    quint64 generation = 0;
    QList<KpiValue> kpis;
    QList<KpiValue> previousKpis;      // the same catalog for filter.previous(), for the change shown on cards
    QList<ArtistAliases> artists;      // for the artist filter and the alias editor
    QList<MonthValue> revenueByMonth;  // usage month, every month of the range
    QList<MonthValue> expectedByMonth; // empty when there is no daily stream data
    QList<CategoryValue> revenueByStore; // largest first
    QDate dataFrom;                    // the warehouse's first and last native day
    QDate dataTo;
    QString error;

    const KpiValue* kpi(const QString& id) const { return find(kpis, id); }
    const KpiValue* previousKpi(const QString& id) const { return find(previousKpis, id); }

private:
    static const KpiValue* find(const QList<KpiValue>& list, const QString& id)
    {
        for (const KpiValue& v : list)
            if (v.id == id) return &v;
        return nullptr;
    }
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::DashboardData)

// The KPI catalog of KPIS.md: stable ids, in order, with the words the dashboard shows.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bedrot {

struct KpiDefinition
{
    enum class Unit
    {
        Money,
        Count,
        Ratio,
        Percent,
        Months,
        Text,
        PerStream
    };
    QString id;
    QString group;      // Revenue, Streams, Audience, Marketing, Email, Goals
    QString title;      // short label for a card
    QString definition; // one sentence for the tooltip
    QString sources;    // where the data comes from
    Unit unit = Unit::Count;
};

class KpiCatalog
{
    Q_DECLARE_TR_FUNCTIONS(bedrot::KpiCatalog)

public:
    static const QList<KpiDefinition>& all();
    static const KpiDefinition* find(const QString& id);
    static QStringList ids();
};

} // namespace bedrot

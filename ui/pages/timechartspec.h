// The dashboard's time charts as a table: one row per chart (name, title, lines, axes, empty
// note) and the one builder that turns a row into a TimeSeriesChart fed from the answer's series.
#pragma once

#include "charts/timeserieschart.h"
#include "domain/chartvalues.h"
#include "domain/dashboarddata.h"

#include <QList>
#include <QMap>

namespace bedrot {

struct TimeChartSpec
{
    using Axis = TimeSeriesChart::Axis;
    using Unit = TimeSeriesChart::Unit;
    // How a line is made from the answer's daily series.
    enum class Derive
    {
        AsIs,             // the one series as it is
        GainedSinceFirst, // a level as what was gained since the first day: growth from zero
        SumOnCommonDays,  // several series summed on the days every one with data reported
    };
    struct Line
    {
        const char* name; // translated in the "TimeChartSpec" context
        const char* csvColumn;
        int colorIndex;
        QList<DailySeries> from;
        const char* drillDownKpi; // the rows behind a double-clicked point
        Axis axis = Axis::Left;
        Derive derive = Derive::AsIs;
        qreal width = 0; // 0: the chart's default
    };
    struct AxisFormat
    {
        Axis axis;
        Unit unit;
        bool fromZero;
    };

    const char* objectName; // "chart-daily-streams"
    const char* title;
    const char* fileStem; // names the exports
    QList<Line> lines;
    QList<AxisFormat> axes; // the ones not left at the default (count, from zero)
    const char* emptyText;

    // Every time chart of the dashboard, in page order.
    static const QList<TimeChartSpec>& all();
    // The row of `objectName`; null when there is none.
    static const TimeChartSpec* find(QLatin1String objectName);

    // The chart of this row, fed with the current and the previous period of each answer.
    TimeSeriesChart* build(QWidget* parent) const;
    // The lines of one period, from that period's daily series.
    QList<QList<DailyPoint>> extract(const QMap<DailySeries, QList<DailyPoint>>& daily) const;
};

} // namespace bedrot

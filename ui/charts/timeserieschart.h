// A chart of daily series as lines over a date axis, on one value axis or two (left and right, for
// quantities of different size such as listeners and followers). Long series are thinned to about
// one point per pixel; the CSV export always holds every day.
#pragma once

#include "analytics/dashboarddata.h"
#include "chartpanel.h"

#include <QList>

#include <functional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace bedrot {

class TimeSeriesChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    enum class Axis { Left, Right };
    Q_ENUM(Axis)
    enum class Unit { Count, Money };
    Q_ENUM(Unit)
    // Picks this chart's series out of an answer, one list per addSeries() call, in that order.
    using Extractor = std::function<QList<QList<DailyPoint>>(const DashboardData&)>;

    // `fileStem` names the exports ("<stem>_<from>_<to>.csv").
    explicit TimeSeriesChart(const QString& title, const QString& fileStem, QWidget* parent = nullptr);
    ~TimeSeriesChart() override;

    // Adds a line (before the first data); `csvColumn` heads its column in the export.
    int addSeries(const QString& name, const QString& csvColumn, int colorIndex, Axis axis = Axis::Left);
    // How an axis reads. Flows (streams, spend) start at zero; levels (followers) hug the data, or
    // a month of growth would be a flat line at the top of the chart.
    void setAxisFormat(Axis axis, Unit unit, bool fromZero);
    void setExtractor(Extractor extractor) { m_extractor = std::move(extractor); }
    // The note shown when no series has a point in range.
    void setEmptyText(const QString& text);
    // True: the date axis spans the data ("All time"); false: the filter's days, so a stale
    // source shows as a gap at the end instead of stretching to fill the chart.
    void setFitToData(bool fit) { m_fitToData = fit; }

    void setData(const DashboardData& data);
    void setSeries(const Filter& filter, const QList<QList<DailyPoint>>& series);

    int seriesCount() const { return int(m_specs.size()); }
    // The points as given (every day) and as drawn (after thinning), read back from the series.
    QList<DailyPoint> seriesData(int index) const;
    QList<DailyPoint> drawnData(int index) const;
    QLineSeries* lineSeries(int index) const;
    QDateTimeAxis* axisX() const { return m_axisX; }
    QValueAxis* axisY(Axis axis) const;
    // Columns the last drawing thinned to (0: drawn as given).
    int drawnColumns() const { return m_thinned ? m_columns : 0; }

    static qreal toX(QDate day);
    static QDate fromX(qreal x);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Spec
    {
        QString name;
        QString csvColumn;
        Axis axis = Axis::Left;
        QLineSeries* series = nullptr;
        QList<DailyPoint> data;
    };
    struct AxisFormat
    {
        Unit unit = Unit::Count;
        bool fromZero = true;
    };
    // Thins and replaces the lines; without `force` only when the width changes what is drawn.
    void redraw(bool force);
    void updateAxes();
    void updateTable(const Filter& filter);
    void styleValueAxis(QValueAxis* axis, const AxisFormat& format, double lo, double hi, bool any);
    int targetColumns() const;
    QString formatValue(Axis axis, double value) const;
    void onHovered(int index, const QPointF& point, bool state);

    QList<Spec> m_specs;
    AxisFormat m_formats[2];
    Extractor m_extractor;
    QString m_emptyText;
    Filter m_filter;
    bool m_fitToData = false;
    int m_columns = 0;
    bool m_thinned = false;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisLeft = nullptr;
    QValueAxis* m_axisRight = nullptr;
};

} // namespace bedrot

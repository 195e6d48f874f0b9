// A chart of daily series as lines over a date axis, on one value axis or two (left and right, for
// quantities of different size such as listeners and followers). Long series are thinned to about
// one point per pixel; the CSV export always holds every day. Optionally: the previous period as a
// faint dashed line shifted onto the range, release and campaign markers, and a drill-down on a
// double-clicked point.
#pragma once

#include "chartmarkeroverlay.h"
#include "chartpanel.h"
#include "domain/dashboarddata.h"

#include <QList>

#include <functional>

class QDateTimeAxis;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;

namespace bedrot {

class TimeSeriesChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    enum class Axis
    {
        Left,
        Right
    };
    Q_ENUM(Axis)
    enum class Unit
    {
        Count,
        Money,
        Percent
    };
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
    // A thinner line for a noisy secondary series (a daily rate), so the main ones stay readable.
    void setSeriesWidth(int index, qreal width);
    void setExtractor(Extractor extractor) { m_extractor = std::move(extractor); }
    // The same series for the previous period (DashboardData::previousDaily), on their own days.
    void setPreviousExtractor(Extractor extractor) { m_previousExtractor = std::move(extractor); }
    // Double-clicking a point of series `index` asks for the rows of `kpiId` on that day.
    void setDrillDown(int index, const QString& kpiId);
    // Release and campaign markers from the answer (on by default).
    void setShowMarkers(bool show) { m_showMarkers = show; }
    // The note shown when no series has a point in range.
    void setEmptyText(const QString& text);
    // True: the date axis spans the data ("All time"); false: the filter's days, so a stale
    // source shows as a gap at the end instead of stretching to fill the chart.
    void setFitToData(bool fit) { m_fitToData = fit; }

    void setData(const DashboardData& data);
    void setSeries(const Filter& filter, const QList<QList<DailyPoint>>& series);
    // The previous period's series (one list per line, on their own days) and the markers; both are
    // cleared by setSeries(), so call them after it.
    void setPrevious(const QList<QList<DailyPoint>>& previous);
    void setMarkers(const QList<ChartMarker>& markers);

    // The previous period as drawn for series `index`: shifted onto the range (empty when hidden).
    QList<DailyPoint> comparisonData(int index) const;
    QLineSeries* comparisonSeries(int index) const;
    // The markers drawn (inside the date axis), and their graphics items (tooltips name them).
    QList<ChartMarker> drawnMarkers() const;
    QList<QGraphicsRectItem*> markerItems() const { return m_markerOverlay.items(); }
    // The day of series `index` nearest `day` (invalid when the series is empty).
    QDate nearestDay(int index, QDate day) const;

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
    void buildTable(QStringList& header, QList<QStringList>& rows) const override;
    void comparisonChanged() override;

private:
    struct Spec
    {
        QString name;
        QString csvColumn;
        Axis axis = Axis::Left;
        QLineSeries* series = nullptr;
        QList<DailyPoint> data;
        QLineSeries* previousSeries = nullptr; // faint, dashed
        QList<DailyPoint> previous;            // shifted onto the range
        QString drillKpi;
    };
    struct AxisFormat
    {
        Unit unit = Unit::Count;
        bool fromZero = true;
    };
    // Thins and replaces the lines; without `force` only when the width changes what is drawn.
    void redraw(bool force);
    void updateAxes();
    void assignSeries(const Filter& filter, const QList<QList<DailyPoint>>& series);
    void assignPrevious(const QList<QList<DailyPoint>>& previous);
    // Thins and draws every line, scales the axes, places the markers; the table follows on demand.
    void redrawAll();
    void styleValueAxis(QValueAxis* axis, const AxisFormat& format, double lo, double hi, bool any);
    int targetColumns() const;
    QString formatValue(Axis axis, double value) const;
    QString csvValue(Axis axis, double value) const;
    void onHovered(int index, const QPointF& point, bool state);
    void onPreviousHovered(int index, const QPointF& point, bool state);
    void onDoubleClicked(int index, const QPointF& point);
    bool comparisonShown() const;
    void placeMarkers();
    qint64 previousOffset() const { return m_filter.isValid() ? m_filter.days() : 0; }

    QList<Spec> m_specs;
    AxisFormat m_formats[2];
    Extractor m_extractor;
    Extractor m_previousExtractor;
    QList<ChartMarker> m_markers;
    ChartMarkerOverlay m_markerOverlay;
    bool m_showMarkers = true;
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

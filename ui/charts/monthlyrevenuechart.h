// Revenue by usage month as bars, with the expected revenue (daily streams × reference rates) as a
// line when there is stream data; or, as the cash view, what was reported in each month. A
// double-clicked bar asks for the rows behind that month.
#pragma once

#include "chartpanel.h"
#include "domain/dashboarddata.h"

#include <QList>
#include <QPointF>

class QCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace bedrot {

class MonthlyRevenueChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthlyRevenueChart)

public:
    enum class Kind
    {
        UsageRevenue, // revenueByMonth and expectedByMonth; drills into "revenue"
        ReportedCash, // cashByMonth; drills into "cash_reported"
    };
    // Named "chart-monthly-revenue", or "chart-cash-by-month" for the cash view.
    explicit MonthlyRevenueChart(QWidget* parent = nullptr, Kind kind = Kind::UsageRevenue);
    Kind kind() const { return m_kind; }
    // The KPI a double-clicked bar drills into.
    QString drillKpi() const;

    void setData(const DashboardData& data);

    // The previous-period overlay (ChartPanel::setComparisonEnabled): the previous period's months
    // as a faint dashed line over the bars, each on the month it is compared with (the two
    // periods' last months line up); in the CSV as previous_month and previous_usd. As drawn: x is
    // the bar's index (empty when hidden).
    QList<QPointF> comparisonPoints() const;

    // What is drawn, read back from the series themselves. Months are "yyyy-MM", one per bar; the
    // axis labels a subset of them (monthLabels()) when not all fit.
    QStringList months() const { return m_months; }
    QStringList monthLabels() const;
    QList<qreal> revenueValues() const;
    QList<qreal> expectedValues() const;
    QBarSeries* revenueSeries() const { return m_bars; }
    QLineSeries* expectedSeries() const { return m_expected; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void comparisonChanged() override;

private:
    // Labels only as many months as fit side by side, on aligned months (quarters, years, …):
    // one label per bar would be elided to "…" by Qt Charts once there are a few dozen.
    void updateMonthLabels();
    void onBarHovered(bool state, int index);
    void onLineHovered(const QPointF& point, bool state);
    void onBarDoubleClicked(int index);
    void onPreviousHovered(const QPointF& point, bool state);

    Kind m_kind = Kind::UsageRevenue;
    QBarSeries* m_bars = nullptr;
    QBarSet* m_set = nullptr;
    QLineSeries* m_expected = nullptr;
    QCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QStringList m_months;
    QStringList m_tooltips; // per month, exact amounts
    QLineSeries* m_previous = nullptr;
    DashboardData m_last;       // the answer drawn, to draw again when the overlay is switched
    QStringList m_previousTips; // per overlay point
};

} // namespace bedrot

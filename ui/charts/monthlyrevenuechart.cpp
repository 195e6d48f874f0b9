// Monthly revenue chart. Series are replaced wholesale on every update (replace(), list append()):
// per-point append() on an XY series is quadratic in Qt Charts 6.4.
#include "monthlyrevenuechart.h"

#include "domain/dashboarddata.h"
#include "theme/chartstyle.h"
#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bedrot {

MonthlyRevenueChart::MonthlyRevenueChart(QWidget* parent, Kind kind)
    : ChartPanel(kind == Kind::ReportedCash ? tr("Cash by reporting month") : tr("Revenue by month"),
                 kind == Kind::ReportedCash ? QStringLiteral("cash-by-month")
                                            : QStringLiteral("monthly-revenue"),
                 parent),
      m_kind(kind)
{
    const bool cash = kind == Kind::ReportedCash;
    setObjectName(cash ? QStringLiteral("chart-cash-by-month") : QStringLiteral("chart-monthly-revenue"));
    QChart* c = chart();
    m_bars = new QBarSeries(c);
    m_bars->setBarWidth(0.75);
    m_set = new QBarSet(cash ? tr("Cash (by reporting month)") : tr("Revenue (by usage month)"));
    const QColor colour = ChartStyle::seriesColor(cash ? 2 : 0);
    m_set->setColor(colour);
    m_set->setBorderColor(colour);
    m_bars->append(m_set);
    m_expected = new QLineSeries(c);
    m_expected->setName(tr("Expected (streams \u00d7 reference rates)"));
    c->addSeries(m_bars);
    c->addSeries(m_expected);

    // A value axis with labelled positions rather than QBarCategoryAxis: bars sit at x = 0 … n−1 and
    // only some months get a label (see updateMonthLabels).
    m_axisX = new QCategoryAxis(c);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY = new QValueAxis(c);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(m_bars), static_cast<QAbstractSeries*>(m_expected)}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    ChartStyle::styleAxis(m_axisX);
    ChartStyle::styleAxis(m_axisY);
    m_axisX->setGridLineVisible(false);
    ChartStyle::setMoneyRange(m_axisY, 0);

    QPen pen(ChartStyle::seriesColor(1));
    pen.setWidthF(2.5);
    m_expected->setPen(pen);
    m_expected->setPointsVisible(true);
    m_expected->setMarkerSize(6);

    m_previous = new QLineSeries(c);
    m_previous->setName(cash ? tr("Cash, previous period") : tr("Revenue, previous period"));
    c->addSeries(m_previous);
    m_previous->attachAxis(m_axisX);
    m_previous->attachAxis(m_axisY);
    // Light on the bars and on the background: the bars' own colour would vanish over them.
    QColor faint(QLatin1String(theme::kText));
    faint.setAlpha(170);
    QPen dashed(faint);
    dashed.setWidthF(1.8);
    dashed.setStyle(Qt::DashLine);
    m_previous->setPen(dashed);
    m_previous->setPointsVisible(true);
    m_previous->setMarkerSize(4);
    m_previous->setVisible(false);
    for (QLegendMarker* marker : c->legend()->markers(m_previous))
        marker->setVisible(false); // the header note says it
    connect(m_previous, &QLineSeries::hovered, this, &MonthlyRevenueChart::onPreviousHovered);
    enableComparison(tr("Draw the period before the range as a faint dashed line over the bars"));

    connect(m_set, &QBarSet::hovered, this, &MonthlyRevenueChart::onBarHovered);
    connect(m_expected, &QLineSeries::hovered, this, &MonthlyRevenueChart::onLineHovered);
    connect(m_set, &QBarSet::doubleClicked, this, &MonthlyRevenueChart::onBarDoubleClicked);
    setData(DashboardData());
}

void MonthlyRevenueChart::comparisonChanged()
{
    setData(m_last);
}

QList<QPointF> MonthlyRevenueChart::comparisonPoints() const
{
    return m_previous->isVisible() ? m_previous->points() : QList<QPointF>();
}

QString MonthlyRevenueChart::drillKpi() const
{
    return m_kind == Kind::ReportedCash ? QStringLiteral("cash_reported") : QStringLiteral("revenue");
}

void MonthlyRevenueChart::setData(const DashboardData& dashboard)
{
    const bool cash = m_kind == Kind::ReportedCash;
    const KpiValue* revenue = dashboard.kpi(drillKpi());
    const bool hasRevenue = revenue && !revenue->isNull();
    const bool hasExpected = !cash && !dashboard.expectedByMonth.isEmpty();
    const bool empty = !hasRevenue && !hasExpected;
    const QList<MonthValue>& byMonth = cash ? dashboard.cashByMonth : dashboard.revenueByMonth;

    QStringList months;
    QList<qreal> values;
    QList<QPointF> expected;
    QStringList tips;
    QList<QStringList> rows;
    double top = 0;
    // The previous period, each month on the month it compares with: shifted so that the two
    // periods' last months line up (the same weekday logic as the daily charts, by months).
    const auto monthNumber = [](int year, int month) { return year * 12 + month - 1; };
    const Filter& f = dashboard.filter;
    const int shift = f.isValid() ? monthNumber(f.to.year(), f.to.month()) -
                                        monthNumber(f.previous().to.year(), f.previous().to.month())
                                  : 0;
    QHash<int, Money> previousAt; // by month number, shifted
    for (const MonthValue& m : cash ? dashboard.previousCashByMonth : dashboard.previousRevenueByMonth)
        previousAt.insert(monthNumber(m.year, m.month) + shift, m.value);
    const bool compare = comparisonEnabled() && !empty && !previousAt.isEmpty();
    QList<QPointF> previous;
    m_previousTips.clear();
    if (!empty) {
        for (qsizetype i = 0; i < byMonth.size(); ++i) {
            const MonthValue& m = byMonth.at(i);
            const Money exp = hasExpected && i < dashboard.expectedByMonth.size()
                                  ? dashboard.expectedByMonth.at(i).value
                                  : Money();
            months << m.label();
            values << m.value.toDouble();
            top = std::max(top, m.value.toDouble());
            QStringList row{m.label(), m.value.toString(2)};
            QString tip = cash ? tr("%1\nCash reported: %2").arg(m.label(), KpiFormat::money(m.value))
                               : tr("%1\nRevenue: %2").arg(m.label(), KpiFormat::money(m.value));
            if (hasExpected) {
                expected << QPointF(qreal(i), exp.toDouble());
                top = std::max(top, exp.toDouble());
                row << exp.toString(2);
                tip += u'\n' + tr("Expected: %1").arg(KpiFormat::money(exp));
            }
            if (compare) {
                const int number = monthNumber(m.year, m.month);
                const QString was = QDate((number - shift) / 12, (number - shift) % 12 + 1, 1)
                                        .toString(QStringLiteral("yyyy-MM"));
                row << was;
                if (const auto it = previousAt.constFind(number); it != previousAt.cend()) {
                    previous << QPointF(qreal(i), it->toDouble());
                    top = std::max(top, it->toDouble());
                    row << it->toString(2);
                    m_previousTips << tr("Previous period, %1\n%2").arg(was, KpiFormat::money(*it));
                } else {
                    row << QString();
                }
            }
            rows << row;
            tips << tip + u'\n' + tr("Double-click for the rows behind it");
        }
    }

    // One persistent set, its values swapped in two bulk calls: re-creating the set would move its
    // legend marker behind the expected line's.
    if (m_set->count() > 0)
        m_set->remove(0, m_set->count());
    m_set->append(values);
    m_expected->replace(expected);
    m_expected->setVisible(hasExpected);
    m_previous->replace(previous);
    m_previous->setVisible(!previous.isEmpty());
    for (QLegendMarker* marker : chart()->legend()->markers(m_previous))
        marker->setVisible(false);
    setHeaderNote(!previous.isEmpty() ? tr("dashed: previous period") : QString());
    for (QLegendMarker* marker : chart()->legend()->markers(m_expected))
        marker->setVisible(hasExpected);
    ChartStyle::setMoneyRange(m_axisY, top);
    // An empty grid with a $0–$1 scale reads like data; the note over the plot says it better.
    m_axisX->setVisible(!empty);
    m_axisY->setVisible(!empty);
    chart()->legend()->setVisible(!empty && !cash); // one series: the title says what it is
    m_months = months;
    m_tooltips = tips;
    updateMonthLabels();

    QStringList header{QStringLiteral("month"),
                       cash ? QStringLiteral("cash_usd") : QStringLiteral("revenue_usd")};
    if (hasExpected)
        header << QStringLiteral("expected_usd");
    if (compare)
        header << QStringLiteral("previous_month")
               << (cash ? QStringLiteral("previous_cash_usd") : QStringLiteral("previous_revenue_usd"));
    setTable(dashboard.filter, header, rows);
    if (&dashboard != &m_last)
        m_last = dashboard;
    setEmptyMessage(
        !empty ? QString()
        : cash
            ? tr("No statement lines reported in this range.\nImport a statement (Ctrl+O) or drop one on the "
                 "window.")
            : tr("No statement data in this range.\nImport a statement (Ctrl+O) or drop one on the window."));
}

void MonthlyRevenueChart::onBarDoubleClicked(int index)
{
    if (index < 0 || index >= m_months.size())
        return;
    const int year = QStringView(m_months.at(index)).left(4).toInt();
    const int month = QStringView(m_months.at(index)).mid(5, 2).toInt();
    Q_EMIT drillDownRequested(drillKpi(), narrowedToMonth(filter(), year, month));
}

void MonthlyRevenueChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    updateMonthLabels();
}

void MonthlyRevenueChart::updateMonthLabels()
{
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString& label : old)
        m_axisX->remove(label);
    const int n = int(m_months.size());
    m_axisX->setStartValue(-0.5);
    m_axisX->setRange(-0.5, std::max(0.5, n - 0.5));
    if (n == 0)
        return;

    // About 64 px per "2025-01" label; the value axis and margins take roughly 90 px of the view.
    const int fit = std::max(1, (chartView()->width() - 90) / 64);
    static constexpr int kStrides[] = {1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240, 600};
    int stride = kStrides[std::size(kStrides) - 1];
    for (int s : kStrides) {
        if ((n + s - 1) / s <= fit) {
            stride = s;
            break;
        }
    }
    for (int i = 0; i < n; ++i) {
        const int year = QStringView(m_months.at(i)).left(4).toInt();
        const int month = QStringView(m_months.at(i)).mid(5, 2).toInt();
        const bool aligned =
            stride < 12 ? (month - 1) % stride == 0 : month == 1 && year % (stride / 12) == 0;
        if (aligned || stride == 1)
            m_axisX->append(m_months.at(i), i);
    }
    if (m_axisX->count() == 0)
        m_axisX->append(m_months.first(), 0); // a short range between aligned months
}

QStringList MonthlyRevenueChart::monthLabels() const
{
    return m_axisX->categoriesLabels();
}

QList<qreal> MonthlyRevenueChart::revenueValues() const
{
    QList<qreal> out;
    for (QBarSet* set : m_bars->barSets())
        for (int i = 0; i < set->count(); ++i)
            out << set->at(i);
    return out;
}

QList<qreal> MonthlyRevenueChart::expectedValues() const
{
    QList<qreal> out;
    if (!m_expected->isVisible())
        return out;
    for (const QPointF& p : m_expected->points())
        out << p.y();
    return out;
}

void MonthlyRevenueChart::onBarHovered(bool state, int index)
{
    if (state && index >= 0 && index < m_tooltips.size())
        QToolTip::showText(QCursor::pos(), m_tooltips.at(index), this);
    else
        QToolTip::hideText();
}

void MonthlyRevenueChart::onLineHovered(const QPointF& point, bool state)
{
    onBarHovered(state, int(point.x() + 0.5));
}

void MonthlyRevenueChart::onPreviousHovered(const QPointF& point, bool state)
{
    const QList<QPointF> points = m_previous->points();
    const auto it = std::find_if(points.cbegin(), points.cend(),
                                 [&point](const QPointF& p) { return std::abs(p.x() - point.x()) < 0.5; });
    const qsizetype at = it - points.cbegin();
    if (state && it != points.cend() && at < m_previousTips.size())
        QToolTip::showText(QCursor::pos(), m_previousTips.at(at), this);
    else
        QToolTip::hideText();
}

} // namespace bedrot

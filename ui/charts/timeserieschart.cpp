// Daily line chart. Every update replaces each series in one call (replace()): per-point append()
// is quadratic in Qt Charts 6.4.
#include "timeserieschart.h"

#include "downsampler.h"
#include "theme/chartstyle.h"
#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bedrot {

namespace {

// Series this short are drawn with their points: a single day would otherwise be invisible.
constexpr int kShowPointsBelow = 16;
// Room the value axes and margins take from the view, and the width a date label needs.
constexpr int kAxesWidth = 130;
constexpr int kDateLabelWidth = 96;

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString& title, const QString& fileStem, QWidget* parent)
    : ChartPanel(title, fileStem, parent)
{
    QChart* c = chart();
    m_axisX = new QDateTimeAxis(c);
    m_axisLeft = new QValueAxis(c);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisLeft, Qt::AlignLeft);
    ChartStyle::styleAxis(m_axisX);
    ChartStyle::styleAxis(m_axisLeft);
    m_axisX->setGridLineVisible(false);
    m_emptyText = tr("No data in this range.");
    setSeries(Filter(), {});
}

TimeSeriesChart::~TimeSeriesChart() = default;

int TimeSeriesChart::addSeries(const QString& name, const QString& csvColumn, int colorIndex, Axis axis)
{
    QChart* c = chart();
    if (axis == Axis::Right && !m_axisRight) {
        m_axisRight = new QValueAxis(c);
        c->addAxis(m_axisRight, Qt::AlignRight);
        ChartStyle::styleAxis(m_axisRight);
        m_axisRight->setGridLineVisible(false); // one grid (the left axis's) is enough to read by
    }
    auto* series = new QLineSeries(c);
    series->setName(name);
    c->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(axis == Axis::Right ? m_axisRight : m_axisLeft);
    QPen pen(ChartStyle::seriesColor(colorIndex));
    pen.setWidthF(2.0);
    series->setPen(pen);
    series->setMarkerSize(5);
    const int index = int(m_specs.size());
    connect(series, &QLineSeries::hovered, this, [this, index](const QPointF& point, bool state) { onHovered(index, point, state); });
    m_specs.append(Spec{name, csvColumn, axis, series, {}});
    // Say which axis a line belongs to once there are two.
    const bool twoAxes = std::any_of(m_specs.cbegin(), m_specs.cend(), [](const Spec& s) { return s.axis == Axis::Right; });
    for (const Spec& s : std::as_const(m_specs))
        s.series->setName(twoAxes && s.axis == Axis::Right ? tr("%1 (right axis)").arg(s.name) : s.name);
    setSeries(m_filter, {});
    return index;
}

void TimeSeriesChart::setAxisFormat(Axis axis, Unit unit, bool fromZero)
{
    m_formats[axis == Axis::Left ? 0 : 1] = AxisFormat{unit, fromZero};
    updateAxes();
}

void TimeSeriesChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    setSeries(m_filter, {});
}

QValueAxis* TimeSeriesChart::axisY(Axis axis) const { return axis == Axis::Left ? m_axisLeft : m_axisRight; }

QLineSeries* TimeSeriesChart::lineSeries(int index) const
{
    return index >= 0 && index < m_specs.size() ? m_specs.at(index).series : nullptr;
}

QList<DailyPoint> TimeSeriesChart::seriesData(int index) const
{
    return index >= 0 && index < m_specs.size() ? m_specs.at(index).data : QList<DailyPoint>();
}

QList<DailyPoint> TimeSeriesChart::drawnData(int index) const
{
    QList<DailyPoint> out;
    if (QLineSeries* s = lineSeries(index))
        for (const QPointF& p : s->points()) out << DailyPoint{fromX(p.x()), p.y()};
    return out;
}

qreal TimeSeriesChart::toX(QDate day) { return qreal(day.startOfDay().toMSecsSinceEpoch()); }

QDate TimeSeriesChart::fromX(qreal x) { return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x))).date(); }

void TimeSeriesChart::setData(const DashboardData& dashboard)
{
    setSeries(dashboard.filter, m_extractor ? m_extractor(dashboard) : QList<QList<DailyPoint>>());
}

void TimeSeriesChart::setSeries(const Filter& filter, const QList<QList<DailyPoint>>& series)
{
    m_filter = filter;
    for (int i = 0; i < m_specs.size(); ++i) m_specs[i].data = series.value(i);
    redraw(true);
    updateAxes();
    updateTable(filter);
}

int TimeSeriesChart::targetColumns() const
{
    // Two points (a column's low and high) per column: about one point per pixel.
    return std::max(1, (chartView()->width() - kAxesWidth) / 2);
}

void TimeSeriesChart::redraw(bool force)
{
    const int columns = targetColumns();
    if (!force) {
        // A resize only matters to a series that is, or now would be, thinned.
        const bool matters = columns != m_columns
            && (m_thinned || std::any_of(m_specs.cbegin(), m_specs.cend(), [columns](const Spec& s) { return s.data.size() > 2 * columns; }));
        if (!matters) return;
    }
    m_columns = columns;
    m_thinned = false;
    for (const Spec& s : std::as_const(m_specs)) {
        QList<QPointF> points;
        points.reserve(s.data.size());
        for (const DailyPoint& p : s.data) points << QPointF(toX(p.day), p.value);
        const QList<QPointF> drawn = Downsampler::minMaxPerColumn(points, columns);
        m_thinned = m_thinned || drawn.size() < points.size();
        s.series->replace(drawn);
        s.series->setPointsVisible(drawn.size() < kShowPointsBelow);
        const bool any = !drawn.isEmpty();
        s.series->setVisible(any);
        for (QLegendMarker* marker : chart()->legend()->markers(s.series)) marker->setVisible(any);
    }
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    redraw(false);
    updateAxes(); // the number of date labels follows the width
}

void TimeSeriesChart::updateAxes()
{
    QDate first, last;
    double lo[2] = {0, 0}, hi[2] = {0, 0};
    bool any[2] = {false, false};
    for (const Spec& s : std::as_const(m_specs)) {
        const int a = s.axis == Axis::Left ? 0 : 1;
        for (const DailyPoint& p : s.data) {
            if (!first.isValid() || p.day < first) first = p.day;
            if (!last.isValid() || p.day > last) last = p.day;
            lo[a] = any[a] ? std::min(lo[a], p.value) : p.value;
            hi[a] = any[a] ? std::max(hi[a], p.value) : p.value;
            any[a] = true;
        }
    }
    const bool empty = !any[0] && !any[1];
    if (!m_fitToData && m_filter.isValid()) {
        first = m_filter.from;
        last = m_filter.to;
    }
    if (!first.isValid()) first = last = QDate::currentDate();
    if (first == last) { // a single day still needs a width
        first = first.addDays(-1);
        last = last.addDays(1);
    }
    m_axisX->setRange(first.startOfDay(), last.startOfDay());
    const qint64 days = first.daysTo(last);
    m_axisX->setFormat(days <= 180 ? QStringLiteral("MMM d") : QStringLiteral("MMM yyyy"));
    const int fit = std::max(2, (chartView()->width() - kAxesWidth) / kDateLabelWidth);
    m_axisX->setTickCount(int(std::clamp<qint64>(std::min<qint64>(fit, days + 1), 2, 12)));

    styleValueAxis(m_axisLeft, m_formats[0], lo[0], hi[0], any[0]);
    if (m_axisRight) styleValueAxis(m_axisRight, m_formats[1], lo[1], hi[1], any[1]);

    // With two axes, an axis serving one line takes that line's colour: the legend then tells
    // which scale to read without axis titles eating the plot.
    for (QValueAxis* axis : {m_axisLeft, m_axisRight}) {
        if (!axis) continue;
        const Axis which = axis == m_axisLeft ? Axis::Left : Axis::Right;
        QColor colour(QLatin1String(theme::kTextMuted));
        int count = 0;
        for (const Spec& s : std::as_const(m_specs))
            if (s.axis == which && !s.data.isEmpty()) {
                ++count;
                colour = s.series->pen().color();
            }
        if (!m_axisRight || count != 1) colour = QColor(QLatin1String(theme::kTextMuted));
        axis->setLabelsColor(colour);
    }
    // An empty grid with a 0–1 scale reads like data; the note over the plot says it better.
    m_axisX->setVisible(!empty);
    m_axisLeft->setVisible(!empty && (any[0] || !m_axisRight));
    if (m_axisRight) m_axisRight->setVisible(!empty && any[1]);
    chart()->legend()->setVisible(!empty);
    setEmptyMessage(empty ? m_emptyText : QString());
}

void TimeSeriesChart::styleValueAxis(QValueAxis* axis, const AxisFormat& format, double lo, double hi, bool any)
{
    if (format.fromZero) {
        const double top = any ? std::max(0.0, hi) : 0.0;
        if (format.unit == Unit::Money) {
            ChartStyle::setMoneyRange(axis, top);
            return;
        }
        axis->setRange(0, top > 0 ? top * 1.05 : 1.0);
    } else {
        const double pad = hi > lo ? (hi - lo) * 0.08 : std::max(1.0, std::abs(hi) * 0.02);
        axis->setRange(lo - pad, hi + pad);
    }
    axis->setTickCount(6);
    axis->applyNiceNumbers();
    if (any && lo >= 0 && axis->min() < 0) axis->setMin(0); // no negative followers from rounding
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const QString prefix = format.unit == Unit::Money ? QStringLiteral("$") : QString();
    axis->setLabelFormat(prefix + (step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")));
}

QString TimeSeriesChart::formatValue(Axis axis, double value) const
{
    if (m_formats[axis == Axis::Left ? 0 : 1].unit == Unit::Money)
        return KpiFormat::money(Money::fromNanos(std::llround(value * double(Money::kScale))));
    return KpiFormat::count(std::llround(value));
}

void TimeSeriesChart::updateTable(const Filter& filter)
{
    // Every day of every series, unthinned: the export is the data, not the pixels.
    QMap<QDate, QStringList> rows;
    QStringList header{QStringLiteral("day")};
    for (int i = 0; i < m_specs.size(); ++i) {
        const Spec& s = m_specs.at(i);
        header << s.csvColumn;
        const bool money = m_formats[s.axis == Axis::Left ? 0 : 1].unit == Unit::Money;
        for (const DailyPoint& p : s.data) {
            QStringList& row = rows[p.day];
            row.resize(m_specs.size());
            row[i] = money ? QString::number(p.value, 'f', 2) : QString::number(std::llround(p.value));
        }
    }
    QList<QStringList> table;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) table << (QStringList{it.key().toString(Qt::ISODate)} + it.value());
    setTable(filter, header, table);
}

void TimeSeriesChart::onHovered(int index, const QPointF& point, bool state)
{
    if (!state || index < 0 || index >= m_specs.size() || m_specs.at(index).data.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The nearest day of the full series: a thinned line still reports exact values.
    const Spec& s = m_specs.at(index);
    const QDate day = fromX(point.x() + 12 * 3600 * 1000.0);
    const auto it = std::lower_bound(s.data.cbegin(), s.data.cend(), day, [](const DailyPoint& p, QDate d) { return p.day < d; });
    auto nearest = it == s.data.cend() ? std::prev(it) : it;
    if (it != s.data.cbegin() && it != s.data.cend() && std::prev(it)->day.daysTo(day) < day.daysTo(it->day)) nearest = std::prev(it);
    const QString when = KpiFormat::locale().toString(nearest->day, QStringLiteral("ddd d MMM yyyy"));
    QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3").arg(when, s.name, formatValue(s.axis, nearest->value)), this);
}

} // namespace bedrot

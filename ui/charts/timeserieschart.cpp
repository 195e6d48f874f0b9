// Daily line chart. Every update replaces each series in one call (replace()): per-point append()
// is quadratic in Qt Charts 6.4. The markers are drawn by a ChartMarkerOverlay.
#include "timeserieschart.h"

#include "downsampler.h"
#include "theme/chartstyle.h"
#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
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
// The previous period: the line's colour, faint.
constexpr int kPreviousAlpha = 110;
// A day without data is a gap, not a zero: the line breaks there instead of drawing a slope
// across it (Qt Charts leaves a point whose y is NaN undrawn and ends the segment). `drawn` is the
// (possibly thinned) line of `data`; a break goes between two drawn points only when a whole gap of
// the data lies between them, so a gap inside one thinned column does not split it.
QList<QPointF> breakAtGaps(const QList<QPointF>& drawn, const QList<DailyPoint>& data)
{
    QList<std::pair<qreal, qreal>> gaps; // x of the last day before and the first day after
    for (qsizetype i = 1; i < data.size(); ++i)
        if (data.at(i - 1).day.daysTo(data.at(i).day) > 1)
            gaps.append({TimeSeriesChart::toX(data.at(i - 1).day), TimeSeriesChart::toX(data.at(i).day)});
    if (gaps.isEmpty())
        return drawn;
    QList<QPointF> out;
    out.reserve(drawn.size() + gaps.size());
    qsizetype g = 0;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        if (i > 0) {
            const qreal a = drawn.at(i - 1).x(), b = drawn.at(i).x();
            while (g < gaps.size() && gaps.at(g).first < a)
                ++g;
            if (g < gaps.size() && gaps.at(g).second <= b)
                out.append(QPointF((a + b) / 2, qQNaN()));
        }
        out.append(drawn.at(i));
    }
    return out;
}

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
    enableComparison(tr("Draw the period before the range as a faint dashed line over it"));
    connect(c, &QChart::plotAreaChanged, this, &TimeSeriesChart::placeMarkers);
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
    connect(series, &QLineSeries::hovered, this,
            [this, index](const QPointF& point, bool state) { onHovered(index, point, state); });
    connect(series, &QLineSeries::doubleClicked, this,
            [this, index](const QPointF& point) { onDoubleClicked(index, point); });

    auto* previous = new QLineSeries(c);
    previous->setName(tr("%1, previous period").arg(name));
    c->addSeries(previous);
    previous->attachAxis(m_axisX);
    previous->attachAxis(axis == Axis::Right ? m_axisRight : m_axisLeft);
    QColor faint = ChartStyle::seriesColor(colorIndex);
    faint.setAlpha(kPreviousAlpha);
    QPen dashed(faint);
    dashed.setWidthF(1.5);
    dashed.setStyle(Qt::DashLine);
    previous->setPen(dashed);
    previous->setMarkerSize(4);
    previous->setVisible(false);
    connect(previous, &QLineSeries::hovered, this,
            [this, index](const QPointF& point, bool state) { onPreviousHovered(index, point, state); });
    m_specs.append(Spec{name, csvColumn, axis, series, {}, previous, {}, {}});
    // Say which axis a line belongs to once there are two.
    const bool twoAxes =
        std::any_of(m_specs.cbegin(), m_specs.cend(), [](const Spec& s) { return s.axis == Axis::Right; });
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

void TimeSeriesChart::setSeriesWidth(int index, qreal width)
{
    if (index < 0 || index >= m_specs.size())
        return;
    QPen pen = m_specs.at(index).series->pen();
    pen.setWidthF(width);
    m_specs.at(index).series->setPen(pen);
}

void TimeSeriesChart::setDrillDown(int index, const QString& kpiId)
{
    if (index >= 0 && index < m_specs.size())
        m_specs[index].drillKpi = kpiId;
}

void TimeSeriesChart::comparisonChanged()
{
    redrawAll();
}

QLineSeries* TimeSeriesChart::comparisonSeries(int index) const
{
    return index >= 0 && index < m_specs.size() ? m_specs.at(index).previousSeries : nullptr;
}

QList<DailyPoint> TimeSeriesChart::comparisonData(int index) const
{
    return comparisonShown() && index >= 0 && index < m_specs.size() ? m_specs.at(index).previous
                                                                     : QList<DailyPoint>();
}

bool TimeSeriesChart::comparisonShown() const
{
    // Only over data of this period: a faint line alone on an empty chart would read as the data.
    if (!comparisonEnabled())
        return false;
    const bool current =
        std::any_of(m_specs.cbegin(), m_specs.cend(), [](const Spec& s) { return !s.data.isEmpty(); });
    const bool previous =
        std::any_of(m_specs.cbegin(), m_specs.cend(), [](const Spec& s) { return !s.previous.isEmpty(); });
    return current && previous;
}

QValueAxis* TimeSeriesChart::axisY(Axis axis) const
{
    return axis == Axis::Left ? m_axisLeft : m_axisRight;
}

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
        for (const QPointF& p : s->points())
            if (!qIsNaN(p.y()))
                out << DailyPoint{fromX(p.x()), p.y()}; // NaN: a break at a gap
    return out;
}

qreal TimeSeriesChart::toX(QDate day)
{
    // Local midnight goes through mktime(), and glibc without TZ set looks at /etc/localtime on
    // every call: a few thousand days per answer made that a third of the time spent feeding the
    // charts. The same days come back answer after answer, so each is converted once per thread.
    thread_local QHash<qint64, qint64> midnights;
    const qint64 jd = day.toJulianDay();
    auto it = midnights.constFind(jd);
    if (it == midnights.cend())
        it = midnights.insert(jd, day.startOfDay().toMSecsSinceEpoch());
    return qreal(*it);
}

QDate TimeSeriesChart::fromX(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x))).date();
}

void TimeSeriesChart::setData(const DashboardData& dashboard)
{
    // Everything first, then one drawing: each step drawn on its own would thin, scale and place
    // markers three times per answer.
    assignSeries(dashboard.filter, m_extractor ? m_extractor(dashboard) : QList<QList<DailyPoint>>());
    if (m_previousExtractor)
        assignPrevious(m_previousExtractor(dashboard));
    if (m_showMarkers)
        m_markers = dashboard.markers;
    redrawAll();
}

void TimeSeriesChart::setSeries(const Filter& filter, const QList<QList<DailyPoint>>& series)
{
    assignSeries(filter, series);
    redrawAll();
}

void TimeSeriesChart::setPrevious(const QList<QList<DailyPoint>>& previous)
{
    assignPrevious(previous);
    redrawAll();
}

void TimeSeriesChart::assignSeries(const Filter& filter, const QList<QList<DailyPoint>>& series)
{
    m_filter = filter;
    for (int i = 0; i < m_specs.size(); ++i) {
        m_specs[i].data = series.value(i);
        m_specs[i].previous.clear();
    }
    m_markers.clear();
}

void TimeSeriesChart::assignPrevious(const QList<QList<DailyPoint>>& previous)
{
    // Day d of the previous period is drawn on d + the range's length: the same weekday, and the
    // first day of each period on the same spot.
    const qint64 offset = previousOffset();
    for (int i = 0; i < m_specs.size(); ++i) {
        QList<DailyPoint> shifted;
        for (const DailyPoint& p : previous.value(i)) {
            const QDate day = p.day.addDays(offset);
            if (!m_filter.isValid() || (day >= m_filter.from && day <= m_filter.to))
                shifted << DailyPoint{day, p.value};
        }
        m_specs[i].previous = shifted;
    }
}

void TimeSeriesChart::redrawAll()
{
    redraw(true);
    updateAxes(); // places the markers too
    setTableStale(m_filter);
}

void TimeSeriesChart::setMarkers(const QList<ChartMarker>& markers)
{
    m_markers = markers;
    placeMarkers();
    setTableStale(m_filter);
}

QList<ChartMarker> TimeSeriesChart::drawnMarkers() const
{
    QList<ChartMarker> out;
    if (!m_axisX->isVisible())
        return out; // an empty chart shows its note, not lone markers
    const QDate first = m_axisX->min().date(), last = m_axisX->max().date();
    for (const ChartMarker& m : m_markers)
        if (m.day >= first && m.day <= last)
            out << m;
    return out;
}

void TimeSeriesChart::placeMarkers()
{
    m_markerOverlay.place(chart(), m_specs.isEmpty() ? nullptr : m_specs.first().series, drawnMarkers(),
                          m_axisX->labelsFont());
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
        const bool matters =
            columns != m_columns &&
            (m_thinned || std::any_of(m_specs.cbegin(), m_specs.cend(),
                                      [columns](const Spec& s) { return s.data.size() > 2 * columns; }));
        if (!matters)
            return;
    }
    m_columns = columns;
    m_thinned = false;
    for (const Spec& s : std::as_const(m_specs)) {
        QList<QPointF> points;
        points.reserve(s.data.size());
        for (const DailyPoint& p : s.data)
            points << QPointF(toX(p.day), p.value);
        const QList<QPointF> drawn = Downsampler::minMaxPerColumn(points, columns);
        m_thinned = m_thinned || drawn.size() < points.size();
        // A few days are drawn as dots joined by a line, each day visible on its own; Qt Charts
        // would paint a dot for a NaN break too (an arc of NaNs), so those lines do not break.
        const bool dots = drawn.size() < kShowPointsBelow;
        s.series->replace(dots ? drawn : breakAtGaps(drawn, s.data));
        s.series->setPointsVisible(dots);
        const bool any = !drawn.isEmpty();
        s.series->setVisible(any);
        for (QLegendMarker* marker : chart()->legend()->markers(s.series))
            marker->setVisible(any);
    }
    const bool compare = comparisonShown();
    for (const Spec& s : std::as_const(m_specs)) {
        QList<QPointF> points;
        if (compare) {
            points.reserve(s.previous.size());
            for (const DailyPoint& p : s.previous)
                points << QPointF(toX(p.day), p.value);
        }
        const QList<QPointF> drawn = Downsampler::minMaxPerColumn(points, columns);
        const bool dots = !drawn.isEmpty() && drawn.size() < kShowPointsBelow;
        s.previousSeries->replace(dots ? drawn : breakAtGaps(drawn, s.previous));
        s.previousSeries->setPointsVisible(dots);
        s.previousSeries->setVisible(!drawn.isEmpty());
        // The header note explains the dashes once, instead of a legend entry per line.
        for (QLegendMarker* marker : chart()->legend()->markers(s.previousSeries))
            marker->setVisible(false);
    }
    setHeaderNote(compare ? tr("dashed: previous period") : QString());
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    ChartPanel::resizeEvent(event);
    redraw(false);
    updateAxes(); // the number of date labels follows the width
    placeMarkers();
}

void TimeSeriesChart::updateAxes()
{
    QDate first, last;
    double lo[2] = {0, 0}, hi[2] = {0, 0};
    bool any[2] = {false, false};
    for (const Spec& s : std::as_const(m_specs)) {
        const int a = s.axis == Axis::Left ? 0 : 1;
        for (const DailyPoint& p : s.data) {
            if (!first.isValid() || p.day < first)
                first = p.day;
            if (!last.isValid() || p.day > last)
                last = p.day;
            lo[a] = any[a] ? std::min(lo[a], p.value) : p.value;
            hi[a] = any[a] ? std::max(hi[a], p.value) : p.value;
            any[a] = true;
        }
    }
    if (comparisonShown()) { // the overlay fits too, without widening the dates or making data of it
        for (const Spec& s : std::as_const(m_specs)) {
            const int a = s.axis == Axis::Left ? 0 : 1;
            if (!any[a])
                continue;
            for (const DailyPoint& p : s.previous) {
                lo[a] = std::min(lo[a], p.value);
                hi[a] = std::max(hi[a], p.value);
            }
        }
    }
    const bool empty = !any[0] && !any[1];
    if (!m_fitToData && m_filter.isValid()) {
        first = m_filter.from;
        last = m_filter.to;
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
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
    if (m_axisRight)
        styleValueAxis(m_axisRight, m_formats[1], lo[1], hi[1], any[1]);

    // With two axes, an axis serving one line takes that line's colour: the legend then tells
    // which scale to read without axis titles eating the plot.
    for (QValueAxis* axis : {m_axisLeft, m_axisRight}) {
        if (!axis)
            continue;
        const Axis which = axis == m_axisLeft ? Axis::Left : Axis::Right;
        QColor colour(QLatin1String(theme::kTextMuted));
        int count = 0;
        for (const Spec& s : std::as_const(m_specs))
            if (s.axis == which && !s.data.isEmpty()) {
                ++count;
                colour = s.series->pen().color();
            }
        if (!m_axisRight || count != 1)
            colour = QColor(QLatin1String(theme::kTextMuted));
        axis->setLabelsColor(colour);
    }
    // An empty grid with a 0–1 scale reads like data; the note over the plot says it better.
    m_axisX->setVisible(!empty);
    m_axisLeft->setVisible(!empty && (any[0] || !m_axisRight));
    if (m_axisRight)
        m_axisRight->setVisible(!empty && any[1]);
    chart()->legend()->setVisible(!empty);
    setEmptyMessage(empty ? m_emptyText : QString());
    placeMarkers();
}

void TimeSeriesChart::styleValueAxis(QValueAxis* axis, const AxisFormat& format, double lo, double hi,
                                     bool any)
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
    if (any && lo >= 0 && axis->min() < 0)
        axis->setMin(0); // no negative followers from rounding
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const QString prefix = format.unit == Unit::Money ? QStringLiteral("$") : QString();
    const QString suffix = format.unit == Unit::Percent ? QStringLiteral("%") : QString();
    axis->setLabelFormat(prefix + (step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + suffix);
}

QString TimeSeriesChart::formatValue(Axis axis, double value) const
{
    switch (m_formats[axis == Axis::Left ? 0 : 1].unit) {
    case Unit::Money:
        return KpiFormat::money(Money::fromNanos(std::llround(value * double(Money::kScale))));
    case Unit::Percent:
        return KpiFormat::locale().toString(value, 'f', 1) + u'%';
    case Unit::Count:
        break;
    }
    return KpiFormat::count(std::llround(value));
}

QString TimeSeriesChart::csvValue(Axis axis, double value) const
{
    switch (m_formats[axis == Axis::Left ? 0 : 1].unit) {
    case Unit::Money:
    case Unit::Percent:
        return QString::number(value, 'f', 2);
    case Unit::Count:
        break;
    }
    return QString::number(std::llround(value));
}

void TimeSeriesChart::buildTable(QStringList& header, QList<QStringList>& table) const
{
    // Every day of every series, unthinned: the export is the data, not the pixels. The overlay
    // and the markers, when drawn, add their columns: the day they are drawn on is the row's.
    const bool compare = comparisonShown();
    const QList<ChartMarker> markers = drawnMarkers();
    const qsizetype n = m_specs.size();
    const qsizetype width = n + (compare ? n + 1 : 0) + (markers.isEmpty() ? 0 : 1);
    QMap<QDate, QStringList> rows;
    const auto row = [&rows, width](QDate day) -> QStringList& {
        QStringList& r = rows[day];
        r.resize(width);
        return r;
    };
    header = QStringList{QStringLiteral("day")};
    for (qsizetype i = 0; i < n; ++i) {
        const Spec& s = m_specs.at(i);
        header << s.csvColumn;
        for (const DailyPoint& p : s.data)
            row(p.day)[i] = csvValue(s.axis, p.value);
    }
    if (compare) {
        header << QStringLiteral("previous_day");
        for (qsizetype i = 0; i < n; ++i) {
            const Spec& s = m_specs.at(i);
            header << s.csvColumn + QStringLiteral("_previous");
            for (const DailyPoint& p : s.previous)
                row(p.day)[n + 1 + i] = csvValue(s.axis, p.value);
        }
    }
    if (!markers.isEmpty()) {
        header << QStringLiteral("events");
        for (const ChartMarker& m : markers) {
            QString& cell = row(m.day)[width - 1];
            cell += (cell.isEmpty() ? QString() : QStringLiteral("; ")) + ChartMarkerOverlay::csvKey(m.kind) +
                    u':' + m.label;
        }
    }
    if (compare)
        for (auto it = rows.begin(); it != rows.end(); ++it)
            it.value()[n] = it.key().addDays(-previousOffset()).toString(Qt::ISODate);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        table << (QStringList{it.key().toString(Qt::ISODate)} + it.value());
}

void TimeSeriesChart::onHovered(int index, const QPointF& point, bool state)
{
    if (!state || index < 0 || index >= m_specs.size() || m_specs.at(index).data.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // The nearest day of the full series: a thinned line still reports exact values.
    const Spec& s = m_specs.at(index);
    const QDate day = nearestDay(index, fromX(point.x() + 12 * 3600 * 1000.0));
    const auto it =
        std::find_if(s.data.cbegin(), s.data.cend(), [day](const DailyPoint& p) { return p.day == day; });
    const QString when = KpiFormat::locale().toString(day, QStringLiteral("ddd d MMM yyyy"));
    QString tip = tr("%1\n%2: %3").arg(when, s.name, formatValue(s.axis, it->value));
    if (!s.drillKpi.isEmpty())
        tip += u'\n' + tr("Double-click for the rows behind it");
    QToolTip::showText(QCursor::pos(), tip, this);
}

QDate TimeSeriesChart::nearestDay(int index, QDate day) const
{
    if (index < 0 || index >= m_specs.size() || m_specs.at(index).data.isEmpty())
        return {};
    const QList<DailyPoint>& points = m_specs.at(index).data;
    const auto it = std::lower_bound(points.cbegin(), points.cend(), day,
                                     [](const DailyPoint& p, QDate d) { return p.day < d; });
    auto nearest = it == points.cend() ? std::prev(it) : it;
    if (it != points.cbegin() && it != points.cend() && std::prev(it)->day.daysTo(day) < day.daysTo(it->day))
        nearest = std::prev(it);
    return nearest->day;
}

void TimeSeriesChart::onPreviousHovered(int index, const QPointF& point, bool state)
{
    if (!state || index < 0 || index >= m_specs.size() || m_specs.at(index).previous.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const Spec& s = m_specs.at(index);
    const QDate day = fromX(point.x() + 12 * 3600 * 1000.0);
    const auto it = std::min_element(s.previous.cbegin(), s.previous.cend(),
                                     [day](const DailyPoint& a, const DailyPoint& b) {
                                         return std::abs(a.day.daysTo(day)) < std::abs(b.day.daysTo(day));
                                     });
    // The day the value belongs to, not the day it is drawn on.
    const QString when =
        KpiFormat::locale().toString(it->day.addDays(-previousOffset()), QStringLiteral("ddd d MMM yyyy"));
    QToolTip::showText(QCursor::pos(),
                       tr("Previous period, %1\n%2: %3").arg(when, s.name, formatValue(s.axis, it->value)),
                       this);
}

void TimeSeriesChart::onDoubleClicked(int index, const QPointF& point)
{
    if (index < 0 || index >= m_specs.size() || m_specs.at(index).drillKpi.isEmpty())
        return;
    const QDate day = nearestDay(index, fromX(point.x() + 12 * 3600 * 1000.0));
    if (day.isValid())
        Q_EMIT drillDownRequested(m_specs.at(index).drillKpi, narrowedToDay(m_filter, day));
}

} // namespace bedrot

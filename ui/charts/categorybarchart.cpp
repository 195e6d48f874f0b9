// Category bar chart. The set's values are swapped in bulk calls on each update, and the axis
// categories replaced whole: Qt Charts ignores a repeated category, so labels are made unique.
#include "categorybarchart.h"

#include "theme/chartstyle.h"
#include "widgets/kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace bedrot {

namespace {

// Longer category labels are elided on the axis; the tooltip and the CSV keep the whole name.
constexpr int kLabelChars = 26;

QString elided(const QString& text)
{
    return text.size() > kLabelChars ? text.left(kLabelChars - 1) + u'\u2026' : text;
}

QString countryName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

CategoryBarChart::CategoryBarChart(const QString& title, const QString& fileStem, Qt::Orientation orientation,
                                   QWidget* parent)
    : ChartPanel(title, fileStem, parent), m_orientation(orientation)
{
    QChart* c = chart();
    const bool horizontal = orientation == Qt::Horizontal;
    m_series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries(c)) : new QBarSeries(c);
    m_series->setBarWidth(0.7);
    m_set = new QBarSet(title);
    m_series->append(m_set);
    c->addSeries(m_series);
    std::tie(m_categories, m_values) = ChartStyle::addBarAxes(c, m_series, horizontal);
    // Sixteen bars share the height: a smaller label fits beside each in less of it (Qt Charts
    // shows "…" for a label taller than its bar's share).
    QFont font = m_categories->labelsFont();
    font.setPointSizeF(8);
    m_categories->setLabelsFont(font);
    ChartStyle::setMoneyRange(m_values, 0);
    c->legend()->setVisible(false); // one series: the title says what it is
    m_emptyText = tr("No data in this range.");
    connect(m_set, &QBarSet::hovered, this, &CategoryBarChart::onHovered);
    connect(m_set, &QBarSet::doubleClicked, this, [this](int index) { activate(listIndex(index)); });
}

void CategoryBarChart::setValueAxisTitle(const QString& title)
{
    m_values->setTitleText(title);
    m_values->setTitleVisible(!title.isEmpty());
}

void CategoryBarChart::setCategoryAxisTitle(const QString& title)
{
    m_categories->setTitleText(title);
    m_categories->setTitleVisible(!title.isEmpty());
    QFont font = m_categories->titleFont();
    font.setPointSizeF(8.5);
    font.setBold(false);
    m_categories->setTitleFont(font);
}

void CategoryBarChart::setColour(int seriesIndex)
{
    m_set->setColor(ChartStyle::seriesColor(seriesIndex));
    m_set->setBorderColor(ChartStyle::seriesColor(seriesIndex));
}

void CategoryBarChart::setData(const DashboardData& dashboard)
{
    setBars(dashboard.filter, m_builder ? m_builder(dashboard) : QList<Bar>());
    if (m_bars.isEmpty() && m_pending && m_pending(dashboard))
        setEmptyMessage(m_pendingText);
}

void CategoryBarChart::setBars(const Filter& filter, const QList<Bar>& bars)
{
    m_bars = bars;
    const bool horizontal = m_orientation == Qt::Horizontal;
    QStringList categories;
    QList<qreal> values;
    QSet<QString> seen;
    double top = 0;
    for (qsizetype n = 0; n < bars.size(); ++n) {
        const Bar& bar = bars.at(horizontal ? bars.size() - 1 - n : n); // horizontal bars run bottom-up
        QString label = elided(bar.label);
        while (seen.contains(label))
            label += u'\u200b'; // invisible, but a category of its own
        seen.insert(label);
        categories << label;
        values << bar.value.toDouble();
        top = std::max(top, bar.value.toDouble());
    }
    if (m_set->count() > 0)
        m_set->remove(0, m_set->count());
    m_set->append(values);
    m_categories->clear();
    m_categories->append(categories);
    ChartStyle::setMoneyRange(m_values, top);
    m_categories->setVisible(!bars.isEmpty()); // no empty $0–$1 grid under the "no data" note
    m_values->setVisible(!bars.isEmpty());

    QList<QStringList> rows;
    for (const Bar& bar : bars)
        rows << bar.csv;
    setTable(filter, m_header, rows);
    setEmptyMessage(bars.isEmpty() ? m_emptyText : QString());
}

QStringList CategoryBarChart::labels() const
{
    QStringList out;
    for (const Bar& bar : m_bars)
        out << bar.label;
    return out;
}

QList<qreal> CategoryBarChart::values() const
{
    // Read back from the set, in list order.
    QList<qreal> out;
    for (int i = 0; i < m_set->count(); ++i)
        out << m_set->at(i);
    if (m_orientation == Qt::Horizontal)
        std::reverse(out.begin(), out.end());
    return out;
}

int CategoryBarChart::listIndex(int barIndex) const
{
    if (barIndex < 0 || barIndex >= m_bars.size())
        return -1;
    return m_orientation == Qt::Horizontal ? int(m_bars.size()) - 1 - barIndex : barIndex;
}

void CategoryBarChart::activate(int index)
{
    if (index < 0 || index >= m_bars.size() || m_drillKpi.isEmpty() || !m_bars.at(index).drill)
        return;
    Q_EMIT drillDownRequested(m_drillKpi, *m_bars.at(index).drill);
}

void CategoryBarChart::onHovered(bool state, int index)
{
    const int i = listIndex(index);
    if (!state || i < 0) {
        QToolTip::hideText();
        return;
    }
    QString tip = m_bars.at(i).tooltip;
    if (!m_drillKpi.isEmpty() && m_bars.at(i).drill)
        tip += u'\n' + tr("Double-click for the rows behind it");
    QToolTip::showText(QCursor::pos(), tip, this);
}

// The breakdowns ----------------------------------------------------------------------------------

CategoryBarChart* CategoryBarChart::revenueByCountry(QWidget* parent)
{
    auto* chart = new CategoryBarChart(tr("Revenue by country"), QStringLiteral("revenue-by-country"),
                                       Qt::Horizontal, parent);
    chart->setObjectName(QStringLiteral("chart-revenue-by-country"));
    chart->setColour(5);
    chart->setCsvHeader(
        {QStringLiteral("country_code"), QStringLiteral("country"), QStringLiteral("revenue_usd")});
    chart->setEmptyText(tr("No statement revenue in this range."));
    chart->setPending([](const DashboardData& d) { return d.countriesPending; },
                      tr("Reading the statement lines by country\u2026"));
    // A country's bar drills into its revenue lines; "Other" and lines without a country do not.
    chart->setDrillKpi(QStringLiteral("revenue"));
    chart->setBuilder([](const DashboardData& d) {
        QList<Bar> bars;
        for (const RankedValue& r : d.revenueByCountry) {
            QString name;
            if (r.others > 0)
                name = tr("Other (%n countries)", nullptr, r.others);
            else if (r.name.isEmpty())
                name = tr("Unknown");
            else
                name = countryName(r.name);
            const QString label = r.others > 0 || r.name.isEmpty() || name == r.name
                                      ? name
                                      : QStringLiteral("%1 (%2)").arg(name, r.name);
            std::optional<Filter> drill;
            if (r.others == 0 && !r.name.isEmpty()) {
                drill = d.filter;
                drill->country = r.name;
            }
            bars << Bar{label,
                        r.value,
                        {r.others > 0 ? QString() : r.name, name, r.value.toString(2)},
                        tr("%1: %2").arg(label, KpiFormat::money(r.value)),
                        drill};
        }
        return bars;
    });
    return chart;
}

CategoryBarChart* CategoryBarChart::revenueByTrack(QWidget* parent)
{
    auto* chart = new CategoryBarChart(tr("Revenue by track"), QStringLiteral("revenue-by-track"),
                                       Qt::Horizontal, parent);
    chart->setObjectName(QStringLiteral("chart-revenue-by-track"));
    chart->setColour(3);
    chart->setCsvHeader({QStringLiteral("isrc"), QStringLiteral("title"), QStringLiteral("revenue_usd")});
    chart->setEmptyText(tr("No statement revenue in this range."));
    chart->setDrillKpi(QStringLiteral("revenue"));
    chart->setBuilder([](const DashboardData& d) {
        QList<Bar> bars;
        for (const RankedValue& r : d.revenueByTrack) {
            QString title;
            if (r.others > 0)
                title = tr("Other (%n tracks)", nullptr, r.others);
            else if (r.name.isEmpty())
                title = tr("Unknown track");
            else
                title = r.name;
            std::optional<Filter> drill;
            if (r.others == 0 && !r.key.isEmpty()) { // a track filter selects by ISRC
                drill = d.filter;
                drill->track = r.key;
            }
            const QString tip = r.key.isEmpty()
                                    ? tr("%1: %2").arg(title, KpiFormat::money(r.value))
                                    : tr("%1 (%2): %3").arg(title, r.key, KpiFormat::money(r.value));
            bars << Bar{title,
                        r.value,
                        {r.key, r.others > 0 || r.name.isEmpty() ? title : r.name, r.value.toString(2)},
                        tip,
                        drill};
        }
        return bars;
    });
    return chart;
}

CategoryBarChart* CategoryBarChart::paymentDelays(QWidget* parent)
{
    auto* chart =
        new CategoryBarChart(tr("Payment delay"), QStringLiteral("payment-delay"), Qt::Vertical, parent);
    chart->setObjectName(QStringLiteral("chart-payment-delay"));
    chart->setColour(1);
    chart->setCsvHeader(
        {QStringLiteral("delay_months"), QStringLiteral("earnings_usd"), QStringLiteral("lines")});
    chart->setEmptyText(tr("No statement lines reported in this range."));
    chart->setCategoryAxisTitle(tr("Months from usage to report"));
    // A bar drills into the lines reported in the range that many months after their usage month
    // (the cash they brought, as the bar sums it).
    chart->setDrillKpi(QStringLiteral("cash_reported"));
    chart->setBuilder([](const DashboardData& d) {
        QList<Bar> bars;
        for (const DelayBucket& b : d.paymentDelays) {
            std::optional<Filter> drill;
            if (b.lines > 0) {
                drill = d.filter;
                drill->delayMonths = b.months;
            }
            bars << Bar{
                QString::number(b.months),
                b.earnings,
                {QString::number(b.months), b.earnings.toString(2), QString::number(b.lines)},
                tr("Reported %n month(s) after use", nullptr, b.months) + u'\n' +
                    tr("%1 over %2 lines").arg(KpiFormat::money(b.earnings), KpiFormat::count(b.lines)),
                drill};
        }
        return bars;
    });
    return chart;
}

} // namespace bedrot

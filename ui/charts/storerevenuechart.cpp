// Store revenue chart: top ten stores, the rest as one "Other" bar, so the chart stays readable.
#include "storerevenuechart.h"

#include "domain/dashboarddata.h"
#include "theme/chartstyle.h"
#include "widgets/kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace bedrot {

StoreRevenueChart::StoreRevenueChart(QWidget* parent)
    : ChartPanel(tr("Revenue by store"), QStringLiteral("revenue-by-store"), parent)
{
    setObjectName(QStringLiteral("chart-revenue-by-store"));
    QChart* c = chart();
    m_series = new QHorizontalBarSeries(c);
    m_series->setBarWidth(0.7);
    m_set = new QBarSet(tr("Revenue"));
    m_set->setColor(ChartStyle::seriesColor(2));
    m_set->setBorderColor(ChartStyle::seriesColor(2));
    m_series->append(m_set);
    c->addSeries(m_series);
    std::tie(m_axisY, m_axisX) = ChartStyle::addBarAxes(c, m_series, true);
    ChartStyle::setMoneyRange(m_axisX, 0);
    c->legend()->setVisible(false); // one series: the title says what it is
    connect(m_set, &QBarSet::hovered, this, &StoreRevenueChart::onHovered);
    connect(m_set, &QBarSet::doubleClicked, this, &StoreRevenueChart::onDoubleClicked);
    setData(DashboardData());
}

void StoreRevenueChart::setData(const DashboardData& dashboard)
{
    QStringList names;
    QList<Money> amounts;
    const QList<CategoryValue>& stores = dashboard.revenueByStore;
    // Collapse only when it saves at least two bars: "Other (1 store)" would hide a name for nothing.
    const qsizetype shown = stores.size() > kTopStores + 1 ? kTopStores : stores.size();
    for (qsizetype i = 0; i < shown; ++i) {
        names << stores.at(i).name;
        amounts << stores.at(i).value;
    }
    if (shown < stores.size()) {
        Money rest;
        for (qsizetype i = shown; i < stores.size(); ++i)
            rest += stores.at(i).value;
        const qsizetype n = stores.size() - shown;
        names << tr("Other (%1 stores)").arg(n);
        amounts << rest;
    }

    QList<QStringList> rows;
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << QStringList{names.at(i), amounts.at(i).toString(2)};

    // Horizontal bar categories run bottom-up; reverse so the largest store sits on top.
    QStringList categories;
    QList<qreal> values;
    QStringList tips;
    double top = 0;
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        categories << names.at(i);
        values << amounts.at(i).toDouble();
        QString tip = tr("%1: %2").arg(names.at(i), KpiFormat::money(amounts.at(i)));
        if (i < shown)
            tip += u'\n' + tr("Double-click for the rows behind it");
        tips << tip;
        top = std::max(top, amounts.at(i).toDouble());
    }
    if (m_set->count() > 0)
        m_set->remove(0, m_set->count());
    m_set->append(values);
    m_axisY->clear();
    m_axisY->append(categories);
    ChartStyle::setMoneyRange(m_axisX, top);
    m_axisX->setVisible(!names.isEmpty()); // no empty $0–$1 grid under the "no data" note
    m_axisY->setVisible(!names.isEmpty());
    m_stores = names;
    m_named = shown;
    m_tooltips = tips;

    setTable(dashboard.filter, {QStringLiteral("store"), QStringLiteral("revenue_usd")}, rows);
    setEmptyMessage(names.isEmpty() ? tr("No store revenue in this range.") : QString());
}

QList<qreal> StoreRevenueChart::values() const
{
    QList<qreal> out;
    for (int i = m_set->count() - 1; i >= 0; --i)
        out << m_set->at(i); // back to largest first
    return out;
}

void StoreRevenueChart::onHovered(bool state, int index)
{
    if (state && index >= 0 && index < m_tooltips.size())
        QToolTip::showText(QCursor::pos(), m_tooltips.at(index), this);
    else
        QToolTip::hideText();
}

void StoreRevenueChart::onDoubleClicked(int index)
{
    // Bars run bottom-up, the list largest first.
    const qsizetype store = m_stores.size() - 1 - index;
    if (store < 0 || store >= m_named)
        return; // "Other" is many stores: no one filter selects it
    Filter narrowed = filter();
    narrowed.platform = m_stores.at(store);
    Q_EMIT drillDownRequested(QStringLiteral("revenue"), narrowed);
}

} // namespace bedrot

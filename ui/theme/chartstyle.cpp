// Chart colours, fonts and axis formats.
#include "chartstyle.h"

#include "darktheme.h"
#include "widgets/kpiformat.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <cmath>
#include <iterator>

namespace bedrot {

void ChartStyle::apply(QChart* chart)
{
    chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(QColor(QLatin1String(theme::kWindow)));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(6, 6, 10, 6));
    chart->setAnimationOptions(QChart::NoAnimation); // live updates arrive faster than any animation ends
    // Axis numbers follow the same grouping as the cards ("$12,000"), even under the C locale.
    chart->setLocale(KpiFormat::locale());
    chart->setLocalizeNumbers(true);
    QLegend* legend = chart->legend();
    legend->setLabelColor(QColor(QLatin1String(theme::kText)));
    legend->setAlignment(Qt::AlignBottom);
    QFont font = legend->font();
    font.setPointSizeF(9);
    legend->setFont(font);
}

std::pair<QBarCategoryAxis*, QValueAxis*> ChartStyle::addBarAxes(QChart* chart, QAbstractBarSeries* series,
                                                                 bool horizontal)
{
    auto* categories = new QBarCategoryAxis(chart);
    auto* values = new QValueAxis(chart);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    styleAxis(categories);
    styleAxis(values);
    categories->setGridLineVisible(false);
    return {categories, values};
}

void ChartStyle::styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsColor(QColor(QLatin1String(theme::kTextMuted)));
    QFont font = axis->labelsFont();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setTitleBrush(QColor(QLatin1String(theme::kTextMuted)));
    axis->setLinePenColor(QColor(QLatin1String(theme::kBorder)));
    axis->setGridLineColor(QColor(QLatin1String(theme::kBorder)));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

void ChartStyle::setMoneyRange(QValueAxis* axis, double maxValue)
{
    const double top = maxValue > 0 ? maxValue : 1.0;
    axis->setRange(0, top * 1.05);
    axis->setTickCount(6);
    axis->applyNiceNumbers();
    // Small ranges need cents to tell the ticks apart; large ones read better without.
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    axis->setLabelFormat(step < 1.0 ? QStringLiteral("$%.2f") : QStringLiteral("$%.0f"));
}

QColor ChartStyle::seriesColor(int index)
{
    const int n = int(std::size(theme::kSeries));
    return QColor(QLatin1String(theme::kSeries[((index % n) + n) % n]));
}

} // namespace bedrot

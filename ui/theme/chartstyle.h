// Dark styling for Qt Charts: ChartThemeDark, then the window colours so charts blend into the app.
#pragma once

#include <QColor>

#include <utility>

class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace bedrot {

class ChartStyle
{
public:
    // Call before adding series: the theme recolours everything it sees.
    static void apply(QChart* chart);
    static void styleAxis(QAbstractAxis* axis);
    // The two axes of a bar chart, added to `chart`, attached to `series` and styled: categories on
    // the left and values at the bottom when `horizontal`, else categories at the bottom and values
    // on the left. The category axis draws no grid lines (the bars are their own).
    static std::pair<QBarCategoryAxis*, QValueAxis*> addBarAxes(QChart* chart, QAbstractBarSeries* series,
                                                                bool horizontal);
    // 0 … max rounded up to nice ticks, labelled in USD with as many decimals as the scale needs.
    static void setMoneyRange(QValueAxis* axis, double maxValue);
    static QColor seriesColor(int index);
};

} // namespace bedrot

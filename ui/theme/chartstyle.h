// Dark styling for Qt Charts: ChartThemeDark, then the window colours so charts blend into the app.
#pragma once

#include <QColor>

class QAbstractAxis;
class QChart;
class QValueAxis;

namespace bedrot {

class ChartStyle
{
public:
    // Call before adding series: the theme recolours everything it sees.
    static void apply(QChart* chart);
    static void styleAxis(QAbstractAxis* axis);
    // 0 … max rounded up to nice ticks, labelled in USD with as many decimals as the scale needs.
    static void setMoneyRange(QValueAxis* axis, double maxValue);
    static QColor seriesColor(int index);
};

} // namespace bedrot

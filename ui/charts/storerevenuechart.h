// Revenue by store as horizontal bars: the top stores by revenue, the rest summed as "Other".
#pragma once

#include "chartpanel.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace bedrot {

struct DashboardData;

class StoreRevenueChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreRevenueChart)

public:
    static constexpr int kTopStores = 10;

    // Named "chart-revenue-by-store".
    explicit StoreRevenueChart(QWidget* parent = nullptr);

    void setData(const DashboardData& data);

    // Largest first, as listed in the CSV (the chart draws the largest on top).
    QStringList stores() const { return m_stores; }
    QList<qreal> values() const;
    QHorizontalBarSeries* series() const { return m_series; }

private:
    void onHovered(bool state, int index);
    // A store's bar asks for the revenue rows of that store (the platform filter takes store names).
    void onDoubleClicked(int index);

    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_axisY = nullptr;
    QValueAxis* m_axisX = nullptr;
    QStringList m_stores;
    qsizetype m_named = 0;  // bars that are one store each (the rest is "Other")
    QStringList m_tooltips; // in bar order (bottom to top)
};

} // namespace bedrot

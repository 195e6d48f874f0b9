// Email campaigns sent in range: open and click rate per campaign (unique opens and clicks per
// email sent, as the email KPIs count them), as paired horizontal bars, the first sent on top.
#pragma once

#include "chartpanel.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace bedrot {

struct DashboardData;

class EmailCampaignChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailCampaignChart)

public:
    // Named "chart-email-campaigns".
    explicit EmailCampaignChart(QWidget* parent = nullptr);

    void setData(const DashboardData& data);
    bool isEmpty() const { return m_campaigns.isEmpty(); }

    // In list order (by send time), as in the CSV.
    QStringList campaigns() const { return m_campaigns; }
    QList<qreal> openRates() const;
    QList<qreal> clickRates() const;
    QHorizontalBarSeries* series() const { return m_series; }

private:
    void onHovered(bool state, int index);

    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_opens = nullptr;
    QBarSet* m_clicks = nullptr;
    QBarCategoryAxis* m_axisY = nullptr;
    QValueAxis* m_axisX = nullptr;
    QStringList m_campaigns;
    QStringList m_tooltips; // in bar order (bottom to top)
};

} // namespace bedrot

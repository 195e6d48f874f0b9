// The dashboard's four pages (Overview, Revenue, Audience, Marketing) as tabs: builds them, holds
// their cards and charts, and hands each answer to all of them.
#pragma once

#include "domain/dashboarddata.h"

#include <QImage>
#include <QList>
#include <QTabWidget>

namespace bedrot {

class CategoryBarChart;
class ChartPanel;
class EmailCampaignChart;
class KpiBoard;
class MonthlyRevenueChart;
class StoreRevenueChart;
class TimeSeriesChart;

class DashboardPages final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPages)

public:
    // The pages, in tab order (Ctrl+1 … Ctrl+4).
    enum class Page
    {
        Overview,
        Revenue,
        Audience,
        Marketing
    };
    Q_ENUM(Page)

    explicit DashboardPages(QWidget* parent = nullptr);

    // The key a page is saved under ("overview", …); unknown keys are the overview.
    static QString pageKey(Page page);
    static Page pageFromKey(const QString& key);
    static QList<Page> pages();
    // The page's tab title.
    static QString title(Page page);

    KpiBoard* board() const { return m_board; }
    // The time charts by object name ("chart-daily-streams", …), in page order.
    QList<TimeSeriesChart*> timeCharts() const { return m_timeCharts; }
    // Every chart, in page order.
    QList<ChartPanel*> charts() const { return m_charts; }

    // Hands an answer to every card and chart; `allTime` lets the time charts span their own data.
    void showData(const DashboardData& answer, bool allTime);
    // Empties every card and chart (another workspace).
    void clearData();
    // The by-country figures that followed an answer: its top country card and its bars.
    void showCountries(const DashboardData& completed);
    // The previous period as an overlay on the time and monthly charts.
    void setComparison(bool on);
    // The page on screen, all of it (also what is scrolled out of view), as one image.
    QImage currentPageImage() const;

private:
    QWidget* buildOverviewPage();
    QWidget* buildRevenuePage();
    QWidget* buildAudiencePage();
    QWidget* buildMarketingPage();
    // The chart of the table's row `objectName`, listed among the time charts.
    TimeSeriesChart* addTimeChart(const char* objectName, QWidget* parent);

    KpiBoard* m_board = nullptr;
    MonthlyRevenueChart* m_monthly = nullptr;
    StoreRevenueChart* m_stores = nullptr;
    MonthlyRevenueChart* m_cash = nullptr;
    QList<CategoryBarChart*> m_barCharts; // country, track, payment delay
    EmailCampaignChart* m_email = nullptr;
    QList<TimeSeriesChart*> m_timeCharts;
    QList<ChartPanel*> m_charts;
};

} // namespace bedrot

// The pages' layout: rows of charts that scroll when the window is smaller than the content. The
// time charts come from TimeChartSpec's table; the others are charts of their own kind.
#include "dashboardpages.h"

#include "charts/categorybarchart.h"
#include "charts/emailcampaignchart.h"
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"
#include "charts/timeserieschart.h"
#include "pages/timechartspec.h"
#include "widgets/kpiboard.h"
#include "widgets/kpicard.h"

#include <QMetaEnum>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace bedrot {

namespace {

// A page of the dashboard: its content scrolls when the window is smaller than the content.
QScrollArea* scrollPage(QWidget* content, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

// Charts below this height stop being readable; the page scrolls instead.
constexpr int kMinChartHeight = 300;

// Charts side by side, each keeping a readable width.
QSplitter* chartRow(QWidget* parent, const QString& name)
{
    auto* splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(name);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    splitter->setMinimumHeight(kMinChartHeight);
    return splitter;
}

// A page's content with its margins; rows are added to its layout.
QVBoxLayout* pageLayout(QWidget* content)
{
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);
    return layout;
}

} // namespace

DashboardPages::DashboardPages(QWidget* parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    setDocumentMode(true);
    addTab(buildOverviewPage(), title(Page::Overview));
    addTab(buildRevenuePage(), title(Page::Revenue));
    addTab(buildAudiencePage(), title(Page::Audience));
    addTab(buildMarketingPage(), title(Page::Marketing));
}

QString DashboardPages::pageKey(Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(int(page))).toLower();
}

DashboardPages::Page DashboardPages::pageFromKey(const QString& key)
{
    for (Page p : pages())
        if (pageKey(p) == key)
            return p;
    return Page::Overview;
}

QList<DashboardPages::Page> DashboardPages::pages()
{
    QList<Page> out;
    const QMetaEnum meta = QMetaEnum::fromType<Page>();
    for (int i = 0; i < meta.keyCount(); ++i)
        out << Page(meta.value(i));
    return out;
}

QString DashboardPages::title(Page page)
{
    switch (page) {
    case Page::Overview:
        return tr("Overview");
    case Page::Revenue:
        return tr("Revenue");
    case Page::Audience:
        return tr("Audience");
    case Page::Marketing:
        return tr("Marketing");
    }
    return {};
}

QWidget* DashboardPages::buildOverviewPage()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 14);
    m_board = new KpiBoard(content);
    layout->addWidget(m_board);
    return scrollPage(content, QStringLiteral("page-overview"));
}

QWidget* DashboardPages::buildRevenuePage()
{
    auto* content = new QWidget;
    QVBoxLayout* layout = pageLayout(content);
    auto* months = chartRow(content, QStringLiteral("chart-splitter"));
    m_monthly = new MonthlyRevenueChart(months);
    m_cash = new MonthlyRevenueChart(months, MonthlyRevenueChart::Kind::ReportedCash);
    months->addWidget(m_monthly);
    months->addWidget(m_cash);
    months->setStretchFactor(0, 3);
    months->setStretchFactor(1, 2);
    layout->addWidget(months, 1);

    // Where the money comes from; the bars of a store or a track drill into its revenue rows.
    auto* breakdown = chartRow(content, QStringLiteral("chart-splitter-breakdown"));
    m_stores = new StoreRevenueChart(breakdown);
    m_barCharts = {CategoryBarChart::revenueByCountry(breakdown),
                   CategoryBarChart::revenueByTrack(breakdown)};
    breakdown->addWidget(m_stores);
    for (CategoryBarChart* chart : std::as_const(m_barCharts))
        breakdown->addWidget(chart);
    // Up to 16 bars each: Qt Charts shows a bar's label only when the bar's share of the height
    // holds it, else "…".
    breakdown->setMinimumHeight(kMinChartHeight + 240);
    layout->addWidget(breakdown, 1);
    m_charts = {m_monthly, m_cash, m_stores};
    for (CategoryBarChart* chart : std::as_const(m_barCharts))
        m_charts << chart;

    auto* lower = chartRow(content, QStringLiteral("chart-splitter-streams"));
    m_barCharts << CategoryBarChart::paymentDelays(lower);
    lower->addWidget(m_barCharts.last());
    m_charts << m_barCharts.last();
    lower->addWidget(addTimeChart("chart-daily-streams", lower));
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    layout->addWidget(lower, 1);

    layout->addWidget(addTimeChart("chart-streams-by-distributor", content), 1);
    return scrollPage(content, QStringLiteral("page-revenue"));
}

QWidget* DashboardPages::buildAudiencePage()
{
    auto* content = new QWidget;
    QVBoxLayout* layout = pageLayout(content);
    layout->addWidget(addTimeChart("chart-spotify-audience", content), 1);
    auto* social = chartRow(content, QStringLiteral("chart-splitter-social"));
    social->addWidget(addTimeChart("chart-tiktok", social));
    social->addWidget(addTimeChart("chart-linktree", social));
    layout->addWidget(social, 1);
    return scrollPage(content, QStringLiteral("page-audience"));
}

QWidget* DashboardPages::buildMarketingPage()
{
    auto* content = new QWidget;
    QVBoxLayout* layout = pageLayout(content);
    layout->addWidget(addTimeChart("chart-ad-spend-followers", content), 1);
    layout->addWidget(addTimeChart("chart-ad-spend-streams", content), 1);

    // Shown only when there are campaigns: most labels send no email through a connected account.
    m_email = new EmailCampaignChart(content);
    m_email->setMinimumHeight(kMinChartHeight);
    m_email->hide();
    m_charts << m_email;
    layout->addWidget(m_email, 1);
    return scrollPage(content, QStringLiteral("page-marketing"));
}

TimeSeriesChart* DashboardPages::addTimeChart(const char* objectName, QWidget* parent)
{
    const TimeChartSpec* spec = TimeChartSpec::find(QLatin1String(objectName));
    Q_ASSERT(spec);
    TimeSeriesChart* chart = spec->build(parent);
    chart->setMinimumHeight(kMinChartHeight);
    m_timeCharts << chart;
    m_charts << chart;
    return chart;
}

void DashboardPages::showData(const DashboardData& answer, bool allTime)
{
    m_board->showData(answer);
    m_monthly->setData(answer);
    m_cash->setData(answer);
    m_stores->setData(answer);
    for (CategoryBarChart* chart : std::as_const(m_barCharts))
        chart->setData(answer);
    m_email->setData(answer);
    m_email->setVisible(!m_email->isEmpty());
    for (TimeSeriesChart* chart : std::as_const(m_timeCharts)) {
        chart->setFitToData(allTime); // "All time" spans each chart's own data, not the statements' extent
        chart->setData(answer);
    }
}

void DashboardPages::clearData()
{
    m_board->clear();
    const DashboardData none;
    m_monthly->setData(none);
    m_cash->setData(none);
    m_stores->setData(none);
    for (CategoryBarChart* chart : std::as_const(m_barCharts))
        chart->setData(none);
    m_email->setData(none);
    m_email->setVisible(false);
    for (TimeSeriesChart* chart : std::as_const(m_timeCharts)) {
        chart->setFitToData(false);
        chart->setData(none);
    }
}

void DashboardPages::showCountries(const DashboardData& completed)
{
    m_board->card(QStringLiteral("top_country"))->showData(completed);
    m_barCharts.constFirst()->setData(completed);
}

void DashboardPages::setComparison(bool on)
{
    for (TimeSeriesChart* chart : std::as_const(m_timeCharts))
        chart->setComparisonEnabled(on);
    for (MonthlyRevenueChart* chart : {m_monthly, m_cash})
        chart->setComparisonEnabled(on);
}

QImage DashboardPages::currentPageImage() const
{
    auto* area = qobject_cast<QScrollArea*>(currentWidget());
    QWidget* content = area && area->widget() ? area->widget() : currentWidget();
    if (!content)
        return {};
    // The content widget has the page's whole size; rendering it draws what is scrolled away too.
    return content->grab().toImage();
}

} // namespace bedrot

// Email campaign chart: two bar sets (open rate, click rate) over one category per campaign.
#include "emailcampaignchart.h"

#include "domain/dashboarddata.h"
#include "theme/chartstyle.h"
#include "widgets/kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace bedrot {

namespace {

double rate(qint64 part, qint64 sent)
{
    return sent > 0 ? 100.0 * double(part) / double(sent) : 0.0;
}

QList<qreal> inListOrder(const QBarSet* set)
{
    QList<qreal> out;
    for (int i = set->count() - 1; i >= 0; --i)
        out << set->at(i);
    return out;
}

} // namespace

EmailCampaignChart::EmailCampaignChart(QWidget* parent)
    : ChartPanel(tr("Email campaigns"), QStringLiteral("email-campaigns"), parent)
{
    setObjectName(QStringLiteral("chart-email-campaigns"));
    QChart* c = chart();
    m_series = new QHorizontalBarSeries(c);
    m_series->setBarWidth(0.75);
    m_opens = new QBarSet(tr("Open rate"));
    m_clicks = new QBarSet(tr("Click rate"));
    for (auto [set, colour] : {std::pair{m_opens, 0}, std::pair{m_clicks, 2}}) {
        set->setColor(ChartStyle::seriesColor(colour));
        set->setBorderColor(ChartStyle::seriesColor(colour));
        m_series->append(set);
    }
    c->addSeries(m_series);
    std::tie(m_axisY, m_axisX) = ChartStyle::addBarAxes(c, m_series, true);
    connect(m_opens, &QBarSet::hovered, this, &EmailCampaignChart::onHovered);
    connect(m_clicks, &QBarSet::hovered, this, &EmailCampaignChart::onHovered);
    setData(DashboardData());
}

void EmailCampaignChart::setData(const DashboardData& dashboard)
{
    const QList<EmailCampaignStats>& list = dashboard.emailCampaigns;
    QStringList names, categories, tips;
    QList<qreal> opens, clicks;
    QList<QStringList> rows;
    QSet<QString> seen;
    double top = 0;
    for (const EmailCampaignStats& e : list) {
        const double open = rate(e.uniqueOpens, e.emailsSent), click = rate(e.uniqueClicks, e.emailsSent);
        names << e.title;
        rows << QStringList{e.title,
                            e.sent.toString(Qt::ISODate),
                            QString::number(e.emailsSent),
                            QString::number(e.uniqueOpens),
                            QString::number(e.uniqueClicks),
                            QString::number(open, 'f', 2),
                            QString::number(click, 'f', 2)};
        top = std::max({top, open, click});
    }
    // Horizontal categories run bottom-up: reversed, the first sent sits on top.
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const EmailCampaignStats& e = list.at(i);
        QString label = e.title.size() > 26 ? e.title.left(25) + u'\u2026' : e.title;
        while (seen.contains(label))
            label += u'\u200b'; // a repeated category would be dropped
        seen.insert(label);
        categories << label;
        opens << rate(e.uniqueOpens, e.emailsSent);
        clicks << rate(e.uniqueClicks, e.emailsSent);
        const QLocale& locale = KpiFormat::locale();
        tips << tr("%1, sent %2\n%3 emails, %4 opened (%5%), %6 clicked (%7%)")
                    .arg(e.title, locale.toString(e.sent, QStringLiteral("d MMM yyyy")),
                         KpiFormat::count(e.emailsSent), KpiFormat::count(e.uniqueOpens),
                         locale.toString(opens.last(), 'f', 1), KpiFormat::count(e.uniqueClicks),
                         locale.toString(clicks.last(), 'f', 1));
    }
    for (auto [set, values] : {std::pair{m_opens, &opens}, std::pair{m_clicks, &clicks}}) {
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(*values);
    }
    m_axisY->clear();
    m_axisY->append(categories);
    m_axisX->setRange(0, top > 0 ? std::min(100.0, top * 1.1) : 1.0);
    m_axisX->setTickCount(6);
    m_axisX->applyNiceNumbers();
    m_axisX->setLabelFormat(QStringLiteral("%.0f%"));
    m_axisX->setVisible(!list.isEmpty());
    m_axisY->setVisible(!list.isEmpty());
    chart()->legend()->setVisible(!list.isEmpty());
    m_campaigns = names;
    m_tooltips = tips;
    setTable(dashboard.filter,
             {QStringLiteral("campaign"), QStringLiteral("sent_day"), QStringLiteral("emails_sent"),
              QStringLiteral("unique_opens"), QStringLiteral("unique_clicks"),
              QStringLiteral("open_rate_pct"), QStringLiteral("click_rate_pct")},
             rows);
    setEmptyMessage(list.isEmpty() ? tr("No email campaigns sent in this range.") : QString());
}

QList<qreal> EmailCampaignChart::openRates() const
{
    return inListOrder(m_opens);
}

QList<qreal> EmailCampaignChart::clickRates() const
{
    return inListOrder(m_clicks);
}

void EmailCampaignChart::onHovered(bool state, int index)
{
    if (state && index >= 0 && index < m_tooltips.size())
        QToolTip::showText(QCursor::pos(), m_tooltips.at(index), this);
    else
        QToolTip::hideText();
}

} // namespace bedrot

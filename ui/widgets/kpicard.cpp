// KPI card: formats one KpiValue by its unit, compares it with the previous period and explains it
// in the tooltip.
#include "kpicard.h"

#include "analytics/kpicatalog.h"
#include "domain/dashboarddata.h"
#include "kpiformat.h"
#include "sparkline.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QMouseEvent>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bedrot {

namespace {

QString tooltipFor(const KpiDefinition* def, const KpiValue* value, const KpiValue* previous)
{
    if (!def)
        return {};
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>") + def->title.toHtmlEscaped() +
                   QStringLiteral("</b></p><p>") + def->definition.toHtmlEscaped() +
                   QStringLiteral("</p><p>") + KpiCard::tr("Sources: %1").arg(def->sources).toHtmlEscaped() +
                   QStringLiteral("<br>");
    const QString asOf =
        value && value->asOf.isValid() ? value->asOf.toString(Qt::ISODate) : KpiFormat::dash();
    html += KpiCard::tr("As of: %1").arg(asOf).toHtmlEscaped();
    if (value && !value->isNull())
        html += QStringLiteral("<br>") +
                KpiCard::tr("Exact value: %1").arg(KpiFormat::exact(*value)).toHtmlEscaped();
    if (value && !value->isNull() && previous && !previous->isNull() &&
        def->unit != KpiDefinition::Unit::Text)
        html += QStringLiteral("<br>") +
                KpiCard::tr("Previous period: %1").arg(KpiFormat::exact(*previous)).toHtmlEscaped();
    html += QStringLiteral("</p><p><i>") +
            KpiCard::tr("Double-click or press Enter to see the rows behind it.").toHtmlEscaped() +
            QStringLiteral("</i>");
    return html + QStringLiteral("</p>");
}

QString asOfCaption(const KpiValue& v)
{
    return v.asOf.isValid() ? KpiCard::tr("as of %1").arg(v.asOf.toString(Qt::ISODate)) : QString();
}

} // namespace

KpiCard::KpiCard(const QString& kpiId, QWidget* parent) : QFrame(parent), m_id(kpiId)
{
    setObjectName(QStringLiteral("kpi-") + kpiId);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus); // Tab reaches it (Enter drills down); a click selects it too
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    const KpiDefinition* def = KpiCatalog::find(kpiId);
    m_titleLabel = new QLabel(def ? def->title : kpiId, this);
    m_titleLabel->setObjectName(QStringLiteral("KpiTitle"));
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored,
                                QSizePolicy::Preferred); // a long title must not widen the grid
    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(QStringLiteral("KpiValue"));
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // users copy ISRCs and amounts
    m_valueLabel->setMinimumWidth(40);
    m_valueLabel->setSizePolicy(QSizePolicy::Ignored,
                                QSizePolicy::Preferred); // elided, never widens the grid
    m_captionLabel = new QLabel(this);
    m_captionLabel->setObjectName(QStringLiteral("KpiDelta"));
    m_captionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_captionLabel->setProperty("tone", QStringLiteral("muted"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_valueLabel);
    if (kpiId.startsWith(QLatin1String("goal_"))) {
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("KpiGoalBar"));
        m_progress->setRange(0, 100);
        m_progress->setTextVisible(false); // the value above already says it
        m_progress->setFixedHeight(8);
        m_statusLabel = new QLabel(this);
        m_statusLabel->setObjectName(QStringLiteral("KpiGoalStatus"));
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 4, 0, 2);
        row->setSpacing(10);
        row->addWidget(m_progress, 1);
        row->addWidget(m_statusLabel);
        layout->addLayout(row);
    }
    if (!isGoal()) {
        m_sparkline = new Sparkline(this);
        // Cards with and without a series keep one height, so the rows of the grid line up.
        QSizePolicy policy = m_sparkline->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        m_sparkline->setSizePolicy(policy);
        m_sparkline->hide();
        layout->addWidget(m_sparkline);
    }
    layout->addWidget(m_captionLabel);
    setAccessibleName(m_titleLabel->text());
    clear();
}

KpiCard::GoalStatus KpiCard::goalStatusFor(double percent)
{
    if (percent >= 100.0)
        return GoalStatus::Achieved;
    if (percent >= 75.0)
        return GoalStatus::OnTrack;
    if (percent >= 50.0)
        return GoalStatus::Behind;
    return GoalStatus::AtRisk;
}

QString KpiCard::goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::None:
        return {};
    case GoalStatus::Achieved:
        return tr("achieved");
    case GoalStatus::OnTrack:
        return tr("on track");
    case GoalStatus::Behind:
        return tr("behind");
    case GoalStatus::AtRisk:
        return tr("at risk");
    }
    return {};
}

bool KpiCard::lowerIsBetter(const QString& kpiId)
{
    static const QStringList ids{QStringLiteral("payment_delay_months"), QStringLiteral("ad_cpm"),
                                 QStringLiteral("ad_cpc"), QStringLiteral("cost_per_follower"),
                                 QStringLiteral("cost_per_incremental_stream")};
    return ids.contains(kpiId);
}

QString KpiCard::goalStatusText() const
{
    return goalStatusName(m_goalStatus);
}

int KpiCard::progressValue() const
{
    return m_progress ? m_progress->value() : -1;
}

QList<double> KpiCard::sparklineSeries(const QString& kpiId, const DashboardData& data)
{
    const auto days = [](const QList<DailyPoint>& series) {
        QList<double> out;
        out.reserve(series.size());
        for (const DailyPoint& p : series)
            out << p.value;
        return out;
    };
    const auto months = [](const QList<MonthValue>& series) {
        QList<double> out;
        out.reserve(series.size());
        for (const MonthValue& m : series)
            out << m.value.toDouble();
        return out;
    };
    const auto id = [&kpiId](const char* name) { return kpiId == QLatin1String(name); };
    if (id("revenue") || id("revenue_share"))
        return months(data.revenueByMonth);
    if (id("expected_revenue"))
        return months(data.expectedByMonth);
    if (id("streams") || id("streams_daily_avg")) {
        // Every distributor platform, day by day.
        QMap<QDate, double> sum;
        for (DailySeries series : {DailySeries::StreamsSpotify, DailySeries::StreamsApple})
            for (const DailyPoint& p : data.daily.value(series))
                sum[p.day] += p.value;
        return QList<double>(sum.cbegin(), sum.cend());
    }
    if (id("streams_spotify"))
        return days(data.daily.value(DailySeries::StreamsSpotify));
    if (id("streams_apple"))
        return days(data.daily.value(DailySeries::StreamsApple));
    if (id("spotify_listeners"))
        return days(data.daily.value(DailySeries::SpotifyListeners));
    if (id("spotify_followers") || id("spotify_followers_gained"))
        return days(data.daily.value(DailySeries::SpotifyFollowers));
    if (id("tiktok_views"))
        return days(data.daily.value(DailySeries::TiktokViews));
    if (id("tiktok_followers") || id("tiktok_followers_gained"))
        return days(data.daily.value(DailySeries::TiktokFollowers));
    if (id("link_views"))
        return days(data.daily.value(DailySeries::LinkViews));
    if (id("link_clicks"))
        return days(data.daily.value(DailySeries::LinkClicks));
    if (id("ad_spend"))
        return days(data.daily.value(DailySeries::AdSpend));
    return {};
}

void KpiCard::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QFrame::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    Q_EMIT drillDownRequested(m_id);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        event->accept();
        Q_EMIT drillDownRequested(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::clear()
{
    if (m_sparkline) {
        m_sparkline->setValues({});
        m_sparkline->hide();
    }
    setGoal(GoalStatus::None, 0);
    setContent(KpiFormat::dash(), tr("no data"), Tone::Muted,
               tooltipFor(KpiCatalog::find(m_id), nullptr, nullptr));
}

void KpiCard::showData(const DashboardData& dashboard)
{
    const KpiDefinition* def = KpiCatalog::find(m_id);
    const KpiValue* v = dashboard.kpi(m_id);
    const KpiValue* prev = dashboard.previousKpi(m_id);
    const QString tooltip = tooltipFor(def, v, prev);
    if (m_sparkline) {
        m_sparkline->setValues(v && !v->isNull() ? sparklineSeries(m_id, dashboard) : QList<double>());
        m_sparkline->setVisible(m_sparkline->hasLine());
    }
    if (dashboard.isPending(m_id)) { // on its way: not "no data"
        setGoal(GoalStatus::None, 0);
        setContent(QStringLiteral("\u2026"), tr("reading the statement lines\u2026"), Tone::Muted, tooltip);
        return;
    }
    if (!v || v->isNull() || !def) {
        setGoal(GoalStatus::None, 0);
        setContent(KpiFormat::dash(), tr("no data"), Tone::Muted, tooltip);
        return;
    }

    const QString value = KpiFormat::value(*def, *v);
    QString caption;
    Tone tone = Tone::Muted;
    if (def->unit == KpiDefinition::Unit::Text) {
        // Nothing to compare a name with; say what the value is instead.
        caption = asOfCaption(*v);
        if (m_id == QLatin1String("top_country")) {
            const QLocale::Territory t = QLocale::codeToTerritory(v->text);
            if (t != QLocale::AnyTerritory)
                caption = QLocale::territoryToString(t);
        } else if (m_id == QLatin1String("top_track")) {
            caption = tr("ISRC") + (caption.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + caption);
        }
    } else {
        const KpiFormat::Change change = KpiFormat::change(*def, *v, prev);
        caption = change.text;
        const bool invert = lowerIsBetter(m_id);
        switch (change.direction) {
        case KpiFormat::Change::Direction::None:
            tone = Tone::Muted;
            break;
        case KpiFormat::Change::Direction::Flat:
            tone = Tone::Neutral;
            break;
        case KpiFormat::Change::Direction::Up:
            tone = invert ? Tone::Down : Tone::Up;
            break;
        case KpiFormat::Change::Direction::Down:
            tone = invert ? Tone::Up : Tone::Down;
            break;
        }
    }
    if (isGoal())
        setGoal(goalStatusFor(v->toDouble()), v->toDouble());
    setContent(value, caption, tone, tooltip);
}

void KpiCard::setGoal(GoalStatus status, double percent)
{
    if (!m_progress)
        return;
    m_goalStatus = status;
    if (status == GoalStatus::None)
        m_progress->reset(); // an empty bar, not a 0% one
    else
        m_progress->setValue(int(std::lround(std::clamp(percent, 0.0, 100.0))));
    m_statusLabel->setText(goalStatusName(status));
    static const char* const names[] = {"none", "achieved", "onTrack", "behind", "atRisk"};
    const QString key = QString::fromLatin1(names[int(status)]);
    if (m_progress->property("status").toString() != key) {
        m_progress->setProperty("status", key);
        m_statusLabel->setProperty("status", key);
        repolish(m_progress);
        repolish(m_statusLabel);
    }
}

void KpiCard::setContent(const QString& value, const QString& caption, Tone tone, const QString& tooltip)
{
    m_value = value;
    m_caption = caption;
    setToolTip(tooltip);
    QString description = value + u' ' + caption;
    if (m_goalStatus != GoalStatus::None)
        description += u' ' + goalStatusText();
    setAccessibleDescription(description);
    if (tone != m_tone) {
        m_tone = tone;
        static const char* const names[] = {"neutral", "up", "down", "muted"};
        m_captionLabel->setProperty("tone", QString::fromLatin1(names[int(tone)]));
        repolish(m_captionLabel);
    }
    updateElided();
}

void KpiCard::repolish(QWidget* widget)
{
    // Property selectors in the style sheet only re-match after a re-polish.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void KpiCard::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateElided();
}

void KpiCard::updateElided()
{
    // A long store name must not stretch the card grid; the full text stays in the tooltip and accessors.
    const int width = std::max(10, m_valueLabel->width());
    const QString shown = m_valueLabel->fontMetrics().elidedText(m_value, Qt::ElideRight, width);
    m_valueLabel->setText(shown);
    m_valueLabel->setToolTip(shown != m_value ? m_value : QString());
    m_captionLabel->setText(m_captionLabel->fontMetrics().elidedText(m_caption, Qt::ElideRight,
                                                                     std::max(10, m_captionLabel->width())));
    m_titleLabel->setText(m_titleLabel->fontMetrics().elidedText(accessibleName(), Qt::ElideRight,
                                                                 std::max(10, m_titleLabel->width())));
}

} // namespace bedrot

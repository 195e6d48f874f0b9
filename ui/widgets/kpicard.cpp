// KPI card: formats one KpiValue by its unit and explains it in the tooltip.
#include "kpicard.h"

#include "analytics/dashboarddata.h"
#include "analytics/kpicatalog.h"
#include "kpiformat.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace bedrot {

namespace {

QString tooltipFor(const KpiDefinition* def, const KpiValue* value)
{
    if (!def) return {};
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>") + def->title.toHtmlEscaped()
        + QStringLiteral("</b></p><p>") + def->definition.toHtmlEscaped() + QStringLiteral("</p><p>")
        + KpiCard::tr("Sources: %1").arg(def->sources).toHtmlEscaped() + QStringLiteral("<br>");
    const QString asOf = value && value->asOf.isValid() ? value->asOf.toString(Qt::ISODate) : KpiFormat::dash();
    html += KpiCard::tr("As of: %1").arg(asOf).toHtmlEscaped();
    if (value && !value->isNull())
        html += QStringLiteral("<br>") + KpiCard::tr("Exact value: %1").arg(KpiFormat::exact(*value)).toHtmlEscaped();
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
    setFocusPolicy(Qt::TabFocus); // keyboard users can reach the tooltip text via accessibility
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    const KpiDefinition* def = KpiCatalog::find(kpiId);
    m_titleLabel = new QLabel(def ? def->title : kpiId, this);
    m_titleLabel->setObjectName(QStringLiteral("KpiTitle"));
    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(QStringLiteral("KpiValue"));
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // users copy ISRCs and amounts
    m_valueLabel->setMinimumWidth(40);
    m_valueLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, never widens the grid
    m_captionLabel = new QLabel(this);
    m_captionLabel->setObjectName(QStringLiteral("KpiDelta"));
    m_captionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_captionLabel->setProperty("tone", QStringLiteral("muted"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_captionLabel);
    setAccessibleName(m_titleLabel->text());
    clear();
}

void KpiCard::clear()
{
    setContent(KpiFormat::dash(), tr("no data"), Tone::Muted, tooltipFor(KpiCatalog::find(m_id), nullptr));
}

void KpiCard::showData(const DashboardData& dashboard)
{
    const KpiDefinition* def = KpiCatalog::find(m_id);
    const KpiValue* v = dashboard.kpi(m_id);
    const QString tooltip = tooltipFor(def, v);
    if (!v || v->isNull() || !def) {
        setContent(KpiFormat::dash(), tr("no data"), Tone::Muted, tooltip);
        return;
    }

    QString value;
    switch (def->unit) {
    case KpiDefinition::Unit::Money:
        value = v->kind == KpiValue::Kind::Money ? KpiFormat::money(v->money) : KpiFormat::perStream(v->toDouble());
        break;
    case KpiDefinition::Unit::PerStream: value = KpiFormat::perStream(v->toDouble()); break;
    case KpiDefinition::Unit::Months: value = KpiFormat::months(v->toDouble()); break;
    case KpiDefinition::Unit::Count:
        value = v->kind == KpiValue::Kind::Integer ? KpiFormat::count(v->integer)
                                                   : KpiFormat::locale().toString(v->toDouble(), 'f', 1);
        break;
    case KpiDefinition::Unit::Percent: value = KpiFormat::locale().toString(v->toDouble(), 'f', 1) + u'%'; break;
    case KpiDefinition::Unit::Ratio: value = KpiFormat::locale().toString(v->toDouble() * 100.0, 'f', 2) + u'%'; break;
    case KpiDefinition::Unit::Text: value = v->text; break;
    }

    QString caption = asOfCaption(*v);
    Tone tone = Tone::Muted;
    if (m_id == QLatin1String("revenue")) {
        // The headline number: say how it moved against the period just before.
        const KpiValue* prev = dashboard.kpi(QStringLiteral("revenue_prev"));
        if (!prev || prev->isNull() || prev->kind != KpiValue::Kind::Money) {
            caption = tr("no data for the previous period");
        } else if (const QString pct = KpiFormat::percentChange(v->money, prev->money); pct.isEmpty()) {
            caption = tr("previous period: %1").arg(KpiFormat::money(prev->money));
        } else {
            const bool up = v->money > prev->money, down = v->money < prev->money;
            caption = (up ? QStringLiteral("\u25b2 ") : down ? QStringLiteral("\u25bc ") : QString())
                + tr("%1 vs previous period").arg(pct);
            tone = up ? Tone::Up : down ? Tone::Down : Tone::Neutral;
        }
    } else if (m_id == QLatin1String("top_country")) {
        const QLocale::Territory t = QLocale::codeToTerritory(v->text);
        if (t != QLocale::AnyTerritory) caption = QLocale::territoryToString(t);
    } else if (m_id == QLatin1String("top_track")) {
        caption = tr("ISRC") + (caption.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + caption);
    }
    setContent(value, caption, tone, tooltip);
}

void KpiCard::setContent(const QString& value, const QString& caption, Tone tone, const QString& tooltip)
{
    m_value = value;
    m_caption = caption;
    setToolTip(tooltip);
    setAccessibleDescription(value + u' ' + caption);
    if (tone != m_tone) {
        m_tone = tone;
        static const char* const names[] = {"neutral", "up", "down", "muted"};
        m_captionLabel->setProperty("tone", QString::fromLatin1(names[int(tone)]));
        // Property selectors in the style sheet only re-match after a re-polish.
        m_captionLabel->style()->unpolish(m_captionLabel);
        m_captionLabel->style()->polish(m_captionLabel);
    }
    updateElided();
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
    m_captionLabel->setText(m_captionLabel->fontMetrics().elidedText(m_caption, Qt::ElideRight, std::max(10, m_captionLabel->width())));
}

} // namespace bedrot

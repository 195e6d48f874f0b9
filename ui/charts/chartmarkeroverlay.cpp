// Markers are plain graphics items on the chart, placed from the plot area whenever it moves: a
// series per marker would crowd the legend and the hover signals.
#include "chartmarkeroverlay.h"

#include "theme/darktheme.h"
#include "timeserieschart.h"
#include "widgets/kpiformat.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace bedrot {

namespace {

// Marker labels longer than this are elided (the tooltip has the whole name).
constexpr int kMarkerLabelChars = 22;

QColor markerColour(ChartMarker::Kind kind)
{
    switch (kind) {
    case ChartMarker::Kind::Release:
        return QColor(QLatin1String(theme::kText));
    case ChartMarker::Kind::CampaignStart:
        return QColor(QLatin1String(theme::kPositive));
    case ChartMarker::Kind::CampaignStop:
        return QColor(QLatin1String(theme::kNegative));
    }
    return QColor(QLatin1String(theme::kText));
}

// The tooltip's first line. The chart's translation context, where the German texts already are.
QString markerText(const ChartMarker& m)
{
    switch (m.kind) {
    case ChartMarker::Kind::Release:
        return QCoreApplication::translate("bedrot::TimeSeriesChart", "Release: %1").arg(m.label);
    case ChartMarker::Kind::CampaignStart:
        return QCoreApplication::translate("bedrot::TimeSeriesChart", "Ad campaign starts: %1").arg(m.label);
    case ChartMarker::Kind::CampaignStop:
        return QCoreApplication::translate("bedrot::TimeSeriesChart", "Ad campaign ends: %1").arg(m.label);
    }
    return {};
}

} // namespace

QString ChartMarkerOverlay::csvKey(ChartMarker::Kind kind)
{
    switch (kind) {
    case ChartMarker::Kind::Release:
        return QStringLiteral("release");
    case ChartMarker::Kind::CampaignStart:
        return QStringLiteral("campaign_start");
    case ChartMarker::Kind::CampaignStop:
        return QStringLiteral("campaign_stop");
    }
    return {};
}

void ChartMarkerOverlay::clear()
{
    qDeleteAll(m_items);
    m_items.clear();
}

void ChartMarkerOverlay::place(QChart* chart, QAbstractSeries* anchor, const QList<ChartMarker>& markers,
                               QFont font)
{
    clear();
    if (!anchor || markers.isEmpty())
        return;
    const QRectF plot = chart->plotArea();
    font.setPointSizeF(7.5);
    const QFontMetricsF metrics(font);
    qreal lastLabelX = -1e9;
    for (const ChartMarker& m : markers) {
        const qreal x = chart->mapToPosition(QPointF(TimeSeriesChart::toX(m.day), 0), anchor).x();
        const QColor colour = markerColour(m.kind);
        const QString when = KpiFormat::locale().toString(m.day, QStringLiteral("ddd d MMM yyyy"));
        // A band a few pixels wide carries the tooltip: a hairline is too thin to hover.
        auto* hit = new QGraphicsRectItem(x - 4, plot.top(), 8, plot.height(), chart);
        hit->setPen(Qt::NoPen);
        hit->setBrush(Qt::NoBrush);
        hit->setAcceptedMouseButtons(Qt::NoButton); // double-clicks reach the series below
        hit->setZValue(8);
        hit->setToolTip(markerText(m) + u'\n' + when);
        QColor lineColour = colour;
        lineColour.setAlpha(150);
        QPen pen(lineColour);
        pen.setWidthF(1.0);
        pen.setStyle(m.kind == ChartMarker::Kind::Release ? Qt::DashLine : Qt::DotLine);
        auto* line = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), hit);
        line->setPen(pen);
        // Release titles run up their line; one that would touch the last is left to the tooltip.
        // Campaign starts and stops come in pairs per ad set and would bury the data in text: their
        // dotted lines are named by the tooltip only.
        if (m.kind == ChartMarker::Kind::Release && x - lastLabelX >= metrics.height() + 2) {
            const QString text = metrics.elidedText(
                m.label, Qt::ElideRight, metrics.horizontalAdvance(QString(kMarkerLabelChars, u'n')));
            auto* label = new QGraphicsSimpleTextItem(text, hit);
            label->setFont(font);
            label->setBrush(colour);
            label->setRotation(-90);
            label->setPos(x + 2, plot.top() + metrics.horizontalAdvance(text) + 4);
            lastLabelX = x;
        }
        m_items << hit;
    }
}

} // namespace bedrot

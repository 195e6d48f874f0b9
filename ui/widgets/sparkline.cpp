// Sparkline: a polyline over the widget's width, scaled between the series' own minimum and maximum.
#include "sparkline.h"

#include "theme/darktheme.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>

namespace bedrot {

Sparkline::Sparkline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("KpiSparkline"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // never widens the card grid
    setFixedHeight(kHeight);
    setAttribute(Qt::WA_TransparentForMouseEvents); // a double-click belongs to the card
}

QSize Sparkline::sizeHint() const
{
    return {80, kHeight};
}

QSize Sparkline::minimumSizeHint() const
{
    return {10, kHeight};
}

void Sparkline::setValues(const QList<double>& values)
{
    if (values == m_values)
        return;
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (!hasLine())
        return;
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = *high - *low;
    const QRectF area = QRectF(rect()).adjusted(1.5, 3, -1.5, -3);
    // Two years of days on ~200 pixels: one point per pixel column is all the eye can see.
    const qsizetype n = m_values.size();
    const qsizetype steps = std::min<qsizetype>(n, std::max(2, int(area.width())));
    QPolygonF line;
    line.reserve(steps);
    for (qsizetype i = 0; i < steps; ++i) {
        const qsizetype at = steps == n ? i : i * (n - 1) / (steps - 1);
        const double x = area.left() + area.width() * double(i) / double(steps - 1);
        // A flat series sits in the middle rather than on the floor.
        const double share = span > 0 ? (m_values.at(at) - *low) / span : 0.5;
        line << QPointF(x, area.bottom() - share * area.height());
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill(QLatin1String(theme::kAccent));
    fill.setAlpha(40);
    QPainterPath under;
    under.moveTo(line.first().x(), area.bottom());
    for (const QPointF& pt : std::as_const(line))
        under.lineTo(pt);
    under.lineTo(line.last().x(), area.bottom());
    under.closeSubpath();
    p.fillPath(under, fill);
    p.setPen(QPen(QColor(QLatin1String(theme::kAccent)), 1.5));
    p.drawPolyline(line);
}

} // namespace bedrot

// Thins a long series to about one point per pixel before Qt Charts draws it, keeping its shape.
#pragma once

#include <QList>
#include <QPointF>

namespace bedrot {

class Downsampler
{
public:
    // Min/max per column: the x range is cut into `columns` equal columns and each keeps its
    // lowest and highest point (in x order), so spikes and dips survive; the first and last
    // points always stay. Input sorted by x; returned unchanged when it has at most 2 × columns
    // points (nothing to gain) or columns < 1.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF>& points, int columns);
};

} // namespace bedrot

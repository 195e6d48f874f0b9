// Min/max-per-column downsampling: cheap (one pass), and unlike averaging it never flattens a peak.
#include "downsampler.h"

#include <algorithm>

namespace bedrot {

QList<QPointF> Downsampler::minMaxPerColumn(const QList<QPointF>& points, int columns)
{
    if (columns < 1 || points.size() <= 2 * qsizetype(columns))
        return points;
    const double x0 = points.constFirst().x();
    const double span = points.constLast().x() - x0;
    if (!(span > 0))
        return points;

    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    out << points.constFirst();
    qsizetype i = 1;
    const qsizetype last = points.size() - 1;
    while (i < last) {
        const int column = std::min(columns - 1, int((points.at(i).x() - x0) / span * columns));
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < last && std::min(columns - 1, int((points.at(j).x() - x0) / span * columns)) == column;
             ++j) {
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
        }
        // In x order, so the line does not double back on itself.
        out << points.at(std::min(lo, hi));
        if (lo != hi)
            out << points.at(std::max(lo, hi));
        i = j;
    }
    out << points.constLast();
    return out;
}

} // namespace bedrot

// Release and campaign markers drawn over a time chart's plot area, and their words in the CSV.
#pragma once

#include "domain/chartvalues.h"

#include <QFont>
#include <QList>

class QAbstractSeries;
class QChart;
class QGraphicsRectItem;

namespace bedrot {

class ChartMarkerOverlay
{
public:
    ChartMarkerOverlay() = default;
    ChartMarkerOverlay(const ChartMarkerOverlay&) = delete;
    ChartMarkerOverlay& operator=(const ChartMarkerOverlay&) = delete;

    // Replaces what was drawn with `markers`, at their days on `anchor`'s date axis. The items are
    // children of the chart (it deletes them with itself); call again whenever the plot area moves.
    void place(QChart* chart, QAbstractSeries* anchor, const QList<ChartMarker>& markers, QFont font);
    void clear();
    // One band per marker, carrying its tooltip.
    const QList<QGraphicsRectItem*>& items() const { return m_items; }

    // The CSV's word for a marker: stable, untranslated.
    static QString csvKey(ChartMarker::Kind kind);

private:
    QList<QGraphicsRectItem*> m_items;
};

} // namespace bedrot

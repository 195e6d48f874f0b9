// Amounts by category as bars: revenue by country and by track (horizontal, largest on top) and
// the payment-delay distribution (vertical, by months). Each bar carries its CSV row, its tooltip
// and, where a Filter can select it, the filter a double-click drills into.
#pragma once

#include "chartpanel.h"
#include "domain/dashboarddata.h"

#include <QList>

#include <functional>
#include <optional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace bedrot {

class CategoryBarChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryBarChart)

public:
    struct Bar
    {
        QString label;               // on the category axis (elided when long)
        Money value;                 // the bar
        QStringList csv;             // its CSV row, in csvHeader() order
        QString tooltip;             // exact amounts
        std::optional<Filter> drill; // the rows behind it, when a filter can say which
    };
    using Builder = std::function<QList<Bar>(const DashboardData&)>;

    // Horizontal: categories down the left, the first bar on top. Vertical: left to right.
    CategoryBarChart(const QString& title, const QString& fileStem, Qt::Orientation orientation,
                     QWidget* parent = nullptr);

    // The three breakdowns of the Revenue page, named "chart-revenue-by-country",
    // "chart-revenue-by-track" and "chart-payment-delay".
    static CategoryBarChart* revenueByCountry(QWidget* parent = nullptr);
    static CategoryBarChart* revenueByTrack(QWidget* parent = nullptr);
    static CategoryBarChart* paymentDelays(QWidget* parent = nullptr);

    void setCsvHeader(const QStringList& header) { m_header = header; }
    void setBuilder(Builder builder) { m_builder = std::move(builder); }
    void setDrillKpi(const QString& kpiId) { m_drillKpi = kpiId; }
    void setEmptyText(const QString& text) { m_emptyText = text; }
    // While `pending` says an answer's bars are still being read, the note says `text` instead of
    // the empty text.
    void setPending(std::function<bool(const DashboardData&)> pending, const QString& text)
    {
        m_pending = std::move(pending);
        m_pendingText = text;
    }
    void setValueAxisTitle(const QString& title);
    void setCategoryAxisTitle(const QString& title);
    void setColour(int seriesIndex); // ChartStyle::seriesColor

    void setData(const DashboardData& data);
    void setBars(const Filter& filter, const QList<Bar>& bars);

    // What is drawn, in list order (first = top or left).
    QStringList labels() const;
    QList<qreal> values() const;
    QAbstractBarSeries* series() const { return m_series; }
    QBarCategoryAxis* categoryAxis() const { return m_categories; }
    // The drill-down of bar `index` (list order), as a double-click on it would ask for it.
    void activate(int index);

private:
    int listIndex(int barIndex) const;
    void onHovered(bool state, int index);

    Qt::Orientation m_orientation;
    QAbstractBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_values = nullptr;
    QStringList m_header;
    Builder m_builder;
    QString m_drillKpi;
    QString m_emptyText;
    std::function<bool(const DashboardData&)> m_pending;
    QString m_pendingText;
    QList<Bar> m_bars;
};

} // namespace bedrot

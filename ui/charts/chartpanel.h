// A titled chart with its export menu. Each chart keeps the table it draws, so "Export CSV" writes
// exactly the series and range on screen, and tests can read it without dialogs.
#pragma once

#include "domain/filter.h"

#include <QFrame>
#include <QImage>
#include <QStringList>

class QAction;
class QChart;
class QChartView;
class QLabel;
class QMenu;

namespace bedrot {

// Not final: MonthlyRevenueChart and StoreRevenueChart derive from it and fill chart and table.
class ChartPanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ~ChartPanel() override;

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    QString title() const;
    const Filter& filter() const { return m_filter; }
    const QStringList& csvHeader() const;
    const QList<QStringList>& csvRows() const;

    // RFC 4180, UTF-8, header row first.
    QByteArray csv() const;
    // Write to `path`; return an error message, or empty on success.
    QString exportCsv(const QString& path) const;
    QImage image() const;
    QString exportPng(const QString& path) const;
    // "<stem>_<from>_<to>[_<filters>].<extension>": the filter travels in the name, not in the file.
    QString suggestedFileName(const QString& extension) const;

    QAction* exportCsvAction() const { return m_exportCsv; }
    // The previous-period overlay of the charts that have one (enableComparison()): drawn when
    // switched on and there is data for it.
    bool comparisonEnabled() const { return m_compare; }
    void setComparisonEnabled(bool on);
    QAction* comparisonAction() const { return m_compareAction; }
    QAction* exportPngAction() const { return m_exportPng; }

public Q_SLOTS:
    void exportCsvWithDialog();
    void exportPngWithDialog();

Q_SIGNALS:
    void exported(const QString& path);
    void exportFailed(const QString& message);
    // A double-click on a bar or point: the rows behind `kpiId` under `narrowed`, the chart's filter
    // cut to that month, day or store.
    void drillDownRequested(const QString& kpiId, const bedrot::Filter& narrowed);

protected:
    ChartPanel(const QString& title, const QString& fileStem, QWidget* parent);

    // What the chart now draws, as a table (and the filter it was computed for).
    void setTable(const Filter& filter, const QStringList& header, const QList<QStringList>& rows);
    // The same, built only when read (an export, a test): buildTable() is asked for it then. A chart
    // redrawn on every answer of an import, or on a page nobody looks at, pays nothing for its table.
    void setTableStale(const Filter& filter);
    virtual void buildTable(QStringList& header, QList<QStringList>& rows) const;
    // Adds "Compare with previous period" to the chart's menu; `tooltip` says how it is drawn.
    void enableComparison(const QString& tooltip);
    // The overlay was switched on or off: draw again.
    virtual void comparisonChanged() {}
    // A centred note over the plot ("no data…"); empty hides it.
    void setEmptyMessage(const QString& text);
    // A short muted note in the header, after the range (a legend for what the legend leaves out).
    void setHeaderNote(const QString& text);
    // The export menu (right-click and the Export button), for charts that add their own actions.
    QMenu* menu() const { return m_menu; }
    // The chart's filter cut to one month or one day (within the range), for a drill-down.
    static Filter narrowedToMonth(const Filter& filter, int year, int month);
    static Filter narrowedToDay(const Filter& filter, QDate day);

    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString saveTarget(const QString& caption, const QString& extension, const QString& nameFilter);
    void showMenu(const QPoint& globalPos);
    void setRangeLabel(const Filter& filter);
    void ensureTable() const;

    QString m_fileStem;
    Filter m_filter;
    mutable QStringList m_header;
    mutable QList<QStringList> m_rows;
    mutable bool m_tableStale = false;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_compareAction = nullptr;
    bool m_compare = false;
};

} // namespace bedrot

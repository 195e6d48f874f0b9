// Which chart Ctrl+E exports (the one holding focus, else the one used last if it is on screen,
// else the first one on the page shown), and the exports of a chart or of the whole page.
#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace bedrot {

class ChartPanel;
class DashboardPages;
class DateRangeSelector;

class ChartExports final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExports)

public:
    // Follows the focus among the charts of `pages`; `range` names the page's export; dialogs are
    // parented to `window`.
    ChartExports(DashboardPages* pages, DateRangeSelector* range, QWidget* window);

    ChartPanel* currentChart() const;
    // Writes the page on screen as PNG; returns an error message or empty.
    QString exportDashboardPng(const QString& path) const;

public Q_SLOTS:
    void exportCurrentChartCsv();
    void exportCurrentChartPng();
    // Asks where (a name with the page and the range) and writes the page on screen.
    void exportDashboardPngWithDialog();

Q_SIGNALS:
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    void onFocusChanged(QWidget* now);

    DashboardPages* m_pages;
    DateRangeSelector* m_range;
    QWidget* m_window;
    QPointer<ChartPanel> m_lastChart;
};

} // namespace bedrot

// Chart and page exports: the current chart follows the keyboard focus.
#include "chartexports.h"

#include "charts/chartpanel.h"
#include "pages/dashboardpages.h"
#include "widgets/daterangeselector.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStyle>

namespace bedrot {

ChartExports::ChartExports(DashboardPages* pages, DateRangeSelector* range, QWidget* window)
    : QObject(window), m_pages(pages), m_range(range), m_window(window)
{
    for (ChartPanel* chart : m_pages->charts()) {
        connect(chart, &ChartPanel::exported, this, &ChartExports::exported);
        connect(chart, &ChartPanel::exportFailed, this, &ChartExports::exportFailed);
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { onFocusChanged(now); });
}

void ChartExports::onFocusChanged(QWidget* now)
{
    ChartPanel* focused = nullptr;
    for (QWidget* w = now; w && !focused; w = w->parentWidget())
        focused = qobject_cast<ChartPanel*>(w);
    if (!focused)
        return; // leaving a chart for the menu or toolbar keeps it current
    m_lastChart = focused;
    for (ChartPanel* chart : m_pages->charts()) {
        chart->setProperty("current", chart == focused);
        chart->style()->unpolish(chart);
        chart->style()->polish(chart);
    }
}

ChartPanel* ChartExports::currentChart() const
{
    const QList<ChartPanel*> charts = m_pages->charts();
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto* chart = qobject_cast<ChartPanel*>(w); chart && charts.contains(chart))
            return chart;
    ChartPanel* last = m_lastChart.data();
    if (last && last->isVisible())
        return last;
    for (ChartPanel* chart : charts)
        if (chart->isVisible())
            return chart; // the page on screen, not one hidden behind a tab
    if (last)
        return last;
    return charts.value(0);
}

void ChartExports::exportCurrentChartCsv()
{
    if (ChartPanel* chart = currentChart())
        chart->exportCsvWithDialog();
}

void ChartExports::exportCurrentChartPng()
{
    if (ChartPanel* chart = currentChart())
        chart->exportPngWithDialog();
}

QString ChartExports::exportDashboardPng(const QString& path) const
{
    const QImage image = m_pages->currentPageImage();
    if (image.isNull())
        return tr("There is no page to export.");
    if (!image.save(path, "PNG"))
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void ChartExports::exportDashboardPngWithDialog()
{
    QString name =
        QStringLiteral("bedrot_") + DashboardPages::pageKey(DashboardPages::Page(m_pages->currentIndex()));
    // The range as the selector shows it ("All time" shows the data's extent).
    if (m_range->from().isValid() && m_range->to().isValid())
        name += u'_' + m_range->from().toString(Qt::ISODate) + u'_' + m_range->to().toString(Qt::ISODate);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Dashboard as PNG"),
                                                      QDir(dir).filePath(name + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = exportDashboardPng(path);
    if (error.isEmpty())
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(error);
}

} // namespace bedrot

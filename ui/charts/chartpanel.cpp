// Chart panel: header, view, empty note, context menu and the CSV / PNG exports.
#include "chartpanel.h"

#include "export/csvwriter.h"
#include "theme/chartstyle.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bedrot {

namespace {

QString fileNamePart(const QString& text)
{
    // Keep names portable across file systems: letters, digits, dot, dash, underscore.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString out = text;
    out.replace(unsafe, QStringLiteral("-"));
    return out;
}

CsvWriter tableWriter(const QStringList& header, const QList<QStringList>& rows)
{
    CsvWriter writer;
    writer.addRow(header);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer;
}

} // namespace

ChartPanel::ChartPanel(const QString& title, const QString& fileStem, QWidget* parent)
    : QFrame(parent), m_fileStem(fileStem)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus); // "Export" (Ctrl+E) goes to the chart the user last clicked

    m_chart = new QChart;
    ChartStyle::apply(m_chart);
    m_view = new QChartView(m_chart, this); // the view's scene owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    // Qt Charts 6.4 leaves stale axis labels behind when an update moves the plot area (new category
    // widths, new label format); repainting the whole, small viewport is cheap and always right.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setMinimumSize(260, 200);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's own menu handles right-clicks
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // mouse and context-menu events land on the viewport

    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(QStringLiteral("ChartTitle"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("ChartSubtitle"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("ChartSubtitle"));
    m_noteLabel->hide();

    m_exportCsv = new QAction(tr("Export CSV\u2026"), this);
    m_exportCsv->setToolTip(tr("Save the data of this chart, exactly as shown, as a CSV file"));
    m_exportPng = new QAction(tr("Export PNG\u2026"), this);
    m_exportPng->setToolTip(tr("Save this chart as a PNG image"));
    connect(m_exportCsv, &QAction::triggered, this, &ChartPanel::exportCsvWithDialog);
    connect(m_exportPng, &QAction::triggered, this, &ChartPanel::exportPngWithDialog);
    m_menu = new QMenu(this);
    m_menu->addAction(m_exportCsv);
    m_menu->addAction(m_exportPng);

    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("ChartExportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Export this chart as CSV or PNG"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(m_menu);
    exportButton->setFocusPolicy(Qt::TabFocus);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 8, 0);
    header->setSpacing(10);
    header->addWidget(m_titleLabel);
    header->addWidget(m_rangeLabel);
    header->addWidget(m_noteLabel);
    header->addStretch(1);
    header->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    m_emptyLabel = new QLabel(m_view);
    m_emptyLabel->setObjectName(QStringLiteral("ChartEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents); // right-click still reaches the menu
    m_emptyLabel->hide();
}

ChartPanel::~ChartPanel() = default;

QString ChartPanel::title() const
{
    return m_titleLabel->text();
}

void ChartPanel::setTable(const Filter& filter, const QStringList& header, const QList<QStringList>& rows)
{
    m_header = header;
    m_rows = rows;
    m_tableStale = false;
    setRangeLabel(filter);
}

void ChartPanel::setTableStale(const Filter& filter)
{
    m_tableStale = true;
    setRangeLabel(filter);
}

void ChartPanel::buildTable(QStringList& /*header*/, QList<QStringList>& /*rows*/) const {}

void ChartPanel::ensureTable() const
{
    if (!m_tableStale)
        return;
    m_header.clear();
    m_rows.clear();
    buildTable(m_header, m_rows);
    m_tableStale = false;
}

const QStringList& ChartPanel::csvHeader() const
{
    ensureTable();
    return m_header;
}

const QList<QStringList>& ChartPanel::csvRows() const
{
    ensureTable();
    return m_rows;
}

void ChartPanel::setRangeLabel(const Filter& filter)
{
    m_filter = filter;
    m_rangeLabel->setText(filter.isValid()
                              ? QStringLiteral("%1 \u2013 %2")
                                    .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))
                              : QString());
}

void ChartPanel::enableComparison(const QString& tooltip)
{
    m_compareAction = new QAction(tr("Compare with previous period"), this);
    m_compareAction->setCheckable(true);
    m_compareAction->setChecked(m_compare);
    m_compareAction->setToolTip(tooltip);
    connect(m_compareAction, &QAction::toggled, this, &ChartPanel::setComparisonEnabled);
    m_menu->addSeparator();
    m_menu->addAction(m_compareAction);
}

void ChartPanel::setComparisonEnabled(bool on)
{
    if (m_compareAction) {
        const QSignalBlocker block(m_compareAction);
        m_compareAction->setChecked(on);
    }
    if (on == m_compare)
        return;
    m_compare = on;
    comparisonChanged();
}

void ChartPanel::setEmptyMessage(const QString& text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    m_emptyLabel->setGeometry(m_view->rect().adjusted(40, 40, -40, -40));
}

void ChartPanel::setHeaderNote(const QString& text)
{
    m_noteLabel->setText(text);
    m_noteLabel->setVisible(!text.isEmpty());
}

Filter ChartPanel::narrowedToMonth(const Filter& filter, int year, int month)
{
    Filter f = filter;
    const QDate first(year, month, 1);
    f.from = filter.from.isValid() ? std::max(first, filter.from) : first;
    f.to = filter.to.isValid() ? std::min(first.addMonths(1).addDays(-1), filter.to)
                               : first.addMonths(1).addDays(-1);
    return f;
}

Filter ChartPanel::narrowedToDay(const Filter& filter, QDate day)
{
    Filter f = filter;
    f.from = day;
    f.to = day;
    return f;
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_view->rect().adjusted(40, 40, -40, -40));
    if ((watched == m_view || watched == m_view->viewport()) && event->type() == QEvent::ContextMenu) {
        showMenu(static_cast<QContextMenuEvent*>(event)->globalPos());
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    showMenu(event->globalPos());
    event->accept();
}

void ChartPanel::showMenu(const QPoint& globalPos)
{
    setFocus(Qt::PopupFocusReason);
    m_menu->popup(globalPos);
}

QByteArray ChartPanel::csv() const
{
    return tableWriter(csvHeader(), csvRows()).data();
}

QString ChartPanel::exportCsv(const QString& path) const
{
    return tableWriter(csvHeader(), csvRows()).save(path).errorMessage();
}

QImage ChartPanel::image() const
{
    return m_view->grab().toImage();
}

QString ChartPanel::exportPng(const QString& path) const
{
    const QImage img = image();
    if (img.isNull())
        return tr("The chart could not be drawn into an image.");
    if (!img.save(path, "PNG"))
        return tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString ChartPanel::suggestedFileName(const QString& extension) const
{
    QString name = m_fileStem;
    if (m_filter.isValid())
        name += u'_' + m_filter.from.toString(Qt::ISODate) + u'_' + m_filter.to.toString(Qt::ISODate);
    if (!m_filter.artist.isEmpty())
        name += QStringLiteral("_artist-") + m_filter.artist;
    if (!m_filter.track.isEmpty())
        name += QStringLiteral("_track-") + m_filter.track;
    if (!m_filter.platform.isEmpty())
        name += QStringLiteral("_platform-") + m_filter.platform;
    return fileNamePart(name) + u'.' + extension;
}

QString ChartPanel::saveTarget(const QString& caption, const QString& extension, const QString& nameFilter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, caption, QDir(dir).filePath(suggestedFileName(extension)),
                                        nameFilter);
}

void ChartPanel::exportCsvWithDialog()
{
    const QString path =
        saveTarget(tr("Export %1 as CSV").arg(title()), QStringLiteral("csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (error.isEmpty())
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(error);
}

void ChartPanel::exportPngWithDialog()
{
    const QString path =
        saveTarget(tr("Export %1 as PNG").arg(title()), QStringLiteral("png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = exportPng(path);
    if (error.isEmpty())
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(error);
}

} // namespace bedrot

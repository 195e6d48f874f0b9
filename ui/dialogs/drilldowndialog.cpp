// Drill-down dialog: DrillDownModel behind a filter/sort proxy; the footer and the CSV always
// follow the proxy, so they describe exactly the rows on screen.
#include "drilldowndialog.h"

#include "analytics/kpicatalog.h"
#include "export/csvwriter.h"
#include "models/drilldownmodel.h"
#include "theme/darktheme.h"
#include "widgets/daterangeselector.h"
#include "widgets/kpiformat.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bedrot {

namespace {
constexpr int kMaxColumnWidth = 280; // long titles would otherwise push the sums off screen
constexpr int kRawFileWidth =
    150; // a content hash: both ends (elided in the middle) are enough to tell files apart
} // namespace

DrillDownDialog::DrillDownDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("drilldown-dialog"));
    setWindowTitle(tr("Rows behind a KPI"));
    resize(1200, 640);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(11);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("drilldown-title"));
    m_title->setText(windowTitle());
    m_definition = new QLabel(this);
    m_definition->setObjectName(QStringLiteral("DialogHint"));
    m_definition->setWordWrap(true);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("drilldown-scope"));
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scope->hide();

    m_model = new DrillDownModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DrillDownModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(DrillDownModel::ExactTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: a store, a track, a file name, a day

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("drilldown-filter"));
    m_filter->setPlaceholderText(tr("Filter rows (store, track, country, file, \u2026)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drilldown-view"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // file paths and hashes keep both ends
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::AlignLeft | Qt::AlignVCenter); // right-aligned titles run into the sort arrow
    m_view->horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // the warehouse's order until the user sorts
    m_view->setSortingEnabled(true);
    connect(m_view, &QTableView::activated, this, &DrillDownDialog::onActivated);

    // Every change of the rows shown: filter, sort, a new answer.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DrillDownDialog::updateFooter);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DrillDownDialog::updateFooter);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DrillDownDialog::updateFooter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DrillDownDialog::updateFooter);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("drilldown-note"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("drilldown-footer"));
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse); // the sum is often pasted elsewhere

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export CSV\u2026"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("drilldown-export"));
    m_export->setToolTip(tr("Save the rows shown, filtered and sorted as they are, as a CSV file"));
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportCsvWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the table (open a row's raw file) and to the filter, never to Close.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_footer, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_definition);
    layout->addWidget(m_scope);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addLayout(bottom);

    updateFooter();
}

QString DrillDownDialog::titleFor(const QString& kpiId)
{
    const KpiDefinition* def = KpiCatalog::find(kpiId);
    return tr("Rows behind %1").arg(def ? def->title : kpiId);
}

QString DrillDownDialog::scopeText(const Filter& filter)
{
    if (!filter.isValid())
        return {};
    // "All time" asks for everything there could be (DateRangeSelector::everything()): say so
    // rather than print 1990 and 2100. Days as the charts' range labels write them.
    const auto [first, last] = DateRangeSelector::everything();
    QStringList parts{
        filter.from <= first && filter.to >= last
            ? tr("all time")
            : tr("%1 to %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))};
    if (!filter.artist.isEmpty())
        parts << tr("artist %1").arg(filter.artist);
    if (!filter.track.isEmpty())
        parts << tr("track %1").arg(filter.track);
    if (!filter.platform.isEmpty())
        parts << tr("platform %1").arg(filter.platform);
    if (!filter.country.isEmpty())
        parts << tr("country %1").arg(filter.country);
    if (filter.delayMonths)
        parts << (*filter.delayMonths == 1 ? tr("reported 1 month after use")
                                           : tr("reported %1 months after use").arg(*filter.delayMonths));
    return parts.join(QStringLiteral(" \u00b7 "));
}

void DrillDownDialog::setKpi(const QString& kpiId)
{
    if (kpiId != m_kpiId) {
        // Another KPI has other columns: a filter or sort column chosen for the last one means nothing here.
        m_filter->clear();
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_kpiId = kpiId;
    setWindowTitle(titleFor(kpiId));
    m_title->setText(windowTitle());
    const KpiDefinition* def = KpiCatalog::find(kpiId);
    m_definition->setText(def ? def->definition : QString());
    m_definition->setVisible(!m_definition->text().isEmpty());
}

void DrillDownDialog::setLoading(const QString& kpiId)
{
    setKpi(kpiId);
    m_loading = true;
    m_model->setDrillDown(DrillDown{});
    setNote(tr("Loading the rows\u2026"), Tone::Neutral);
    updateFooter();
}

void DrillDownDialog::setDrillDown(const DrillDown& drillDown)
{
    // Drill-downs carry no generation: a late answer for the KPI the user asked for before is dropped.
    if (m_loading && drillDown.kpiId != m_kpiId)
        return;
    setKpi(drillDown.kpiId);
    m_loading = false;
    m_scope->setText(scopeText(drillDown.filter));
    m_scope->setVisible(!m_scope->text().isEmpty());

    m_model->setDrillDown(drillDown);
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        const int most = m_model->columnId(c) == QLatin1String("raw_file") ? kRawFileWidth : kMaxColumnWidth;
        if (header->sectionSize(c) > most)
            header->resizeSection(c, most);
    }

    if (drillDown.error) {
        setNote(tr("The rows could not be read: %1").arg(drillDown.error->message), Tone::Problem);
    } else if (drillDown.totalRows > drillDown.rows.size()) {
        const QLocale locale = KpiFormat::locale();
        setNote(
            tr("Showing the first %1 of %2 rows. The sum and the export cover the rows shown; narrow the "
               "date "
               "range or filters to see the rest.")
                .arg(locale.toString(qint64(drillDown.rows.size())), locale.toString(drillDown.totalRows)),
            Tone::Warning);
    } else {
        setNote(QString(), Tone::Neutral);
    }
    updateFooter();
}

QList<int> DrillDownDialog::visibleRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return rows;
}

QString DrillDownDialog::visibleSum() const
{
    const int column = m_model->valueColumn();
    return column < 0 ? QString() : m_model->exactSum(visibleRows(), column);
}

QString DrillDownDialog::footerText() const
{
    return m_footer->text();
}

QString DrillDownDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void DrillDownDialog::updateFooter()
{
    const int shown = m_proxy->rowCount();
    m_export->setEnabled(shown > 0);
    if (m_loading) {
        m_footer->clear();
        return;
    }
    const QString count = shown == 1 ? tr("1 row") : tr("%1 rows").arg(KpiFormat::locale().toString(shown));
    const int column = m_model->valueColumn();
    const QString sum = column < 0 ? QString() : m_model->displaySum(visibleRows(), column);
    m_footer->setText(sum.isEmpty()
                          ? count
                          : tr("%1 \u00b7 sum of %2: %3")
                                .arg(count, DrillDownModel::columnTitle(m_model->columnId(column)), sum));
}

void DrillDownDialog::setNote(const QString& text, Tone tone)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    // Amber for a capped answer (the numbers are partial), red when the rows could not be read.
    const char* colour = tone == Tone::Problem   ? theme::kNegative
                         : tone == Tone::Warning ? theme::kWarning
                                                 : theme::kTextMuted;
    QPalette palette = m_note->palette();
    palette.setColor(QPalette::WindowText, QColor(QLatin1String(colour)));
    m_note->setPalette(palette);
}

CsvWriter DrillDownDialog::csvWriter() const
{
    CsvWriter writer;
    writer.addRow(m_model->drillDown().columns);
    const int columns = m_model->columnCount();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList fields;
        fields.reserve(columns);
        for (int c = 0; c < columns; ++c)
            fields << m_proxy->index(r, c).data(DrillDownModel::ExactTextRole).toString();
        writer.addRow(fields);
    }
    return writer;
}

QByteArray DrillDownDialog::csv() const
{
    return csvWriter().data();
}

QString DrillDownDialog::exportCsv(const QString& path) const
{
    return csvWriter().save(path).errorMessage();
}

QString DrillDownDialog::suggestedFileName() const
{
    QString stem = m_kpiId.isEmpty() ? QStringLiteral("kpi") : m_kpiId;
    for (QChar& ch : stem)
        if (!ch.isLetterOrNumber() && ch != u'_' && ch != u'-')
            ch = u'_';
    return stem + QStringLiteral("_rows.csv");
}

void DrillDownDialog::exportCsvWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Rows as CSV"), QDir(dir).filePath(suggestedFileName()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (error.isEmpty()) {
        Q_EMIT exported(path);
        return;
    }
    QMessageBox::warning(this, tr("Export CSV"), error);
    Q_EMIT exportFailed(error);
}

void DrillDownDialog::onActivated(const QModelIndex& index)
{
    const QStringList& columns = m_model->drillDown().columns;
    const int raw = int(columns.indexOf(QStringLiteral("raw_file")));
    if (raw < 0 || !index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    const QVariantList& values = m_model->drillDown().rows.at(row);
    const QString rawFile = values.value(raw).toString();
    if (rawFile.isEmpty())
        return;
    const int file = int(columns.indexOf(QStringLiteral("file")));
    const int line = int(columns.indexOf(QStringLiteral("line")));
    Q_EMIT rawFileActivated(rawFile, file < 0 ? QString() : values.value(file).toString(),
                            line < 0 ? 0 : values.value(line).toLongLong());
}

} // namespace bedrot

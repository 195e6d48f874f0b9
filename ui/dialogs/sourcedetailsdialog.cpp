// Source details: two tables over the answer of Insights::sourceDetails.
#include "sourcedetailsdialog.h"

#include "models/quarantinemodel.h"
#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bedrot {

namespace {

QTableView* makeTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SourceDetailsDialog::SourceDetailsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("source-details"));
    setWindowTitle(tr("Source details"));
    resize(1100, 560);

    m_title = new QLabel(windowTitle(), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(11);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_quarantine = new QuarantineModel(this);
    m_quarantineProxy = new QSortFilterProxyModel(this);
    m_quarantineProxy->setSourceModel(m_quarantine);
    m_quarantineProxy->setSortRole(QuarantineModel::SortRole);
    m_quarantineProxy->setFilterKeyColumn(-1); // a file, a reason, a word of the raw text
    m_quarantineProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quarantine-filter"));
    m_filter->setPlaceholderText(tr("Filter rows (file, reason, raw text, \u2026)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_quarantineProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_quarantineView = makeTable(QStringLiteral("quarantine-view"), m_quarantineProxy, this);
    m_quarantineView->setTextElideMode(Qt::ElideRight);
    m_quarantineView->horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // by file and line until the user sorts
    m_quarantineView->setSortingEnabled(true);

    auto* quarantinePage = new QWidget(this);
    auto* quarantineLayout = new QVBoxLayout(quarantinePage);
    quarantineLayout->setContentsMargins(0, 6, 0, 0);
    quarantineLayout->addWidget(m_filter);
    quarantineLayout->addWidget(m_quarantineView, 1);

    m_imports = new ImportLogModel(this);
    auto* importsProxy = new QSortFilterProxyModel(this);
    importsProxy->setSourceModel(m_imports);
    importsProxy->setSortRole(ImportLogModel::SortRole);
    m_importsView = makeTable(QStringLiteral("imports-view"), importsProxy, this);
    m_importsView->setWordWrap(true); // the summary is a sentence or two
    m_importsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_importsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_importsView->setSortingEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("source-details-tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(quarantinePage, tr("&Quarantined rows"));
    m_tabs->addTab(m_importsView, tr("&Imports"));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("source-details-note"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false); // Enter belongs to the filter

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString SourceDetailsDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void SourceDetailsDialog::setNote(const QString& text, bool problem)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    QPalette palette = m_note->palette();
    palette.setColor(QPalette::WindowText,
                     QColor(QLatin1String(problem ? theme::kNegative : theme::kTextMuted)));
    m_note->setPalette(palette);
}

void SourceDetailsDialog::setLoading(const QString& sourceId, const QString& title)
{
    if (sourceId != m_sourceId)
        m_filter->clear();
    m_sourceId = sourceId;
    m_loading = true;
    setWindowTitle(tr("%1: quarantine and imports").arg(title.isEmpty() ? sourceId : title));
    m_title->setText(windowTitle());
    m_quarantine->setRows({});
    m_imports->setImports({});
    setNote(tr("Loading\u2026"), false);
}

void SourceDetailsDialog::setDetails(const SourceDetails& details)
{
    if (m_loading && details.sourceId != m_sourceId)
        return; // a late answer for the source asked for before
    m_loading = false;
    m_sourceId = details.sourceId;
    if (!details.title.isEmpty()) {
        setWindowTitle(tr("%1: quarantine and imports").arg(details.title));
        m_title->setText(windowTitle());
    }
    m_quarantine->setRows(details.quarantine);
    m_imports->setImports(details.imports);
    m_quarantineView->resizeColumnsToContents();
    QHeaderView* header = m_quarantineView->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (header->sectionSize(c) > 320)
            header->resizeSection(c, 320); // the raw text stretches, the rest stays readable
    m_importsView->resizeColumnsToContents();
    m_tabs->setTabText(
        0, tr("&Quarantined rows (%1)").arg(KpiFormat::locale().toString(details.totalQuarantined)));
    m_tabs->setTabText(1, tr("&Imports (%1)").arg(details.imports.size()));

    const QLocale locale = KpiFormat::locale();
    if (details.error)
        setNote(tr("The details could not be read: %1").arg(details.error->message), true);
    else if (details.totalQuarantined > details.quarantine.size())
        setNote(tr("Showing the first %1 of %2 quarantined rows.")
                    .arg(locale.toString(qint64(details.quarantine.size())),
                         locale.toString(details.totalQuarantined)),
                false);
    else if (details.imports.isEmpty())
        setNote(tr("Nothing of this source has been imported yet."), false);
    else if (details.totalQuarantined == 0)
        setNote(tr("No rows were set aside: every row of this source's files loaded or was already there."),
                false);
    else
        setNote(QString(), false);
    // Where the trouble is: the rows when there are some, else the imports.
    m_tabs->setCurrentIndex(details.totalQuarantined > 0 ? 0 : 1);
}

} // namespace bedrot

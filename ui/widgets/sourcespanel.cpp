// Sources panel: SourcesModel behind a sort proxy, a health-bar delegate, and the problems area.
#include "sourcespanel.h"

#include "models/sourcesmodel.h"
#include "widgets/healthbardelegate.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bedrot {

SourcesPanel::SourcesPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sources-panel"));

    auto* title = new QLabel(tr("Sources"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(11);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    m_refresh = new QPushButton(tr("Refresh All"), this);
    m_refresh->setObjectName(QStringLiteral("sources-refresh-all"));
    m_refresh->setToolTip(tr("Import every file waiting in the landing folder and recompute the dashboard"));
    connect(m_refresh, &QPushButton::clicked, this, &SourcesPanel::refreshRequested);

    m_model = new SourcesModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourcesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sources-view"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(
        SourcesModel::HealthColumn,
        new HealthBarDelegate(SourcesModel::HealthRole, SourcesModel::HealthColorRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // centred titles run into the sort arrow
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourcesModel::FreshnessColumn, QHeaderView::Stretch);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the catalogue's order until the user sorts
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPanel::showProblems);
    connect(m_view, &QTableView::activated, this, [this] { requestDetails(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesPanel::showProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPanel::showProblems);

    m_problemsTitle = new QLabel(this);
    m_problemsTitle->setObjectName(QStringLiteral("DialogHint"));
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("sources-problems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(m_problems->fontMetrics().lineSpacing() * 5 + 12);
    m_problems->setPlaceholderText(tr("Select a source to see what went wrong with its imports."));

    m_details = new QPushButton(tr("Quarantine and &Log…"), this);
    m_details->setObjectName(QStringLiteral("sources-details"));
    m_details->setToolTip(tr("The selected source's imports and the rows they set aside, with the reasons "
                             "(or double-click a source)"));
    m_details->setEnabled(false);
    connect(m_details, &QPushButton::clicked, this, &SourcesPanel::requestDetails);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_details);
    top->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);
    showProblems();
}

QString SourcesPanel::selectedSourceId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SourcesModel::SourceIdRole).toString();
}

bool SourcesPanel::selectSource(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(proxyIndex,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(proxyIndex);
    return true;
}

QString SourcesPanel::problemsText() const
{
    return m_problems->toPlainText();
}

void SourcesPanel::setSources(const QList<SourceStatus>& sources)
{
    const QString selected = selectedSourceId();
    m_model->setSources(sources);
    if (!selected.isEmpty() && selectedSourceId() != selected)
        selectSource(selected);
    showProblems();
}

void SourcesPanel::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    m_refresh->setEnabled(!refreshing);
    m_refresh->setText(refreshing ? tr("Refreshing\u2026") : tr("Refresh All"));
}

bool SourcesPanel::requestDetails()
{
    const QString id = selectedSourceId();
    if (id.isEmpty())
        return false;
    Q_EMIT detailsRequested(id);
    return true;
}

void SourcesPanel::showProblems()
{
    const QString id = selectedSourceId();
    const int row = m_model->rowOf(id);
    m_details->setEnabled(!id.isEmpty() && row >= 0);
    if (id.isEmpty() || row < 0) {
        m_problemsTitle->setText(tr("Problems"));
        m_problems->clear();
        return;
    }
    const SourceStatus& s = m_model->sources().at(row);
    m_problemsTitle->setText(tr("Problems of %1").arg(s.title));
    QStringList lines;
    for (const QString& p : s.problems)
        lines << QStringLiteral("\u2022 ") + p;
    m_problems->setPlainText(lines.isEmpty() ? tr("No problems") : lines.join(u'\n'));
}

} // namespace bedrot

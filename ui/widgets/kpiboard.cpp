// KPI board: builds a card per catalog entry, grouped under headings, and re-flows the grids when
// the available width changes how many cards fit side by side.
#include "kpiboard.h"

#include "analytics/kpicatalog.h"
#include "kpicard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace bedrot {

namespace {

constexpr int kSpacing = 12;

// The group order of the brief, named through a KPI of each group: group titles are translated,
// ids are not. Data that is always there comes first; sources not connected yet (email) go low.
const QList<std::pair<QString, const char*>>& representatives()
{
    static const QList<std::pair<QString, const char*>> list{
        {QStringLiteral("revenue"),
         QT_TRANSLATE_NOOP("bedrot::KpiBoard", "Statements: DistroKid bank details, TooLost sales reports")},
        {QStringLiteral("streams"),
         QT_TRANSLATE_NOOP("bedrot::KpiBoard", "Distributor daily stats: DistroKid, TooLost")},
        {QStringLiteral("spotify_listeners"),
         QT_TRANSLATE_NOOP("bedrot::KpiBoard", "Spotify for Artists, TikTok Studio, YouTube, Linktree")},
        {QStringLiteral("ad_spend"), QT_TRANSLATE_NOOP("bedrot::KpiBoard", "Meta and TikTok ads")},
        {QStringLiteral("email_subscribers"), QT_TRANSLATE_NOOP("bedrot::KpiBoard", "Mailchimp")},
        {QStringLiteral("goal_followers"),
         QT_TRANSLATE_NOOP("bedrot::KpiBoard",
                           "Targets: 500 USD and 200,000 streams a month, 10,000 followers")},
    };
    return list;
}

} // namespace

KpiBoard::KpiBoard(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kpi-board"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (const QString& group : groups()) {
        auto* heading = new QLabel(group, this);
        heading->setObjectName(QStringLiteral("KpiGroupTitle"));
        heading->setAccessibleName(group);
        auto* subtitle = new QLabel(subtitleOf(group), this);
        subtitle->setObjectName(QStringLiteral("KpiGroupSubtitle"));
        auto* header = new QHBoxLayout;
        header->setContentsMargins(2, layout->count() == 0 ? 0 : 14, 0, 2);
        header->setSpacing(12);
        header->addWidget(heading);
        header->addWidget(subtitle, 1, Qt::AlignBottom);
        layout->addLayout(header);

        Section section;
        section.group = group;
        section.grid = new QGridLayout;
        section.grid->setSpacing(kSpacing);
        for (const QString& id : idsOf(group)) {
            auto* card = new KpiCard(id, this);
            connect(card, &KpiCard::drillDownRequested, this, &KpiBoard::drillDownRequested);
            section.cards << card;
            m_cards << card;
        }
        layout->addLayout(section.grid);
        m_sections << section;
    }
    layout->addStretch(1);
    relayout(kMaxColumns);
}

QStringList KpiBoard::groups()
{
    QStringList out;
    for (const auto& [id, subtitle] : representatives())
        if (const KpiDefinition* def = KpiCatalog::find(id); def && !out.contains(def->group))
            out << def->group;
    for (const KpiDefinition& def : KpiCatalog::all())
        if (!out.contains(def.group))
            out << def.group; // a group added to the catalog later still shows
    return out;
}

QStringList KpiBoard::idsOf(const QString& group)
{
    QStringList out;
    for (const KpiDefinition& def : KpiCatalog::all())
        if (def.group == group)
            out << def.id;
    return out;
}

QString KpiBoard::subtitleOf(const QString& group)
{
    for (const auto& [id, subtitle] : representatives())
        if (const KpiDefinition* def = KpiCatalog::find(id); def && def->group == group)
            return tr(subtitle);
    return {};
}

KpiCard* KpiBoard::card(const QString& kpiId) const
{
    for (KpiCard* c : m_cards)
        if (c->kpiId() == kpiId)
            return c;
    return nullptr;
}

int KpiBoard::columnsFor(int width)
{
    return std::clamp((width + kSpacing) / (kMinCardWidth + kSpacing), kMinColumns, kMaxColumns);
}

void KpiBoard::showData(const DashboardData& dashboard)
{
    for (KpiCard* c : std::as_const(m_cards))
        c->showData(dashboard);
}

void KpiBoard::clear()
{
    for (KpiCard* c : std::as_const(m_cards))
        c->clear();
}

void KpiBoard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout(columnsFor(event->size().width()));
}

void KpiBoard::relayout(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (Section& s : m_sections) {
        for (KpiCard* c : std::as_const(s.cards))
            s.grid->removeWidget(c);
        for (QWidget* p : std::as_const(s.placeholders))
            s.grid->removeWidget(p);
        for (int i = 0; i < int(s.cards.size()); ++i)
            s.grid->addWidget(s.cards.at(i), i / columns, i % columns);
        // An empty column takes no space in a grid: a short group (three goals) would stretch its
        // cards over the row. Invisible cells that keep their size hold the columns, so cards keep
        // one width and line up from one group to the next.
        for (int i = int(s.cards.size()); i < columns; ++i) {
            if (s.placeholders.size() <= i - s.cards.size()) {
                auto* cell = new QWidget(this);
                QSizePolicy policy = cell->sizePolicy();
                policy.setRetainSizeWhenHidden(true);
                cell->setSizePolicy(policy);
                cell->hide();
                s.placeholders << cell;
            }
            s.grid->addWidget(s.placeholders.at(i - s.cards.size()), 0, i);
        }
        for (int c = 0; c < kMaxColumns; ++c)
            s.grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

} // namespace bedrot

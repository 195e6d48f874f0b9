// The dashboard's filter state between the toolbar widgets, the settings and the session.
#include "dashboardfilter.h"

#include "settings/uisettings.h"
#include "widgets/daterangeselector.h"
#include "widgets/filterbar.h"

namespace bedrot {

namespace {

using Preset = DateRangeSelector::Preset;

// The saved date range: a custom range with both days (in order), else the saved preset ("All
// time" for a custom one without its days).
struct SavedRange
{
    Preset preset;
    QDate from, to;
};

SavedRange savedRange()
{
    const Preset preset = DateRangeSelector::presetFromKey(UiSettings::rangePreset().get());
    const QDate from = UiSettings::customFrom().get(), to = UiSettings::customTo().get();
    if (preset == Preset::Custom && from.isValid() && to.isValid())
        return {Preset::Custom, std::min(from, to), std::max(from, to)};
    return {preset == Preset::Custom ? Preset::AllTime : preset, QDate(), QDate()};
}

void saveSelection(const QString& artist, const QString& track, const QString& platform)
{
    UiSettings::filterArtist().set(artist);
    UiSettings::filterTrack().set(track);
    UiSettings::filterPlatform().set(platform);
}

} // namespace

DashboardFilter::DashboardFilter(DateRangeSelector* range, FilterBar* bar, QObject* parent)
    : QObject(parent), m_range(range), m_bar(bar)
{
    // The saved range and filters, as saved() read them for the session's first answer.
    if (const SavedRange saved = savedRange(); saved.preset == Preset::Custom)
        m_range->setCustomRange(saved.from, saved.to);
    else
        m_range->setPreset(saved.preset);
    connect(m_range, &DateRangeSelector::rangeChanged, this, &DashboardFilter::onRangeChanged);
    connect(m_range, &DateRangeSelector::presetChanged, this,
            [](Preset preset) { UiSettings::rangePreset().set(DateRangeSelector::presetKey(preset)); });
    m_bar->setSelection(UiSettings::filterArtist().get(), UiSettings::filterTrack().get(),
                        UiSettings::filterPlatform().get());
    connect(m_bar, &FilterBar::filtersChanged, this, &DashboardFilter::onFiltersChanged);
}

Filter DashboardFilter::saved()
{
    const SavedRange saved = savedRange();
    const auto [from, to] =
        saved.preset == Preset::Custom ? std::pair{saved.from, saved.to}
        : saved.preset == Preset::AllTime
            ? DateRangeSelector::everything()
            : DateRangeSelector::rangeFor(saved.preset, QDate::currentDate(), QDate(), QDate());
    return Filter::of(from, to, UiSettings::filterArtist().get(), UiSettings::filterTrack().get(),
                      UiSettings::filterPlatform().get());
}

bool DashboardFilter::isAllTime() const
{
    return m_range->preset() == Preset::AllTime;
}

Filter DashboardFilter::query() const
{
    // "All time" asks for everything rather than for the extent: the extent grows with every batch
    // of an import, and chasing it would change the filter, and so void the answer in flight, each
    // time. No data lies outside the extent, and the period before it is empty, so every KPI comes
    // out the same.
    const auto [from, to] =
        isAllTime() ? DateRangeSelector::everything() : std::pair{m_range->from(), m_range->to()};
    return Filter::of(from, to, m_bar->artist(), m_bar->track(), m_bar->platform());
}

DashboardData DashboardFilter::shown(const DashboardData& answer) const
{
    if (!isAllTime() || !m_range->hasDataExtent() || !answer.dataFrom.isValid() || !answer.dataTo.isValid())
        return answer;
    DashboardData clipped = answer;
    clipped.filter.from = std::max(answer.filter.from, answer.dataFrom);
    clipped.filter.to = std::min(answer.filter.to, answer.dataTo);
    const int first = clipped.filter.from.year() * 12 + clipped.filter.from.month();
    const int last = clipped.filter.to.year() * 12 + clipped.filter.to.month();
    const auto outside = [first, last](const MonthValue& m) {
        const int key = m.year * 12 + m.month;
        return key < first || key > last;
    };
    clipped.revenueByMonth.removeIf(outside);
    clipped.expectedByMonth.removeIf(outside);
    clipped.cashByMonth.removeIf(outside);
    return clipped;
}

ViewState DashboardFilter::viewState() const
{
    ViewState state;
    state.preset = DateRangeSelector::presetKey(m_range->preset());
    if (m_range->preset() == Preset::Custom) {
        state.from = m_range->from();
        state.to = m_range->to();
    }
    state.artist = m_bar->artist();
    state.track = m_bar->track();
    state.platform = m_bar->platform();
    return state;
}

void DashboardFilter::applyViewState(const ViewState& state)
{
    // The filters first and silently: the range change below then asks for everything at once.
    m_bar->setSelection(state.artist, state.track, state.platform);
    saveSelection(state.artist, state.track, state.platform);
    const auto preset = DateRangeSelector::presetFromKey(state.preset);
    if (preset == Preset::Custom && state.from.isValid() && state.to.isValid() && state.from <= state.to)
        m_range->setCustomRange(state.from, state.to);
    else
        m_range->setPreset(preset == Preset::Custom ? Preset::AllTime : preset);
    Q_EMIT changed(); // when the range stayed the same it asked nothing
}

void DashboardFilter::onRangeChanged(QDate from, QDate to)
{
    if (m_range->preset() == Preset::Custom) {
        UiSettings::customFrom().set(from);
        UiSettings::customTo().set(to);
    }
    Q_EMIT changed();
}

void DashboardFilter::onFiltersChanged()
{
    saveSelection(m_bar->artist(), m_bar->track(), m_bar->platform());
    Q_EMIT changed();
}

} // namespace bedrot

// The date range selector and the filter bar read as one filter: restored from the settings and
// saved back as the user changes them, asked as the dashboard's query, and as a saved view's state.
#pragma once

#include "domain/dashboarddata.h"
#include "domain/filter.h"
#include "settings/savedviews.h"

#include <QObject>

namespace bedrot {

class DateRangeSelector;
class FilterBar;

class DashboardFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilter)

public:
    // Sets `range` and `bar` to the saved state and follows them from then on.
    DashboardFilter(DateRangeSelector* range, FilterBar* bar, QObject* parent);

    // What query() gives once the widgets hold the saved state, before any widget exists (the
    // extent is not known yet): the session's first question.
    static Filter saved();
    // What the session is asked for: the range on screen, or everything for "All time".
    Filter query() const;
    bool isAllTime() const;
    // The answer as the range shows it: for "All time", cut to the data's extent.
    DashboardData shown(const DashboardData& answer) const;

    // The whole state on screen: range preset (or custom days), artist, track, platform.
    ViewState viewState() const;
    // Sets all of it at once and saves it; emits changed() once.
    void applyViewState(const ViewState& state);

Q_SIGNALS:
    // The user changed the range or a filter (already saved).
    void changed();

private:
    void onRangeChanged(QDate from, QDate to);
    void onFiltersChanged();

    DateRangeSelector* m_range;
    FilterBar* m_bar;
};

} // namespace bedrot

// The dimension filters beside the date range: artist, track and platform, each an editable combo
// box that completes what is typed ("All artists" and so on clear it). The values are what a
// Filter takes: an artist's name (or an alias typed by hand), an ISRC, a platform key.
#pragma once

#include "domain/dashboarddata.h"

#include <QWidget>

class QComboBox;

namespace bedrot {

class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    // Named "filter-bar"; the combos "filter-artist", "filter-track", "filter-platform".
    explicit FilterBar(QWidget* parent = nullptr);

    QComboBox* artistBox() const { return m_artist; }
    QComboBox* trackBox() const { return m_track; }
    QComboBox* platformBox() const { return m_platform; }

    QString artist() const { return m_values[0]; }
    QString track() const { return m_values[1]; }
    QString platform() const { return m_values[2]; }
    bool isFiltering() const { return !artist().isEmpty() || !track().isEmpty() || !platform().isEmpty(); }

    // What the warehouse has (from each dashboard answer). The selection stays, even when the
    // data does not name it (a saved view of an artist not imported yet): it shows as typed.
    void setChoices(const QList<bedrot::ArtistAliases>& artists, const QList<bedrot::TrackChoice>& tracks,
                    const QList<bedrot::PlatformChoice>& platforms);

public Q_SLOTS:
    // Sets all three without emitting filtersChanged (the owner applies a whole state at once).
    void setSelection(const QString& artist, const QString& track, const QString& platform);
    // Back to all artists, tracks and platforms; emits filtersChanged when something was set.
    void clearFilters();
    // Keyboard focus to the artist box, its text selected so typing replaces it (Ctrl+F).
    void focusFirst();

Q_SIGNALS:
    // The user changed a filter (not setSelection).
    void filtersChanged();

private:
    enum Box
    {
        Artist,
        Track,
        Platform
    };
    QComboBox* box(Box which) const;
    QComboBox* makeBox(Box which, const QString& name, const QString& accessible, int minWidth);
    // Refills a box from the choices; unless forced, not while the user types in it.
    void rebuild(Box which, bool force = false);
    // The user picked an item or finished typing in `which`.
    void commit(Box which);
    // The item showing `value`, adding one for a value the data does not name.
    void select(Box which, const QString& value);
    void setValue(Box which, const QString& value);

    QComboBox* m_artist = nullptr;
    QComboBox* m_track = nullptr;
    QComboBox* m_platform = nullptr;
    QString m_values[3];
    QList<ArtistAliases> m_artists;
    QList<TrackChoice> m_tracks;
    QList<PlatformChoice> m_platforms;
    bool m_rebuilding = false;
};

} // namespace bedrot

// Saved views: a name for a whole filter state (range preset or custom days, artist, track,
// platform), kept in the settings so they are there on the next launch.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace bedrot {

struct ViewState
{
    QString preset; // DateRangeSelector::presetKey ("all", "last30", …, "custom")
    QDate from;     // the days of a custom range; invalid for the other presets
    QDate to;
    QString artist;   // empty: all
    QString track;    // ISRC; empty: all
    QString platform; // platform key; empty: all

    QVariantMap toMap() const;
    static ViewState fromMap(const QVariantMap& map);
    bool operator==(const ViewState&) const = default;
};

class SavedViews
{
public:
    // Views live under `key` of the application's QSettings.
    explicit SavedViews(QString key = QStringLiteral("views/saved"));

    // Sorted without regard to case, as the Views menu lists them.
    QStringList names() const;
    bool contains(const QString& name) const;
    std::optional<ViewState> view(const QString& name) const;
    // Adds or replaces (the caller asks before replacing). A blank name is refused.
    bool save(const QString& name, const ViewState& state);
    bool remove(const QString& name);
    // The first view (in names() order) whose state is `state`, or empty.
    QString nameOf(const ViewState& state) const;

private:
    // One settings value holding every view: names are free text, and a name with a slash would
    // turn into a settings group if it were a key of its own.
    QVariantMap all() const;
    void store(const QVariantMap& views) const;

    QString m_key;
};

} // namespace bedrot

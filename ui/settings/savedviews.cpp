// Saved views in QSettings, one map from name to filter state.
#include "savedviews.h"

#include <QSettings>

#include <algorithm>

namespace bedrot {

QVariantMap ViewState::toMap() const
{
    QVariantMap map{{QStringLiteral("preset"), preset},
                    {QStringLiteral("artist"), artist},
                    {QStringLiteral("track"), track},
                    {QStringLiteral("platform"), platform}};
    // Days as ISO text: readable in the settings file and free of the QDate serialisation format.
    if (from.isValid())
        map.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        map.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    return map;
}

ViewState ViewState::fromMap(const QVariantMap& map)
{
    ViewState s;
    s.preset = map.value(QStringLiteral("preset")).toString();
    s.from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    s.artist = map.value(QStringLiteral("artist")).toString();
    s.track = map.value(QStringLiteral("track")).toString();
    s.platform = map.value(QStringLiteral("platform")).toString();
    return s;
}

SavedViews::SavedViews(QString key) : m_key(std::move(key)) {}

QVariantMap SavedViews::all() const
{
    return QSettings().value(m_key).toMap();
}

void SavedViews::store(const QVariantMap& views) const
{
    QSettings settings;
    if (views.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, views);
}

QStringList SavedViews::names() const
{
    QStringList out = all().keys();
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}

bool SavedViews::contains(const QString& name) const
{
    return all().contains(name);
}

std::optional<ViewState> SavedViews::view(const QString& name) const
{
    const QVariantMap views = all();
    const auto it = views.constFind(name);
    if (it == views.cend())
        return std::nullopt;
    return ViewState::fromMap(it.value().toMap());
}

bool SavedViews::save(const QString& name, const ViewState& state)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return false;
    QVariantMap views = all();
    views.insert(clean, state.toMap());
    store(views);
    return true;
}

bool SavedViews::remove(const QString& name)
{
    QVariantMap views = all();
    if (views.remove(name) == 0)
        return false;
    store(views);
    return true;
}

QString SavedViews::nameOf(const ViewState& state) const
{
    for (const QString& name : names())
        if (view(name) == state)
            return name;
    return {};
}

} // namespace bedrot

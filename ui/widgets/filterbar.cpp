// Filter bar: three editable combo boxes over the warehouse's artists, tracks and platforms.
#include "filterbar.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace bedrot {

namespace {

QString normalisedIsrc(QString text)
{
    text.remove(u'-');
    return text.trimmed().toUpper();
}

QString trackText(const TrackChoice& t)
{
    return t.title.isEmpty() ? t.isrc : t.title + QStringLiteral(" \u00b7 ") + t.isrc;
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filter-bar"));
    m_artist = makeBox(Artist, QStringLiteral("filter-artist"), tr("Artist filter"), 150);
    m_track = makeBox(Track, QStringLiteral("filter-track"), tr("Track filter"), 210);
    m_platform = makeBox(Platform, QStringLiteral("filter-platform"), tr("Platform filter"), 130);
    m_artist->setToolTip(tr("Show one artist only: pick one or type a name or alias (Ctrl+F)"));
    m_track->setToolTip(tr("Show one track only: pick one or type its title or ISRC"));
    m_platform->setToolTip(tr("Show one platform or store only"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(tr("Filter"), this); // no mnemonic: Alt+F is the File menu; Ctrl+F comes here
    label->setBuddy(m_artist);
    layout->addWidget(label);
    layout->addWidget(m_artist);
    layout->addWidget(m_track);
    layout->addWidget(m_platform);
    for (Box b : {Artist, Track, Platform})
        rebuild(b, true);
}

QComboBox* FilterBar::makeBox(Box which, const QString& name, const QString& accessible, int minWidth)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert); // typed text filters, it does not become a choice
    box->setMaxVisibleItems(20);
    box->setMinimumWidth(minWidth);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    // Hundreds of tracks: typing any part of a title or ISRC narrows the list.
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(box, &QComboBox::activated, this, [this, which] { commit(which); });
    connect(box->lineEdit(), &QLineEdit::editingFinished, this, [this, which] { commit(which); });
    return box;
}

QComboBox* FilterBar::box(Box which) const
{
    switch (which) {
    case Artist:
        return m_artist;
    case Track:
        return m_track;
    case Platform:
        return m_platform;
    }
    return m_artist;
}

void FilterBar::setChoices(const QList<ArtistAliases>& artists, const QList<TrackChoice>& tracks,
                           const QList<PlatformChoice>& platforms)
{
    const bool artistsChanged = artists.size() != m_artists.size() ||
                                !std::equal(artists.cbegin(), artists.cend(), m_artists.cbegin(),
                                            [](const ArtistAliases& a, const ArtistAliases& b) {
                                                return a.name == b.name && a.aliases == b.aliases;
                                            });
    const bool tracksChanged = tracks != m_tracks;
    const bool platformsChanged = platforms != m_platforms;
    m_artists = artists;
    m_tracks = tracks;
    m_platforms = platforms;
    // Answers arrive every few hundred milliseconds during an import: only rebuild what changed.
    if (artistsChanged)
        rebuild(Artist);
    if (artistsChanged || tracksChanged)
        rebuild(Track); // the track list follows the artist's aliases
    if (platformsChanged)
        rebuild(Platform);
}

void FilterBar::rebuild(Box which, bool force)
{
    QComboBox* b = box(which);
    // Someone typing keeps their text; the list catches up when they are done (commit()). Focus
    // alone is no reason to wait: the first box may hold it from the start without anyone typing.
    if (!force && b->lineEdit()->hasFocus() && b->lineEdit()->isModified())
        return;
    m_rebuilding = true;
    {
        const QSignalBlocker block(b);
        b->clear();
        // All rows in one insertion: a row at a time told the view and the completer about each of a
        // catalogue's hundreds of tracks.
        QList<QStandardItem*> items;
        const auto add = [&items](const QString& text, const QString& value, const QString& tip = QString()) {
            auto* item = new QStandardItem(text);
            item->setData(value, Qt::UserRole);
            if (!tip.isEmpty())
                item->setData(tip, Qt::ToolTipRole);
            items << item;
        };
        switch (which) {
        case Artist:
            add(tr("All artists"), QString());
            for (const ArtistAliases& a : std::as_const(m_artists))
                add(a.name, a.name,
                    a.aliases.isEmpty() ? QString()
                                        : tr("Also written: %1").arg(a.aliases.join(QStringLiteral(", "))));
            break;
        case Track: {
            add(tr("All tracks"), QString());
            // With an artist chosen, only their tracks (the artist may be typed as any alias).
            QStringList names;
            for (const ArtistAliases& a : std::as_const(m_artists))
                if (a.name.compare(artist(), Qt::CaseInsensitive) == 0 ||
                    a.aliases.contains(artist(), Qt::CaseInsensitive))
                    names = QStringList{a.name} + a.aliases;
            for (const TrackChoice& t : std::as_const(m_tracks)) {
                if (!names.isEmpty() && !names.contains(t.artist, Qt::CaseInsensitive))
                    continue;
                add(trackText(t), t.isrc, t.artist);
            }
            break;
        }
        case Platform:
            add(tr("All platforms"), QString());
            for (const PlatformChoice& p : std::as_const(m_platforms))
                add(p.name, p.key);
            break;
        }
        auto* model = qobject_cast<QStandardItemModel*>(b->model());
        Q_ASSERT(model);
        model->invisibleRootItem()->appendRows(items);
    }
    select(which, m_values[which]);
    m_rebuilding = false;
}

void FilterBar::select(Box which, const QString& value)
{
    QComboBox* b = box(which);
    int index = value.isEmpty() ? 0 : b->findData(value);
    if (index < 0) {
        for (int i = 1; i < b->count() && index < 0; ++i)
            if (b->itemData(i).toString().compare(value, Qt::CaseInsensitive) == 0)
                index = i;
    }
    if (index < 0) {
        // Not in the data (yet): show it as typed rather than pretend the filter is off.
        b->addItem(value, value);
        index = b->count() - 1;
    }
    const QSignalBlocker block(b);
    b->setCurrentIndex(index);
    b->setEditText(b->itemText(index));
    b->lineEdit()->setCursorPosition(0); // a long title shows its start, not its ISRC's end
}

void FilterBar::commit(Box which)
{
    if (m_rebuilding)
        return;
    QComboBox* b = box(which);
    const QString text = b->currentText().trimmed();
    QString value;
    if (!text.isEmpty() && text != b->itemText(0)) {
        int index = b->findText(text, Qt::MatchFixedString); // without regard to case
        if (index < 0 && which == Track) {
            // A title or an ISRC on its own.
            for (const TrackChoice& t : std::as_const(m_tracks))
                if (t.title.compare(text, Qt::CaseInsensitive) == 0 || t.isrc == normalisedIsrc(text)) {
                    index = b->findData(t.isrc);
                    break;
                }
        }
        if (index > 0)
            value = b->itemData(index).toString();
        else if (index < 0)
            value = which == Track ? normalisedIsrc(text) : text; // an alias, a store name, an ISRC
    }
    setValue(which, value);
}

void FilterBar::setValue(Box which, const QString& value)
{
    const bool changed = value != m_values[which];
    m_values[which] = value;
    rebuild(which, true); // also tidies the text ("nova lane" → "Nova Lane") and catches up on new choices
    if (!changed)
        return;
    if (which == Artist)
        rebuild(Track, true);
    Q_EMIT filtersChanged();
}

void FilterBar::setSelection(const QString& artist, const QString& track, const QString& platform)
{
    m_values[Artist] = artist;
    m_values[Track] = track;
    m_values[Platform] = platform;
    // Set from outside (a saved view): the text follows even in a box that has focus.
    for (Box b : {Artist, Track, Platform})
        rebuild(b, true);
}

void FilterBar::clearFilters()
{
    const bool was = isFiltering();
    setSelection({}, {}, {});
    if (was)
        Q_EMIT filtersChanged();
}

void FilterBar::focusFirst()
{
    m_artist->setFocus(Qt::ShortcutFocusReason);
    m_artist->lineEdit()->selectAll();
}

} // namespace bedrot

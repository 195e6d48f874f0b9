// What the user is looking at: a day range (both ends inclusive) and optional dimension filters.
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace bedrot {

struct Filter
{
    QDate from;
    QDate to;
    QString artist;   // name or alias, case-insensitive; empty = all
    QString track;    // ISRC; empty = all
    QString platform; // platform key or name, or a store name; empty = all
    // Drill-downs only (a bar of revenue by country, of the payment-delay distribution): the rows
    // behind a statement KPI narrowed further. The dashboard's figures do not read them.
    QString country;                // the country code as the statement gives it; empty = all
    std::optional<int> delayMonths; // months from the usage month to the reporting month

    // A range with the dimension filters, the drill-down fields left empty.
    static Filter of(QDate from, QDate to, QString artist = {}, QString track = {}, QString platform = {})
    {
        Filter f;
        f.from = from;
        f.to = to;
        f.artist = std::move(artist);
        f.track = std::move(track);
        f.platform = std::move(platform);
        return f;
    }

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    // The range of equal length ending the day before `from`.
    Filter previous() const
    {
        Filter p = *this;
        p.to = from.addDays(-1);
        p.from = p.to.addDays(-(days() - 1));
        return p;
    }
    bool operator==(const Filter&) const = default;
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::Filter)

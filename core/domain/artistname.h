// How artist names are compared across sources: "ZONE A0", "zone.a0", "zone_a0" and "Zone-A0" are
// one key. Case (full Unicode folding), compatibility forms (NFKC), spaces, dots, underscores,
// hyphens and apostrophes do not count; every other character does.
#pragma once

#include <QString>

namespace bedrot {

inline QString foldArtistName(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace() || c == u'.' || c == u'_' || c == u'-' || c == u'\'' || c == u'\u2019')
            continue;
        out.append(c);
    }
    return out;
}

} // namespace bedrot

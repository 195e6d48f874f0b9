// Campaign-name attribution: positional parts first, the known artists list to settle two-part names.
#include "campaignnameparser.h"

#include <QRegularExpression>
#include <QSet>

namespace bedrot {

namespace {

// Words that describe who or how an ad targets rather than what it promotes, seen in the label's
// campaign names (STREAMING, BROAD, SPOTIFY, MALE, TECHNO, HARD TRANCE, CAMPAIGN) plus the usual
// objective and audience words. Lower case.
const QSet<QString>& targetingWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"streaming",  "stream",    "streams",   "campaign",  "campaigns",  "broad",       "spotify",
              "apple",      "youtube",   "tiktok",    "instagram", "ig",         "facebook",    "fb",
              "male",       "female",    "males",     "females",   "men",        "women",       "techno",
              "trance",     "hard",      "house",     "edm",       "engagement", "traffic",     "conversions",
              "conversion", "awareness", "lookalike", "lal",       "interests",  "retargeting", "audience",
              "us",         "usa",       "uk",        "worldwide", "ww",         "global",      "ads"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

bool isTargetingWord(const QString& word)
{
    static const QRegularExpression age(QStringLiteral("^\\d+(-\\d+)?\\+?$")); // "18+", "18-34"
    return targetingWords().contains(word.toLower()) || age.match(word).hasMatch();
}

QString removeCopySuffixes(QString name)
{
    static const QRegularExpression copy(QStringLiteral("\\s*[-\\x{2013}\\x{2014}]\\s*copy(\\s+\\d+)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    // A copy of a copy is "… - Copy - Copy": remove them all.
    for (;;) {
        const QRegularExpressionMatch m = copy.match(name);
        if (!m.hasMatch() || m.capturedStart() == 0)
            return name;
        name.truncate(m.capturedStart());
    }
}

// The known artist whose folded name equals the folded text, as the list spells it; else empty.
QString knownArtist(const QString& text, const QStringList& knownArtists)
{
    const QString key = CampaignNameParser::foldedName(text);
    if (key.isEmpty())
        return {};
    for (const QString& artist : knownArtists)
        if (CampaignNameParser::foldedName(artist) == key)
            return artist;
    return {};
}

// Splits "ZONE A0 ANOVUS STREAMING" into the longest known artist that its leading words spell and
// the remaining words. Empty artist when no known artist starts the text.
std::pair<QString, QStringList> splitKnownArtistPrefix(const QString& text, const QStringList& knownArtists)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype k = words.size(); k >= 1; --k) {
        const QString artist = knownArtist(words.first(k).join(u' '), knownArtists);
        if (!artist.isEmpty())
            return {artist, words.sliced(k)};
    }
    return {};
}

// Moves trailing targeting words of a track candidate into the targeting.
void cutTrailingTargeting(QStringList words, CampaignName& out)
{
    QStringList cut;
    while (!words.isEmpty() && isTargetingWord(words.constLast()))
        cut.prepend(words.takeLast());
    out.track = words.join(u' ');
    if (!cut.isEmpty())
        out.targeting =
            cut.join(u' ') + (out.targeting.isEmpty() ? QString() : QStringLiteral(" - ") + out.targeting);
}

} // namespace

QString CampaignNameParser::foldedName(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    folded.removeIf([](QChar c) { return c.isSpace() || c == u'.' || c == u'_' || c == u'-'; });
    return folded;
}

bool CampaignNameParser::isTargeting(const QString& text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString& w : words)
        if (!isTargetingWord(w))
            return false;
    return true;
}

CampaignName CampaignNameParser::parse(const QString& name, const QStringList& knownArtists)
{
    static const QRegularExpression dash(
        QStringLiteral("\\s+[-\\x{2013}\\x{2014}]\\s*|\\s*[-\\x{2013}\\x{2014}]\\s+"));
    CampaignName out;
    const QString cleaned = removeCopySuffixes(name.simplified());
    QStringList parts = cleaned.split(dash, Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return out;

    if (parts.size() >= 3) {
        const QString artist = knownArtist(parts.at(0), knownArtists);
        if (artist.isEmpty() && isTargeting(parts.at(1))) {
            out.track = parts.at(0);
            out.targeting = parts.sliced(1).join(QStringLiteral(" - "));
        } else {
            out.artist = artist.isEmpty() ? parts.at(0) : artist;
            out.track = parts.at(1);
            out.targeting = parts.sliced(2).join(QStringLiteral(" - "));
        }
        return out;
    }

    if (parts.size() == 2) {
        const QString& first = parts.at(0);
        const QString& second = parts.at(1);
        if (const QString artist = knownArtist(first, knownArtists); !artist.isEmpty()) {
            // "IWARY - BROAD MALE" names an artist and an audience, no track.
            out.artist = artist;
            if (isTargeting(second))
                out.targeting = second;
            else
                cutTrailingTargeting(second.split(u' ', Qt::SkipEmptyParts), out);
            return out;
        }
        if (auto [artist, rest] = splitKnownArtistPrefix(first, knownArtists);
            !artist.isEmpty() && !rest.isEmpty()) {
            // "ZONE A0 ANOVUS - Streaming"
            out.artist = artist;
            out.targeting = second;
            cutTrailingTargeting(rest, out);
            return out;
        }
        out.track = first;
        out.targeting = second;
        return out;
    }

    // No dashes: only a known artist at the start makes the name attributable.
    auto [artist, rest] = splitKnownArtistPrefix(parts.at(0), knownArtists);
    if (artist.isEmpty())
        return out;
    out.artist = artist;
    cutTrailingTargeting(rest, out);
    return out;
}

} // namespace bedrot

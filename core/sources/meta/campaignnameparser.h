// Reads the artist, track and targeting out of an ad campaign's name ("ARTIST - TRACK - TARGETING").
#pragma once

#include <QString>
#include <QStringList>

namespace bedrot {

// What a campaign name says. Empty fields mean "the name does not say" (unattributed), never a default.
struct CampaignName
{
    QString artist;
    QString track;
    QString targeting;
};

class CampaignNameParser
{
public:
    // The label's naming convention and the variants found in real accounts (research §7):
    //   "ARTIST - TRACK - TARGETING[ - MORE]"  artist, track, targeting (the rest, re-joined with " - ")
    //   "TRACK - Streaming"                      two parts: ARTIST - TRACK when the first part is a known
    //                                            artist, else TRACK - TARGETING
    //   "… - Copy", "… - Copy 2"                 Ads Manager's duplicate suffixes, removed first
    //   "ZONE A0 ANOVUS STREAMING CAMPAIGN"      no dashes: attributed only when it starts with a known
    //                                            artist; trailing targeting words are cut from the track
    // Parts are separated by a dash with white space on at least one side, so "JAY-Z" stays whole.
    // A first part that is not a known artist still counts as the artist in the three-part form (the
    // convention says so, and a new artist may not be in the list yet) unless the second part is
    // targeting words only ("THE SOURCE - Streaming - BROAD" is a track and its targeting).
    // knownArtists compare case-insensitively, ignoring spaces, dots, underscores and dashes
    // ("zone.a0" is "ZONE A0"); a matched artist is returned as the list spells it.
    static CampaignName parse(const QString& name, const QStringList& knownArtists = {});

    // The key names compare on: NFKC, case-folded, without spaces, '.', '_' and '-'.
    static QString foldedName(const QString& name);
    // True when every word of text is a targeting word ("Streaming", "BROAD MALE", "18-34").
    static bool isTargeting(const QString& text);
};

} // namespace bedrot

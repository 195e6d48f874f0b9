// Spotify for Artists audience timeline of the demo label, one file per artist profile.
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace bedrot::demo {

// D - 365 … D - 1 for one profile (an index into kArtists below kProfileCount).
QByteArray spotifyAudienceTimeline(const Catalog& catalog, int profile);

} // namespace bedrot::demo

// DistroKid stats pages as a browser saves them: the streams page and the Apple Music page.
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace bedrot::demo {

// Account-wide Spotify streams of the DistroKid tracks; the last point is two days before the save.
QByteArray distroKidStreamsPage(const Catalog& catalog);
// Apple Music streams of the DistroKid tracks; the last day (yesterday) is partial.
QByteArray distroKidAppleMusicPage(const Catalog& catalog);

} // namespace bedrot::demo

// DistroKid bank-details statements of the demo label, and the pieces the bench statements share.
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QDate>

#include <vector>

namespace bedrot::demo {

class Rng;
struct Store;

// The statement's header line, with its newline.
const QByteArray& distroKidHeader();

// A line's earnings in 1e-8 USD for `quantity` units sold in `country` (an index into kCountries).
qint64 lineEarnings(Rng& rng, const Store& store, int country, qint64 quantity, int teamPercent);

struct RenderedLine
{
    int reportedKey; // dayKey() of the reporting date
    QByteArray text; // with its newline
};

// Every statement line reported up to `today`, newest reporting date first.
std::vector<RenderedLine> distroKidLines(const Catalog& catalog, QDate today);

} // namespace bedrot::demo

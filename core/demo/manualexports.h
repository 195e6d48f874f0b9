// The files a label keeps by hand: the track catalog with royalty splits, and card expenses.
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace bedrot::demo {

// Every track with the label's royalty percentage.
QByteArray trackCatalogCsv(const Catalog& catalog);
// Card expenses from 1 January of `year` up to the export date; Meta bills match the ad spend.
QByteArray expensesCsv(const Catalog& catalog, int year);

} // namespace bedrot::demo

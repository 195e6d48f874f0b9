// Linktree daily overview of the demo label's link page.
#pragma once

#include "catalog.h"

#include <QByteArray>

namespace bedrot::demo {

// zone.a0's page, D - 364 … D (D partial).
QByteArray linktreeOverview(const Catalog& catalog);

} // namespace bedrot::demo

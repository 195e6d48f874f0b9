// The logging category of each area of core, so that one area's messages can be switched on alone
// (QT_LOGGING_RULES="bedrot.etl.debug=true").
#pragma once

#include <QLoggingCategory>

namespace bedrot {

Q_DECLARE_LOGGING_CATEGORY(lcLake)      // "bedrot.lake": landing folder, raw store, archives
Q_DECLARE_LOGGING_CATEGORY(lcEtl)       // "bedrot.etl": decoding and parsing files
Q_DECLARE_LOGGING_CATEGORY(lcWarehouse) // "bedrot.warehouse": the writer and the readers' SQL
Q_DECLARE_LOGGING_CATEGORY(lcAnalytics) // "bedrot.analytics": KPIs and alerts
Q_DECLARE_LOGGING_CATEGORY(lcSession)   // "bedrot.session": threads and start-up of a workspace
Q_DECLARE_LOGGING_CATEGORY(lcSync)      // "bedrot.sync": collectors and the scheduler

} // namespace bedrot

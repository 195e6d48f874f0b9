// The logging categories of core. Information and above by default; debug on request.
#include "logging.h"

namespace bedrot {

Q_LOGGING_CATEGORY(lcLake, "bedrot.lake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEtl, "bedrot.etl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWarehouse, "bedrot.warehouse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalytics, "bedrot.analytics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "bedrot.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "bedrot.sync", QtInfoMsg)

} // namespace bedrot

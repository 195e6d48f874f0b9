// The UI's logging category, "bedrot.ui" (enable with QT_LOGGING_RULES="bedrot.ui.debug=true").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

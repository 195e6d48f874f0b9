// The one definition of the UI's logging category.
#include "uilog.h"

Q_LOGGING_CATEGORY(lcUi, "bedrot.ui", QtInfoMsg)

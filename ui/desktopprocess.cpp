// Process-wide set-up for the desktop app.
#include "desktopprocess.h"

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace bedrot {

void pinLocalTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
    tzset();
}

} // namespace bedrot

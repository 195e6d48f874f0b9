// Process-wide set-up the desktop app needs before QApplication exists (and before any thread).
#pragma once

namespace bedrot {

// Pins the local time zone for this process: glibc without TZ reads /etc/localtime's metadata
// again on every local-time conversion (mktime, localtime), thousands of which a dashboard's dates
// and axes make. TZ=":/etc/localtime" names the same zone and is read once. Does nothing when TZ
// is set already. A change of the system's zone is then seen at the next start.
void pinLocalTimeZone();

} // namespace bedrot

// The headless command line: import, kpis, rebuild, demo. Runs without a display.
#pragma once

#include <QStringList>

namespace bedrot {

class CommandLine
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        Usage = 2
    };
    // Names of the headless commands.
    static QStringList commands();
    // Runs a headless command; arguments as given to main (argv[0] first).
    static int run(const QStringList& arguments);
    // Prints all-time KPIs of a workspace as a table (used when the GUI has no display).
    static int printKpis(const QString& workspace, const QString& format);
    static QString helpText();
};

} // namespace bedrot

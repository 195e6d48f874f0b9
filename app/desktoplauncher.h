// The desktop app's start: its own options (--workspace, --demo, --help, --version), the workspace
// it opens, and the sessions it hands the main window.
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace bedrot {

class WorkspaceSession;

class DesktopLauncher
{
public:
    struct Options
    {
        QString workspace;    // --workspace DIR, empty when not given
        bool demo = false;    // --demo
        bool help = false;    // -h, --help, or the word "help"
        bool version = false; // -v, --version
    };

    // The desktop app's options from `arguments` (argv[0] first); a usage error says what is wrong.
    static Result<Options> parse(const QStringList& arguments);
    // The argument, else the demo workspace for --demo, else the one last opened, else the default.
    static QString chooseWorkspace(const QString& workspace, bool demo);
    // A session of `root`, not started (the window's factory for File → Open Workspace and the demo).
    static WorkspaceSession* createSession(const QString& root);
    // The first session: started at once with the filter the saved settings describe, so the
    // warehouse opens and the first answer is computed while the window is built.
    static WorkspaceSession* startSession(const QString& root);
};

} // namespace bedrot

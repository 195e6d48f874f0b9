// The desktop app's options and its first session.
#include "desktoplauncher.h"

#include "dashboardfilter.h"
#include "lake/workspace.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"

#include <QCommandLineParser>

namespace bedrot {

Result<DesktopLauncher::Options> DesktopLauncher::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("Workspace folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo workspace."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show the help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    p.addOptions({workspace, demo, help, version});
    if (!p.parse(arguments))
        return fail(p.errorText());
    Options options;
    for (const QString& word : p.positionalArguments()) {
        if (word != QLatin1String("help"))
            return fail(QStringLiteral("unknown command or option '%1'").arg(word));
        options.help = true;
    }
    options.workspace = p.value(workspace);
    options.demo = p.isSet(demo);
    options.help = options.help || p.isSet(help);
    options.version = p.isSet(version);
    return options;
}

QString DesktopLauncher::chooseWorkspace(const QString& workspace, bool demo)
{
    if (!workspace.isEmpty())
        return Workspace(workspace).root();
    if (demo)
        return Workspace(Workspace::demoRoot()).root();
    const QString saved = UiSettings::workspacePath().get();
    return Workspace(saved.isEmpty() ? Workspace::defaultRoot() : saved).root();
}

WorkspaceSession* DesktopLauncher::createSession(const QString& root)
{
    return new WorkspaceSession(root);
}

WorkspaceSession* DesktopLauncher::startSession(const QString& root)
{
    WorkspaceSession* session = createSession(root);
    session->setFilter(DashboardFilter::saved());
    session->start();
    return session;
}

} // namespace bedrot

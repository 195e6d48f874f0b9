// bedrot: with a command, runs headless; without one, opens the desktop app.
#include "commandline.h"

#include "desktoplauncher.h"
#include "desktopprocess.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "settings/uisettings.h"
#include "theme/darktheme.h"
#include "warehouse/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace bedrot;

namespace {

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // offscreen, xcb, wayland: the user chose
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

// The UI language: the "ui/language" setting ("de", "en", …) or else the system locale.
void installTranslator(QCoreApplication& app)
{
    static QTranslator translator;
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (translator.load(locale, QStringLiteral("bedrot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&translator);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Bedrot"));
    QCoreApplication::setApplicationName(QStringLiteral("bedrot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BEDROT_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    Database::configureLibrary();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::commands().contains(args.value(1))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(args);
    }
    // Desktop app: only its options may follow.
    const Result<DesktopLauncher::Options> parsed = DesktopLauncher::parse(args);
    if (!parsed) {
        QTextStream(stderr) << "bedrot: " << parsed.error().message << "\nRun 'bedrot --help' for usage.\n";
        return CommandLine::Usage;
    }
    const DesktopLauncher::Options& options = *parsed;
    if (options.help) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stdout) << CommandLine::helpText();
        return CommandLine::Ok;
    }
    if (options.version) {
        QTextStream(stdout) << "bedrot " << BEDROT_VERSION << '\n';
        return CommandLine::Ok;
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stderr) << "bedrot: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the "
                               "desktop app cannot open.\n";
        if (!options.demo)
            return CommandLine::Failure;
        const QString workspace = options.workspace.isEmpty() ? Workspace::demoRoot() : options.workspace;
        QTextStream(stderr) << "Printing the demo workspace's KPIs instead.\n";
        const int rc =
            CommandLine::run({args.at(0), QStringLiteral("demo"), QStringLiteral("--workspace"), workspace});
        if (rc != CommandLine::Ok)
            return rc;
        return CommandLine::printKpis(workspace, QStringLiteral("table"));
    }

    pinLocalTimeZone(); // before QApplication starts any thread
    QApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Bedrot"));
    applyDarkTheme(app);

    // The composition root: the workspace, its session (started before any widget is built, so the
    // first answer is computed meanwhile), then the window that shows it.
    const QString root = DesktopLauncher::chooseWorkspace(options.workspace, options.demo);
    // Decided before the session starts: opening creates the warehouse.
    const bool offerDemo = options.workspace.isEmpty() && !options.demo && !Workspace(root).exists() &&
                           UiSettings::offerDemoOnFirstLaunch().get();
    MainWindow window(DesktopLauncher::startSession(root), &DesktopLauncher::createSession, options.demo);
    if (options.demo)
        window.stageDemo();
    window.show();
    if (offerDemo)
        QTimer::singleShot(0, &window, &MainWindow::askToOpenDemo); // once the window is up
    return app.exec();
}

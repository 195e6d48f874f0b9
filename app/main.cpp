// bedrot: with a command, runs headless; without one, opens the desktop app.
#include "commandline.h"

#include "demo/demogenerator.h"
#include "desktopprocess.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "theme/darktheme.h"
#include "warehouse/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace bedrot;

namespace {

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty()) return true; // offscreen, xcb, wayland: the user chose
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

QString optionValue(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    if (i >= 0 && i + 1 < args.size()) return args.at(i + 1);
    for (const QString& a : args)
        if (a.startsWith(name + u'=')) return a.mid(name.size() + 1);
    return {};
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
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    const QString first = args.value(1);

    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stdout) << CommandLine::helpText();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "bedrot " << BEDROT_VERSION << '\n';
        return 0;
    }
    if (CommandLine::commands().contains(first)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(args);
    }
    // Desktop app: only options may follow.
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--demo")) continue;
        if (a == QLatin1String("--workspace")) { ++i; continue; }
        if (a.startsWith(QLatin1String("--workspace="))) continue;
        QCoreApplication app(argc, argv);
        QTextStream(stderr) << "bedrot: unknown command or option '" << a << "'\nRun 'bedrot --help' for usage.\n";
        return CommandLine::Usage;
    }
    const bool demo = args.contains(QStringLiteral("--demo"));
    QString workspace = optionValue(args, QStringLiteral("--workspace"));

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stderr) << "bedrot: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop app cannot open.\n";
        if (!demo) return CommandLine::Failure;
        if (workspace.isEmpty()) workspace = Workspace::demoRoot();
        QTextStream(stderr) << "Printing the demo workspace's KPIs instead.\n";
        const int rc = CommandLine::run({args.at(0), QStringLiteral("demo"), QStringLiteral("--workspace"), workspace});
        if (rc != CommandLine::Ok) return rc;
        return CommandLine::printKpis(workspace, QStringLiteral("table"));
    }

    pinLocalTimeZone(); // before QApplication starts any thread
    QApplication app(argc, argv);
    setIdentity();
    installTranslator(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Bedrot"));
    applyDarkTheme(app);
    MainWindow window(workspace, demo);
    window.show();
    return app.exec();
}

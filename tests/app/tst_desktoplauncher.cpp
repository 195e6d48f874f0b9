// The desktop app's start: its options through QCommandLineParser (good and bad) and the workspace
// it opens for them.
#include "desktoplauncher.h"

#include "lake/workspace.h"
#include "settings/uisettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;

class TestDesktopLauncher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesOptions_data();
    void parsesOptions();
    void refusesWhatItDoesNotKnow_data();
    void refusesWhatItDoesNotKnow();
    void workspaceChoiceFollowsArguments();
};

void TestDesktopLauncher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BedrotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoplauncher"));
    QSettings().clear();
}

void TestDesktopLauncher::parsesOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");
    const QString exe = QStringLiteral("bedrot");
    QTest::newRow("nothing") << QStringList{exe} << QString() << false << false << false;
    QTest::newRow("workspace") << QStringList{exe, QStringLiteral("--workspace"), QStringLiteral("/tmp/w")}
                               << QStringLiteral("/tmp/w") << false << false << false;
    QTest::newRow("workspace=") << QStringList{exe, QStringLiteral("--workspace=/tmp/w"),
                                               QStringLiteral("--demo")}
                                << QStringLiteral("/tmp/w") << true << false << false;
    QTest::newRow("demo") << QStringList{exe, QStringLiteral("--demo")} << QString() << true << false
                          << false;
    QTest::newRow("--help") << QStringList{exe, QStringLiteral("--help")} << QString() << false << true
                            << false;
    QTest::newRow("-h") << QStringList{exe, QStringLiteral("-h")} << QString() << false << true << false;
    QTest::newRow("help") << QStringList{exe, QStringLiteral("help")} << QString() << false << true << false;
    QTest::newRow("--version") << QStringList{exe, QStringLiteral("--version")} << QString() << false << false
                               << true;
    QTest::newRow("-v") << QStringList{exe, QStringLiteral("-v")} << QString() << false << false << true;
}

void TestDesktopLauncher::parsesOptions()
{
    QFETCH(QStringList, args);
    const Result<DesktopLauncher::Options> parsed = DesktopLauncher::parse(args);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QTEST(parsed->workspace, "workspace");
    QTEST(parsed->demo, "demo");
    QTEST(parsed->help, "help");
    QTEST(parsed->version, "version");
}

void TestDesktopLauncher::refusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");
    const QString exe = QStringLiteral("bedrot");
    QTest::newRow("unknown word") << QStringList{exe, QStringLiteral("frobnicate")}
                                  << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{exe, QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("workspace without folder")
        << QStringList{exe, QStringLiteral("--workspace")} << QStringLiteral("workspace");
}

void TestDesktopLauncher::refusesWhatItDoesNotKnow()
{
    QFETCH(QStringList, args);
    QFETCH(QString, names);
    const Result<DesktopLauncher::Options> parsed = DesktopLauncher::parse(args);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(names), qPrintable(parsed.error().message));
}

void TestDesktopLauncher::workspaceChoiceFollowsArguments()
{
    QTemporaryDir dir;
    const QString given = Workspace(dir.filePath(QStringLiteral("given"))).root();
    QCOMPARE(DesktopLauncher::chooseWorkspace(given, true), given);
    QCOMPARE(DesktopLauncher::chooseWorkspace(QString(), true), Workspace(Workspace::demoRoot()).root());
    UiSettings::workspacePath().reset();
    QCOMPARE(DesktopLauncher::chooseWorkspace(QString(), false), Workspace(Workspace::defaultRoot()).root());
    const QString saved = Workspace(dir.filePath(QStringLiteral("saved"))).root();
    UiSettings::workspacePath().set(saved);
    QCOMPARE(DesktopLauncher::chooseWorkspace(QString(), false), saved);
    UiSettings::workspacePath().reset();
}

QTEST_GUILESS_MAIN(TestDesktopLauncher)
#include "tst_desktoplauncher.moc"

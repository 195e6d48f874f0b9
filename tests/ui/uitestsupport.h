// Helpers shared by the window-level UI tests: settings isolation, writing files, and one small
// hand-made workspace with every source, whose numbers the tests work out by hand.
#pragma once

#include "dashboardfilter.h"
#include "domain/importresult.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"
#include "theme/darktheme.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <memory>

namespace bedrot::test {

constexpr int kTimeout = 20000;

// Settings and default workspaces under ~/.qttest, cleared; the dark theme as the app runs it.
inline void setUpUiTest(const char* name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BedrotTest"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QSettings().clear();
    applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

// Every window test starts on "All time" and the Overview page, without the first-run question.
inline void resetUiSettings()
{
    UiSettings::offerDemoOnFirstLaunch().set(false);
    UiSettings::rangePreset().reset();
    UiSettings::customFrom().reset();
    UiSettings::customTo().reset();
    UiSettings::dashboardPage().reset();
}

// A window on `root` as the app opens one: the session started with the saved filter before the
// window is built, new sessions (another workspace, the demo) from the same factory.
inline WorkspaceSession* createSession(const QString& root)
{
    return new WorkspaceSession(root);
}

inline std::unique_ptr<MainWindow> openWindow(const QString& root, bool isDemo = false)
{
    WorkspaceSession* session = createSession(root);
    session->setFilter(DashboardFilter::saved());
    session->start();
    return std::make_unique<MainWindow>(session, &createSession, isDemo);
}

// Writes `bytes` to `path`, optionally dated `modified` (TikTok exports take their year from it).
// Types `text` into a combo box's line edit and presses Enter, as a user would.
inline void typeInto(QComboBox* box, const QString& text)
{
    box->lineEdit()->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClick(box->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(box->lineEdit(), text);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
}

// Imports `paths` through the window's session and waits until all are done; every file must load
// (or, with `partialOk`, may set rows aside in the quarantine).
inline void importThroughWindow(MainWindow& window, const QStringList& paths, int timeoutMs,
                                bool partialOk = false)
{
    for (const QString& p : paths)
        QVERIFY2(!p.isEmpty(), "a test file could not be written");
    QSignalSpy finished(window.session(), &WorkspaceSession::importFinished);
    window.importFiles(paths);
    QVERIFY(finished.wait(timeoutMs));
    const auto results = finished.first().first().value<QList<ImportResult>>();
    QCOMPARE(results.size(), paths.size());
    for (const ImportResult& r : results)
        QVERIFY2(r.status == ImportResult::Status::Loaded ||
                     (partialOk && r.status == ImportResult::Status::Partial),
                 qPrintable(r.message));
}

// Minimal RFC 4180 reader for the tests' own checks of exported CSV (quoted fields, doubled
// quotes, CRLF): independent of the code under test.
inline QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

inline QString writeFile(const QString& path, const QByteArray& bytes,
                         const QDateTime& modified = QDateTime())
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        return {};
    // After the flush: writing the buffer out later would date the file now again.
    if (modified.isValid() && !f.setFileTime(modified, QFileDevice::FileModificationTime))
        return {};
    return path;
}

// Five lines of Nova Lane, two usage months (the statement of tst_mainwindow). By hand:
//   revenue 12.35; 2024-01 = 4.75, 2024-02 = 7.60; units 3903.
inline QByteArray statement()
{
    return QByteArrayLiteral(
        "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\t"
        "Country of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n"
        "2024-03-05\t2024-01\tSpotify\tNova Lane\tHarbor "
        "Lights\tUSRC12400001\t195729000011\t1500\t100\tSong\tUS\t0\t3.50\n"
        "2024-03-05\t2024-01\tApple Music\tNova Lane\tHarbor "
        "Lights\tUSRC12400001\t195729000011\t180\t100\tSong\tGB\t0\t1.25\n"
        "2024-04-05\t2024-02\tSpotify\tNova Lane\tNight "
        "Shift\tUSRC12400002\t195729000011\t1700\t100\tSong\tUS\t0\t4.10\n"
        "2024-04-05\t2024-02\tiTunes Songs\tNova Lane\tNight "
        "Shift\tUSRC12400002\t195729000011\t3\t100\tSong\tDE\t0\t2.10\n"
        "2024-04-05\t2024-02\tDeezer\tNova Lane\tHarbor "
        "Lights\tUSRC12400001\t195729000011\t520\t100\tSong\tFR\t0\t1.40\n");
}

// A Spotify for Artists audience timeline (the artist comes from the file name or the user).
// Listeners latest: 150 (Feb 29), 110 (Jan 31). Followers 5000 / 4920; gained in February 80.
inline QByteArray audienceTimeline()
{
    return QByteArrayLiteral("date,listeners,streams,followers\n"
                             "2024-01-10,100,150,4900\n"
                             "2024-01-31,110,160,4920\n"
                             "2024-02-15,130,190,4960\n"
                             "2024-02-29,150,210,5000\n");
}

// TikTok Studio overview without years: dated 2024-03-01, so "January 15" is 2024-01-15.
// Views 1000 (Jan) and 2000 (Feb); engagement (80+5+15)/1000 = (150+10+40)/2000 = 10%.
inline QByteArray tiktokOverview()
{
    return QByteArrayLiteral("\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n"
                             "\"January 15\",\"1000\",\"50\",\"80\",\"5\",\"15\"\n"
                             "\"February 15\",\"2000\",\"70\",\"150\",\"10\",\"40\"\n");
}

inline QDateTime tiktokExportTime()
{
    return QDateTime(QDate(2024, 3, 1), QTime(11, 38, 14), Qt::UTC);
}

// The small workspace: statement, TooLost daily streams (Spotify and Apple Music), and Nova Lane's
// audience, TikTok, Linktree and Meta ads, all in January and February 2024. Returns the paths.
//   streams   Jan 2200 + 100 = 2300, Feb 2400 + 300 = 2700
//   TikTok followers 2500 (Jan 31), 2600 (Feb 29) → goal_followers in Feb (5000 + 2600) / 100 = 76.0%: on
//   track Linktree views 40 / 60, clicks 10 / 24 → CTR 25% / 40% Meta spend 20.00 / 30.00, clicks 40 / 75 →
//   CPC 0.50 / 0.40 (lower: good news)
inline QStringList writeSmallWorkspace(const QDir& dir)
{
    const QDateTime exported = tiktokExportTime();
    QStringList paths{
        writeFile(dir.filePath(QStringLiteral("distrokid_bank_details.tsv")), statement()),
        writeFile(dir.filePath(QStringLiteral("toolost_spotify_20240301_091204.json")),
                  QByteArrayLiteral("{\"streams\":[{\"date\":\"2024-01-20\",\"streams\":\"1000\"},{\"date\":"
                                    "\"2024-01-21\",\"streams\":\"1200\"},"
                                    "{\"date\":\"2024-02-10\",\"streams\":\"1500\"},{\"date\":\"2024-02-11\","
                                    "\"streams\":\"900\"}],"
                                    "\"discovery\":[]}")),
        writeFile(dir.filePath(QStringLiteral("toolost_apple_20240301_091211.json")),
                  QByteArrayLiteral(
                      "{\"totalStreams\":[{\"date\":\"2024-01-20\",\"streams\":100},{\"date\":\"2024-02-10\","
                      "\"streams\":300}],"
                      "\"totalShazam\":[],\"tracksTotal\":[],\"countryTotal\":[],\"streamTotal\":400}")),
        writeFile(dir.filePath(QStringLiteral("Nova Lane-timeline.csv")), audienceTimeline()),
        writeFile(dir.filePath(QStringLiteral("Nova Lane Overview.csv")), tiktokOverview(), exported),
        writeFile(dir.filePath(QStringLiteral("Nova Lane FollowerHistory.csv")),
                  QByteArrayLiteral("\"Date\",\"Followers\",\"Difference in followers from previous day\"\n"
                                    "\"January 31\",\"2500\",\"10\"\n"
                                    "\"February 29\",\"2600\",\"100\"\n"),
                  exported),
        writeFile(dir.filePath(QStringLiteral("linktree-@novalane-daily.csv")),
                  QByteArrayLiteral("date,totalViews,uniqueViews,totalClicks,uniqueClicks,clickThroughRate\n"
                                    "2024-01-12,40,30,10,8,0.25\n"
                                    "2024-02-12,60,45,24,20,0.4\n")),
        writeFile(
            dir.filePath(QStringLiteral("Label-Ads-Jan-1-2024-Feb-29-2024.csv")),
            QByteArrayLiteral(
                "Account name,Campaign name,Day,Ad set name,Ad name,Impressions,Reach,Link clicks,Results,"
                "Result indicator,Amount spent (USD),Cost per results,Reporting starts,Reporting ends\n"
                "Label Ads,Nova Lane - Night Shift - STREAMING,2024-01-20,Broad,Ad "
                "A,\"2,000\",\"1,500\",40,4,"
                "actions:link_click,20.00,5.00,2024-01-01,2024-02-29\n"
                "Label Ads,Nova Lane - Night Shift - STREAMING,2024-02-10,Broad,Ad "
                "A,\"3,000\",\"2,000\",75,5,"
                "actions:link_click,30.00,6.00,2024-01-01,2024-02-29\n")),
    };
    return paths;
}

} // namespace bedrot::test

// The filter bar, saved views, the source details models, the alert hold and the KPI sparklines,
// each on its own (offscreen, no warehouse): window-level behaviour is in tst_interaction.
#include "domain/dashboarddata.h"
#include "models/quarantinemodel.h"
#include "settings/savedviews.h"
#include "settings/uisettings.h"
#include "ui/uitestsupport.h"
#include "widgets/alertnotifier.h"
#include "widgets/filterbar.h"
#include "widgets/kpicard.h"
#include "widgets/sparkline.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace bedrot;

namespace {

const QList<ArtistAliases> kArtists{{QStringLiteral("Nova Lane"), {QStringLiteral("nova.lane")}, {}},
                                    {QStringLiteral("ZONE A0"), {QStringLiteral("zone_a0")}, {}}};
const QList<TrackChoice> kTracks{
    {QStringLiteral("USRC12400001"), QStringLiteral("Harbor Lights"), QStringLiteral("Nova Lane")},
    {QStringLiteral("USRC12400002"), QStringLiteral("Night Shift"), QStringLiteral("Nova Lane")},
    {QStringLiteral("QZES72400001"), QStringLiteral("Static Bloom"), QStringLiteral("ZONE A0")}};
const QList<PlatformChoice> kPlatforms{{QStringLiteral("apple_music"), QStringLiteral("Apple Music")},
                                       {QStringLiteral("spotify"), QStringLiteral("Spotify")},
                                       {QStringLiteral("store:Anghami"), QStringLiteral("Anghami")}};

using test::typeInto;

Alert alert(Alert::Kind kind, QDate day, const QString& message)
{
    Alert a;
    a.kind = kind;
    a.day = day;
    a.message = message;
    return a;
}

QList<DailyPoint> days(std::initializer_list<double> values)
{
    QList<DailyPoint> out;
    QDate d(2024, 1, 1);
    for (double v : values) {
        out << DailyPoint{d, v};
        d = d.addDays(1);
    }
    return out;
}

} // namespace

class TestFilterViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savedViewsRoundTrip();
    void savedViewNamesAreFreeText();
    void filterBarOffersTheChoices();
    void filterBarTypedValues();
    void filterBarKeepsAValueTheDataDoesNotName();
    void filterBarSetSelectionIsSilent();
    void quarantineModelPassesTester();
    void importLogInPlainWords();
    void notifierHoldsUntilRelease();
    void sparklineSeriesFollowTheKpi();
    void settingWrittenOnlyWhenItChanges();
};

void TestFilterViews::initTestCase()
{
    test::setUpUiTest("tst_filterviews");
}

void TestFilterViews::init()
{
    QSettings().clear();
}

void TestFilterViews::savedViewsRoundTrip()
{
    ViewState custom;
    custom.preset = QStringLiteral("custom");
    custom.from = QDate(2024, 2, 1);
    custom.to = QDate(2024, 2, 29);
    custom.artist = QStringLiteral("Nova Lane");
    custom.track = QStringLiteral("USRC12400002");
    custom.platform = QStringLiteral("spotify");
    ViewState year;
    year.preset = QStringLiteral("lastYear");
    {
        SavedViews views;
        QVERIFY(views.names().isEmpty());
        QVERIFY(views.save(QStringLiteral("February, Spotify"), custom));
        QVERIFY(views.save(QStringLiteral("all of last year"), year));
        QVERIFY(!views.save(QStringLiteral("   "), year)); // no blank names
    }
    QSettings().sync();
    // Another instance (the next launch) reads the same.
    const SavedViews again;
    QCOMPARE(again.names(), (QStringList{QStringLiteral("all of last year"),
                                         QStringLiteral("February, Spotify")})); // case-blind order
    QCOMPARE(again.view(QStringLiteral("February, Spotify")), std::optional<ViewState>(custom));
    QCOMPARE(again.view(QStringLiteral("all of last year")), std::optional<ViewState>(year));
    QVERIFY(!again.view(QStringLiteral("nope")).has_value());
    QCOMPARE(again.nameOf(custom), QStringLiteral("February, Spotify"));
    QCOMPARE(again.nameOf(ViewState{}), QString());
    QCOMPARE(ViewState::fromMap(custom.toMap()), custom);

    // Replacing keeps one entry; removing removes it.
    ViewState changed = custom;
    changed.platform.clear();
    SavedViews views;
    QVERIFY(views.save(QStringLiteral("February, Spotify"), changed));
    QCOMPARE(views.names().size(), 2);
    QCOMPARE(views.view(QStringLiteral("February, Spotify"))->platform, QString());
    QVERIFY(views.remove(QStringLiteral("February, Spotify")));
    QVERIFY(!views.remove(QStringLiteral("February, Spotify")));
    QCOMPARE(views.names(), QStringList{QStringLiteral("all of last year")});
}

void TestFilterViews::savedViewNamesAreFreeText()
{
    // Slashes and ampersands would be settings groups or mnemonics if they were keys.
    SavedViews views;
    ViewState s;
    s.preset = QStringLiteral("all");
    s.artist = QStringLiteral("AC/DC & Friends");
    QVERIFY(views.save(QStringLiteral("AC/DC & friends: all/time"), s));
    QCOMPARE(SavedViews().names(), QStringList{QStringLiteral("AC/DC & friends: all/time")});
    QCOMPARE(SavedViews().view(QStringLiteral("AC/DC & friends: all/time"))->artist,
             QStringLiteral("AC/DC & Friends"));
}

void TestFilterViews::filterBarOffersTheChoices()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCOMPARE(bar.artistBox()->count(), 1);
    QCOMPARE(bar.artistBox()->currentText(), QStringLiteral("All artists"));
    bar.setChoices(kArtists, kTracks, kPlatforms);
    QCOMPARE(bar.artistBox()->count(), 3);
    QCOMPARE(bar.trackBox()->count(), 4);
    QCOMPARE(bar.trackBox()->itemText(1), QStringLiteral("Harbor Lights \u00b7 USRC12400001"));
    QCOMPARE(bar.platformBox()->itemData(3).toString(), QStringLiteral("store:Anghami"));
    QVERIFY(!bar.isFiltering());

    // Picking from the list sets the value the Filter takes.
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    bar.platformBox()->setCurrentIndex(2);
    Q_EMIT bar.platformBox()->activated(2);
    QCOMPARE(bar.platform(), QStringLiteral("spotify"));
    QCOMPARE(changed.size(), 1);
    // An artist narrows the track list to their tracks.
    bar.artistBox()->setCurrentIndex(2);
    Q_EMIT bar.artistBox()->activated(2);
    QCOMPARE(bar.artist(), QStringLiteral("ZONE A0"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(bar.trackBox()->count(), 2);
    QCOMPARE(bar.trackBox()->itemData(1).toString(), QStringLiteral("QZES72400001"));
    // The same answer again changes nothing (answers arrive all the time during an import).
    bar.setChoices(kArtists, kTracks, kPlatforms);
    QCOMPARE(bar.artist(), QStringLiteral("ZONE A0"));
    QCOMPARE(bar.artistBox()->currentText(), QStringLiteral("ZONE A0"));
    QCOMPARE(changed.size(), 2);
    // "All artists" clears it.
    bar.artistBox()->setCurrentIndex(0);
    Q_EMIT bar.artistBox()->activated(0);
    QCOMPARE(bar.artist(), QString());
    QCOMPARE(bar.trackBox()->count(), 4);
    bar.clearFilters();
    QVERIFY(!bar.isFiltering());
    QCOMPARE(changed.size(), 4);
    bar.clearFilters(); // nothing left to clear: no signal
    QCOMPARE(changed.size(), 4);
}

void TestFilterViews::filterBarTypedValues()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    bar.setChoices(kArtists, kTracks, kPlatforms);
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    QStringList seen;
    connect(&bar, &FilterBar::filtersChanged, this,
            [&] { seen << bar.artist() + u'|' + bar.track() + u'|' + bar.platform(); });

    typeInto(bar.artistBox(), QStringLiteral("nova lane")); // any case
    QCOMPARE(bar.artist(), QStringLiteral("Nova Lane"));
    QCOMPARE(bar.artistBox()->currentText(), QStringLiteral("Nova Lane"));
    typeInto(bar.artistBox(), QStringLiteral("zone.a0")); // an alias nobody listed: the warehouse resolves it
    QCOMPARE(bar.artist(), QStringLiteral("zone.a0"));
    typeInto(bar.trackBox(), QStringLiteral("night shift")); // a title on its own
    QCOMPARE(bar.track(), QStringLiteral("USRC12400002"));
    typeInto(bar.trackBox(), QStringLiteral("usrc-124-00001")); // an ISRC as people write it
    QCOMPARE(bar.track(), QStringLiteral("USRC12400001"));
    typeInto(bar.platformBox(), QStringLiteral("apple music"));
    QCOMPARE(bar.platform(), QStringLiteral("apple_music"));
    typeInto(bar.platformBox(), QString()); // emptied: all platforms
    QCOMPARE(bar.platform(), QString());
    QCOMPARE(bar.platformBox()->currentText(), QStringLiteral("All platforms"));
    QVERIFY2(changed.size() == 6, qPrintable(seen.join(u'\n')));

    // Ctrl+F lands in the artist box with its text selected.
    bar.focusFirst();
    QVERIFY(bar.artistBox()->lineEdit()->hasFocus());
    QCOMPARE(bar.artistBox()->lineEdit()->selectedText(), QStringLiteral("zone.a0"));
}

void TestFilterViews::filterBarKeepsAValueTheDataDoesNotName()
{
    // A saved filter restored before the first answer, or an artist not imported yet.
    FilterBar bar;
    bar.setSelection(QStringLiteral("Kai Brennan"), QString(), QStringLiteral("tidal"));
    QCOMPARE(bar.artistBox()->currentText(), QStringLiteral("Kai Brennan"));
    bar.setChoices(kArtists, kTracks, kPlatforms);
    QCOMPARE(bar.artist(), QStringLiteral("Kai Brennan"));
    QCOMPARE(bar.artistBox()->currentText(), QStringLiteral("Kai Brennan"));
    QCOMPARE(bar.platformBox()->currentText(), QStringLiteral("tidal"));
    // Once the data names it, it shows by its name.
    QList<PlatformChoice> more = kPlatforms;
    more << PlatformChoice{QStringLiteral("tidal"), QStringLiteral("Tidal")};
    bar.setChoices(kArtists, kTracks, more);
    QCOMPARE(bar.platformBox()->currentText(), QStringLiteral("Tidal"));
    QCOMPARE(bar.platform(), QStringLiteral("tidal"));
}

void TestFilterViews::filterBarSetSelectionIsSilent()
{
    FilterBar bar;
    bar.setChoices(kArtists, kTracks, kPlatforms);
    QSignalSpy changed(&bar, &FilterBar::filtersChanged);
    bar.setSelection(QStringLiteral("Nova Lane"), QStringLiteral("USRC12400001"), QStringLiteral("spotify"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(bar.trackBox()->currentText(), QStringLiteral("Harbor Lights \u00b7 USRC12400001"));
    QCOMPARE(bar.platformBox()->currentText(), QStringLiteral("Spotify"));
    QVERIFY(bar.isFiltering());
}

void TestFilterViews::quarantineModelPassesTester()
{
    QuarantineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{QStringLiteral("bad_rows.tsv"), QStringLiteral("lake/raw/ab/abcd"), 4,
                    QStringLiteral("Earnings (USD)"), QStringLiteral("not a number: \"12,x\""),
                    QStringLiteral("2024-03-05\tSpotify\t12,x")},
                   {QStringLiteral("bad_rows.tsv"), QStringLiteral("lake/raw/ab/abcd"), 12, QString(),
                    QStringLiteral("too few columns"), QStringLiteral("2024-03-05")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(QuarantineModel::ColumnCount));
    QCOMPARE(model.index(0, QuarantineModel::LineColumn).data(QuarantineModel::SortRole).toLongLong(),
             qint64(4));
    QCOMPARE(model.index(1, QuarantineModel::FieldColumn).data().toString(), QStringLiteral("(whole row)"));
    // Tabs show as arrows, so the fields stay apart; the tooltip has the text as it was.
    QCOMPARE(model.index(0, QuarantineModel::RawTextColumn).data().toString(),
             QStringLiteral("2024-03-05 \u2192 Spotify \u2192 12,x"));
    QCOMPARE(model.index(0, QuarantineModel::RawTextColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2024-03-05\tSpotify\t12,x"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);

    ImportLogModel logModel;
    QAbstractItemModelTester logTester(&logModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IngestEntry e;
    e.file = QStringLiteral("bad_rows.tsv");
    e.status = QStringLiteral("partial");
    e.rowsRead = 15;
    e.rowsLoaded = 6;
    e.rowsQuarantined = 9;
    e.started = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    logModel.setImports({e});
    QCOMPARE(logModel.rowCount(), 1);
    QCOMPARE(logModel.index(0, ImportLogModel::StatusColumn).data().toString(),
             QStringLiteral("Partly loaded"));
    QVERIFY(logModel.index(0, ImportLogModel::StatusColumn)
                .data(Qt::ForegroundRole)
                .isValid()); // a problem stands out
}

void TestFilterViews::importLogInPlainWords()
{
    IngestEntry e;
    e.status = QStringLiteral("partial");
    e.rowsRead = 15;
    e.rowsLoaded = 6;
    e.rowsQuarantined = 9;
    QCOMPARE(ImportLogModel::summary(e),
             QStringLiteral(
                 "6 of 15 rows loaded. 9 rows were set aside; see Quarantined rows for where and why."));
    e.status = QStringLiteral("failed");
    e.rowsQuarantined = 0;
    e.message = QStringLiteral("the file ends mid-line");
    QCOMPARE(ImportLogModel::summary(e),
             QStringLiteral("Nothing was loaded from this file. the file ends mid-line"));
    e.status = QStringLiteral("loaded");
    e.message.clear();
    e.rowsRead = 1500;
    e.rowsLoaded = 1000;
    e.rowsPresent = 500;
    QCOMPARE(ImportLogModel::summary(e), QStringLiteral("1,000 of 1,500 rows loaded, 500 already there."));
    // The ledger's message repeats the counts; only its warnings are news.
    e.message = QStringLiteral(
        "s.tsv: 1000 rows loaded, 500 already present; warning: store 'Anghami' is not mapped to a platform");
    QCOMPARE(ImportLogModel::summary(e),
             QStringLiteral("1,000 of 1,500 rows loaded, 500 already there. warning: store 'Anghami' is not "
                            "mapped to a platform"));
    e.message.clear();
    QVERIFY(!ImportLogModel::isProblem(e));
    e.status = QStringLiteral("running");
    QVERIFY(ImportLogModel::summary(e).contains(QStringLiteral("did not finish")));
}

void TestFilterViews::notifierHoldsUntilRelease()
{
    AlertNotifier notifier;
    QSignalSpy composed(&notifier, &AlertNotifier::notificationComposed);
    const Alert a = alert(Alert::Kind::Streams, QDate(2024, 4, 18), QStringLiteral("Streams dropped"));
    const Alert b = alert(Alert::Kind::Anomaly, QDate(2024, 4, 9), QStringLiteral("An unusual day"));
    notifier.hold();
    QVERIFY(notifier.isHeld());
    QVERIFY(!notifier.notify({a}));
    QVERIFY(!notifier.notify({a, b})); // a later refresh raises a again: counted once
    QCOMPARE(composed.size(), 0);
    QCOMPARE(notifier.pending().size(), 2);
    notifier.release(); // no tray offscreen: composed, not shown
    QVERIFY(!notifier.isHeld());
    QCOMPARE(composed.size(), 1);
    QCOMPARE(composed.first().first().value<QList<Alert>>().size(), 2);
    QCOMPARE(notifier.lastTitle(), QStringLiteral("2 new alerts"));
    QVERIFY(notifier.pending().isEmpty());
    // Released with nothing collected: nothing to say.
    notifier.hold();
    notifier.release();
    QCOMPARE(composed.size(), 1);
    // Not held: at once.
    notifier.notify({b});
    QCOMPARE(composed.size(), 2);
}

void TestFilterViews::sparklineSeriesFollowTheKpi()
{
    DashboardData d;
    d.revenueByMonth = {{2024, 1, Money::fromNanos(4'750'000'000)},
                        {2024, 2, Money::fromNanos(7'600'000'000)}};
    d.daily[DailySeries::StreamsSpotify] = days({1000, 1200});
    d.daily[DailySeries::StreamsApple] = days({100});
    d.daily[DailySeries::SpotifyFollowers] = days({4900, 4920, 4960});
    d.daily[DailySeries::AdSpend] = days({20, 30});
    QCOMPARE(KpiCard::sparklineSeries(QStringLiteral("revenue"), d), (QList<double>{4.75, 7.6}));
    QCOMPARE(KpiCard::sparklineSeries(QStringLiteral("streams"), d),
             (QList<double>{1100, 1200})); // platforms summed by day
    QCOMPARE(KpiCard::sparklineSeries(QStringLiteral("streams_spotify"), d), (QList<double>{1000, 1200}));
    QCOMPARE(KpiCard::sparklineSeries(QStringLiteral("spotify_followers"), d),
             (QList<double>{4900, 4920, 4960}));
    QCOMPARE(KpiCard::sparklineSeries(QStringLiteral("ad_spend"), d), (QList<double>{20, 30}));
    QVERIFY(KpiCard::sparklineSeries(QStringLiteral("link_ctr"), d).isEmpty()); // a ratio has no series here
    QVERIFY(KpiCard::sparklineSeries(QStringLiteral("top_store"), d).isEmpty());

    // On the card: drawn when there are two points or more, hidden (keeping its room) otherwise.
    d.kpis = {
        KpiValue::ofMoney(QStringLiteral("revenue"), Money::fromNanos(12'350'000'000), QDate(2024, 4, 5)),
        KpiValue::ofMoney(QStringLiteral("ad_spend"), Money::fromNanos(50'000'000'000), QDate(2024, 2, 10))};
    KpiCard revenue(QStringLiteral("revenue"));
    revenue.resize(240, revenue.sizeHint().height());
    revenue.showData(d);
    QVERIFY(revenue.sparkline());
    QCOMPARE(revenue.sparkline()->values(), (QList<double>{4.75, 7.6}));
    QVERIFY(!revenue.sparkline()->isHidden());
    QVERIFY(revenue.toolTip().contains(QStringLiteral("As of: 2024-04-05")));
    QVERIFY(revenue.toolTip().contains(QStringLiteral("Sources:")));
    KpiCard ctr(QStringLiteral("link_ctr"));
    ctr.showData(d);
    QVERIFY(ctr.sparkline()->isHidden());
    QCOMPARE(ctr.sizeHint().height(), revenue.sizeHint().height()); // cards of a row line up
    KpiCard goal(QStringLiteral("goal_followers"));
    QVERIFY(!goal.sparkline()); // the bar says it
    revenue.clear();
    QVERIFY(revenue.sparkline()->values().isEmpty());

    // A card asks for its rows on a double-click and on Enter.
    QSignalSpy asked(&revenue, &KpiCard::drillDownRequested);
    QTest::mouseDClick(&revenue, Qt::LeftButton);
    QTest::keyClick(&revenue, Qt::Key_Return);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("revenue"));
}

void TestFilterViews::settingWrittenOnlyWhenItChanges()
{
    // The window sets its page, comparison and filters again at every start: the same values must
    // not rewrite the settings file each time.
    UiSettings::filterArtist().set(QStringLiteral("Nova Lane"));
    UiSettings::compareWithPrevious().set(true);
    const QString path = QSettings().fileName();
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    UiSettings::filterArtist().set(QStringLiteral("Nova Lane"));
    UiSettings::compareWithPrevious().set(true);
    QCOMPARE(QFileInfo(path).lastModified().toUTC(), old);
    UiSettings::filterArtist().set(QStringLiteral("Harbor"));
    QVERIFY(QFileInfo(path).lastModified().toUTC() > old);
    QCOMPARE(UiSettings::filterArtist().get(), QStringLiteral("Harbor"));
    UiSettings::compareWithPrevious().set(false);
    QCOMPARE(UiSettings::compareWithPrevious().get(), false);
}

QTEST_MAIN(TestFilterViews)
#include "tst_filterviews.moc"

// The main window's interaction, offscreen, on the small hand-made workspace: the filter bar
// against the command line's `kpis`, saved views across a restart, drill-downs from a card (mouse
// and keyboard) and from a chart, the quarantine viewer, alerts held during an import, the
// whole-dashboard PNG and the window layout across a restart.
#include "analytics/kpicatalog.h"
#include "charts/categorybarchart.h"
#include "charts/chartpanel.h"
#include "dialogs/drilldowndialog.h"
#include "dialogs/sourcedetailsdialog.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "models/alertsmodel.h"
#include "models/drilldownmodel.h"
#include "models/quarantinemodel.h"
#include "session/workspacesession.h"
#include "ui/uitestsupport.h"
#include "widgets/alertnotifier.h"
#include "widgets/alertspanel.h"
#include "widgets/filterbar.h"
#include "widgets/kpiboard.h"
#include "widgets/kpicard.h"
#include "widgets/kpiformat.h"
#include "widgets/sourcespanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;
using bedrot::test::kTimeout;

namespace {

using test::typeInto;

// A TooLost Spotify analytics export: a week of 1000 streams a day, then a week of 100 — the
// stream-drop alert of KPIS.md (the last 7 days more than 20% below the 7 before).
QByteArray droppingStreams()
{
    QByteArray days;
    for (int i = 0; i < 14; ++i) {
        const QDate d = QDate(2024, 3, 1).addDays(i);
        if (i)
            days += ',';
        days += "{\"date\":\"" + d.toString(Qt::ISODate).toLatin1() + "\",\"streams\":\"" +
                (i < 7 ? "1000" : "100") + "\"}";
    }
    return "{\"streams\":[" + days + "],\"discovery\":[]}";
}

} // namespace

class TestInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filterBarCardsEqualTheCommandLine();
    void savedViewSurvivesARestart();
    void cardDrillDownSumsToTheCard();
    void chartDrillDownUsesTheNarrowedFilter();
    void slowCountriesFollowTheRestOfTheAnswer();
    void quarantineViewerShowsTheBadRows();
    void alertsAreHeldDuringAnImport();
    void dashboardPngHasThePageSize();
    void layoutAndFiltersSurviveARestart();
    void keyboard();
    void screenshots();

private:
    void openWindow();
    void importAll(const QStringList& paths);
    KpiCard* card(const QString& id) const { return m_window->kpiBoard()->card(id); }
    // `bedrot kpis … --format json` for the filter: id → the exact JSON token of its value.
    QHash<QString, QString> cliKpis(const Filter& filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;
};

void TestInteraction::initTestCase()
{
    test::setUpUiTest("tst_interaction");
}

void TestInteraction::init()
{
    QSettings().clear();
    test::resetUiSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(QStringLiteral("workspace"));
    openWindow();
}

void TestInteraction::openWindow()
{
    m_window = bedrot::test::openWindow(m_workspace);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInteraction::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestInteraction::importAll(const QStringList& paths)
{
    test::importThroughWindow(*m_window, paths, kTimeout, true);
}

QHash<QString, QString> TestInteraction::cliKpis(const Filter& f)
{
    QStringList args{QStringLiteral("kpis"),     QStringLiteral("--workspace"), m_workspace,
                     QStringLiteral("--from"),   f.from.toString(Qt::ISODate),  QStringLiteral("--to"),
                     f.to.toString(Qt::ISODate), QStringLiteral("--format"),    QStringLiteral("json")};
    if (!f.artist.isEmpty())
        args << QStringLiteral("--artist") << f.artist;
    if (!f.track.isEmpty())
        args << QStringLiteral("--track") << f.track;
    if (!f.platform.isEmpty())
        args << QStringLiteral("--platform") << f.platform;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"),
               m_dir->filePath(QStringLiteral("home"))); // away from the real user's settings
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BEDROT_EXE), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("bedrot kpis failed: %s", p.readAllStandardError().constData());
        return {};
    }
    // The exact tokens, not doubles: money is printed unrounded and must agree to the last digit.
    QHash<QString, QString> out;
    static const QRegularExpression line(
        QStringLiteral("^\\s*\"([a-z_]+)\": \\{\"value\": (.*), \"as_of\": [^}]*\\},?$"));
    for (const QString& l : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

void TestInteraction::filterBarCardsEqualTheCommandLine()
{
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    FilterBar* bar = m_window->filterBar();
    // The choices come with the answers: the artist, both tracks, and the platforms with data.
    QTRY_VERIFY_WITH_TIMEOUT(bar->trackBox()->findData(QStringLiteral("USRC12400002")) > 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(bar->platformBox()->findData(QStringLiteral("deezer")) > 0, kTimeout);
    QVERIFY(bar->artistBox()->findData(QStringLiteral("Nova Lane")) > 0);
    for (const char* key : {"spotify", "apple_music", "itunes", "tiktok", "linktree",
                            "meta_ads"}) // answers during the import may lack some
        QTRY_VERIFY2_WITH_TIMEOUT(bar->platformBox()->findData(QString::fromLatin1(key)) > 0, key, kTimeout);
    QCOMPARE(bar->platformBox()->findData(QStringLiteral("tidal")), -1); // known, but no data

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    typeInto(bar->artistBox(), QStringLiteral("nova lane"));
    typeInto(bar->trackBox(), QStringLiteral("Harbor Lights"));
    typeInto(bar->platformBox(), QStringLiteral("Spotify"));
    m_window->rangeSelector()->setCustomRange(QDate(2024, 1, 1), QDate(2024, 2, 29));
    Filter expected;
    expected.from = QDate(2024, 1, 1);
    expected.to = QDate(2024, 2, 29);
    expected.artist = QStringLiteral("Nova Lane");
    expected.track = QStringLiteral("USRC12400001");
    expected.platform = QStringLiteral("spotify");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter(), expected, kTimeout);
    const auto answered = [&] {
        return !shown.isEmpty() && shown.last().first().value<DashboardData>().filter == expected;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), kTimeout);
    // By hand: Harbor Lights on Spotify is the one line of 3.50 USD (January).
    QCOMPARE(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("3.50 USD"));

    const DashboardData answer = shown.last().first().value<DashboardData>();
    const QHash<QString, QString> cli = cliKpis(expected);
    QCOMPARE(cli.size(), KpiCatalog::all().size());
    for (const KpiDefinition& def : KpiCatalog::all()) {
        const KpiValue* v = answer.kpi(def.id);
        QVERIFY2(v, qPrintable(def.id));
        QCOMPARE(v->jsonValue(), cli.value(def.id)); // the number behind the card is the command line's
        const QString text = v->isNull() ? KpiFormat::dash() : KpiFormat::value(def, *v);
        QCOMPARE(card(def.id)->valueText(), text);
    }

    // Filters are kept for the next launch.
    QCOMPARE(UiSettings::filterArtist().get(), QStringLiteral("Nova Lane"));
    QCOMPARE(UiSettings::filterTrack().get(), QStringLiteral("USRC12400001"));
    QCOMPARE(UiSettings::filterPlatform().get(), QStringLiteral("spotify"));

    // Clearing the filters: all of them at once, one answer for the whole board.
    m_window->filterBar()->clearFilters();
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);
    expected.artist.clear();
    expected.track.clear();
    expected.platform.clear();
    QCOMPARE(m_window->session()->filter(), expected);
}

void TestInteraction::savedViewSurvivesARestart()
{
    ViewState february;
    february.preset = QStringLiteral("custom");
    february.from = QDate(2024, 2, 1);
    february.to = QDate(2024, 2, 29);
    february.platform = QStringLiteral("spotify");
    m_window->applyViewState(february);
    QCOMPARE(m_window->viewState(), february);
    QVERIFY(m_window->saveView(QStringLiteral("Spotify in February")));
    QCOMPARE(m_window->savedViewNames(), QStringList{QStringLiteral("Spotify in February")});
    // The menu lists it, checked while it is what the window shows.
    QAction* item = nullptr;
    for (QAction* a : m_window->viewsMenu()->actions())
        if (a->data().toString() == QLatin1String("Spotify in February"))
            item = a;
    QVERIFY(item);
    Q_EMIT m_window->viewsMenu()->aboutToShow();
    QVERIFY(item->isChecked());

    // Somewhere else, then back through the menu.
    m_window->rangeSelector()->setPreset(DateRangeSelector::Preset::LastYear);
    m_window->filterBar()->setSelection(QStringLiteral("Nova Lane"), QString(), QString());
    Q_EMIT m_window->viewsMenu()->aboutToShow();
    QVERIFY(!item->isChecked());
    item->trigger();
    QCOMPARE(m_window->viewState(), february);
    Filter f;
    f.from = february.from;
    f.to = february.to;
    f.platform = QStringLiteral("spotify");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter(), f, kTimeout);

    // A restart with the same settings: the views, and the view last applied.
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->savedViewNames(), QStringList{QStringLiteral("Spotify in February")});
    QCOMPARE(m_window->viewState(), february);
    QCOMPARE(m_window->filterBar()->platformBox()->currentText(),
             QStringLiteral("spotify")); // no data yet: as saved
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter(), f, kTimeout);

    QVERIFY(m_window->deleteView(QStringLiteral("Spotify in February")));
    QVERIFY(m_window->savedViewNames().isEmpty());
    QVERIFY(!m_window->applyView(QStringLiteral("Spotify in February")));
}

void TestInteraction::cardDrillDownSumsToTheCard()
{
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("streams"))->valueText(), QStringLiteral("5,000"),
                              kTimeout);
    QVERIFY(!m_window->drillDownDialog());

    // A double-click on the revenue card: the statement lines that make it up.
    QTest::mouseDClick(card(QStringLiteral("revenue")), Qt::LeftButton);
    DrillDownDialog* dialog = m_window->drillDownDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kpiId(), QStringLiteral("revenue"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kTimeout);
    QCOMPARE(dialog->visibleRows().size(), 5);
    const DashboardData answer = shown.last().first().value<DashboardData>();
    QCOMPARE(dialog->visibleSum(), answer.kpi(QStringLiteral("revenue"))->money.toString(2));
    QCOMPARE(dialog->visibleSum(), QStringLiteral("12.35"));
    // Each row says where it came from.
    const QStringList columns = dialog->model()->drillDown().columns;
    QCOMPARE(columns.mid(columns.size() - 3),
             (QStringList{QStringLiteral("raw_file"), QStringLiteral("file"), QStringLiteral("line")}));
    QVERIFY(dialog->csv().startsWith("reporting_date,"));

    // The keyboard: Enter on the focused streams card.
    dialog->hide();
    KpiCard* streams = card(QStringLiteral("streams"));
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_window.get())); // back from the dialog
    streams->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(streams->hasFocus());
    QTest::keyClick(streams, Qt::Key_Return);
    QCOMPARE(m_window->drillDownDialog(), dialog); // one dialog, reused
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kpiId(), QStringLiteral("streams"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kTimeout);
    QCOMPARE(dialog->visibleSum(), QString::number(answer.kpi(QStringLiteral("streams"))->integer));
    QCOMPARE(dialog->visibleSum(), QStringLiteral("5000"));

    // Under a filter the rows follow it: February only.
    m_window->rangeSelector()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 29));
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("7.60 USD"),
                              kTimeout);
    QTest::mouseDClick(card(QStringLiteral("revenue")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->kpiId() == QLatin1String("revenue"), kTimeout);
    QCOMPARE(dialog->visibleSum(), QStringLiteral("7.60"));

    // The open dialog follows new data: a February line lands, the rows and their sum grow with the
    // card, and the filter typed into the dialog stays.
    dialog->filterEdit()->setText(QStringLiteral("Spotify"));
    QTRY_COMPARE(dialog->visibleSum(), QStringLiteral("4.10"));
    QByteArray more = test::statement();
    more.replace("2024-04-05\t2024-02\tSpotify\tNova Lane\tNight "
                 "Shift\tUSRC12400002\t195729000011\t1700\t100\tSong\tUS\t0\t4.10",
                 "2024-04-05\t2024-02\tSpotify\tNova Lane\tNight "
                 "Shift\tUSRC12400002\t195729000011\t300\t100\tSong\tCA\t0\t0.90");
    importAll({test::writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details_more.tsv")), more)});
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("8.50 USD"),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->visibleSum(), QStringLiteral("5.00"), kTimeout);
    QCOMPARE(dialog->filterEdit()->text(), QStringLiteral("Spotify"));
    QCOMPARE(dialog->visibleRows().size(), 2);
}

void TestInteraction::chartDrillDownUsesTheNarrowedFilter()
{
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);
    // What a chart says when a bar is double-clicked (the charts emit it; here it is emitted for them).
    auto* chart = m_window->findChild<ChartPanel*>();
    QVERIFY(chart);
    Filter january = m_window->session()->filter();
    january.from = QDate(2024, 1, 1);
    january.to = QDate(2024, 1, 31);
    january.platform = QStringLiteral("spotify");
    Q_EMIT chart->drillDownRequested(QStringLiteral("revenue"), january);
    DrillDownDialog* dialog = m_window->drillDownDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kTimeout);
    QCOMPARE(dialog->visibleRows().size(), 1);
    QCOMPARE(dialog->visibleSum(), QStringLiteral("3.50"));
    // The dashboard keeps its own filter.
    QCOMPARE(m_window->session()->filter().platform, QString());

    // A country's bar: its revenue lines (US: 3.50 + 4.10), the country named over the rows.
    auto* countries = m_window->findChild<CategoryBarChart*>(QStringLiteral("chart-revenue-by-country"));
    QVERIFY(countries);
    QCOMPARE(countries->labels().value(0), QStringLiteral("United States (US)"));
    countries->activate(0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->visibleRows().size() == 2, kTimeout);
    QCOMPARE(dialog->kpiId(), QStringLiteral("revenue"));
    QCOMPARE(dialog->visibleSum(), QStringLiteral("7.60"));
    const int country = int(dialog->model()->drillDown().columns.indexOf(QStringLiteral("country")));
    for (int row : dialog->visibleRows())
        QCOMPARE(dialog->model()->drillDown().rows.at(row).at(country).toString(), QStringLiteral("US"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("drilldown-scope"))
                ->text()
                .endsWith(QStringLiteral("country US")));

    // A payment-delay bar: the cash of the lines reported that many months after use. Every line of
    // the statement was reported two months after its usage month; the empty bars before have none.
    auto* delays = m_window->findChild<CategoryBarChart*>(QStringLiteral("chart-payment-delay"));
    QVERIFY(delays);
    QCOMPARE(delays->labels(), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    delays->activate(2);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading() && dialog->kpiId() == QLatin1String("cash_reported"),
                             kTimeout);
    QCOMPARE(dialog->visibleRows().size(), 5);
    QCOMPARE(dialog->visibleSum(), QStringLiteral("12.35"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("drilldown-scope"))
                ->text()
                .endsWith(QStringLiteral("reported 2 months after use")));
    QSignalSpy asked(m_window->session(), &WorkspaceSession::drillDownReady);
    delays->activate(0); // no line: nothing to ask for
    QTest::qWait(200);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(dialog->kpiId(), QStringLiteral("cash_reported"));
}

void TestInteraction::slowCountriesFollowTheRestOfTheAnswer()
{
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);
    // Every warehouse counts as big: under a track filter the by-country figures come second.
    m_window->session()->setDeferCountriesAbove(0);
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    m_window->filterBar()->setSelection(QString(), QStringLiteral("USRC12400001"), QString());
    Q_EMIT m_window->filterBar()->filtersChanged();
    const auto complete = [&] {
        return !shown.isEmpty() &&
               shown.last().first().value<DashboardData>().filter.track == QLatin1String("USRC12400001") &&
               !shown.last().first().value<DashboardData>().countriesPending;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), kTimeout);
    // First the answer without them (the card said so, not "no data"), then the same answer whole.
    QVERIFY(shown.size() >= 2);
    const auto first = shown.at(shown.size() - 2).first().value<DashboardData>();
    const auto last = shown.last().first().value<DashboardData>();
    QVERIFY(first.countriesPending);
    QCOMPARE(first.generation, last.generation);
    QCOMPARE(first.kpi(QStringLiteral("revenue"))->money, last.kpi(QStringLiteral("revenue"))->money);
    // Harbor Lights: US 3.50, FR 1.40, GB 1.25.
    QCOMPARE(card(QStringLiteral("top_country"))->valueText(),
             KpiFormat::value(*KpiCatalog::find(QStringLiteral("top_country")),
                              *last.kpi(QStringLiteral("top_country"))));
    QCOMPARE(last.kpi(QStringLiteral("top_country"))->text, QStringLiteral("US"));
    auto* countries = m_window->findChild<CategoryBarChart*>(QStringLiteral("chart-revenue-by-country"));
    QCOMPARE(countries->labels(),
             (QStringList{QStringLiteral("United States (US)"), QStringLiteral("France (FR)"),
                          QStringLiteral("United Kingdom (GB)")}));
    // The pending state on its own: the card and the chart say the figures are on their way.
    m_window->kpiBoard()->card(QStringLiteral("top_country"))->showData(first);
    QCOMPARE(card(QStringLiteral("top_country"))->valueText(), QStringLiteral("\u2026"));
    countries->setData(first);
    QVERIFY(countries->findChild<QLabel*>(QStringLiteral("ChartEmpty"))
                ->text()
                .startsWith(QStringLiteral("Reading")));
}

void TestInteraction::quarantineViewerShowsTheBadRows()
{
    importAll({QStringLiteral(BEDROT_TEST_DATA "/distrokid/bad_rows.tsv")});
    if (QTest::currentTestFailed())
        return;
    SourcesPanel* panel = m_window->sourcesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectSource(QStringLiteral("distrokid.statements")), kTimeout);
    QVERIFY(panel->requestDetails());
    SourceDetailsDialog* dialog = m_window->sourceDetailsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kTimeout);
    QCOMPARE(dialog->noteText(), QString());
    // 15 rows read, 6 loaded, 9 set aside (tests/app/tst_cli.cpp): each with its line and reason.
    QuarantineModel* rows = dialog->quarantineModel();
    QCOMPARE(rows->rowCount(), 9);
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QuarantinedRow& q = rows->rows().at(r);
        QCOMPARE(q.file, QStringLiteral("bad_rows.tsv"));
        QVERIFY(q.line >= 2);
        QVERIFY2(!q.reason.isEmpty(), qPrintable(QString::number(q.line)));
        QVERIFY(q.rawFile.startsWith(QLatin1String("lake/raw/")));
    }
    QCOMPARE(dialog->tabs()->currentIndex(), 0);
    // The month 2024-13 on line 4 is among them, with its raw text.
    bool month = false;
    for (const QuarantinedRow& q : rows->rows())
        month |= q.line == 4 && q.rawText.contains(QStringLiteral("2024-13"));
    QVERIFY(month);
    // The filter narrows the rows.
    dialog->findChild<QLineEdit*>(QStringLiteral("quarantine-filter"))->setText(QStringLiteral("2024-13"));
    QVERIFY(dialog->quarantineProxy()->rowCount() >= 1);
    QVERIFY(dialog->quarantineProxy()->rowCount() < 9);
    // The import, in words.
    ImportLogModel* imports = dialog->importLogModel();
    QCOMPARE(imports->rowCount(), 1);
    QCOMPARE(imports->imports().first().status, QStringLiteral("partial"));
    QVERIFY2(ImportLogModel::summary(imports->imports().first())
                 .startsWith(QStringLiteral("6 of 15 rows loaded. 9 rows were set aside")),
             qPrintable(ImportLogModel::summary(imports->imports().first())));

    // Open, it follows the next import: a download cut off mid-line adds its last line.
    dialog->findChild<QLineEdit*>(QStringLiteral("quarantine-filter"))->clear();
    importAll({QStringLiteral(BEDROT_TEST_DATA "/distrokid/truncated_earnings.tsv")});
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(dialog->importLogModel()->rowCount(), 2, kTimeout);
    QVERIFY(dialog->quarantineModel()->rowCount() > 9);
    QCOMPARE(dialog->importLogModel()->imports().first().file,
             QStringLiteral("truncated_earnings.tsv")); // newest first

    // A source without imports says so; a double-click on a row asks too.
    QVERIFY(panel->selectSource(QStringLiteral("linktree")));
    const QModelIndex row = panel->view()->selectionModel()->selectedRows().first();
    Q_EMIT panel->view()->activated(row);
    QCOMPARE(dialog->sourceId(), QStringLiteral("linktree"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kTimeout);
    QCOMPARE(dialog->quarantineModel()->rowCount(), 0);
    QCOMPARE(dialog->noteText(), QStringLiteral("Nothing of this source has been imported yet."));
}

void TestInteraction::alertsAreHeldDuringAnImport()
{
    AlertNotifier* notifier = m_window->alertNotifier();
    QSignalSpy composed(notifier, &AlertNotifier::notificationComposed);
    QList<bool> heldAtStart;
    connect(m_window->session(), &WorkspaceSession::importStarted, this,
            [&] { heldAtStart << notifier->isHeld(); });
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    const QString drop =
        test::writeFile(m_dir->filePath(QStringLiteral("toolost_spotify_20240315.json")), droppingStreams());
    importAll(
        {test::writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details.tsv")), test::statement()),
         drop});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(heldAtStart, QList<bool>{true});
    // One notification, once the answer to the finished import is in: the stream drop.
    QTRY_COMPARE_WITH_TIMEOUT(composed.size(), 1, kTimeout);
    QVERIFY(!notifier->isHeld());
    const auto alerts = composed.first().first().value<QList<Alert>>();
    QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(),
                        [](const Alert& a) { return a.kind == Alert::Kind::Streams; }));
    QVERIFY2(!notifier->lastTitle().isEmpty(), "composed even without a tray");

    // The seen alerts are kept: a restart does not announce them again, nor does a change of range.
    const QStringList seen = UiSettings::seenAlerts(Workspace(m_workspace).root()).get();
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen, m_window->alertsPanel()->seenKeys());
    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->alertsPanel()->seenKeys(), seen);
    QSignalSpy again(m_window->alertNotifier(), &AlertNotifier::notificationComposed);
    QSignalSpy newAlerts(m_window->alertsPanel(), &AlertsPanel::newAlerts);
    QSignalSpy shownAgain(m_window.get(), &MainWindow::dashboardShown);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->alertsPanel()->model()->rowCount() > 0, kTimeout);
    QCOMPARE(newAlerts.size(), 0);
    QCOMPARE(m_window->alertsPanel()->seenKeys(), seen);
    m_window->rangeSelector()->setCustomRange(QDate(2024, 3, 1), QDate(2024, 3, 14));
    QTRY_VERIFY_WITH_TIMEOUT(!shownAgain.isEmpty() &&
                                 shownAgain.last().first().value<DashboardData>().filter.to ==
                                     QDate(2024, 3, 14),
                             kTimeout);
    QCOMPARE(again.size(), 0);
}

void TestInteraction::dashboardPngHasThePageSize()
{
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);
    m_window->resize(1200, 700); // shorter than the overview: part of it is scrolled away
    QTRY_VERIFY(m_window->height() <= 700);
    auto* area = qobject_cast<QScrollArea*>(
        m_window->findChild<QTabWidget*>(QStringLiteral("dashboard"))->currentWidget());
    QVERIFY(area);
    QTRY_VERIFY(area->widget()->height() > area->viewport()->height());
    const QImage image = m_window->dashboardImage();
    const qreal ratio = image.devicePixelRatio();
    QCOMPARE(QSize(qRound(image.width() / ratio), qRound(image.height() / ratio)), area->widget()->size());
    // The bottom of the page is drawn too, not left blank: the last goal card is there.
    KpiCard* last = card(QStringLiteral("goal_followers"));
    const QPoint inCard(6, last->height() / 2); // the card's own background, left of its text
    const QPoint inPage = last->mapTo(area->widget(), inCard);
    QVERIFY(inPage.y() > area->viewport()->height());
    const QColor cardBackground =
        last->grab().toImage().pixelColor(QPoint(qRound(inCard.x() * ratio), qRound(inCard.y() * ratio)));
    QCOMPARE(image.pixelColor(QPoint(qRound(inPage.x() * ratio), qRound(inPage.y() * ratio))),
             cardBackground);
    QVERIFY(cardBackground != image.pixelColor(0, image.height() - 1)); // a card, not the page behind it

    const QString path = m_dir->filePath(QStringLiteral("dashboard.png"));
    QCOMPARE(m_window->exportDashboardPng(path), QString());
    QImage read(path);
    QCOMPARE(read.size(), image.size());
    QVERIFY(!m_window->exportDashboardPng(m_dir->filePath(QStringLiteral("no/such/dir/x.png"))).isEmpty());

    // Another page: that page's size.
    m_window->showPage(MainWindow::Page::Audience);
    auto* audience = qobject_cast<QScrollArea*>(
        m_window->findChild<QTabWidget*>(QStringLiteral("dashboard"))->currentWidget());
    QTRY_VERIFY(audience->isVisible());
    const QImage page = m_window->dashboardImage();
    QCOMPARE(QSize(qRound(page.width() / page.devicePixelRatio()),
                   qRound(page.height() / page.devicePixelRatio())),
             audience->widget()->size());
}

void TestInteraction::layoutAndFiltersSurviveARestart()
{
    auto* sources = m_window->findChild<QDockWidget*>(QStringLiteral("dock-sources"));
    QVERIFY(sources);
    QVERIFY(!sources->isVisible());
    sources->show();
    m_window->filterBar()->setSelection(QStringLiteral("Nova Lane"), QString(), QString());
    UiSettings::filterArtist().set(QStringLiteral("Nova Lane")); // as onFiltersChanged keeps it
    m_window->showPage(MainWindow::Page::Marketing);
    m_window->close();
    m_window.reset();
    openWindow();
    QTRY_VERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("dock-sources"))->isVisible());
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Marketing);
    QCOMPARE(m_window->filterBar()->artist(), QStringLiteral("Nova Lane"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter().artist, QStringLiteral("Nova Lane"), kTimeout);
}

void TestInteraction::keyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Every menu action with a shortcut shows it; the ones this issue added are there.
    QHash<QString, QString> shortcuts;
    for (QAction* menu : m_window->menuBar()->actions())
        for (QAction* a : menu->menu()->actions())
            if (!a->shortcut().isEmpty())
                shortcuts.insert(a->shortcut().toString(), a->text());
    for (const char* key :
         {"Ctrl+F", "Ctrl+Shift+F", "Ctrl+Shift+E", "Ctrl+Alt+E", "Ctrl+E", "F5", "Ctrl+1", "Ctrl+4"})
        QVERIFY2(shortcuts.contains(QString::fromLatin1(key)), key);
    QVERIFY(m_window->viewsMenu()->actions().first()->shortcut() ==
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    // Ctrl+F: to the filters.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->filterBar()->artistBox()->lineEdit()->hasFocus());
    // Ctrl+2: another page.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Revenue);
}

void TestInteraction::screenshots()
{
    // Pictures to look at, not assertions: written only when BEDROT_SHOTS names a folder.
    const QString dir = qEnvironmentVariable("BEDROT_SHOTS");
    if (dir.isEmpty())
        QSKIP("set BEDROT_SHOTS to a folder to write screenshots");
    QDir().mkpath(dir);
    importAll(test::writeSmallWorkspace(QDir(m_dir->path()))
              << QStringLiteral(BEDROT_TEST_DATA "/distrokid/bad_rows.tsv"));
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("streams"))->valueText(), QStringLiteral("5,000"),
                              kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->filterBar()->platformBox()->count() > 3, kTimeout);
    QTest::qWait(300);
    m_window->grab().save(dir + QStringLiteral("/window-overview.png"));
    m_window->dashboardImage().save(dir + QStringLiteral("/dashboard-overview.png"));
    m_window->resize(1280, 800);
    QTest::qWait(300);
    m_window->grab().save(dir + QStringLiteral("/window-1280.png"));
    m_window->resize(1600, 1000);
    m_window->filterBar()->setSelection(QStringLiteral("Nova Lane"), QStringLiteral("USRC12400001"),
                                        QStringLiteral("spotify"));
    Q_EMIT m_window->filterBar()->filtersChanged();
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("3.50 USD"),
                              kTimeout);
    QTest::qWait(300);
    m_window->grab().save(dir + QStringLiteral("/window-filtered.png"));
    m_window->filterBar()->clearFilters();
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.48 USD"),
                              kTimeout); // with bad_rows.tsv's good lines
    QTest::mouseDClick(card(QStringLiteral("revenue")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->drillDownDialog()->isLoading(), kTimeout);
    m_window->drillDownDialog()->grab().save(dir + QStringLiteral("/drilldown.png"));
    m_window->drillDownDialog()->hide();
    m_window->findChild<QDockWidget*>(QStringLiteral("dock-sources"))->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sourcesPanel()->selectSource(QStringLiteral("distrokid.statements")),
                             kTimeout);
    QTest::qWait(200);
    m_window->grab().save(dir + QStringLiteral("/window-sources.png"));
    m_window->sourcesPanel()->requestDetails();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->sourceDetailsDialog()->isLoading(), kTimeout);
    m_window->sourceDetailsDialog()->grab().save(dir + QStringLiteral("/quarantine.png"));
    m_window->sourceDetailsDialog()->tabs()->setCurrentIndex(1);
    m_window->sourceDetailsDialog()->grab().save(dir + QStringLiteral("/imports.png"));
    m_window->sourceDetailsDialog()->hide();
    m_window->saveView(QStringLiteral("Nova Lane on Spotify"));
    m_window->saveView(QStringLiteral("Everything"));
    for (QAction* top : m_window->menuBar()->actions()) {
        QMenu* menu = top->menu();
        menu->popup(m_window->mapToGlobal(QPoint(100, 30)));
        QTest::qWait(100);
        menu->grab().save(dir + QStringLiteral("/menu-") + top->text().remove(u'&') + QStringLiteral(".png"));
        menu->hide();
    }
}

QTEST_MAIN(TestInteraction)
#include "tst_interaction.moc"

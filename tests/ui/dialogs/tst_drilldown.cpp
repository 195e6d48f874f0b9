// Drill-down dialog, offscreen: the filter narrows the rows and the footer's exact sum follows,
// numeric sorting, the CSV is exactly the rows shown, the capped-answer note; and, end to end, the
// rows behind the revenue KPI of an imported statement sum to that KPI.
#include "dialogs/drilldowndialog.h"
#include "domain/dashboarddata.h"
#include "models/drilldownmodel.h"
#include "session/workspacesession.h"
#include "theme/darktheme.h"
#include "ui/uitestsupport.h"
#include "widgets/daterangeselector.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace bedrot;

namespace {

constexpr int kTimeout = 20000;
const QString kRaw = QStringLiteral("lake/raw/3f/3f9a0c1d");
const QString kFile = QStringLiteral("distrokid_2024-04.tsv");

QVariantList line(const char* reported, const char* month, const char* store, const QString& artist,
                  const QString& title, const char* isrc, const char* country, qint64 quantity,
                  const char* earnings, qint64 lineNo)
{
    return {QString::fromLatin1(reported),
            QString::fromLatin1(month),
            QString::fromLatin1(store),
            artist,
            title,
            QString::fromLatin1(isrc),
            QString::fromLatin1(country),
            quantity,
            QString::fromLatin1(earnings),
            kRaw,
            kFile,
            lineNo};
}

// Five statement lines. By hand:
//   all        0.1 + 9.5 + 10.00 − 0.69 + 0.019319430 = 18.929319430
//   "spotify"  rows 1, 3, 5: 0.1 + 10.00 + 0.019319430 = 10.119319430 (as doubles: 10.119319430000001)
//   "night"    rows 3, 4: 10.00 − 0.69 = 9.31
//   quantity   9, 10, 100, 2, 1500 — as text 10 < 100 < 1500 < 2 < 9
//   earnings   as text "-0.69" < "0.019…" < "0.1" < "10.00" < "9.5"; as money 9.5 comes before 10.00
DrillDown statement()
{
    DrillDown d;
    d.kpiId = QStringLiteral("revenue");
    d.columns = {
        QStringLiteral("reporting_date"), QStringLiteral("sale_month"), QStringLiteral("store"),
        QStringLiteral("artist"),         QStringLiteral("title"),      QStringLiteral("isrc"),
        QStringLiteral("country"),        QStringLiteral("quantity"),   QStringLiteral("earnings_usd"),
        QStringLiteral("raw_file"),       QStringLiteral("file"),       QStringLiteral("line")};
    d.rows = {
        line("2024-03-05", "2024-01", "Spotify", QStringLiteral("Nova Lane"), QStringLiteral("Harbor Lights"),
             "USRC12400001", "US", 9, "0.1", 2),
        line("2024-03-05", "2024-01", "Apple Music", QStringLiteral("Nova Lane"),
             QStringLiteral("Harbor Lights"), "USRC12400001", "GB", 10, "9.5", 3),
        line("2024-04-05", "2024-02", "Spotify", QStringLiteral("Nova Lane"), QStringLiteral("Night Shift"),
             "USRC12400002", "US", 100, "10.00", 4),
        line("2024-04-05", "2024-02", "iTunes Songs", QStringLiteral("Nova Lane"),
             QStringLiteral("Night Shift, Pt. \"2\""), "USRC12400004", "DE", 2, "-0.69", 5),
        line("2024-04-05", "2024-02", "Spotify", QStringLiteral("Kai Mori"), QStringLiteral("\u00c4pfel"),
             "USRC12400003", "FR", 1500, "0.019319430", 10),
    };
    d.valueColumn = 8;
    d.totalRows = 5;
    return d;
}

// Daily streams: an integer value column.
DrillDown streams()
{
    DrillDown d;
    d.kpiId = QStringLiteral("streams");
    d.columns = {QStringLiteral("day"),  QStringLiteral("distributor"), QStringLiteral("platform"),
                 QStringLiteral("isrc"), QStringLiteral("streams"),     QStringLiteral("raw_file"),
                 QStringLiteral("file"), QStringLiteral("line")};
    d.rows = {
        {QStringLiteral("2024-04-01"), QStringLiteral("distrokid"), QStringLiteral("Spotify"),
         QStringLiteral("USRC12400001"), qint64(1200), kRaw, kFile, qint64(2)},
        {QStringLiteral("2024-04-02"), QStringLiteral("distrokid"), QStringLiteral("Spotify"),
         QStringLiteral("USRC12400001"), qint64(9), kRaw, kFile, qint64(3)},
        {QStringLiteral("2024-04-03"), QStringLiteral("distrokid"), QStringLiteral("Apple Music"),
         QStringLiteral("USRC12400001"), qint64(10), kRaw, kFile, qint64(4)},
    };
    d.valueColumn = 4;
    d.totalRows = 3;
    return d;
}

QStringList column(const DrillDownDialog& dialog, int c)
{
    QStringList out;
    for (int r = 0; r < dialog.proxy()->rowCount(); ++r)
        out << dialog.proxy()->index(r, c).data(DrillDownModel::ExactTextRole).toString();
    return out;
}

QByteArray statementFile()
{
    // Five lines; revenue (by usage month) 3.50 + 1.25 + 4.10 + 2.10 + 1.40 = 12.35.
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

} // namespace

class TestDrillDown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelPassesTester();
    void columnKinds();
    void titleAndFooter();
    void scopeNamesWhatTheRowsAreNarrowedTo();
    void filterNarrowsRowsAndSum_data();
    void filterNarrowsRowsAndSum();
    void sumIsExactBeyondDoublePrecision();
    void sortsNumerically();
    void integerValueColumn();
    void csvIsTheVisibleRows();
    void exportWritesTheCsv();
    void cappedAnswerNote();
    void errorAndLoading();
    void anotherKpiStartsUnfiltered();
    void activatingARowNamesItsRawFile();
    void rowsBehindRevenueSumToTheKpi();
};

void TestDrillDown::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // numbers read in the English fallback (KpiFormat::locale)
    applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

void TestDrillDown::modelPassesTester()
{
    DrillDownModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDrillDown(statement());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 12);
    model.setDrillDown(streams());
    QCOMPARE(model.columnCount(), 8);
    model.setDrillDown(DrillDown{});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);

    DrillDownDialog dialog;
    QAbstractItemModelTester proxyTester(dialog.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setDrillDown(statement());
    dialog.view()->sortByColumn(7, Qt::DescendingOrder);
    dialog.filterEdit()->setText(QStringLiteral("spotify"));
    dialog.setDrillDown(streams());
    dialog.filterEdit()->clear();
    QCOMPARE(dialog.proxy()->rowCount(), 3);
}

void TestDrillDown::columnKinds()
{
    using Kind = DrillDownModel::ColumnKind;
    DrillDownModel model;
    model.setDrillDown(statement());
    QCOMPARE(model.columnKind(0), Kind::Text);     // reporting_date
    QCOMPARE(model.columnKind(5), Kind::Text);     // isrc
    QCOMPARE(model.columnKind(7), Kind::Integer);  // quantity
    QCOMPARE(model.columnKind(8), Kind::Money);    // earnings_usd
    QCOMPARE(model.columnKind(11), Kind::Integer); // line
    QCOMPARE(model.headerData(8, Qt::Horizontal).toString(), QStringLiteral("Earnings (USD)"));
    QCOMPARE(model.headerData(9, Qt::Horizontal).toString(), QStringLiteral("Raw file"));
    QCOMPARE(DrillDownModel::columnTitle(QStringLiteral("net_payout_usd")),
             QStringLiteral("Net payout (USD)"));
    // Numbers right-aligned, text left.
    QCOMPARE(Qt::Alignment(model.index(0, 7).data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(Qt::Alignment(model.index(0, 8).data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask,
             Qt::AlignRight);
    QCOMPARE(Qt::Alignment(model.index(0, 2).data(Qt::TextAlignmentRole).toInt()) & Qt::AlignHorizontal_Mask,
             Qt::AlignLeft);
    // Counts grouped on screen, line numbers and money as they are.
    QCOMPARE(model.index(4, 7).data().toString(), QStringLiteral("1,500"));
    QCOMPARE(model.index(4, 7).data(DrillDownModel::ExactTextRole).toString(), QStringLiteral("1500"));
    QCOMPARE(model.index(4, 8).data().toString(), QStringLiteral("0.019319430"));
    QCOMPARE(model.index(4, 11).data().toString(), QStringLiteral("10"));
}

void TestDrillDown::titleAndFooter()
{
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rows behind Revenue"));
    QCOMPARE(DrillDownDialog::titleFor(QStringLiteral("streams_spotify")),
             QStringLiteral("Rows behind Spotify streams"));
    QCOMPARE(DrillDownDialog::titleFor(QStringLiteral("no_such_kpi")),
             QStringLiteral("Rows behind no_such_kpi"));
    QCOMPARE(dialog.visibleSum(), QStringLiteral("18.92931943"));
    QCOMPARE(dialog.footerText(), QStringLiteral("5 rows \u00b7 sum of Earnings (USD): 18.92931943"));
    QCOMPARE(dialog.noteText(), QString());

    // A KPI that is not a sum: a row count only.
    DrillDown notASum = statement();
    notASum.kpiId = QStringLiteral("top_store");
    notASum.valueColumn = -1;
    dialog.setDrillDown(notASum);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rows behind Top store"));
    QCOMPARE(dialog.visibleSum(), QString());
    QCOMPARE(dialog.footerText(), QStringLiteral("5 rows"));
}

void TestDrillDown::filterNarrowsRowsAndSum_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("footer");
    QTest::newRow("no filter") << QString()
                               << QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                              QStringLiteral("5"), QStringLiteral("10")}
                               << QStringLiteral("18.92931943")
                               << QStringLiteral("5 rows \u00b7 sum of Earnings (USD): 18.92931943");
    QTest::newRow("a store, exact where doubles are not")
        << QStringLiteral("spotify")
        << QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("10")}
        << QStringLiteral("10.11931943")
        << QStringLiteral("3 rows \u00b7 sum of Earnings (USD): 10.11931943");
    QTest::newRow("case-insensitive")
        << QStringLiteral("SPOTIFY")
        << QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("10")}
        << QStringLiteral("10.11931943")
        << QStringLiteral("3 rows \u00b7 sum of Earnings (USD): 10.11931943");
    QTest::newRow("a title, with a return")
        << QStringLiteral("night shift") << QStringList{QStringLiteral("4"), QStringLiteral("5")}
        << QStringLiteral("9.31") << QStringLiteral("2 rows \u00b7 sum of Earnings (USD): 9.31");
    QTest::newRow("one row") << QStringLiteral("\u00e4pfel") << QStringList{QStringLiteral("10")}
                             << QStringLiteral("0.01931943")
                             << QStringLiteral("1 row \u00b7 sum of Earnings (USD): 0.01931943");
    QTest::newRow("any column: a country and every ISRC")
        << QStringLiteral("us")
        << QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                       QStringLiteral("10")}
        << QStringLiteral("18.92931943")
        << QStringLiteral("5 rows \u00b7 sum of Earnings (USD): 18.92931943");
    QTest::newRow("nothing") << QStringLiteral("tidal") << QStringList{} << QStringLiteral("0.00")
                             << QStringLiteral("0 rows \u00b7 sum of Earnings (USD): 0.00");
}

void TestDrillDown::filterNarrowsRowsAndSum()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, lines);
    QFETCH(QString, sum);
    QFETCH(QString, footer);
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    // Typed key by key where QTest can type it: the rows and the footer follow every keystroke.
    bool ascii = true;
    for (QChar c : filter)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(dialog.filterEdit(), filter);
    else
        dialog.filterEdit()->setText(filter);
    QCOMPARE(dialog.filterEdit()->text(), filter);
    QCOMPARE(column(dialog, 11), lines);
    QCOMPARE(dialog.visibleSum(), sum);
    QCOMPARE(dialog.footerText(), footer);
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("drilldown-export"))->isEnabled(),
             !lines.isEmpty());
    // Clearing the filter brings every row and the full sum back.
    dialog.filterEdit()->clear();
    QCOMPARE(dialog.proxy()->rowCount(), 5);
    QCOMPARE(dialog.visibleSum(), QStringLiteral("18.92931943"));
}

void TestDrillDown::sumIsExactBeyondDoublePrecision()
{
    // A double holds 15–17 significant digits; these amounts need 19. By hand:
    //   all        1234567890.123456789 × 2 + 0.000000001 = 2469135780.246913579
    //   "spotify"  1234567890.123456789 + 0.000000001 = 1234567890.12345679(0)
    DrillDown d = statement();
    d.rows = {d.rows.at(0), d.rows.at(1), d.rows.at(2)};
    d.rows[0][8] = QStringLiteral("1234567890.123456789");
    d.rows[1][8] = QStringLiteral("1234567890.123456789");
    d.rows[2][8] = QStringLiteral("0.000000001");
    d.totalRows = 3;
    DrillDownDialog dialog;
    dialog.setDrillDown(d);
    QCOMPARE(dialog.visibleSum(), QStringLiteral("2469135780.246913579"));
    dialog.filterEdit()->setText(QStringLiteral("spotify"));
    QCOMPARE(dialog.proxy()->rowCount(), 2);
    QCOMPARE(dialog.visibleSum(), QStringLiteral("1234567890.12345679"));
    QCOMPARE(dialog.footerText(), QStringLiteral("2 rows \u00b7 sum of Earnings (USD): 1234567890.12345679"));
}

void TestDrillDown::sortsNumerically()
{
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    QCOMPARE(column(dialog, 11), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                              QStringLiteral("5"), QStringLiteral("10")}));

    dialog.view()->sortByColumn(7, Qt::AscendingOrder); // quantity
    QCOMPARE(column(dialog, 7), (QStringList{QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10"),
                                             QStringLiteral("100"), QStringLiteral("1500")}));
    dialog.view()->sortByColumn(7, Qt::DescendingOrder);
    QCOMPARE(column(dialog, 7),
             (QStringList{QStringLiteral("1500"), QStringLiteral("100"), QStringLiteral("10"),
                          QStringLiteral("9"), QStringLiteral("2")}));

    dialog.view()->sortByColumn(8, Qt::AscendingOrder); // earnings: 9.5 before 10.00, the return first
    QCOMPARE(column(dialog, 8),
             (QStringList{QStringLiteral("-0.69"), QStringLiteral("0.019319430"), QStringLiteral("0.1"),
                          QStringLiteral("9.5"), QStringLiteral("10.00")}));

    dialog.view()->sortByColumn(11, Qt::DescendingOrder); // line: 10 before 5
    QCOMPARE(column(dialog, 11), (QStringList{QStringLiteral("10"), QStringLiteral("5"), QStringLiteral("4"),
                                              QStringLiteral("3"), QStringLiteral("2")}));

    dialog.view()->sortByColumn(2, Qt::AscendingOrder); // store, as text, case-insensitive
    QCOMPARE(column(dialog, 2).first(), QStringLiteral("Apple Music"));
    QCOMPARE(column(dialog, 2).at(1), QStringLiteral("iTunes Songs"));

    // Sorting keeps the sum: the same rows in another order.
    QCOMPARE(dialog.visibleSum(), QStringLiteral("18.92931943"));
}

void TestDrillDown::integerValueColumn()
{
    DrillDownDialog dialog;
    dialog.setDrillDown(streams());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rows behind Streams"));
    // 1200 + 9 + 10 = 1219
    QCOMPARE(dialog.visibleSum(), QStringLiteral("1219"));
    QCOMPARE(dialog.footerText(), QStringLiteral("3 rows \u00b7 sum of Streams: 1,219"));
    dialog.view()->sortByColumn(4, Qt::AscendingOrder);
    QCOMPARE(column(dialog, 4),
             (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("1200")}));
    dialog.filterEdit()->setText(QStringLiteral("apple"));
    QCOMPARE(dialog.visibleSum(), QStringLiteral("10"));
    QCOMPARE(dialog.footerText(), QStringLiteral("1 row \u00b7 sum of Streams: 10"));
}

void TestDrillDown::csvIsTheVisibleRows()
{
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    dialog.filterEdit()->setText(QStringLiteral("nova")); // rows 1–4
    dialog.view()->sortByColumn(8, Qt::DescendingOrder);  // 10.00, 9.5, 0.1, −0.69
    const QList<QStringList> csv = test::parseCsv(dialog.csv());
    const QStringList header = {
        QStringLiteral("reporting_date"), QStringLiteral("sale_month"), QStringLiteral("store"),
        QStringLiteral("artist"),         QStringLiteral("title"),      QStringLiteral("isrc"),
        QStringLiteral("country"),        QStringLiteral("quantity"),   QStringLiteral("earnings_usd"),
        QStringLiteral("raw_file"),       QStringLiteral("file"),       QStringLiteral("line")};
    auto row = [](const char* reported, const char* month, const char* store, const QString& title,
                  const char* isrc, const char* country, const char* quantity, const char* earnings,
                  const char* lineNo) {
        return QStringList{QString::fromLatin1(reported),
                           QString::fromLatin1(month),
                           QString::fromLatin1(store),
                           QStringLiteral("Nova Lane"),
                           title,
                           QString::fromLatin1(isrc),
                           QString::fromLatin1(country),
                           QString::fromLatin1(quantity),
                           QString::fromLatin1(earnings),
                           kRaw,
                           kFile,
                           QString::fromLatin1(lineNo)};
    };
    const QList<QStringList> expected = {
        header,
        row("2024-04-05", "2024-02", "Spotify", QStringLiteral("Night Shift"), "USRC12400002", "US", "100",
            "10.00", "4"),
        row("2024-03-05", "2024-01", "Apple Music", QStringLiteral("Harbor Lights"), "USRC12400001", "GB",
            "10", "9.5", "3"),
        row("2024-03-05", "2024-01", "Spotify", QStringLiteral("Harbor Lights"), "USRC12400001", "US", "9",
            "0.1", "2"),
        row("2024-04-05", "2024-02", "iTunes Songs", QStringLiteral("Night Shift, Pt. \"2\""), "USRC12400004",
            "DE", "2", "-0.69", "5"),
    };
    QCOMPARE(csv, expected);
    // RFC 4180 on the wire: CRLF, the title with a comma and quotes quoted and its quotes doubled.
    QVERIFY(dialog.csv().contains("\r\n2024-04-05,2024-02,iTunes Songs,Nova Lane,\"Night Shift, Pt. "
                                  "\"\"2\"\"\",USRC12400004,DE,2,-0.69,"));

    // Nothing shown: only the header.
    dialog.filterEdit()->setText(QStringLiteral("tidal"));
    QCOMPARE(test::parseCsv(dialog.csv()), QList<QStringList>{header});
}

void TestDrillDown::exportWritesTheCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    dialog.filterEdit()->setText(QStringLiteral("spotify"));
    QCOMPARE(dialog.suggestedFileName(), QStringLiteral("revenue_rows.csv"));
    const QString path = dir.filePath(dialog.suggestedFileName());
    QCOMPARE(dialog.exportCsv(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), dialog.csv());
    QCOMPARE(test::parseCsv(dialog.csv()).size(), 4); // header and three rows
    QVERIFY(!dialog.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv"))).isEmpty());
}

void TestDrillDown::cappedAnswerNote()
{
    DrillDownDialog dialog;
    dialog.resize(900, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    DrillDown capped = statement();
    capped.totalRows = 25300;
    dialog.setDrillDown(capped);
    QVERIFY2(dialog.noteText().startsWith(QStringLiteral("Showing the first 5 of 25,300 rows.")),
             qPrintable(dialog.noteText()));
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("drilldown-note"))->isVisible());
    dialog.setDrillDown(statement()); // every row there is
    QCOMPARE(dialog.noteText(), QString());
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("drilldown-note"))->isVisible());
}

void TestDrillDown::errorAndLoading()
{
    DrillDownDialog dialog;
    dialog.setLoading(QStringLiteral("ad_spend"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rows behind Ad spend"));
    QVERIFY(dialog.isLoading());
    QCOMPARE(dialog.noteText(), QStringLiteral("Loading the rows\u2026"));
    QCOMPARE(dialog.footerText(), QString());
    QCOMPARE(dialog.proxy()->rowCount(), 0);

    DrillDown failed;
    failed.kpiId = QStringLiteral("ad_spend");
    failed.error = fail(QStringLiteral("database is locked"));
    dialog.setDrillDown(failed);
    QVERIFY(!dialog.isLoading());
    QCOMPARE(dialog.noteText(), QStringLiteral("The rows could not be read: database is locked"));
    QCOMPARE(dialog.footerText(), QStringLiteral("0 rows"));
}

void TestDrillDown::anotherKpiStartsUnfiltered()
{
    DrillDownDialog dialog;
    dialog.setDrillDown(statement());
    dialog.filterEdit()->setText(QStringLiteral("spotify"));
    dialog.view()->sortByColumn(8, Qt::DescendingOrder);
    // The same KPI again (a refresh): the user's filter and sort stay.
    dialog.setDrillDown(statement());
    QCOMPARE(dialog.filterEdit()->text(), QStringLiteral("spotify"));
    QCOMPARE(column(dialog, 11),
             (QStringList{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("10")}));
    // Another KPI: every row, in the warehouse's order.
    dialog.setLoading(QStringLiteral("streams"));
    QCOMPARE(dialog.filterEdit()->text(), QString());
    dialog.setDrillDown(statement()); // the late answer to the revenue request: dropped
    QVERIFY(dialog.isLoading());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Rows behind Streams"));
    QCOMPARE(dialog.proxy()->rowCount(), 0);
    dialog.setDrillDown(streams());
    QVERIFY(!dialog.isLoading());
    QCOMPARE(column(dialog, 7), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
}

void TestDrillDown::activatingARowNamesItsRawFile()
{
    DrillDownDialog dialog;
    dialog.resize(1000, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setDrillDown(statement());
    dialog.view()->sortByColumn(7, Qt::DescendingOrder); // quantity 1500 (line 10) first
    QSignalSpy spy(&dialog, &DrillDownDialog::rawFileActivated);
    // Return on the current row activates it, as a double-click does (QTest's synthetic double-click
    // does not reach QAbstractItemView's double-click path offscreen).
    dialog.view()->setFocus();
    dialog.view()->setCurrentIndex(dialog.proxy()->index(0, 2));
    QTest::keyClick(dialog.view(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), kRaw);
    QCOMPARE(spy.first().at(1).toString(), kFile);
    QCOMPARE(spy.first().at(2).toLongLong(), qint64(10));
    QVERIFY(dialog.isVisible()); // Return on a row is not Return on the Close button
}

void TestDrillDown::rowsBehindRevenueSumToTheKpi()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("distrokid_bank_details.tsv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(statementFile()), qint64(statementFile().size()));
    }
    WorkspaceSession session(dir.filePath(QStringLiteral("workspace")));
    session.setRefreshDelay(0);
    DashboardData latest;
    connect(&session, &WorkspaceSession::dashboardReady, this,
            [&latest](const DashboardData& data) { latest = data; });
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    QSignalSpy finished(&session, &WorkspaceSession::importFinished);
    session.start();
    QVERIFY(opened.wait(kTimeout));
    QCOMPARE(opened.first().first().toString(), QString());
    Filter filter;
    filter.from = QDate(2024, 1, 1);
    filter.to = QDate(2024, 12, 31);
    session.setFilter(filter);
    session.importFiles({path});
    QVERIFY(finished.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(
        latest.kpi(QStringLiteral("revenue")) && !latest.kpi(QStringLiteral("revenue"))->isNull(), kTimeout);
    const KpiValue revenue = *latest.kpi(QStringLiteral("revenue"));
    QCOMPARE(revenue.money.toString(2), QStringLiteral("12.35"));

    QSignalSpy ready(&session, &WorkspaceSession::drillDownReady);
    DrillDownDialog dialog;
    connect(&session, &WorkspaceSession::drillDownReady, &dialog, &DrillDownDialog::setDrillDown);
    dialog.setLoading(QStringLiteral("revenue"));
    session.requestDrillDown(QStringLiteral("revenue"));
    QVERIFY(ready.wait(kTimeout));
    QVERIFY(!dialog.model()->drillDown().error);
    QCOMPARE(dialog.proxy()->rowCount(), 5);
    QCOMPARE(dialog.visibleSum(), revenue.money.toString(2));
    QCOMPARE(dialog.footerText(), QStringLiteral("5 rows \u00b7 sum of Earnings (USD): 12.35"));
    QCOMPARE(dialog.noteText(), QString());
    // Each row traces to its raw file and line.
    const QStringList& columns = dialog.model()->drillDown().columns;
    const int file = int(columns.indexOf(QStringLiteral("file")));
    const int raw = int(columns.indexOf(QStringLiteral("raw_file")));
    QVERIFY(file > 0 && raw > 0);
    QCOMPARE(dialog.proxy()->index(0, file).data().toString(), QStringLiteral("distrokid_bank_details.tsv"));
    QVERIFY(dialog.proxy()->index(0, raw).data().toString().startsWith(QStringLiteral("lake/raw/")));
    QVERIFY(QFile::exists(QDir(session.root()).filePath(dialog.proxy()->index(0, raw).data().toString())));

    // Filtered to one store, the sum is that store's revenue: Spotify 3.50 + 4.10 = 7.60.
    dialog.filterEdit()->setText(QStringLiteral("Spotify"));
    QCOMPARE(dialog.visibleSum(), QStringLiteral("7.60"));
    session.shutdown();
}

void TestDrillDown::scopeNamesWhatTheRowsAreNarrowedTo()
{
    Filter f;
    QCOMPARE(DrillDownDialog::scopeText(f), QString()); // no filter, no line
    std::tie(f.from, f.to) = DateRangeSelector::everything();
    QCOMPARE(DrillDownDialog::scopeText(f), QStringLiteral("all time"));
    f.from = QDate(2024, 2, 1);
    f.to = QDate(2024, 2, 29);
    f.artist = QStringLiteral("Nova Lane");
    f.country = QStringLiteral("US");
    QCOMPARE(DrillDownDialog::scopeText(f),
             QStringLiteral("2024-02-01 to 2024-02-29 \u00b7 artist Nova Lane \u00b7 country US"));
    f.artist.clear();
    f.country.clear();
    f.track = QStringLiteral("USRC12400001");
    f.platform = QStringLiteral("spotify");
    f.delayMonths = 1;
    QCOMPARE(DrillDownDialog::scopeText(f),
             QStringLiteral("2024-02-01 to 2024-02-29 \u00b7 track USRC12400001 \u00b7 platform spotify "
                            "\u00b7 reported 1 month after use"));
    f.delayMonths = 0;
    QVERIFY(DrillDownDialog::scopeText(f).endsWith(QStringLiteral("reported 0 months after use")));

    // Shown under the title with the answer.
    DrillDownDialog dialog;
    DrillDown d;
    d.kpiId = QStringLiteral("revenue");
    d.filter = f;
    dialog.setDrillDown(d);
    auto* scope = dialog.findChild<QLabel*>(QStringLiteral("drilldown-scope"));
    QVERIFY(scope);
    QCOMPARE(scope->text(), DrillDownDialog::scopeText(f));
    QVERIFY(!scope->isHidden());
}

QTEST_MAIN(TestDrillDown)
#include "tst_drilldown.moc"

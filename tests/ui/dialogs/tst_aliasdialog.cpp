// The alias editor: its model under QAbstractItemModelTester, and the dialog's request going
// through the window to the warehouse and back as the next answer's artists.
#include "dialogs/aliasdialog.h"
#include "domain/importresult.h"
#include "mainwindow.h"
#include "models/artistaliasmodel.h"
#include "session/workspacesession.h"
#include "ui/uitestsupport.h"
#include "widgets/kpicard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;
using bedrot::test::kTimeout;

namespace {

// Two artists: Nova Lane and the collaboration "Nova Lane & Kai", each with its own lines.
QByteArray twoArtists()
{
    return test::statement() +
           QByteArrayLiteral("2024-04-05\t2024-02\tSpotify\tNova Lane & "
                             "Kai\tTides\tUSRC12400003\t195729000012\t100\t100\tSong\tUS\t0\t0.40\n");
}

const ArtistAliases* artistNamed(const QList<ArtistAliases>& artists, const QString& name)
{
    for (const ArtistAliases& a : artists)
        if (a.name == name)
            return &a;
    return nullptr;
}

} // namespace

class TestAliasDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTester();
    void modelKeepsRowsWhenNothingChanged();
    void formRequestsTheSelectedAlias();
    void requestRepointsAliasInTheWarehouse();
    void newArtistSplitsAnAliasOff();

private:
    void importTwoArtists();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAliasDialog::initTestCase()
{
    test::setUpUiTest("tst_aliasdialog");
}

void TestAliasDialog::init()
{
    test::resetUiSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAliasDialog::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestAliasDialog::importTwoArtists()
{
    m_window = bedrot::test::openWindow(m_dir->filePath(QStringLiteral("workspace")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString path =
        test::writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details.tsv")), twoArtists());
    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    m_window->importFiles({path});
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.first().first().value<QList<ImportResult>>().first().status,
             ImportResult::Status::Loaded);
}

void TestAliasDialog::modelPassesTester()
{
    ArtistAliasModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ArtistAliasModel::ColumnCount));

    model.setArtists({ArtistAliases{QStringLiteral("Nova Lane"),
                                    {QStringLiteral("NOVA LANE"), QStringLiteral("Nova L.")},
                                    {QStringLiteral("Nova L.")}},
                      ArtistAliases{QStringLiteral("Zone A0"), {}, {}}});
    QCOMPARE(model.rowCount(), 4); // each artist's own name, then its aliases
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, ArtistAliasModel::AliasColumn).toString(), QStringLiteral("Nova Lane"));
    QCOMPARE(cell(0, ArtistAliasModel::OriginColumn).toString(), QStringLiteral("artist's name"));
    QCOMPARE(cell(1, ArtistAliasModel::AliasColumn).toString(), QStringLiteral("NOVA LANE"));
    QCOMPARE(cell(1, ArtistAliasModel::ArtistColumn).toString(), QStringLiteral("Nova Lane"));
    QCOMPARE(cell(1, ArtistAliasModel::OriginColumn).toString(), QStringLiteral("found in your exports"));
    QCOMPARE(cell(2, 0, ArtistAliasModel::OriginRole).toInt(), int(ArtistAliasModel::Origin::User));
    QCOMPARE(cell(2, ArtistAliasModel::OriginColumn).toString(), QStringLiteral("set by you"));
    QCOMPARE(cell(3, 0, ArtistAliasModel::ArtistRole).toString(), QStringLiteral("Zone A0"));
    QCOMPARE(cell(3, 2, ArtistAliasModel::AliasRole).toString(),
             QStringLiteral("Zone A0")); // roles on every column
    QCOMPARE(model.headerData(ArtistAliasModel::ArtistColumn, Qt::Horizontal).toString(),
             QStringLiteral("Artist"));
    QCOMPARE(model.rowOf(QStringLiteral("nova l.")), 2);
    QCOMPARE(model.artistOf(QStringLiteral("NOVA lane")), QStringLiteral("Nova Lane"));
    QCOMPARE(model.artistOf(QStringLiteral("Nobody")), QString());
    QCOMPARE(model.artistNames(), (QStringList{QStringLiteral("Nova Lane"), QStringLiteral("Zone A0")}));
    QVERIFY(model.roleNames().contains(ArtistAliasModel::ArtistRole));

    model.setArtists({ArtistAliases{QStringLiteral("Zone A0"), {QStringLiteral("zone.a0")}, {}}});
    QCOMPARE(model.rowCount(), 2);
    model.setArtists({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAliasDialog::modelKeepsRowsWhenNothingChanged()
{
    ArtistAliasModel model;
    const QList<ArtistAliases> artists{
        ArtistAliases{QStringLiteral("Nova Lane"), {QStringLiteral("NOVA LANE")}, {}}};
    model.setArtists(artists);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArtists(artists); // every answer during an import repeats the same artists
    QCOMPARE(reset.size(), 0);
    model.setArtists({ArtistAliases{
        QStringLiteral("Nova Lane"), {QStringLiteral("NOVA LANE")}, {QStringLiteral("NOVA LANE")}}});
    QCOMPARE(reset.size(), 1);
}

void TestAliasDialog::formRequestsTheSelectedAlias()
{
    AliasDialog dialog;
    dialog.setArtists({ArtistAliases{QStringLiteral("Nova Lane"), {}, {}},
                       ArtistAliases{QStringLiteral("Nova Lane & Kai"), {}, {}}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &AliasDialog::aliasRequested);
    auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("alias-apply"));
    auto* artist = dialog.findChild<QComboBox*>(QStringLiteral("alias-artist"));
    QVERIFY(apply && artist);
    QVERIFY(!apply->isEnabled()); // nothing chosen

    dialog.view()->selectionModel()->select(dialog.view()->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("alias-edit"))->text(),
             QStringLiteral("Nova Lane & Kai"));
    QCOMPARE(artist->currentText(), QStringLiteral("Nova Lane & Kai"));
    QVERIFY(!apply->isEnabled()); // already points there
    artist->setEditText(QStringLiteral("Nova Lane"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first(),
             (QVariantList{QStringLiteral("Nova Lane & Kai"), QStringLiteral("Nova Lane")}));
    QVERIFY(dialog.isWaiting());
    QVERIFY(!apply->isEnabled()); // one request at a time

    dialog.showResult(QStringLiteral("Nova Lane & Kai"), QStringLiteral("Nova Lane"),
                      QStringLiteral("the warehouse is busy"));
    QVERIFY(dialog.resultIsError());
    QVERIFY(dialog.resultText().contains(QStringLiteral("the warehouse is busy")));
    QVERIFY(!dialog.isWaiting());

    dialog.requestAlias(QStringLiteral("  "), QStringLiteral("Nova Lane")); // refused before asking anyone
    QCOMPARE(requested.size(), 1);
    QVERIFY(dialog.resultIsError());
}

void TestAliasDialog::requestRepointsAliasInTheWarehouse()
{
    importTwoArtists();
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    AliasDialog* dialog = m_window->aliasDialog();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->artistNames(),
                              (QStringList{QStringLiteral("Nova Lane"), QStringLiteral("Nova Lane & Kai")}),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<KpiCard*>(QStringLiteral("kpi-revenue"))->valueText(),
                              QStringLiteral("12.75 USD"), kTimeout);

    QSignalSpy set(m_window->session(), &WorkspaceSession::aliasSet);
    shown.clear();
    dialog->requestAlias(QStringLiteral("Nova Lane & Kai"), QStringLiteral("Nova Lane"));
    QVERIFY(set.wait(kTimeout));
    QCOMPARE(set.first(),
             (QVariantList{QStringLiteral("Nova Lane & Kai"), QStringLiteral("Nova Lane"), QString()}));
    QVERIFY2(!dialog->resultIsError(), qPrintable(dialog->resultText()));
    QVERIFY(dialog->resultText().contains(QStringLiteral("now points at Nova Lane")));

    // The next answer: the collaboration's only alias went, so its lines now count for Nova Lane.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() &&
                                 !artistNamed(shown.last().first().value<DashboardData>().artists,
                                              QStringLiteral("Nova Lane & Kai")),
                             kTimeout);
    const auto artists = shown.last().first().value<DashboardData>().artists;
    const ArtistAliases* nova = artistNamed(artists, QStringLiteral("Nova Lane"));
    QVERIFY(nova);
    QVERIFY(nova->aliases.contains(QStringLiteral("Nova Lane & Kai")));
    QVERIFY(nova->userAliases.contains(QStringLiteral("Nova Lane & Kai")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->artistOf(QStringLiteral("Nova Lane & Kai")),
                              QStringLiteral("Nova Lane"), kTimeout);
    QCOMPARE(dialog->model()->artistNames(), QStringList{QStringLiteral("Nova Lane")});
    const int row = dialog->model()->rowOf(QStringLiteral("Nova Lane & Kai"));
    QCOMPARE(dialog->model()->index(row, ArtistAliasModel::OriginColumn).data().toString(),
             QStringLiteral("set by you"));
}

void TestAliasDialog::newArtistSplitsAnAliasOff()
{
    importTwoArtists();
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() &&
                                 artistNamed(shown.last().first().value<DashboardData>().artists,
                                             QStringLiteral("Nova Lane & Kai")),
                             kTimeout);
    m_window->showAliasDialog();
    AliasDialog* dialog = m_window->aliasDialog();
    QVERIFY(dialog->isVisible());
    QSignalSpy set(m_window->session(), &WorkspaceSession::aliasSet);
    dialog->requestAlias(QStringLiteral("Nova Lane & Kai"), QStringLiteral("Kai"));
    QVERIFY(set.wait(kTimeout));
    QCOMPARE(set.first().at(2).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->artistOf(QStringLiteral("Nova Lane & Kai")),
                              QStringLiteral("Kai"), kTimeout);
    QVERIFY(dialog->model()->artistNames().contains(QStringLiteral("Kai")));
    QVERIFY(!dialog->model()->artistNames().contains(QStringLiteral("Nova Lane & Kai"))); // merged into Kai
}

QTEST_MAIN(TestAliasDialog)
#include "tst_aliasdialog.moc"

// Campaign-name attribution, data-driven with every real campaign name from the research (§7) and
// the traps around them, with and without the list of known artists.
#include "sources/meta/campaignnameparser.h"

#include <QTest>

using namespace bedrot;

namespace {
// The label's artists as the warehouse spells them (research §9).
const QStringList kKnown = {QStringLiteral("ZONE A0"), QStringLiteral("PIG1987"),
                            QStringLiteral("XXMEATWARRIOR69XX"), QStringLiteral("IWARY"),
                            QStringLiteral("ZONE A0 X SXNCTUARY")};
} // namespace

class TestCampaignName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void foldedName_data();
    void foldedName();
    void isTargeting_data();
    void isTargeting();
};

void TestCampaignName::parse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withKnownArtists");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("targeting");

    // Real names (research §7), each with and without known artists where the answer differs.
    QTest::newRow("3 parts BROAD") << "PIG1987 - THE STATE OF THE WORLD - BROAD" << true << "PIG1987"
                                   << "THE STATE OF THE WORLD"
                                   << "BROAD";
    QTest::newRow("3 parts BROAD, no list")
        << "PIG1987 - THE STATE OF THE WORLD - BROAD" << false << "PIG1987"
        << "THE STATE OF THE WORLD"
        << "BROAD";
    QTest::newRow("3 parts BROAD SPOTIFY")
        << "PIG1987 - THE STATE OF THE WORLD - BROAD SPOTIFY" << false << "PIG1987"
        << "THE STATE OF THE WORLD"
        << "BROAD SPOTIFY";
    QTest::newRow("3 parts HARD TRANCE")
        << "PIG1987 - THE STATE OF THE WORLD - HARD TRANCE" << true << "PIG1987"
        << "THE STATE OF THE WORLD"
        << "HARD TRANCE";
    QTest::newRow("3 parts TECHNO") << "PIG1987 - THE STATE OF THE WORLD - TECHNO" << false << "PIG1987"
                                    << "THE STATE OF THE WORLD"
                                    << "TECHNO";
    QTest::newRow("3 parts STREAMING")
        << "PIG1987 - TRANSFORMER ARCHITECTURE - STREAMING" << false << "PIG1987"
        << "TRANSFORMER ARCHITECTURE"
        << "STREAMING";
    QTest::newRow("- Copy") << "PIG1987 - HEAVEN NIGHTCLUB - Streaming - Copy" << false << "PIG1987"
                            << "HEAVEN NIGHTCLUB"
                            << "Streaming";
    QTest::newRow("- Copy, with list") << "PIG1987 - HEAVEN NIGHTCLUB - Streaming - Copy" << true << "PIG1987"
                                       << "HEAVEN NIGHTCLUB"
                                       << "Streaming";
    QTest::newRow("2 parts, known artist") << "PIG1987 - HEAVEN NIGHTCLUB" << true << "PIG1987"
                                           << "HEAVEN NIGHTCLUB"
                                           << "";
    // Without the list the two-part rule reads TRACK - TARGETING: the writer re-resolves with the list.
    QTest::newRow("2 parts, no list") << "PIG1987 - HEAVEN NIGHTCLUB" << false << ""
                                      << "PIG1987"
                                      << "HEAVEN NIGHTCLUB";
    QTest::newRow("TRACK - Streaming") << "THE SOURCE - Streaming" << true << ""
                                       << "THE SOURCE"
                                       << "Streaming";
    QTest::newRow("TRACK - Streaming, no list") << "THE SOURCE - Streaming" << false << ""
                                                << "THE SOURCE"
                                                << "Streaming";
    QTest::newRow("THE FEW THAT REMAINED") << "THE FEW THAT REMAINED - Streaming" << true << ""
                                           << "THE FEW THAT REMAINED"
                                           << "Streaming";
    QTest::newRow("TRACK - Streaming - Copy") << "ENGAGEMENT PROTOCOL - Streaming - Copy" << true << ""
                                              << "ENGAGEMENT PROTOCOL"
                                              << "Streaming";
    QTest::newRow("- Copy 2 (old parser kept it)") << "ANOVUS - Streaming - Copy 2" << true << ""
                                                   << "ANOVUS"
                                                   << "Streaming";
    QTest::newRow("- Copy 2, no list") << "ANOVUS - Streaming - Copy 2" << false << ""
                                       << "ANOVUS"
                                       << "Streaming";
    QTest::newRow("no dashes, known artist") << "ZONE A0 ANOVUS STREAMING CAMPAIGN" << true << "ZONE A0"
                                             << "ANOVUS"
                                             << "STREAMING CAMPAIGN";
    QTest::newRow("no dashes, no list") << "ZONE A0 ANOVUS STREAMING CAMPAIGN" << false << ""
                                        << ""
                                        << "";
    QTest::newRow("artist - audience") << "IWARY - BROAD MALE" << true << "IWARY"
                                       << ""
                                       << "BROAD MALE";
    QTest::newRow("artist - audience, no list") << "IWARY - BROAD MALE" << false << ""
                                                << "IWARY"
                                                << "BROAD MALE";
    QTest::newRow("artist - audience - Copy") << "IWARY - TECHNO SPOTIFY - Copy" << true << "IWARY"
                                              << ""
                                              << "TECHNO SPOTIFY";
    QTest::newRow("ad set name, no attribution") << "New Engagement Ad Set" << true << ""
                                                 << ""
                                                 << "";
    QTest::newRow("ad set name, no list") << "New Engagement Ad Set" << false << ""
                                          << ""
                                          << "";

    // Traps around them.
    QTest::newRow("artist in other case → list spelling") << "pig1987 - HEAVEN NIGHTCLUB" << true << "PIG1987"
                                                          << "HEAVEN NIGHTCLUB"
                                                          << "";
    QTest::newRow("alias with a dot") << "zone.a0 - OASIS - BROAD" << true << "ZONE A0"
                                      << "OASIS"
                                      << "BROAD";
    QTest::newRow("alias with an underscore") << "zone_a0 - OASIS" << true << "ZONE A0"
                                              << "OASIS"
                                              << "";
    QTest::newRow("alias without space, no dashes") << "ZONEA0 OASIS STREAMING" << true << "ZONE A0"
                                                    << "OASIS"
                                                    << "STREAMING";
    QTest::newRow("longest known artist wins")
        << "ZONE A0 X SXNCTUARY NEW SONG CAMPAIGN" << true << "ZONE A0 X SXNCTUARY"
        << "NEW SONG"
        << "CAMPAIGN";
    QTest::newRow("collaboration, 3 parts")
        << "ZONE A0 X SXNCTUARY - PATHFINDER - BROAD" << true << "ZONE A0 X SXNCTUARY"
        << "PATHFINDER"
        << "BROAD";
    QTest::newRow("artist and track before one dash") << "ZONE A0 ANOVUS - Streaming" << true << "ZONE A0"
                                                      << "ANOVUS"
                                                      << "Streaming";
    QTest::newRow("targeting words after the track") << "ZONE A0 - ANOVUS STREAMING" << true << "ZONE A0"
                                                     << "ANOVUS"
                                                     << "STREAMING";
    QTest::newRow("age range is targeting") << "PIG1987 - 18-34 BROAD" << true << "PIG1987"
                                            << ""
                                            << "18-34 BROAD";
    QTest::newRow("COPY 3 in capitals") << "THE SOURCE - Streaming - COPY 3" << false << ""
                                        << "THE SOURCE"
                                        << "Streaming";
    QTest::newRow("copy of a copy") << "THE SOURCE - Streaming - Copy - Copy 2" << false << ""
                                    << "THE SOURCE"
                                    << "Streaming";
    QTest::newRow("Copycat is a word") << "PIG1987 - COPYCAT - Copycat" << false << "PIG1987"
                                       << "COPYCAT"
                                       << "Copycat";
    QTest::newRow("hyphen inside a name") << "JAY-Z - TRACK - BROAD" << false << "JAY-Z"
                                          << "TRACK"
                                          << "BROAD";
    QTest::newRow("en dash") << QStringLiteral(u"THE SOURCE \u2013 Streaming") << false << ""
                             << "THE SOURCE"
                             << "Streaming";
    QTest::newRow("extra spaces") << "  PIG1987  -   HEAVEN   NIGHTCLUB  -  BROAD " << false << "PIG1987"
                                  << "HEAVEN NIGHTCLUB"
                                  << "BROAD";
    QTest::newRow("track, then targeting parts") << "THE SOURCE - Streaming - BROAD" << false << ""
                                                 << "THE SOURCE"
                                                 << "Streaming - BROAD";
    QTest::newRow("four parts") << "PIG1987 - OASIS - BROAD - US" << false << "PIG1987"
                                << "OASIS"
                                << "BROAD - US";
    QTest::newRow("empty") << "" << true << ""
                           << ""
                           << "";
    QTest::newRow("blank") << "   " << true << ""
                           << ""
                           << "";
    QTest::newRow("just a dash") << " - " << true << ""
                                 << ""
                                 << "";
}

void TestCampaignName::parse()
{
    QFETCH(QString, name);
    QFETCH(bool, withKnownArtists);
    QFETCH(QString, artist);
    QFETCH(QString, track);
    QFETCH(QString, targeting);

    const CampaignName parsed = CampaignNameParser::parse(name, withKnownArtists ? kKnown : QStringList());
    QCOMPARE(parsed.artist, artist);
    QCOMPARE(parsed.track, track);
    QCOMPARE(parsed.targeting, targeting);
}

void TestCampaignName::foldedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("folded");

    QTest::newRow("capitals and space") << "ZONE A0"
                                        << "zonea0";
    QTest::newRow("dot") << "zone.a0"
                         << "zonea0";
    QTest::newRow("underscore") << "zone_a0"
                                << "zonea0";
    QTest::newRow("dash") << "Zone-A0"
                          << "zonea0";
    QTest::newRow("full-width letters (NFKC)")
        << QStringLiteral(u"\uFF3A\uFF2F\uFF2E\uFF25 \uFF21\uFF10") << "zonea0";
    QTest::newRow("other artist stays other") << "PIG1987"
                                              << "pig1987";
}

void TestCampaignName::foldedName()
{
    QFETCH(QString, name);
    QFETCH(QString, folded);
    QCOMPARE(CampaignNameParser::foldedName(name), folded);
}

void TestCampaignName::isTargeting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("targeting");

    QTest::newRow("Streaming") << "Streaming" << true;
    QTest::newRow("BROAD MALE") << "BROAD MALE" << true;
    QTest::newRow("HARD TRANCE") << "HARD TRANCE" << true;
    QTest::newRow("18+") << "18+" << true;
    QTest::newRow("a track") << "HEAVEN NIGHTCLUB" << false;
    QTest::newRow("track and targeting") << "ANOVUS STREAMING" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCampaignName::isTargeting()
{
    QFETCH(QString, text);
    QFETCH(bool, targeting);
    QCOMPARE(CampaignNameParser::isTargeting(text), targeting);
}

QTEST_APPLESS_MAIN(TestCampaignName)
#include "tst_campaignname.moc"

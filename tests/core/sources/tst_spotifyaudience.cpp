// Spotify for Artists audience timeline: golden files under tests/data/spotify/ (each trap), each
// compared with a hand-written expected file and quarantine file; files it must not take.
#include "core/goldentestsupport.h"
#include "etl/textdecoder.h"
#include "sources/formatregistry.h"
#include "sources/spotify/spotifyaudienceformat.h"

#include <QTest>

using namespace bedrot;
using namespace bedrot::test;

namespace {

const QString kDataDir = QStringLiteral(BEDROT_TEST_DATA "/");
const QString kDir = kDataDir + QStringLiteral("spotify/");
const QString kArtist = QStringLiteral("Blue Frog");

QString count(const std::optional<qint64>& v)
{
    return v ? QString::number(*v) : QString();
}

QString normalised(const AudienceFact& f)
{
    return QStringList{f.artist,         f.day.toString(Qt::ISODate), count(f.listeners),
                       count(f.streams), count(f.followers),          QString::number(f.line)}
        .join(u'\t');
}

ParseContext context(const QString& artist = kArtist)
{
    ParseContext c;
    c.fileName = QStringLiteral("Blue Frog-audience-timeline.csv");
    c.artist = artist;
    return c;
}

ParseResult parseText(const DecodedText& text, const ParseContext& ctx, int batchSize)
{
    return parseBatches(SpotifyAudienceFormat(), text, ctx, batchSize);
}

} // namespace

class TestSpotifyAudience final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void notRecognised_data();
    void notRecognised();
    void distrokidSamplesNotRecognised();
    void artistIsRequired();
    void perSongTimelineRefused();
    void interruptedSinkStops();
    void identity();
};

void TestSpotifyAudience::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("quarantine");
    QTest::addColumn<int>("encoding");

    const int utf8 = int(DecodedText::Encoding::Utf8);
    // Spotify writes a UTF-8 BOM; followers can go down (293 → 217).
    QTest::newRow("bom + crlf") << "good_bom_crlf.csv"
                                << "good_bom_crlf.expected.tsv"
                                << "none.quarantine.tsv" << int(DecodedText::Encoding::Utf8Bom);
    // monthly listeners, monthly active listeners, super listeners, playlist adds, saves: ignored,
    // and streams is the sixth column, not the third.
    QTest::newRow("newer export columns") << "good_newer_columns.csv"
                                          << "good_newer_columns.expected.tsv"
                                          << "none.quarantine.tsv" << utf8;
    QTest::newRow("quoted thousands, reordered, blank followers") << "good_quoted_reordered.csv"
                                                                  << "good_quoted_reordered.expected.tsv"
                                                                  << "none.quarantine.tsv" << utf8;
    QTest::newRow("excel re-save, no followers column") << "good_excel_resave.csv"
                                                        << "good_excel_resave.expected.tsv"
                                                        << "none.quarantine.tsv" << utf8;
    QTest::newRow("header only") << "header_only.csv"
                                 << "header_only.expected.tsv"
                                 << "none.quarantine.tsv" << utf8;
    QTest::newRow("bad rows") << "bad_rows.csv"
                              << "bad_rows.expected.tsv"
                              << "bad_rows.quarantine.tsv" << utf8;
}

void TestSpotifyAudience::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, quarantine);
    QFETCH(int, encoding);

    const DecodedText text = TextDecoder::decode(readFile(kDir + input));
    QCOMPARE(int(text.encoding), encoding);
    SpotifyAudienceFormat format;
    QVERIFY(format.recognises(text));
    // No format registered before it takes the file.
    FormatRegistry registry;
    QVERIFY(registry.byId(QStringLiteral("spotify.audience_timeline")) != nullptr);
    QCOMPARE(registry.detect(text), registry.byId(QStringLiteral("spotify.audience_timeline")));

    checkGolden(
        format, text, context(), kDir + expected, kDir + quarantine, {1, 2, 100000},
        [](const ParseResult& p) { return p.rows(&FactBatch::audience, normalised); },
        [](const ParseResult& p, int batchSize) {
            if (batchSize == 1)
                QCOMPARE(qsizetype(p.batches.size()),
                         qsizetype(p.all(&FactBatch::audience).size() + p.quarantine.size()));
        });
}

void TestSpotifyAudience::notRecognised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("binary");

    // A per-song timeline (`date,streams`) is not the artist's audience.
    QTest::newRow("per-song timeline") << "spotify/song_timeline.csv" << false;
    QTest::newRow("songs table") << "spotify/songs_all.csv" << false;
    QTest::newRow("playlists table") << "spotify/playlists.csv" << false;
    QTest::newRow("no date column") << "spotify/header_typo.csv" << false;
    QTest::newRow("empty") << "spotify/empty.csv" << false;
    QTest::newRow("tiktok overview") << "tiktok/overview_quoted.csv" << false;
    QTest::newRow("tiktok follower history") << "tiktok/followers_new_year.csv" << false;
    QTest::newRow("linktree") << "linktree/linktree-@zone.a0-daily.csv" << false;
    QTest::newRow("zip") << "tiktok/studio_sections.zip" << true;
}

void TestSpotifyAudience::notRecognised()
{
    QFETCH(QString, input);
    QFETCH(bool, binary);
    const DecodedText text = TextDecoder::decode(readFile(kDataDir + input));
    QCOMPARE(text.binary, binary);
    SpotifyAudienceFormat format;
    QVERIFY(!format.recognises(text));
    const FormatRegistry registry;
    const FileFormat* detected = registry.detect(text);
    QVERIFY(detected == nullptr || detected->id() != QStringLiteral("spotify.audience_timeline"));
    // Asked to parse anyway, it refuses as a whole rather than loading anything.
    const ParseResult p = parseText(text, context(), 100);
    QVERIFY(p.error.has_value());
    QVERIFY(p.all(&FactBatch::audience).empty());
}

void TestSpotifyAudience::distrokidSamplesNotRecognised()
{
    const SpotifyAudienceFormat format;
    checkDistroKidSamplesNotRecognised({&format}, true);
}

void TestSpotifyAudience::artistIsRequired()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("good_bom_crlf.csv")));
    QVERIFY(SpotifyAudienceFormat().needsArtist());
    for (const QString& artist : {QString(), QStringLiteral("   ")}) {
        const ParseResult p = parseText(text, context(artist), 100);
        QVERIFY(p.error.has_value());
        QVERIFY2(p.error->contains(QStringLiteral("artist")), qPrintable(*p.error));
        QVERIFY(p.batches.empty());
    }
}

void TestSpotifyAudience::perSongTimelineRefused()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("song_timeline.csv")));
    const ParseResult p = parseText(text, context(), 100);
    QVERIFY(p.error.has_value());
    QVERIFY2(p.error->contains(QStringLiteral("per-song")), qPrintable(*p.error));
}

void TestSpotifyAudience::interruptedSinkStops()
{
    const DecodedText text = TextDecoder::decode(readFile(kDir + QStringLiteral("good_bom_crlf.csv")));
    int calls = 0;
    const Result<void> parsed = SpotifyAudienceFormat().parse(
        text, context(),
        [&calls](FactBatch&&) {
            ++calls;
            return false;
        },
        2);
    QVERIFY(!parsed);
    QVERIFY(parsed.errorMessage().contains(QStringLiteral("interrupted")));
    QCOMPARE(calls, 1);
}

void TestSpotifyAudience::identity()
{
    SpotifyAudienceFormat format;
    QCOMPARE(format.id(), QStringLiteral("spotify.audience_timeline"));
    QCOMPARE(format.source(), QStringLiteral("spotify_for_artists"));
    QVERIFY(format.signature().contains(QStringLiteral("date, listeners, streams, followers")));
    // The registry still tries DistroKid statements first.
    QCOMPARE(FormatRegistry().formats().front()->id(), QStringLiteral("distrokid.bank_details"));
}

QTEST_GUILESS_MAIN(TestSpotifyAudience)
#include "tst_spotifyaudience.moc"

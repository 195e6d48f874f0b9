// Deterministic demo data: a small fictional label's exports in every format Bedrot imports, and large
// synthetic statements for benches. This file names and writes the files; the formats live beside it.
#include "demogenerator.h"

#include "calendar.h"
#include "catalog.h"
#include "distrokidstatement.h"
#include "distrokidstatspages.h"
#include "largestatement.h"
#include "linktreeexport.h"
#include "manualexports.h"
#include "metaadsexport.h"
#include "spotifyaudience.h"
#include "textformat.h"
#include "tiktokexport.h"
#include "toolostexports.h"

#include <QByteArray>
#include <QDir>
#include <QSaveFile>

namespace bedrot {

namespace {

using namespace demo;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    // Whole file or nothing: a watcher on the landing folder must never see half a statement.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

QStringList writeDistroKid(const Catalog& catalog, const QString& landingDir, QDate today)
{
    const std::vector<RenderedLine> lines = distroKidLines(catalog, today);
    const QDate olderExport = today.addMonths(-4);
    const int olderKey = dayKey(olderExport);

    QByteArray older = distroKidHeader();
    QByteArray newer = distroKidHeader();
    for (const RenderedLine& line : lines) {
        newer.append(line.text);
        if (line.reportedKey <= olderKey)
            older.append(line.text);
    }

    QStringList written;
    const QDir dir(landingDir);
    const QString olderPath = dir.filePath(QStringLiteral("distrokid_bank_details_") +
                                           olderExport.toString(Qt::ISODate) + QStringLiteral(".tsv"));
    const QString newerPath = dir.filePath(QStringLiteral("distrokid_bank_details_") +
                                           today.toString(Qt::ISODate) + QStringLiteral(".tsv"));
    if (writeFile(olderPath, older))
        written.append(olderPath);
    if (writeFile(newerPath, newer))
        written.append(newerPath);
    return written;
}

bool prepareLandingDir(const QString& landingDir)
{
    return QDir().mkpath(landingDir);
}

QByteArray compactDate(QDate date)
{
    QByteArray text;
    appendPadded(text, date.year(), 4);
    appendPadded(text, date.month(), 2);
    appendPadded(text, date.day(), 2);
    return text;
}

QStringList writeOtherFormats(const Catalog& catalog, const QString& landingDir)
{
    QStringList written;
    const QDir dir(landingDir);
    auto put = [&dir, &written](const QByteArray& name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        if (writeFile(path, bytes))
            written.append(path);
    };
    QByteArray today;
    appendDate(today, catalog.today);

    put("distrokid_streams_" + today + ".html", distroKidStreamsPage(catalog));
    put("distrokid_applemusic_" + today + ".html", distroKidAppleMusicPage(catalog));

    put("toolost_spotify_" + compactDate(catalog.today) + "_091204.json", tooLostSpotifyJson(catalog));
    put("toolost_apple_" + compactDate(catalog.today) + "_091211.json", tooLostAppleJson(catalog));
    // A month's report comes out on the 10th of the next month.
    const int lastReport = monthNumber(catalog.today) - (catalog.today.day() >= 10 ? 1 : 2);
    for (int month = lastReport - 1; month <= lastReport; ++month) {
        QByteArray name("@");
        appendPadded(name, monthOfYear(month), 2);
        name.append('-');
        appendPadded(name, yearOf(month), 4);
        put(name + "-70799.csv", tooLostSalesReport(catalog, month));
    }

    for (int profile = 0; profile < kProfileCount; ++profile)
        put(QByteArray(kArtists[static_cast<std::size_t>(profile)].name) + "-audience-timeline.csv",
            spotifyAudienceTimeline(catalog, profile));

    // TikTok Studio: "Last 365 days" exported this morning, a few seconds apart.
    const qint64 tiktokFirst = catalog.todayJd - 364;
    int exportSeconds = 11 * 3600 + 38 * 60 + 14;
    for (int a = 0; a < static_cast<int>(kArtists.size()); ++a) {
        const ArtistSpec& artist = kArtists[static_cast<std::size_t>(a)];
        if (!artist.tiktok)
            continue;
        QByteArray name("Overview_");
        appendJulianDate(name, tiktokFirst);
        name.append('_');
        appendInt(name, unixSeconds(catalog.todayJd, exportSeconds));
        name.append('_').append(artist.tiktok).append(".zip");
        if (const Result<QByteArray> zip = tiktokOverviewZip(catalog, a, tiktokFirst, exportSeconds))
            put(name, *zip);
        exportSeconds += 8;
    }

    put("linktree_zone.a0_" + today + ".csv", linktreeOverview(catalog));

    const auto [metaFrom, metaTo] = metaRange(catalog);
    const QByteArray range = metaDateText(metaFrom) + '-' + metaDateText(metaTo);
    put("BEDROT-Campaigns-" + range + ".csv", metaDailyExport(catalog));
    put("BEDROT-Ads-" + range + ".csv", metaLifetimeExport(catalog));

    put("track_catalog_royalty_splits.csv", trackCatalogCsv(catalog));
    QByteArray expenses("expenses_");
    appendInt(expenses, catalog.today.year());
    put(expenses + ".csv", expensesCsv(catalog, catalog.today.year()));
    return written;
}

} // namespace

QStringList DemoGenerator::writeAll(const QString& landingDir, const Options& options)
{
    if (!prepareLandingDir(landingDir))
        return {};
    const Catalog catalog = buildCatalog(options);
    QStringList written;
    written += writeDistroKid(catalog, landingDir, catalog.today);
    written += writeOtherFormats(catalog, landingDir);
    return written;
}

QStringList DemoGenerator::writeDistroKidStatements(const QString& landingDir, const Options& options)
{
    if (!prepareLandingDir(landingDir))
        return {};
    const Catalog catalog = buildCatalog(options);
    return writeDistroKid(catalog, landingDir, catalog.today);
}

bool DemoGenerator::writeLargeStatement(const QString& path, qint64 lines, quint32 seed)
{
    return demo::writeLargeStatement(path, lines, seed);
}

} // namespace bedrot

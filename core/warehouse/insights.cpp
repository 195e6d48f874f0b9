// Source health, alerts and drill-down over the warehouse (read-only, caller's thread).
#include "insights.h"

#include "analytics/alerts.h"
#include "filtersql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bedrot {

using namespace filtersql;

namespace {

struct SourceDef
{
    const char* id;
    const char* title;
    QStringList formats; // ingest_file.format LIKE patterns
    const char* facts;   // SELECT COUNT(*), MAX(day) …
    int cadence;         // days
};

const QList<SourceDef>& sourceDefs()
{
    static const QList<SourceDef> defs = {
        {"distrokid.statements",
         "DistroKid statements",
         {QStringLiteral("distrokid.bank_details")},
         "SELECT COALESCE(SUM(lines), 0), MAX(last_reporting_date) FROM statement_rollup_source WHERE "
         "distributor = 'distrokid'",
         31},
        {"distrokid.stats",
         "DistroKid stats pages",
         {QStringLiteral("distrokid.stats%")},
         "SELECT COUNT(*), MAX(day) FROM daily_stream WHERE distributor = 'distrokid'",
         2},
        {"toolost.statements",
         "TooLost sales reports",
         {QStringLiteral("toolost.sales%")},
         "SELECT COALESCE(SUM(lines), 0), MAX(last_reporting_date) FROM statement_rollup_source WHERE "
         "distributor = 'toolost'",
         31},
        {"toolost.analytics",
         "TooLost analytics",
         {QStringLiteral("toolost.analytics%")},
         "SELECT COUNT(*), MAX(day) FROM daily_stream WHERE distributor = 'toolost'",
         2},
        {"spotify_for_artists",
         "Spotify for Artists",
         {QStringLiteral("spotify.%")},
         "SELECT COUNT(*), MAX(day) FROM audience_daily",
         2},
        {"tiktok",
         "TikTok Studio",
         {QStringLiteral("tiktok.%")},
         "SELECT COUNT(*), MAX(day) FROM (SELECT day FROM social_daily UNION ALL SELECT day FROM "
         "follower_snapshot)",
         2},
        {"linktree",
         "Linktree",
         {QStringLiteral("linktree.%")},
         "SELECT COUNT(*), MAX(day) FROM link_daily",
         2},
        {"meta_ads",
         "Meta Ads",
         {QStringLiteral("meta.%")},
         "SELECT COUNT(*), MAX(day) FROM (SELECT day FROM ad_daily UNION ALL SELECT range_end AS day FROM "
         "ad_lifetime)",
         2},
        {"catalog",
         "Track catalog and splits",
         {QStringLiteral("manual.catalog%")},
         "SELECT COUNT(*), NULL FROM catalog_split",
         0},
        {"expenses",
         "Business expenses",
         {QStringLiteral("manual.expenses")},
         "SELECT COUNT(*), MAX(day) FROM expense",
         31},
    };
    return defs;
}

QString formatWhere(const QStringList& patterns)
{
    QStringList parts;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        parts << QStringLiteral("format LIKE ?");
    return QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

QVariantList toVariants(const QStringList& list)
{
    QVariantList out;
    for (const QString& s : list)
        out << s;
    return out;
}

} // namespace

Insights::Insights(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<SourceStatus>> Insights::sources(QDate today) const
{
    Runner r(m_db);
    QList<SourceStatus> out;
    for (const SourceDef& def : sourceDefs()) {
        SourceStatus s;
        s.id = QString::fromLatin1(def.id);
        s.title = QString::fromLatin1(def.title);
        s.cadenceDays = def.cadence;
        QSqlQuery facts = r.run(QString::fromLatin1(def.facts), {});
        if (facts.next()) {
            s.rows = facts.value(0).toLongLong();
            s.latestDay = dateOf(facts.value(1));
        }
        const QString where = formatWhere(def.formats);
        const QVariantList binds = toVariants(def.formats);
        QSqlQuery led =
            r.run(QStringLiteral("SELECT MAX(CASE WHEN status IN ('loaded', 'partial') THEN finished END), "
                                 "SUM(rows_quarantined) FROM ingest_file WHERE ") +
                      where,
                  binds);
        if (led.next()) {
            s.lastImport = QDateTime::fromString(led.value(0).toString(), Qt::ISODateWithMs);
            s.quarantined = led.value(1).toLongLong();
        }
        QSqlQuery bad = r.run(
            QStringLiteral("SELECT message FROM ingest_file WHERE status IN ('failed', 'partial') AND ") +
                where + QStringLiteral(" ORDER BY started DESC LIMIT 5"),
            binds);
        while (bad.next())
            s.problems << bad.value(0).toString();
        QSqlQuery last = r.run(QStringLiteral("SELECT status FROM ingest_file WHERE ") + where +
                                   QStringLiteral(" ORDER BY started DESC LIMIT 1"),
                               binds);
        const bool lastFailed = last.next() && last.value(0).toString() == QLatin1String("failed");

        if (s.rows == 0) {
            s.health = 0;
            s.healthReason = QStringLiteral("no data imported yet");
        } else if (s.cadenceDays == 0) {
            s.health = 100;
            s.healthReason = QStringLiteral("reference data: it has no refresh cadence");
        } else {
            s.ageDays = int(s.latestDay.daysTo(today));
            // Full marks within the cadence, then down to zero at four cadences.
            const int over = std::max(0, s.ageDays - s.cadenceDays);
            s.health = std::max(0, 100 - over * 100 / (3 * s.cadenceDays));
            s.healthReason =
                s.ageDays <= s.cadenceDays
                    ? QStringLiteral("fresh: latest data %1 day(s) old, expected every %2 day(s)")
                          .arg(s.ageDays)
                          .arg(s.cadenceDays)
                    : QStringLiteral("stale: latest data %1 days old, expected every %2 day(s)")
                          .arg(s.ageDays)
                          .arg(s.cadenceDays);
        }
        if (lastFailed) {
            s.health = std::max(0, s.health - 25);
            s.healthReason += QStringLiteral("; the last import failed");
        }
        if (s.rows > 0 && s.quarantined * 20 > s.rows) {
            s.health = std::max(0, s.health - 10);
            s.healthReason += QStringLiteral("; more than 5% of its rows are quarantined");
        }
        out << s;
    }
    if (r.error())
        return *r.error();
    return out;
}

Result<QList<Alert>> Insights::alerts(const Filter& input, double revenueThresholdUsd) const
{
    return alerts(input, nullptr, revenueThresholdUsd);
}

Result<QList<Alert>> Insights::alerts(const Filter& input, std::shared_ptr<const StreamCube> streamCube,
                                      double revenueThresholdUsd) const
{
    const Runner r(m_db, std::move(streamCube));
    const Filter f = withArtistResolved(r, input);

    // Revenue: a month against the month before, by usage month.
    Filter wide = f;
    wide.from = QDate(f.from.year(), f.from.month(), 1).addMonths(-1);
    const Sql revenue = statementsByUsage(wide);
    QSqlQuery q = r.run(QStringLiteral("SELECT l.sale_month, SUM(l.earnings_nanos) FROM %1 WHERE ")
                                .arg(statementSource(r, wide, 0).from) +
                            revenue.where + QStringLiteral(" GROUP BY l.sale_month ORDER BY l.sale_month"),
                        revenue.binds);
    QHash<QString, qint64> byMonth;
    while (q.next())
        byMonth.insert(q.value(0).toString(), q.value(1).toLongLong());

    // Daily series for the stream alerts: distributor streams and TikTok views, per calendar day.
    Filter history = f;
    history.from = f.from.addDays(-Alerts::kHistoryDays);
    // "SELECT day, SUM(streams) FROM daily_stream … GROUP BY day", from the answer's stream cells.
    QHash<QDate, double> streams;
    for (const DailyPoint& p : streamSeries(*r.streams(history), history, QString(), QString()))
        streams.insert(p.day, p.value);
    QHash<QDate, double> views;
    if (platformAllows(f, {QStringLiteral("tiktok")})) {
        Sql sql = dayRange(QStringLiteral("s.day"), history);
        addArtist(sql, f, QStringLiteral("s.artist_id"));
        QSqlQuery v = r.run(QStringLiteral("SELECT s.day, SUM(s.video_views) FROM social_daily s WHERE ") +
                                sql.where + QStringLiteral(" GROUP BY s.day"),
                            sql.binds);
        while (v.next())
            views.insert(dateOf(v.value(0)), v.value(1).toDouble());
    }

    QList<Alert> out = Alerts::revenueChanges(byMonth, f.from, f.to, revenueThresholdUsd);
    out << Alerts::streamDrop(streams, f.from, f.to);
    out << Alerts::anomalies(streams, f.from, f.to, QStringLiteral("Streams"));
    out << Alerts::anomalies(views, f.from, f.to, QStringLiteral("TikTok views"));
    if (r.error())
        return *r.error();
    return out;
}

DrillDown Insights::drillDown(const QString& kpiId, const Filter& input, int limit) const
{
    const Runner r(m_db);
    const Filter f = withArtistResolved(r, input);
    DrillDown d;
    d.kpiId = kpiId;
    d.filter = input;
    QString select, from;
    Sql sql;
    const QString fileLine = QStringLiteral(", f.sha256, f.path, x.line FROM ");
    auto statements = [&](Sql where, const QString& extra) {
        addCountryAndDelay(where, f);
        d.columns = {
            QStringLiteral("reporting_date"), QStringLiteral("sale_month"), QStringLiteral("store"),
            QStringLiteral("artist"),         QStringLiteral("title"),      QStringLiteral("isrc"),
            QStringLiteral("country"),        QStringLiteral("quantity"),   QStringLiteral("earnings_usd"),
            QStringLiteral("raw_file"),       QStringLiteral("file"),       QStringLiteral("line")};
        select =
            QStringLiteral(
                "SELECT l.reporting_date, l.sale_month, s.name, a.name, l.title, t.isrc, l.country, "
                "l.quantity, l.earnings_nanos, "
                "f.sha256, f.path, l.line FROM statement_line l JOIN store s ON s.id = l.store_id JOIN "
                "artist a ON a.id = l.artist_id "
                "LEFT JOIN track t ON t.id = l.track_id JOIN ingest_file f ON f.id = l.ingest_id WHERE ") +
            where.where + extra + QStringLiteral(" ORDER BY l.reporting_date, l.id");
        sql = where;
    };
    static const QStringList byUsage = {
        QStringLiteral("revenue"),          QStringLiteral("revenue_share"),
        QStringLiteral("statement_units"),  QStringLiteral("top_store"),
        QStringLiteral("top_track"),        QStringLiteral("top_country"),
        QStringLiteral("revenue_variance"), QStringLiteral("goal_monthly_revenue")};
    if (byUsage.contains(kpiId)) {
        statements(statementsByUsage(f), QString());
        d.valueColumn =
            kpiId == QLatin1String("statement_units") ? 7 : (kpiId == QLatin1String("revenue") ? 8 : -1);
    } else if (kpiId == QLatin1String("revenue_per_stream")) {
        statements(statementsByUsage(f), QStringLiteral(" AND s.is_download = 0"));
    } else if (kpiId == QLatin1String("cash_reported") || kpiId == QLatin1String("payment_delay_months")) {
        statements(statementsByReporting(f), QString());
        d.valueColumn = kpiId == QLatin1String("cash_reported") ? 8 : -1;
    } else if (kpiId.startsWith(QLatin1String("streams")) || kpiId == QLatin1String("expected_revenue") ||
               kpiId == QLatin1String("goal_monthly_streams")) {
        sql = dailyStreams(f);
        QString extra;
        if (kpiId == QLatin1String("streams_spotify"))
            extra = QStringLiteral(" AND p.key = 'spotify'");
        if (kpiId == QLatin1String("streams_apple"))
            extra = QStringLiteral(" AND p.key = 'apple_music'");
        d.columns = {QStringLiteral("day"),  QStringLiteral("distributor"), QStringLiteral("platform"),
                     QStringLiteral("isrc"), QStringLiteral("streams"),     QStringLiteral("raw_file"),
                     QStringLiteral("file"), QStringLiteral("line")};
        select =
            QStringLiteral("SELECT d.day, d.distributor, p.name, t.isrc, d.streams, f.sha256, f.path, d.line "
                           "FROM daily_stream d "
                           "JOIN platform p ON p.id = d.platform_id LEFT JOIN track t ON t.id = d.track_id "
                           "LEFT JOIN ingest_file f ON f.id = d.ingest_id WHERE ") +
            sql.where + extra + QStringLiteral(" ORDER BY d.day");
        if (kpiId == QLatin1String("streams") || !extra.isEmpty())
            d.valueColumn = 4;
    } else if (kpiId.startsWith(QLatin1String("spotify_"))) {
        sql = dayRange(QStringLiteral("x.day"), f);
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        d.columns = {QStringLiteral("day"),     QStringLiteral("artist"),    QStringLiteral("listeners"),
                     QStringLiteral("streams"), QStringLiteral("followers"), QStringLiteral("raw_file"),
                     QStringLiteral("file"),    QStringLiteral("line")};
        select = QStringLiteral("SELECT x.day, a.name, x.listeners, x.streams, x.followers") + fileLine +
                 QStringLiteral("audience_daily x JOIN artist a ON a.id = x.artist_id LEFT JOIN ingest_file "
                                "f ON f.id = x.ingest_id WHERE ") +
                 sql.where + QStringLiteral(" ORDER BY x.day, a.name");
    } else if (kpiId.startsWith(QLatin1String("tiktok_"))) {
        sql = dayRange(QStringLiteral("x.day"), f);
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        d.columns = {QStringLiteral("day"),         QStringLiteral("artist"),
                     QStringLiteral("video_views"), QStringLiteral("profile_views"),
                     QStringLiteral("likes"),       QStringLiteral("comments"),
                     QStringLiteral("shares"),      QStringLiteral("raw_file"),
                     QStringLiteral("file"),        QStringLiteral("line")};
        select = QStringLiteral(
                     "SELECT x.day, a.name, x.video_views, x.profile_views, x.likes, x.comments, x.shares") +
                 fileLine +
                 QStringLiteral("social_daily x JOIN artist a ON a.id = x.artist_id LEFT JOIN ingest_file f "
                                "ON f.id = x.ingest_id WHERE ") +
                 sql.where + QStringLiteral(" ORDER BY x.day, a.name");
        if (kpiId == QLatin1String("tiktok_views"))
            d.valueColumn = 2;
        if (kpiId == QLatin1String("tiktok_profile_views"))
            d.valueColumn = 3;
    } else if (kpiId.startsWith(QLatin1String("link_"))) {
        sql = dayRange(QStringLiteral("x.day"), f);
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        d.columns = {QStringLiteral("day"),         QStringLiteral("account"),
                     QStringLiteral("total_views"), QStringLiteral("total_clicks"),
                     QStringLiteral("raw_file"),    QStringLiteral("file"),
                     QStringLiteral("line")};
        select = QStringLiteral("SELECT x.day, x.account, x.total_views, x.total_clicks") + fileLine +
                 QStringLiteral("link_daily x LEFT JOIN ingest_file f ON f.id = x.ingest_id WHERE ") +
                 sql.where + QStringLiteral(" ORDER BY x.day");
        if (kpiId == QLatin1String("link_views"))
            d.valueColumn = 2;
        if (kpiId == QLatin1String("link_clicks"))
            d.valueColumn = 3;
    } else if (kpiId.startsWith(QLatin1String("ad_")) || kpiId.startsWith(QLatin1String("cost_per"))) {
        sql = dayRange(QStringLiteral("x.day"), f);
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        addTrack(sql, f, QStringLiteral("x.track_id"));
        addPlatform(sql, f, QStringLiteral("x.platform_id"));
        d.columns = {QStringLiteral("day"),    QStringLiteral("campaign"),  QStringLiteral("ad_set"),
                     QStringLiteral("ad"),     QStringLiteral("spend_usd"), QStringLiteral("impressions"),
                     QStringLiteral("clicks"), QStringLiteral("raw_file"),  QStringLiteral("file"),
                     QStringLiteral("line")};
        select = QStringLiteral(
                     "SELECT x.day, x.campaign, x.ad_set, x.ad, x.spend_nanos, x.impressions, x.clicks") +
                 fileLine +
                 QStringLiteral("ad_daily x LEFT JOIN ingest_file f ON f.id = x.ingest_id WHERE ") +
                 sql.where + QStringLiteral(" ORDER BY x.day");
        if (kpiId == QLatin1String("ad_spend"))
            d.valueColumn = 4;
        if (kpiId == QLatin1String("ad_impressions"))
            d.valueColumn = 5;
        if (kpiId == QLatin1String("ad_clicks"))
            d.valueColumn = 6;
    } else {
        d.error = fail(QStringLiteral("no rows to show for %1").arg(kpiId));
        return d;
    }
    QSqlQuery q = r.run(select, sql.binds);
    const int moneyColumn = d.columns.indexOf(QStringLiteral("earnings_usd")) >= 0
                                ? int(d.columns.indexOf(QStringLiteral("earnings_usd")))
                                : int(d.columns.indexOf(QStringLiteral("spend_usd")));
    while (q.next()) {
        ++d.totalRows;
        if (d.rows.size() >= limit)
            continue;
        QVariantList row;
        const int rawColumn = int(d.columns.size()) - 3;
        for (int c = 0; c < d.columns.size(); ++c) {
            const QVariant v = q.value(c);
            if (c == moneyColumn) {
                row << Money::fromNanos(v.toLongLong())
                           .toString(2); // exact: the decimal text of its nano-units
            } else if (c == rawColumn) {
                const QString sha = v.toString(); // the immutable copy in the lake
                row << (sha.isEmpty() ? QString() : QStringLiteral("lake/raw/") + sha.left(2) + u'/' + sha);
            } else if (c == rawColumn + 1) {
                row << v.toString().section(u'/', -1); // the file name as the user knew it
            } else {
                row << v;
            }
        }
        d.rows << row;
    }
    d.error = r.error();
    return d;
}

Result<QList<TrackChoice>> Insights::tracks() const
{
    Runner r(m_db);
    QList<TrackChoice> out;
    QSqlQuery q = r.run(
        QStringLiteral("SELECT t.isrc, t.title, a.name FROM track t LEFT JOIN artist a ON a.id = t.artist_id "
                       "WHERE t.isrc IS NOT NULL ORDER BY t.title COLLATE NOCASE, t.isrc"),
        {});
    while (q.next())
        out << TrackChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    if (r.error())
        return *r.error();
    return out;
}

Result<QList<PlatformChoice>> Insights::platforms() const
{
    // Only platforms some fact names: the seeded catalogue knows stores nobody has sold on yet.
    // Spotify and Linktree also stand for their own audience tables (their KPIs follow the filter).
    Runner r(m_db);
    QList<PlatformChoice> out;
    QSqlQuery q =
        r.run(QStringLiteral(
                  "SELECT key, name FROM platform WHERE id IN ("
                  "SELECT platform_id FROM store WHERE id IN (SELECT store_id FROM statement_rollup_month) "
                  "UNION SELECT platform_id FROM daily_stream UNION SELECT platform_id FROM social_daily "
                  "UNION SELECT platform_id FROM follower_snapshot UNION SELECT platform_id FROM ad_daily "
                  "UNION SELECT platform_id FROM ad_lifetime) "
                  "OR (key = 'spotify' AND EXISTS (SELECT 1 FROM audience_daily)) "
                  "OR (key = 'linktree' AND EXISTS (SELECT 1 FROM link_daily)) "
                  "ORDER BY name COLLATE NOCASE, key"),
              {});
    while (q.next())
        out << PlatformChoice{q.value(0).toString(), q.value(1).toString()};
    if (r.error())
        return *r.error();
    return out;
}

SourceDetails Insights::sourceDetails(const QString& sourceId, int limit) const
{
    SourceDetails d;
    d.sourceId = sourceId;
    const auto def =
        std::find_if(sourceDefs().cbegin(), sourceDefs().cend(),
                     [&sourceId](const SourceDef& s) { return sourceId == QLatin1String(s.id); });
    if (def == sourceDefs().cend()) {
        d.error = fail(QStringLiteral("unknown source %1").arg(sourceId));
        return d;
    }
    d.title = QString::fromLatin1(def->title);
    const auto rawPath = [](const QString& sha) {
        return sha.isEmpty() ? QString() : QStringLiteral("lake/raw/") + sha.left(2) + u'/' + sha;
    };
    Runner r(m_db);
    const QString where = formatWhere(def->formats);
    const QVariantList binds = toVariants(def->formats);
    QSqlQuery files = r.run(
        QStringLiteral(
            "SELECT path, sha256, started, status, rows_read, rows_loaded, rows_present, rows_quarantined, "
            "message FROM ingest_file WHERE ") +
            where + QStringLiteral(" ORDER BY started DESC, id DESC"),
        binds);
    while (files.next()) {
        IngestEntry e;
        e.file = files.value(0).toString().section(u'/', -1);
        e.rawFile = rawPath(files.value(1).toString());
        e.started = QDateTime::fromString(files.value(2).toString(), Qt::ISODateWithMs);
        e.status = files.value(3).toString();
        e.rowsRead = files.value(4).toLongLong();
        e.rowsLoaded = files.value(5).toLongLong();
        e.rowsPresent = files.value(6).toLongLong();
        e.rowsQuarantined = files.value(7).toLongLong();
        e.message = files.value(8).toString();
        d.imports << e;
    }
    // format is a column of ingest_file: the patterns bind against f.format.
    QString fileWhere = where;
    fileWhere.replace(QStringLiteral("format LIKE"), QStringLiteral("f.format LIKE"));
    QSqlQuery rows =
        r.run(QStringLiteral(
                  "SELECT f.path, f.sha256, q.line, q.column_name, q.reason, q.raw_text FROM quarantine q "
                  "JOIN ingest_file f ON f.id = q.ingest_id WHERE ") +
                  fileWhere + QStringLiteral(" ORDER BY f.started, f.id, q.line, q.id"),
              binds);
    while (rows.next()) {
        ++d.totalQuarantined;
        if (d.quarantine.size() >= limit)
            continue;
        d.quarantine << QuarantinedRow{rows.value(0).toString().section(u'/', -1),
                                       rawPath(rows.value(1).toString()),
                                       rows.value(2).toLongLong(),
                                       rows.value(3).toString(),
                                       rows.value(4).toString(),
                                       rows.value(5).toString()};
    }
    d.error = r.error();
    return d;
}

} // namespace bedrot

// The catalog's entries, in the order KPIS.md lists them.
#include "kpicatalog.h"

namespace bedrot {

namespace {
using U = KpiDefinition::Unit;
} // namespace

const QList<KpiDefinition>& KpiCatalog::all()
{
    static const QList<KpiDefinition> list = [] {
        const QString statements = tr("Statements (DistroKid bank details, TooLost sales report)");
        const QString dailyStats = tr("Distributor daily stats (DistroKid stats, TooLost analytics)");
        const QString rev = tr("Revenue"), str = tr("Streams"), aud = tr("Audience"), mkt = tr("Marketing"),
                      eml = tr("Email"), gol = tr("Goals");
        return QList<KpiDefinition>{
            {QStringLiteral("revenue"), rev, tr("Revenue"),
             tr("Sum of earnings of statement lines whose usage month (Sale Month) is in range."), statements,
             U::Money},
            {QStringLiteral("revenue_prev"), rev, tr("Revenue, previous period"),
             tr("Revenue of the period of equal length just before the range."), statements, U::Money},
            {QStringLiteral("revenue_share"), rev, tr("Royalty share"),
             tr("Earnings times each track's royalty share from the catalog splits (100% when unknown)."),
             statements, U::Money},
            {QStringLiteral("statement_units"), rev, tr("Statement units"),
             tr("Sum of Quantity of the statement lines in range."), statements, U::Count},
            {QStringLiteral("revenue_per_stream"), rev, tr("Revenue per stream"),
             tr("Earnings divided by Quantity, over streaming stores only."), statements, U::PerStream},
            {QStringLiteral("cash_reported"), rev, tr("Cash reported"),
             tr("Sum of earnings of lines whose Reporting Date is in range (the cash view)."), statements,
             U::Money},
            {QStringLiteral("payment_delay_months"), rev, tr("Payment delay"),
             tr("Mean months between usage month and reporting month, over lines reported in range."),
             statements, U::Months},
            {QStringLiteral("top_store"), rev, tr("Top store"),
             tr("The store with the largest revenue in range."), statements, U::Text},
            {QStringLiteral("top_track"), rev, tr("Top track"),
             tr("The track (ISRC) with the largest revenue in range."), statements, U::Text},
            {QStringLiteral("top_country"), rev, tr("Top country"),
             tr("The country with the largest revenue in range."), statements, U::Text},
            {QStringLiteral("expected_revenue"), rev, tr("Expected revenue"),
             tr("Distributor daily streams in range times each store's reference rate."), dailyStats,
             U::Money},
            {QStringLiteral("revenue_variance"), rev, tr("Revenue variance"),
             tr("Revenue minus expected revenue."), statements, U::Money},
            {QStringLiteral("streams"), str, tr("Streams"),
             tr("Sum of distributor daily streams in range, all platforms."), dailyStats, U::Count},
            {QStringLiteral("streams_spotify"), str, tr("Spotify streams"),
             tr("Distributor daily streams on Spotify."), dailyStats, U::Count},
            {QStringLiteral("streams_apple"), str, tr("Apple Music streams"),
             tr("Distributor daily streams on Apple Music."), dailyStats, U::Count},
            {QStringLiteral("streams_daily_avg"), str, tr("Streams per day"),
             tr("Streams divided by the number of calendar days in range that have data."), dailyStats,
             U::Count},
            {QStringLiteral("streams_growth_pct"), str, tr("Stream growth"),
             tr("Change of streams against the previous period, in percent."), dailyStats, U::Percent},
            {QStringLiteral("spotify_listeners"), aud, tr("Spotify listeners"),
             tr("Latest listeners, summed over the selected artists."), tr("Spotify for Artists"), U::Count},
            {QStringLiteral("spotify_followers"), aud, tr("Spotify followers"), tr("Latest followers."),
             tr("Spotify for Artists"), U::Count},
            {QStringLiteral("spotify_followers_gained"), aud, tr("Spotify followers gained"),
             tr("Followers gained in range."), tr("Spotify for Artists"), U::Count},
            {QStringLiteral("tiktok_views"), aud, tr("TikTok views"), tr("Sum of video views in range."),
             tr("TikTok Studio"), U::Count},
            {QStringLiteral("tiktok_profile_views"), aud, tr("TikTok profile views"),
             tr("Sum of profile views in range."), tr("TikTok Studio"), U::Count},
            {QStringLiteral("tiktok_engagement_rate"), aud, tr("TikTok engagement"),
             tr("(Likes + comments + shares) / video views."), tr("TikTok Studio"), U::Ratio},
            {QStringLiteral("tiktok_followers"), aud, tr("TikTok followers"), tr("Latest follower snapshot."),
             tr("TikTok"), U::Count},
            {QStringLiteral("tiktok_followers_gained"), aud, tr("TikTok followers gained"),
             tr("Followers gained in range."), tr("TikTok"), U::Count},
            {QStringLiteral("youtube_views"), aud, tr("YouTube views"), tr("Sum of daily views in range."),
             tr("YouTube Analytics"), U::Count},
            {QStringLiteral("youtube_subscribers_net"), aud, tr("YouTube subscribers (net)"),
             tr("Subscribers gained minus lost in range."), tr("YouTube Analytics"), U::Count},
            {QStringLiteral("link_views"), aud, tr("Link views"), tr("Sum of Linktree total views in range."),
             tr("Linktree"), U::Count},
            {QStringLiteral("link_clicks"), aud, tr("Link clicks"),
             tr("Sum of Linktree total clicks in range."), tr("Linktree"), U::Count},
            {QStringLiteral("link_ctr"), aud, tr("Link CTR"), tr("Link clicks / link views."), tr("Linktree"),
             U::Ratio},
            {QStringLiteral("email_subscribers"), eml, tr("Email subscribers"),
             tr("Latest list member count."), tr("Mailchimp"), U::Count},
            {QStringLiteral("email_open_rate"), eml, tr("Email open rate"),
             tr("Unique opens / emails sent, over campaigns sent in range."), tr("Mailchimp"), U::Ratio},
            {QStringLiteral("email_click_rate"), eml, tr("Email click rate"),
             tr("Unique clicks / emails sent, over campaigns sent in range."), tr("Mailchimp"), U::Ratio},
            {QStringLiteral("ad_spend"), mkt, tr("Ad spend"), tr("Sum of daily ad spend in range."),
             tr("Meta and TikTok ads"), U::Money},
            {QStringLiteral("ad_impressions"), mkt, tr("Ad impressions"),
             tr("Sum of daily impressions in range."), tr("Meta and TikTok ads"), U::Count},
            {QStringLiteral("ad_clicks"), mkt, tr("Ad clicks"), tr("Sum of daily clicks in range."),
             tr("Meta and TikTok ads"), U::Count},
            {QStringLiteral("ad_cpm"), mkt, tr("Ad CPM"), tr("Ad spend / impressions × 1000."),
             tr("Meta and TikTok ads"), U::Money},
            {QStringLiteral("ad_cpc"), mkt, tr("Ad CPC"), tr("Ad spend / clicks."), tr("Meta and TikTok ads"),
             U::Money},
            {QStringLiteral("ad_ctr"), mkt, tr("Ad CTR"), tr("Clicks / impressions × 100."),
             tr("Meta and TikTok ads"), U::Percent},
            {QStringLiteral("cost_per_follower"), mkt, tr("Cost per follower"),
             tr("Ad spend / (Spotify + TikTok followers gained)."), tr("Ads, Spotify for Artists, TikTok"),
             U::Money},
            {QStringLiteral("cost_per_incremental_stream"), mkt, tr("Cost per extra stream"),
             tr("Ad spend / (streams − previous period's streams), when positive."),
             tr("Ads, distributor stats"), U::PerStream},
            {QStringLiteral("goal_monthly_revenue"), gol, tr("Monthly revenue goal"),
             tr("Revenue of the last full month in range / 500 USD, in percent (capped at 100)."), statements,
             U::Percent},
            {QStringLiteral("goal_monthly_streams"), gol, tr("Monthly streams goal"),
             tr("Streams of the last full month in range / 200,000, in percent (capped at 100)."), dailyStats,
             U::Percent},
            {QStringLiteral("goal_followers"), gol, tr("Followers goal"),
             tr("(Spotify + TikTok followers) / 10,000, in percent (capped at 100)."),
             tr("Spotify for Artists, TikTok"), U::Percent},
        };
    }();
    return list;
}

const KpiDefinition* KpiCatalog::find(const QString& id)
{
    for (const KpiDefinition& d : all())
        if (d.id == id)
            return &d;
    return nullptr;
}

QStringList KpiCatalog::ids()
{
    QStringList out;
    for (const KpiDefinition& d : all())
        out << d.id;
    return out;
}

} // namespace bedrot

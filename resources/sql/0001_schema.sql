-- Bedrot warehouse, schema version 1: dimensions, facts of every source domain, lake bookkeeping.
-- Money is stored as integer nano-units (1e-9) with its currency; days as ISO text (YYYY-MM-DD),
-- months as YYYY-MM. Every fact row names its raw file (ingest_file.id) and physical line.

CREATE TABLE platform (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,              -- 'spotify', 'apple_music', … or 'store:<name>' when unmapped
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'streaming', -- streaming, download, social, ads, email, link, video
  reference_rate_nanos INTEGER,          -- USD per stream for expected revenue
  mapped INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE store (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,             -- as statements write it
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  mapped INTEGER NOT NULL,               -- 0: unknown store, its own platform, flagged
  is_download INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE country (
  code TEXT PRIMARY KEY,                 -- ISO 3166-1 alpha-2 as sources write it
  name TEXT
);

CREATE TABLE artist (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  spotify_artist_id TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE artist_alias (
  alias TEXT PRIMARY KEY COLLATE NOCASE,
  artist_id INTEGER NOT NULL REFERENCES artist(id),
  origin TEXT NOT NULL DEFAULT 'auto'    -- auto (first seen) or user
);

CREATE TABLE release (
  id INTEGER PRIMARY KEY,
  upc TEXT NOT NULL UNIQUE,
  title TEXT,
  artist_id INTEGER REFERENCES artist(id),
  release_date TEXT,
  release_type TEXT
);

CREATE TABLE track (
  id INTEGER PRIMARY KEY,
  isrc TEXT UNIQUE,                      -- NULL for title-only references
  title TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  release_id INTEGER REFERENCES release(id)
);

CREATE TABLE catalog_split (
  track_id INTEGER PRIMARY KEY REFERENCES track(id),
  royalty_percentage TEXT NOT NULL,      -- exact text, e.g. '50' or '33.33'
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER
);

-- Lake bookkeeping -------------------------------------------------------------------------------

CREATE TABLE ingest_file (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  path TEXT NOT NULL,                    -- as given when first imported
  size INTEGER NOT NULL,
  encoding TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_loaded INTEGER NOT NULL DEFAULT 0,
  rows_present INTEGER NOT NULL DEFAULT 0,
  rows_quarantined INTEGER NOT NULL DEFAULT 0,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL,                  -- running, loaded, partial, already_imported, rejected, failed
  message TEXT
);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  ingest_id INTEGER NOT NULL REFERENCES ingest_file(id),
  line INTEGER NOT NULL,
  column_name TEXT,
  reason TEXT NOT NULL,
  raw_text TEXT,
  UNIQUE (ingest_id, line, column_name)
);

CREATE TABLE sync_state (
  source TEXT NOT NULL,
  account TEXT NOT NULL,
  stream TEXT NOT NULL,
  cursor TEXT,
  last_attempt TEXT,
  last_success TEXT,
  last_error TEXT,
  PRIMARY KEY (source, account, stream)
);

-- Facts ------------------------------------------------------------------------------------------

-- Distributor statements (DistroKid bank details, TooLost sales report). Identity: a 64-bit hash of
-- the distributor, the line's content and its occurrence number among identical lines of its file
-- The unique index leads with the usage month: exports are roughly ordered by date, so a bulk load
-- touches a narrow, moving part of the index instead of every page of it on every commit.
CREATE TABLE statement_line (
  id INTEGER PRIMARY KEY,
  distributor TEXT NOT NULL,
  line_key INTEGER NOT NULL,
  occurrence INTEGER NOT NULL,
  reporting_date TEXT NOT NULL,
  sale_month TEXT NOT NULL,
  accounting_date TEXT,
  store_id INTEGER NOT NULL REFERENCES store(id),
  artist_id INTEGER NOT NULL REFERENCES artist(id),
  track_id INTEGER REFERENCES track(id),
  release_id INTEGER REFERENCES release(id),
  title TEXT,
  quantity INTEGER NOT NULL,
  team_percentage TEXT,
  song_album TEXT,
  country TEXT,
  withheld_nanos INTEGER NOT NULL DEFAULT 0,
  earnings_nanos INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT 'USD',
  ingest_id INTEGER NOT NULL REFERENCES ingest_file(id),
  line INTEGER NOT NULL,
  UNIQUE (sale_month, line_key)
);

-- Distributor daily streams (DistroKid stats, TooLost analytics). track_id 0 = all tracks.
CREATE TABLE daily_stream (
  distributor TEXT NOT NULL,
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  artist_id INTEGER NOT NULL DEFAULT 0,
  track_id INTEGER NOT NULL DEFAULT 0,
  day TEXT NOT NULL,
  streams INTEGER NOT NULL,
  tz TEXT,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (distributor, platform_id, artist_id, track_id, day)
) WITHOUT ROWID;

-- Per-country / per-track totals some analytics replies carry for their whole range.
CREATE TABLE stream_total (
  distributor TEXT NOT NULL,
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  dimension TEXT NOT NULL,               -- 'country' or 'track'
  dimension_value TEXT NOT NULL,
  range_start TEXT NOT NULL,
  range_end TEXT NOT NULL,
  streams INTEGER NOT NULL,
  ingest_id INTEGER REFERENCES ingest_file(id),
  PRIMARY KEY (distributor, platform_id, dimension, dimension_value, range_start, range_end)
) WITHOUT ROWID;

-- Spotify for Artists audience timeline, per artist.
CREATE TABLE audience_daily (
  artist_id INTEGER NOT NULL REFERENCES artist(id),
  source TEXT NOT NULL,                  -- 'spotify_for_artists'
  day TEXT NOT NULL,
  listeners INTEGER,
  streams INTEGER,
  followers INTEGER,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (artist_id, source, day)
) WITHOUT ROWID;

-- TikTok Studio overview and other social daily metrics.
CREATE TABLE social_daily (
  artist_id INTEGER NOT NULL REFERENCES artist(id),
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  day TEXT NOT NULL,
  video_views INTEGER,
  profile_views INTEGER,
  likes INTEGER,
  comments INTEGER,
  shares INTEGER,
  tz TEXT,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (artist_id, platform_id, day)
) WITHOUT ROWID;

-- Follower / subscriber snapshots (TikTok, Spotify Web API, YouTube, …).
CREATE TABLE follower_snapshot (
  artist_id INTEGER NOT NULL REFERENCES artist(id),
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  day TEXT NOT NULL,
  followers INTEGER NOT NULL,
  ingest_id INTEGER REFERENCES ingest_file(id),
  PRIMARY KEY (artist_id, platform_id, day)
) WITHOUT ROWID;

-- YouTube Analytics daily channel report.
CREATE TABLE youtube_daily (
  channel_id TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  day TEXT NOT NULL,
  views INTEGER,
  estimated_minutes_watched INTEGER,
  subscribers_gained INTEGER,
  subscribers_lost INTEGER,
  likes INTEGER,
  ingest_id INTEGER REFERENCES ingest_file(id),
  PRIMARY KEY (channel_id, day)
) WITHOUT ROWID;

-- Linktree daily overview.
CREATE TABLE link_daily (
  account TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  day TEXT NOT NULL,
  total_views INTEGER,
  unique_views INTEGER,
  total_clicks INTEGER,
  unique_clicks INTEGER,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (account, day)
) WITHOUT ROWID;

-- Ads (Meta, TikTok): daily rows per campaign / ad set / ad.
CREATE TABLE ad_daily (
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  account TEXT NOT NULL DEFAULT '',
  campaign TEXT NOT NULL,
  ad_set TEXT NOT NULL DEFAULT '',
  ad TEXT NOT NULL DEFAULT '',
  day TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  track_id INTEGER REFERENCES track(id),
  spend_nanos INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT 'USD',
  impressions INTEGER,
  reach INTEGER,
  clicks INTEGER,
  results INTEGER,
  tz TEXT,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (platform_id, account, campaign, ad_set, ad, day)
) WITHOUT ROWID;

-- Ads exported as one lifetime row per object: a total over its range, never a day.
CREATE TABLE ad_lifetime (
  platform_id INTEGER NOT NULL REFERENCES platform(id),
  account TEXT NOT NULL DEFAULT '',
  campaign TEXT NOT NULL,
  ad_set TEXT NOT NULL DEFAULT '',
  ad TEXT NOT NULL DEFAULT '',
  range_start TEXT NOT NULL,
  range_end TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  track_id INTEGER REFERENCES track(id),
  spend_nanos INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT 'USD',
  impressions INTEGER,
  reach INTEGER,
  clicks INTEGER,
  results INTEGER,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  PRIMARY KEY (platform_id, account, campaign, ad_set, ad, range_start, range_end)
) WITHOUT ROWID;

-- Mailchimp.
CREATE TABLE email_list_snapshot (
  list_id TEXT NOT NULL,
  day TEXT NOT NULL,
  member_count INTEGER NOT NULL,
  unsubscribe_count INTEGER,
  open_rate REAL,
  click_rate REAL,
  PRIMARY KEY (list_id, day)
) WITHOUT ROWID;

CREATE TABLE email_campaign (
  campaign_id TEXT PRIMARY KEY,
  title TEXT,
  list_id TEXT,
  send_time TEXT,
  emails_sent INTEGER,
  opens_total INTEGER,
  unique_opens INTEGER,
  clicks_total INTEGER,
  unique_clicks INTEGER,
  unsubscribed INTEGER
);

-- Business expenses (card export). Identity as for statements: content + occurrence.
CREATE TABLE expense (
  id INTEGER PRIMARY KEY,
  line_key INTEGER NOT NULL,
  occurrence INTEGER NOT NULL,
  day TEXT NOT NULL,
  description TEXT,
  amount_nanos INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT 'USD',
  category TEXT,
  status TEXT,
  card_last4 TEXT,
  ingest_id INTEGER REFERENCES ingest_file(id),
  line INTEGER,
  UNIQUE (line_key, occurrence)
);

-- Schema version 2: the known platforms and stores (with reference rates) and read indexes.

INSERT INTO platform (key, name, kind, reference_rate_nanos) VALUES
  ('spotify', 'Spotify', 'streaming', 2274000),
  ('apple_music', 'Apple Music', 'streaming', 5771000),
  ('itunes', 'iTunes', 'download', NULL),
  ('youtube', 'YouTube', 'streaming', 1000000),
  ('tidal', 'Tidal', 'streaming', 12500000),
  ('amazon', 'Amazon', 'streaming', 4000000),
  ('deezer', 'Deezer', 'streaming', 2500000),
  ('tiktok', 'TikTok', 'social', 2486000),
  ('facebook', 'Facebook', 'social', 2486000),
  ('pandora', 'Pandora', 'streaming', 2486000),
  ('netease', 'NetEase', 'streaming', 2486000),
  ('tencent', 'Tencent', 'streaming', 2486000),
  ('luna', 'Luna', 'streaming', 2486000),
  ('flo', 'Flo', 'streaming', 2486000),
  ('soundcloud', 'SoundCloud', 'streaming', 2486000),
  ('instagram', 'Instagram', 'social', NULL),
  ('linktree', 'Linktree', 'link', NULL),
  ('meta_ads', 'Meta Ads', 'ads', NULL),
  ('tiktok_ads', 'TikTok Ads', 'ads', NULL),
  ('mailchimp', 'Mailchimp', 'email', NULL);

INSERT INTO store (name, platform_id, mapped, is_download)
SELECT s.name, p.id, 1, s.is_download FROM (
  SELECT 'Spotify' AS name, 'spotify' AS pkey, 0 AS is_download
  UNION ALL SELECT 'YouTube (Ads)', 'youtube', 0
  UNION ALL SELECT 'YouTube (Red)', 'youtube', 0
  UNION ALL SELECT 'YouTube (Audio)', 'youtube', 0
  UNION ALL SELECT 'YouTube Music', 'youtube', 0
  UNION ALL SELECT 'Apple Music', 'apple_music', 0
  UNION ALL SELECT 'iTunes Match', 'apple_music', 0
  UNION ALL SELECT 'iTunes Songs', 'itunes', 1
  UNION ALL SELECT 'iTunes Albums', 'itunes', 1
  UNION ALL SELECT 'TikTok', 'tiktok', 0
  UNION ALL SELECT 'Tidal', 'tidal', 0
  UNION ALL SELECT 'Facebook', 'facebook', 0
  UNION ALL SELECT 'Instagram', 'instagram', 0
  UNION ALL SELECT 'Deezer', 'deezer', 0
  UNION ALL SELECT 'Amazon Unlimited (Streaming)', 'amazon', 0
  UNION ALL SELECT 'Amazon Prime (Streaming)', 'amazon', 0
  UNION ALL SELECT 'Amazon Music', 'amazon', 0
  UNION ALL SELECT 'Amazon (Downloads)', 'amazon', 1
  UNION ALL SELECT 'Pandora', 'pandora', 0
  UNION ALL SELECT 'NetEase', 'netease', 0
  UNION ALL SELECT 'Tencent', 'tencent', 0
  UNION ALL SELECT 'Luna', 'luna', 0
  UNION ALL SELECT 'Flo', 'flo', 0
  UNION ALL SELECT 'SoundCloud', 'soundcloud', 0
) AS s JOIN platform p ON p.key = s.pkey
WHERE true -- (lets SQLite tell the join's ON from the upsert's ON CONFLICT)
-- A version-1 warehouse already holds the stores it imported, each as its own unmapped platform:
-- map them in place (the id stays, so statement lines keep pointing at them) and drop the stand-ins.
ON CONFLICT (name) DO UPDATE SET platform_id = excluded.platform_id, mapped = 1, is_download = excluded.is_download;

DELETE FROM platform WHERE key LIKE 'store:%' AND id NOT IN (SELECT platform_id FROM store)
  AND id NOT IN (SELECT platform_id FROM daily_stream);

-- statement_line carries no secondary index on purpose: bulk loads of million-line statements stay
-- fast, and dashboard reads go to rollups maintained by the writer.
CREATE INDEX quarantine_ingest ON quarantine (ingest_id, line);
CREATE INDEX daily_stream_day ON daily_stream (day);

-- Schema version 3: every daily fact keeps the time zone label of the source's days. Spotify for
-- Artists and Linktree report UTC days; TikTok Studio the account's local days.
ALTER TABLE audience_daily ADD COLUMN tz TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE link_daily ADD COLUMN tz TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE follower_snapshot ADD COLUMN tz TEXT NOT NULL DEFAULT 'local';
ALTER TABLE youtube_daily ADD COLUMN tz TEXT NOT NULL DEFAULT 'America/Los_Angeles';

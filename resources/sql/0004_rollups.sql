-- Schema version 4: rollups of statement_line for the dashboard. The writer keeps them in the same
-- transaction as the lines they sum (core/warehouse/rollupwriter), so a reader sees facts and
-- rollups agree at every commit. Each rollup is statement_line grouped by the columns of its key;
-- lines = COUNT(*), money stays exact integer nano-units; without the reporting date in its key a
-- rollup keeps the latest one. Keys never hold NULL: a line without a track is track_id 0, without
-- a country ''. A key leads with what the reader narrows by (the filtered artist, track or store,
-- else the usage month), so a filtered query reads one range of its rollup. Which rollup a query
-- reads: core/analytics/filtersql.cpp (statementSource).

-- How far the rollups have absorbed statement_line (its ids only grow): kept with every commit.
CREATE TABLE rollup_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_line_id INTEGER NOT NULL
);

-- Everything but the country, by track first: any query under a track filter (and, read whole, a
-- by-track query under a platform filter).
CREATE TABLE statement_rollup (
  track_id INTEGER NOT NULL,
  sale_month TEXT NOT NULL,
  reporting_date TEXT NOT NULL,
  store_id INTEGER NOT NULL,
  artist_id INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  PRIMARY KEY (track_id, sale_month, reporting_date, store_id, artist_id)
) WITHOUT ROWID;

-- Without artist and track: most cards and charts when no artist or track is chosen.
CREATE TABLE statement_rollup_month (
  sale_month TEXT NOT NULL,
  reporting_date TEXT NOT NULL,
  store_id INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  PRIMARY KEY (sale_month, reporting_date, store_id)
) WITHOUT ROWID;

-- The same by artist first: under an artist filter.
CREATE TABLE statement_rollup_store (
  artist_id INTEGER NOT NULL,
  sale_month TEXT NOT NULL,
  reporting_date TEXT NOT NULL,
  store_id INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  PRIMARY KEY (artist_id, sale_month, reporting_date, store_id)
) WITHOUT ROWID;

-- By track without the store: royalty share, top track, revenue by track.
CREATE TABLE statement_rollup_track (
  sale_month TEXT NOT NULL,
  artist_id INTEGER NOT NULL,
  track_id INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  last_reporting_date TEXT NOT NULL,
  PRIMARY KEY (sale_month, artist_id, track_id)
) WITHOUT ROWID;


-- By country (top country, revenue by country): with no filter …
CREATE TABLE statement_rollup_country_month (
  sale_month TEXT NOT NULL,
  country TEXT NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  last_reporting_date TEXT NOT NULL,
  PRIMARY KEY (sale_month, country)
) WITHOUT ROWID;

-- … under an artist filter …
CREATE TABLE statement_rollup_country_artist (
  artist_id INTEGER NOT NULL,
  sale_month TEXT NOT NULL,
  country TEXT NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  last_reporting_date TEXT NOT NULL,
  PRIMARY KEY (artist_id, sale_month, country)
) WITHOUT ROWID;

-- … and under a platform filter.
CREATE TABLE statement_rollup_country_store (
  store_id INTEGER NOT NULL,
  sale_month TEXT NOT NULL,
  country TEXT NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  last_reporting_date TEXT NOT NULL,
  PRIMARY KEY (store_id, sale_month, country)
) WITHOUT ROWID;

-- Per distributor: source health.
CREATE TABLE statement_rollup_source (
  distributor TEXT NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  earnings_nanos INTEGER NOT NULL,
  last_reporting_date TEXT NOT NULL,
  PRIMARY KEY (distributor)
) WITHOUT ROWID;

-- The dashboard's daily stream queries (a day range, summing streams) read this index alone: it
-- holds the day, the streams and, as for every index of a WITHOUT ROWID table, the whole key.
DROP INDEX daily_stream_day;
CREATE INDEX daily_stream_day ON daily_stream (day, streams);

-- Filled once from the lines already there.
INSERT INTO statement_rollup
SELECT COALESCE(track_id, 0), sale_month, reporting_date, store_id, artist_id, COUNT(*), SUM(quantity), SUM(earnings_nanos)
FROM statement_line GROUP BY 1, 2, 3, 4, 5;
INSERT INTO statement_rollup_month
SELECT sale_month, reporting_date, store_id, COUNT(*), SUM(quantity), SUM(earnings_nanos)
FROM statement_line GROUP BY 1, 2, 3;
INSERT INTO statement_rollup_store
SELECT artist_id, sale_month, reporting_date, store_id, COUNT(*), SUM(quantity), SUM(earnings_nanos)
FROM statement_line GROUP BY 1, 2, 3, 4;
INSERT INTO statement_rollup_track
SELECT sale_month, artist_id, COALESCE(track_id, 0), COUNT(*), SUM(quantity), SUM(earnings_nanos), MAX(reporting_date)
FROM statement_line GROUP BY 1, 2, 3;
INSERT INTO statement_rollup_country_month
SELECT sale_month, COALESCE(country, ''), COUNT(*), SUM(quantity), SUM(earnings_nanos), MAX(reporting_date)
FROM statement_line GROUP BY 1, 2;
INSERT INTO statement_rollup_country_artist
SELECT artist_id, sale_month, COALESCE(country, ''), COUNT(*), SUM(quantity), SUM(earnings_nanos), MAX(reporting_date)
FROM statement_line GROUP BY 1, 2, 3;
INSERT INTO statement_rollup_country_store
SELECT store_id, sale_month, COALESCE(country, ''), COUNT(*), SUM(quantity), SUM(earnings_nanos), MAX(reporting_date)
FROM statement_line GROUP BY 1, 2, 3;
INSERT INTO statement_rollup_source
SELECT distributor, COUNT(*), SUM(quantity), SUM(earnings_nanos), MAX(reporting_date)
FROM statement_line GROUP BY 1;
INSERT INTO rollup_state (id, last_line_id) VALUES (1, COALESCE((SELECT MAX(id) FROM statement_line), 0));

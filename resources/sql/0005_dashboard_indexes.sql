-- Schema version 5: the daily-stream index in the order the dashboard reads it.

-- The daily streams of an answer are read once, summed by day, platform and distributor
-- (filtersql::Runner::readStreams): in this order SQLite reads the range of days without sorting
-- the entries into those groups first. It holds the streams and, as every index of a WITHOUT ROWID
-- table, the rest of the key (artist and track, which a filter narrows by), so the read touches
-- the index alone. It replaces the day index of 0004, whose queries (a day range, MIN and MAX of
-- the day) it serves as well.
DROP INDEX daily_stream_day;
CREATE INDEX daily_stream_day ON daily_stream (day, platform_id, distributor, streams);

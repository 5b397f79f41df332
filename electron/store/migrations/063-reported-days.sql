-- A day whose 日报 was exported is closed: the head of the log at that export is kept, and a
-- screening dated into the day with a later sequence number (recorded after the 日报 was handed
-- over, or filed there by a clock set back) is a late record, flagged on the next 日报.
-- Exporting the day again hands the late records over and moves the mark.
CREATE TABLE reported_days (
  local_date TEXT PRIMARY KEY,
  reported_at TEXT NOT NULL,        -- UTC ISO, the export's time
  through_seq INTEGER NOT NULL      -- the head of the log when the 日报 was exported
) STRICT;

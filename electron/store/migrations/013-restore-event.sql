-- A restore is itself a chained event (kind 'restore'). The kind CHECK of 001 can change only by
-- rebuilding the table, so events is copied into one that allows it, with everything built on
-- it (indexes, the amendments view, the append-only triggers) made again.
DROP VIEW amendments;
CREATE TABLE events_new (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  station_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('screening', 'amendment', 'purge', 'restore')),
  recorded_at TEXT NOT NULL,
  utc_offset_min INTEGER NOT NULL,
  local_date TEXT NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  staff_name TEXT NOT NULL,
  shift_id INTEGER REFERENCES shifts(id),
  screening_kind TEXT CHECK (screening_kind IN ('person', 'vehicle')),
  decision TEXT CHECK (decision IN ('allow', 'turn-away', 'refer')),
  direction TEXT CHECK (direction IN ('in', 'out')),
  search_text TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  clock_reading TEXT
) STRICT;
INSERT INTO events_new (seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name, shift_id,
  screening_kind, decision, direction, search_text, payload, prev_hash, hash, clock_reading)
  SELECT seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name, shift_id,
  screening_kind, decision, direction, search_text, payload, prev_hash, hash, clock_reading FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;

CREATE INDEX events_by_day ON events (local_date, seq);
CREATE INDEX events_amendment_target ON events (json_extract(payload, '$.targetId'), seq) WHERE kind = 'amendment';
CREATE VIEW amendments (amendment_seq, target_id) AS
  SELECT seq, json_extract(payload, '$.targetId') FROM events WHERE kind = 'amendment';

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM purge_guard)
  OR OLD.seq > COALESCE((SELECT json_extract(payload, '$.chainStart.seq') FROM events WHERE kind = 'purge' ORDER BY seq DESC LIMIT 1), 0)
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- A new event links to the head and takes the next sequence number; only a restore event may
-- take a later one, exactly the one after the head it names as replaced (so the numbers the
-- replaced records used are never used again). INSERT OR REPLACE stays closed: a replaced row
-- never has a number after the head.
CREATE TRIGGER events_extend_chain BEFORE INSERT ON events
WHEN NEW.prev_hash IS NOT COALESCE((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
  OR (NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM events), 0) + 1
    AND NOT (NEW.kind = 'restore'
      AND NEW.seq > COALESCE((SELECT MAX(seq) FROM events), 0) + 1
      AND NEW.seq = json_extract(NEW.payload, '$.replacedHead.seq') + 1))
BEGIN SELECT RAISE(ABORT, 'an event must extend the chain: next seq, linked to the head'); END;

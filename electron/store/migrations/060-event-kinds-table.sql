-- New record kinds (transfers, incidents, arrivals…) join the log without rebuilding it again:
-- the kinds the database accepts are rows of `event_kinds`, which a later migration adds to
-- with one INSERT, instead of a CHECK that only a table rebuild can change. The rebuild below
-- is that last rebuild: same columns, same order, same rows, same hashes.
CREATE TABLE event_kinds (kind TEXT PRIMARY KEY) STRICT;
INSERT INTO event_kinds (kind) VALUES ('screening'), ('amendment'), ('purge');
CREATE TRIGGER event_kinds_no_update BEFORE UPDATE ON event_kinds
BEGIN SELECT RAISE(ABORT, 'event kinds are only ever added'); END;
CREATE TRIGGER event_kinds_no_delete BEFORE DELETE ON event_kinds
BEGIN SELECT RAISE(ABORT, 'event kinds are only ever added'); END;

DROP VIEW amendments;
CREATE TABLE events_rebuilt (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  station_code TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES event_kinds(kind),
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
  hash TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO events_rebuilt SELECT seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id,
  staff_name, shift_id, screening_kind, decision, direction, search_text, payload, prev_hash, hash FROM events ORDER BY seq;
-- DROP TABLE's implicit delete fires no trigger; the rows live on, unchanged, in events_rebuilt.
DROP TABLE events;
ALTER TABLE events_rebuilt RENAME TO events;

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
CREATE TRIGGER events_extend_chain BEFORE INSERT ON events
WHEN NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM events), 0) + 1
  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'an event must extend the chain: next seq, linked to the head'); END;

-- Issue 13: arrivals, home isolation follow-up and releases are events in the same chain, and a
-- village doctor signs in as a `health-worker`. SQLite cannot change a CHECK in place, so both
-- tables are rebuilt. Foreign keys are checked at commit (defer_foreign_keys lasts for this
-- transaction only): `staff` is dropped and made again with the same ids, so the shifts and
-- events naming it point at the new table and every check passes.
PRAGMA defer_foreign_keys = ON;

-- The event kind is judged by the writer's and `verify`'s one zod schema per kind
-- (shared/domain/event.ts); the database keeps only that it is a short name. New kinds then
-- need no further rebuild of the chain table.
CREATE TABLE events_next (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  station_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind GLOB '[a-z]*' AND length(kind) <= 40),
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
INSERT INTO events_next SELECT seq, id, station_code, kind, recorded_at, utc_offset_min, local_date, staff_id, staff_name,
  shift_id, screening_kind, decision, direction, search_text, payload, prev_hash, hash FROM events;
DROP VIEW amendments;
-- DROP TABLE runs no DELETE trigger: the rows live on, unchanged, in events_next.
DROP TABLE events;
ALTER TABLE events_next RENAME TO events;
CREATE INDEX events_by_day ON events (local_date, seq);
CREATE INDEX events_amendment_target ON events (json_extract(payload, '$.targetId'), seq) WHERE kind = 'amendment';
CREATE INDEX events_by_kind ON events (kind, seq) WHERE kind NOT IN ('screening', 'amendment');
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

-- A health worker (村医, 包村干部) signs in like staff and sees only the follow-up list.
CREATE TABLE staff_next (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  pin_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  must_change_pin INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO staff_next (id, name, role, pin_hash, created_at, active, failed_attempts, locked_until, must_change_pin)
  SELECT id, name, role, pin_hash, created_at, active, failed_attempts, locked_until, must_change_pin FROM staff;
DROP TABLE staff;
CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('staff', 'supervisor', 'health-worker')),
  pin_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  must_change_pin INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO staff SELECT * FROM staff_next;
DROP TABLE staff_next;

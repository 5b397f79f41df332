-- Station settings: one JSON value per key.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('staff', 'supervisor')),
  pin_hash TEXT NOT NULL,            -- scrypt: "scrypt$N$r$p$salt$hash"
  created_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT                  -- UTC ISO; sign-in refused before this
) STRICT;

-- A shift is one sign-in to one sign-out; its session token is stored only as a hash.
CREATE TABLE shifts (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  token_hash TEXT NOT NULL UNIQUE
) STRICT;

-- The append-only, hash-chained record log. Every column but hash is covered by hash.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  station_code TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('screening', 'amendment', 'purge')),
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
CREATE INDEX events_by_day ON events (local_date, seq);

-- Which event an amendment corrects (the amendment itself is an event in the chain).
CREATE TABLE amendments (
  amendment_seq INTEGER PRIMARY KEY REFERENCES events(seq),
  target_id TEXT NOT NULL REFERENCES events(id)
) STRICT;
CREATE INDEX amendments_by_target ON amendments (target_id, amendment_seq);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
) STRICT;

-- Append-only, enforced by the database itself: only the retention purge (which first sets
-- the guard row inside its own transaction) may delete, and nothing may update.
CREATE TABLE purge_guard (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM purge_guard)
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER amendments_no_update BEFORE UPDATE ON amendments
BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

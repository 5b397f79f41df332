-- The database refuses rows that do not extend the chain: a new event must take the next
-- sequence number and link to the current head. This also closes INSERT OR REPLACE, whose
-- hidden delete fires no DELETE trigger: a replaced row never has the next sequence number.
CREATE TRIGGER events_extend_chain BEFORE INSERT ON events
WHEN NEW.seq IS NOT COALESCE((SELECT MAX(seq) FROM events), 0) + 1
  OR NEW.prev_hash IS NOT COALESCE((SELECT hash FROM events ORDER BY seq DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN SELECT RAISE(ABORT, 'an event must extend the chain: next seq, linked to the head'); END;

-- A purge may delete only the records before the cut its own purge event recorded (the newest
-- purge event), never the tail: the guard row alone no longer lets anyone truncate the log.
DROP TRIGGER events_no_delete;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
WHEN NOT EXISTS (SELECT 1 FROM purge_guard)
  OR OLD.seq > COALESCE((SELECT json_extract(payload, '$.chainStart.seq') FROM events WHERE kind = 'purge' ORDER BY seq DESC LIMIT 1), 0)
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Which event an amendment corrects is read from the amendment's own hashed payload, never
-- from a separate table that could be edited or emptied without breaking the chain.
DROP TABLE amendments;
CREATE INDEX events_amendment_target ON events (json_extract(payload, '$.targetId'), seq) WHERE kind = 'amendment';
CREATE VIEW amendments (amendment_seq, target_id) AS
  SELECT seq, json_extract(payload, '$.targetId') FROM events WHERE kind = 'amendment';

-- Signed checkpoints of the chain head (at export, backup, day close, start and shutdown):
-- a log cut short or rewritten no longer matches the head the station signed.
CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY,
  seq INTEGER NOT NULL,              -- the head's sequence number (0: no records yet)
  head_hash TEXT NOT NULL,
  at TEXT NOT NULL,                  -- UTC ISO
  reason TEXT NOT NULL CHECK (reason IN ('export', 'backup', 'day-close', 'start', 'shutdown', 'restore')),
  key_fingerprint TEXT NOT NULL,
  signature TEXT NOT NULL            -- Ed25519 over the canonical JSON of the fields above, base64
) STRICT;
CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;

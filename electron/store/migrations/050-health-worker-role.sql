-- Issue 13: a village doctor signs in as a `health-worker`. SQLite cannot change a CHECK in
-- place, so the staff table is rebuilt (the isolation event kinds join `event_kinds` in 069,
-- after 060 made that table). Foreign keys are checked at commit (defer_foreign_keys lasts for this
-- transaction only): `staff` is dropped and made again with the same ids, so the shifts and
-- events naming it point at the new table and every check passes.
PRAGMA defer_foreign_keys = ON;

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

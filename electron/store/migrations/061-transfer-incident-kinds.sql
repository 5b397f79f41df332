-- Fever transfer hand-offs and immediate reports (随时报告) are records in the chained log.
INSERT INTO event_kinds (kind) VALUES ('transfer'), ('incident');

-- Each staff member's department (三联动: village, health, police, volunteers), for the duty
-- lines of the 日报. A table of its own beside `staff`, so the staff table keeps its shape.
CREATE TABLE staff_departments (
  staff_id INTEGER PRIMARY KEY REFERENCES staff(id),
  department TEXT NOT NULL CHECK (department IN ('village', 'health', 'police', 'volunteer')),
  set_at TEXT NOT NULL
) STRICT;

-- The station lists open transfers and unacknowledged reports after every record: these keep
-- that a look at a few rows, not a scan of the day's screenings.
CREATE INDEX events_transfers ON events (seq) WHERE kind = 'transfer';
CREATE INDEX events_incidents ON events (seq) WHERE kind = 'incident';

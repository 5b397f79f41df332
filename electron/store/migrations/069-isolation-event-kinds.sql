-- Home isolation (issue 13) is recorded in the chained log: an arrival put on the register
-- (登记造册), a follow-up reading, a fever found in follow-up, and a release or extension.
-- Numbered after 060, which made `event_kinds`.
INSERT INTO event_kinds (kind) VALUES ('arrival'), ('isolation-reading'), ('isolation-fever'), ('isolation-end');
-- The register is folded from these on every follow-up call and 出村 check: a few rows, not the day's screenings.
CREATE INDEX events_isolation ON events (seq) WHERE kind IN ('arrival', 'isolation-reading', 'isolation-fever', 'isolation-end');

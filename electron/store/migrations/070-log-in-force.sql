-- The log as staff read it: one row per screening holding the values in force (its latest
-- correction's, else its own), kept by triggers in the same transaction as the write, so the
-- log's filters, search, paging and counts are one SQL query over an index. Derived from the
-- chained events only and rebuilt from them by this migration; the chain stays the evidence.
CREATE TABLE log_in_force (
  seq INTEGER PRIMARY KEY,           -- the screening's own seq (its place in the log)
  id TEXT NOT NULL UNIQUE,
  local_date TEXT NOT NULL,
  in_force_seq INTEGER NOT NULL,     -- the screening, or its latest amendment
  screening_kind TEXT NOT NULL,
  decision TEXT NOT NULL,
  direction TEXT NOT NULL,
  search_text TEXT NOT NULL,
  -- What a search matches: the words with case, spaces and plate dots gone (as normalisePlate
  -- does to what is typed), so 粤a 12345 finds 粤A·12345.
  search_key TEXT GENERATED ALWAYS AS (upper(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    search_text, ' ', ''), char(12288), ''), char(183), ''), char(8226), ''), char(12539), ''), '.', ''), char(8231), ''), char(65294), ''), '-', ''))) STORED
) STRICT;
CREATE INDEX log_by_day ON log_in_force (local_date, seq);
CREATE INDEX log_by_day_decision ON log_in_force (local_date, decision, seq);
-- Covers the counts bar (GROUP BY decision, direction) without reading the rows.
CREATE INDEX log_counts ON log_in_force (local_date, decision, direction);

-- Screenings per station day, for the status line (a count over 500,000 rows on every pushed
-- event was a full scan).
CREATE TABLE screening_counts (
  local_date TEXT PRIMARY KEY,
  screenings INTEGER NOT NULL
) STRICT;

CREATE TRIGGER log_add_screening AFTER INSERT ON events WHEN NEW.kind = 'screening'
BEGIN
  INSERT INTO log_in_force (seq, id, local_date, in_force_seq, screening_kind, decision, direction, search_text)
    VALUES (NEW.seq, NEW.id, NEW.local_date, NEW.seq, NEW.screening_kind, NEW.decision, NEW.direction, NEW.search_text);
  INSERT INTO screening_counts (local_date, screenings) VALUES (NEW.local_date, 1)
    ON CONFLICT (local_date) DO UPDATE SET screenings = screenings + 1;
END;

-- An amendment's own columns hold the corrected screening's values (appendEvent derives them
-- from the payload it carries).
CREATE TRIGGER log_amend AFTER INSERT ON events WHEN NEW.kind = 'amendment'
BEGIN
  UPDATE log_in_force SET in_force_seq = NEW.seq, screening_kind = NEW.screening_kind, decision = NEW.decision,
    direction = NEW.direction, search_text = NEW.search_text
  WHERE id = json_extract(NEW.payload, '$.targetId');
END;

-- The retention purge deletes whole records (a kept amendment never loses its target).
CREATE TRIGGER log_forget AFTER DELETE ON events WHEN OLD.kind = 'screening'
BEGIN
  DELETE FROM log_in_force WHERE seq = OLD.seq;
  UPDATE screening_counts SET screenings = screenings - 1 WHERE local_date = OLD.local_date;
END;

INSERT INTO log_in_force (seq, id, local_date, in_force_seq, screening_kind, decision, direction, search_text)
  SELECT seq, id, local_date, seq, screening_kind, decision, direction, search_text FROM events WHERE kind = 'screening';
-- Then each corrected screening takes its latest correction's values, joined from the
-- corrections (a few in a hundred records): a lookup of the corrections per screening took
-- minutes at 500,000 records. electron/store/derived-check.ts rebuilds the same way.
UPDATE log_in_force SET in_force_seq = a.seq, screening_kind = a.screening_kind, decision = a.decision,
    direction = a.direction, search_text = a.search_text
  FROM (SELECT json_extract(payload, '$.targetId') AS target_id, MAX(seq) AS seq FROM events WHERE kind = 'amendment' GROUP BY 1) latest
  JOIN events a ON a.seq = latest.seq
  WHERE log_in_force.id = latest.target_id;
INSERT INTO screening_counts (local_date, screenings)
  SELECT local_date, COUNT(*) FROM events WHERE kind = 'screening' GROUP BY local_date;

-- A restore is itself a chained event (kind 'restore'): the kinds the database accepts are rows
-- of event_kinds (060), so it is one INSERT, and the chain trigger learns the one gap it allows.
INSERT INTO event_kinds (kind) VALUES ('restore');

DROP TRIGGER events_extend_chain;
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

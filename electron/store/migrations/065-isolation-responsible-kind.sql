-- The responsible person of an arrival under home isolation (包村干部 or 村医, issue 13 item 2),
-- assigned or changed as a chained event. Its own partial index: the register reads the kinds
-- of 069's index and this one as two indexed branches (electron/isolation/register-store.ts).
INSERT INTO event_kinds (kind) VALUES ('isolation-responsible');
CREATE INDEX events_isolation_responsible ON events (seq) WHERE kind = 'isolation-responsible';

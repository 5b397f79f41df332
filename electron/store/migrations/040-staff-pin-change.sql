-- Set when a supervisor resets someone's PIN, or when a supervisor signs in with a PIN shorter
-- than supervisors now need: the station then accepts nothing from that session but a new PIN.
ALTER TABLE staff ADD COLUMN must_change_pin INTEGER NOT NULL DEFAULT 0;

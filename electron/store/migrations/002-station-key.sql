-- The station's Ed25519 key that signs police bundles. Made once (at setup, or on the first
-- start of a station set up before this migration) and never changed; the newest row is in use.
CREATE TABLE station_keys (
  id INTEGER PRIMARY KEY,
  algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
  public_key TEXT NOT NULL,          -- SPKI DER, base64
  private_key TEXT NOT NULL,         -- PKCS#8 DER, base64
  fingerprint TEXT NOT NULL UNIQUE,  -- SHA-256 of the SPKI DER, hex
  created_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER station_keys_no_update BEFORE UPDATE ON station_keys
BEGIN SELECT RAISE(ABORT, 'station keys are never changed'); END;
CREATE TRIGGER station_keys_no_delete BEFORE DELETE ON station_keys
BEGIN SELECT RAISE(ABORT, 'station keys are never deleted'); END;

-- The desktop app seals the signing key with the OS keyring (stored as `sealed:<sealer>:<data>`).
-- A key stored unsealed may be sealed once, in place; nothing else about a key ever changes, and
-- a sealed key is never unsealed or replaced.
DROP TRIGGER station_keys_no_update;
CREATE TRIGGER station_keys_no_update BEFORE UPDATE ON station_keys
WHEN NEW.id IS NOT OLD.id OR NEW.algorithm IS NOT OLD.algorithm OR NEW.public_key IS NOT OLD.public_key
  OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.created_at IS NOT OLD.created_at
  OR OLD.private_key LIKE 'sealed:%' OR NEW.private_key NOT LIKE 'sealed:%'
BEGIN SELECT RAISE(ABORT, 'station keys are never changed (an unsealed key may only be sealed, once)'); END;

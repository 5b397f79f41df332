import { sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureStationKey, readStationKey, sealKeysWith, type KeySealer } from '../../../../electron/export/station-key.ts';
import { openDatabase } from '../../../../electron/store/database.ts';

const dirs: string[] = [];
const dbs: Database[] = [];
afterEach(() => { dbs.splice(0).forEach((d) => d.close()); dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })); });

function database(): { db: Database; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'key-'));
  dirs.push(dir);
  const path = join(dir, 'station.db');
  const db = openDatabase(path);
  dbs.push(db);
  return { db, path };
}

/** A keyring stand-in: reversible, never the plain bytes. */
const keyring: KeySealer = {
  name: 'test-keyring',
  seal: (secret) => Buffer.from(secret.map((b) => b ^ 0x5a)).toString('hex'),
  unseal: (sealed) => Buffer.from(Buffer.from(sealed, 'hex').map((b) => b ^ 0x5a)),
};
const storedKey = (db: Database) => (db.prepare('SELECT private_key FROM station_keys').get() as { private_key: string }).private_key;
const signs = (db: Database) => {
  const key = readStationKey(db)!;
  return verify(null, Buffer.from('日报'), key.publicKey, sign(null, Buffer.from('日报'), key.privateKey));
};

describe('the signing key at rest', () => {
  it('is sealed by the keyring when the station has one, and still signs', () => {
    const { db } = database();
    sealKeysWith(db, keyring);
    const key = ensureStationKey(db);
    const plain = key.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(storedKey(db)).toMatch(/^sealed:test-keyring:[0-9a-f]+$/);
    expect(storedKey(db)).not.toContain(plain);
    expect(signs(db)).toBe(true);
  });

  it('made unsealed (CLI, or an older version) is sealed once the keyring is there, same key', () => {
    const { db } = database();
    const before = ensureStationKey(db);
    expect(storedKey(db)).not.toMatch(/^sealed:/);
    sealKeysWith(db, keyring);
    expect(storedKey(db)).toMatch(/^sealed:test-keyring:/);
    expect(readStationKey(db)!.fingerprint).toBe(before.fingerprint);
    expect(signs(db)).toBe(true);
  });

  it('cannot be read without its keyring (a copy of the database alone cannot sign)', () => {
    const { db, path } = database();
    sealKeysWith(db, keyring);
    ensureStationKey(db);
    const copy = openDatabase(path);
    dbs.push(copy);
    expect(() => readStationKey(copy)).toThrow(/sealed by test-keyring .*desktop app/);
  });

  it('once sealed is never unsealed or swapped in the database', () => {
    const { db } = database();
    sealKeysWith(db, keyring);
    ensureStationKey(db);
    expect(() => db.prepare("UPDATE station_keys SET private_key = 'AAAA'").run()).toThrow(/never changed/);
    expect(() => db.prepare("UPDATE station_keys SET private_key = 'sealed:x:00'").run()).toThrow(/never changed/);
    expect(() => db.prepare("UPDATE station_keys SET fingerprint = 'ff'").run()).toThrow(/never changed/);
  });
});

import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface StationKey {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** SPKI DER, base64: what a bundle's manifest carries. */
  publicKeyBase64: string;
  fingerprint: string;
  createdAt: string;
}

/** SHA-256 of the public key's SPKI DER, hex: printed on the PDF and shown in settings. */
export function keyFingerprint(spkiDer: Buffer): string {
  return createHash('sha256').update(spkiDer).digest('hex');
}

/** The fingerprint in groups of four, easier to read aloud and compare on paper. */
export function groupedFingerprint(fingerprint: string): string {
  return fingerprint.toUpperCase().match(/.{1,4}/g)?.join(' ') ?? '';
}

/**
 * Seals the private key at rest with something outside the database: in the desktop app the
 * OS keyring (Electron's safeStorage), so a copy of the database alone cannot sign. Without
 * one (CLI, browser-kiosk mode) the key is stored as before, protected by the 0600 file.
 */
export interface KeySealer {
  /** Written beside the sealed key, so a reader knows which sealer it needs. */
  readonly name: string;
  seal(secret: Buffer): string;
  unseal(sealed: string): Buffer;
}

const SEALED = /^sealed:([\w-]+):(.+)$/s;
const sealers = new WeakMap<Database, KeySealer>();

/** The stored form of a private key (PKCS#8 DER): sealed when this database has a sealer. */
function storedPrivateKey(db: Database, der: Buffer): string {
  const sealer = sealers.get(db);
  return sealer ? `sealed:${sealer.name}:${sealer.seal(der)}` : der.toString('base64');
}

function privateKeyDer(db: Database, stored: string): Buffer {
  const sealed = SEALED.exec(stored);
  if (!sealed) return Buffer.from(stored, 'base64');
  const sealer = sealers.get(db);
  if (!sealer || sealer.name !== sealed[1]) throw new Error(`the station's signing key is sealed by ${sealed[1]} (the desktop app's keyring): sign from the desktop app`);
  return sealer.unseal(sealed[2]!);
}

/**
 * From now on this database's signing key is sealed with `sealer`; a key stored unsealed (by
 * an older version, or made in browser-kiosk mode) is sealed now.
 */
export function sealKeysWith(db: Database, sealer: KeySealer): void {
  sealers.set(db, sealer);
  const rows = db.prepare('SELECT id, private_key FROM station_keys').all() as { id: number; private_key: string }[];
  for (const row of rows.filter((r) => !SEALED.test(r.private_key))) {
    db.prepare('UPDATE station_keys SET private_key = ? WHERE id = ?').run(storedPrivateKey(db, Buffer.from(row.private_key, 'base64')), BigInt(row.id));
  }
}

interface KeyRow { public_key: string; private_key: string; fingerprint: string; created_at: string }

function fromRow(db: Database, row: KeyRow): StationKey {
  const privateKey = createPrivateKey({ key: privateKeyDer(db, row.private_key), format: 'der', type: 'pkcs8' });
  return {
    privateKey,
    publicKey: createPublicKey(privateKey),
    publicKeyBase64: row.public_key,
    fingerprint: row.fingerprint,
    createdAt: row.created_at,
  };
}

export function readStationKey(db: Database): StationKey | null {
  const row = db.prepare('SELECT public_key, private_key, fingerprint, created_at FROM station_keys ORDER BY id DESC LIMIT 1').get() as KeyRow | undefined;
  return row ? fromRow(db, row) : null;
}

/** The station's signing key, made on first need inside one transaction (never two keys by a race). */
export function ensureStationKey(db: Database): StationKey {
  return db.transaction((): StationKey => {
    const existing = readStationKey(db);
    if (existing) return existing;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const row: KeyRow = {
      public_key: spki.toString('base64'),
      private_key: storedPrivateKey(db, privateKey.export({ format: 'der', type: 'pkcs8' })),
      fingerprint: keyFingerprint(spki),
      created_at: new Date().toISOString(),
    };
    db.prepare("INSERT INTO station_keys (algorithm, public_key, private_key, fingerprint, created_at) VALUES ('ed25519', ?, ?, ?, ?)")
      .run(row.public_key, row.private_key, row.fingerprint, row.created_at);
    return fromRow(db, row);
  }).immediate();
}

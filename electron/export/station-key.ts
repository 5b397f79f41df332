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

interface KeyRow { public_key: string; private_key: string; fingerprint: string; created_at: string }

function fromRow(row: KeyRow): StationKey {
  const privateKey = createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' });
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
  return row ? fromRow(row) : null;
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
      private_key: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
      fingerprint: keyFingerprint(spki),
      created_at: new Date().toISOString(),
    };
    db.prepare("INSERT INTO station_keys (algorithm, public_key, private_key, fingerprint, created_at) VALUES ('ed25519', ?, ?, ?, ?)")
      .run(row.public_key, row.private_key, row.fingerprint, row.created_at);
    return fromRow(row);
  }).immediate();
}

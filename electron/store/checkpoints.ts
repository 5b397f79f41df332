import { createPublicKey, sign, verify } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/domain/canonical-json.ts';
import { ensureStationKey } from '../export/station-key.ts';
import { GENESIS_HASH } from './hash-chain.ts';
import { raiseSignedHead } from './signed-head.ts';

export const CHECKPOINT_FORMAT = 'checkpoint-station-checkpoint/1';
export type CheckpointReason = 'export' | 'backup' | 'day-close' | 'start' | 'shutdown' | 'restore';

/** A signed statement "the chain's head was seq N with hash H at time T". */
export interface Checkpoint {
  id: number;
  seq: number;
  headHash: string;
  at: string;
  reason: CheckpointReason;
  keyFingerprint: string;
  signature: string;
}

/** The exact bytes the station key signs: canonical JSON of everything but the signature. */
function signedBytes(c: Omit<Checkpoint, 'id' | 'signature'>): Buffer {
  const { seq, headHash, at, reason, keyFingerprint } = c;
  return Buffer.from(canonicalJson({ format: CHECKPOINT_FORMAT, seq, headHash, at, reason, keyFingerprint }), 'utf8');
}

/** The chain head now: the last record, or the genesis of an empty log. */
export function chainHead(db: Database): { seq: number; hash: string } {
  const head = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

/** Signs and stores the current head, in one transaction with reading it. */
export function writeCheckpoint(db: Database, reason: CheckpointReason, now = new Date()): Checkpoint {
  const key = ensureStationKey(db);
  const checkpoint = db.transaction((): Checkpoint => {
    const head = chainHead(db);
    const body = { seq: head.seq, headHash: head.hash, at: now.toISOString(), reason, keyFingerprint: key.fingerprint };
    const signature = sign(null, signedBytes(body), key.privateKey).toString('base64');
    const id = Number(db.prepare('INSERT INTO checkpoints (seq, head_hash, at, reason, key_fingerprint, signature) VALUES (?, ?, ?, ?, ?, ?)')
      .run(BigInt(body.seq), body.headHash, body.at, reason, body.keyFingerprint, signature).lastInsertRowid);
    return { id, ...body, signature };
  }).immediate();
  raiseSignedHead(db.name, { seq: checkpoint.seq, hash: checkpoint.headHash });
  return checkpoint;
}

const SELECT = 'SELECT id, seq, head_hash AS headHash, at, reason, key_fingerprint AS keyFingerprint, signature FROM checkpoints';

/** Every checkpoint, oldest first. */
export function listCheckpoints(db: Database): Checkpoint[] {
  return db.prepare(`${SELECT} ORDER BY id`).all() as Checkpoint[];
}

export function lastCheckpoint(db: Database): Checkpoint | null {
  return (db.prepare(`${SELECT} ORDER BY id DESC LIMIT 1`).get() as Checkpoint | undefined) ?? null;
}

/** Whether the station key the checkpoint names (a key stored in this database) signed it. */
export function checkpointSigned(db: Database, c: Checkpoint): boolean {
  const key = db.prepare('SELECT public_key FROM station_keys WHERE fingerprint = ?').get(c.keyFingerprint) as { public_key: string } | undefined;
  if (!key) return false;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(key.public_key, 'base64'), format: 'der', type: 'spki' });
    return verify(null, signedBytes(c), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** How a checkpoint is printed on paper and typed back into `verify --db --checkpoint`. */
export function checkpointText(c: { seq: number; headHash: string }): string {
  return `${c.seq}:${c.headHash}`;
}

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ChainHead } from '../../shared/domain/event.ts';

/**
 * The highest chain head the station ever signed (a checkpoint: every export, backup, day
 * close, start and shutdown), kept in a small file beside the database. A restore from a
 * database too damaged to read still knows which sequence numbers signed bundles and
 * checkpoints already used, and never uses them again.
 */
export function signedHeadFileOf(dbPath: string): string {
  return `${dbPath}.signed-head`;
}

export function readSignedHead(dbPath: string): ChainHead | null {
  try {
    const parsed = ChainHead.safeParse(JSON.parse(readFileSync(signedHeadFileOf(dbPath), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Raises the kept head to `head` when it is later (written whole, then renamed into place). */
export function raiseSignedHead(dbPath: string, head: ChainHead): void {
  if (dbPath === '' || dbPath === ':memory:') return;
  const kept = readSignedHead(dbPath);
  if (kept && kept.seq >= head.seq) return;
  const file = signedHeadFileOf(dbPath);
  writeFileSync(`${file}.partial`, JSON.stringify({ seq: head.seq, hash: head.hash }) + '\n', { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

/** The later of two heads (by sequence number); null only when both are. */
export function laterHead(a: ChainHead | null, b: ChainHead | null): ChainHead | null {
  if (!a || !b) return a ?? b;
  return b.seq > a.seq ? b : a;
}

import type { Database } from 'better-sqlite3';
import { GENESIS_HASH, type ChainStart } from './hash-chain.ts';

/**
 * Where the stored chain starts: the genesis while nothing was purged, else the link the purge
 * that cut the log at this point recorded (the purge's own event is hashed into the
 * chain after it, so the recorded link cannot be changed without breaking the chain).
 */
export function storedChainStart(db: Database): ChainStart {
  const first = db.prepare('SELECT MIN(seq) AS seq FROM events').get() as { seq: number | null };
  if (first.seq === null || first.seq === 1) return { prevHash: GENESIS_HASH, seq: 0 };
  // The purge whose cut is nearest before the first stored record: right before it, or (when
  // the first record is a restore) at the restored backup's head. The walk from there then
  // checks that the first record truly follows the cut.
  const purge = db.prepare(`SELECT payload FROM events WHERE kind = 'purge'
    AND json_extract(payload, '$.chainStart.seq') < ? ORDER BY json_extract(payload, '$.chainStart.seq') DESC, seq DESC LIMIT 1`).get(BigInt(first.seq)) as { payload: string } | undefined;
  if (!purge) return { prevHash: GENESIS_HASH, seq: 0 }; // no purge explains the gap: verify reports it missing
  return (JSON.parse(purge.payload) as { chainStart: ChainStart }).chainStart;
}

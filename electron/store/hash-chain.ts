import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical-json.ts';
import type { ChainLink, StationEvent } from '../../shared/domain/event.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** hash = SHA-256(prev_hash ‖ canonical event without its hash). */
export function eventHash(event: { prevHash: string; hash?: string; [field: string]: unknown }): string {
  const { prevHash, hash: _ignored, ...rest } = event;
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(rest)).digest('hex');
}

export type ChainProblem = { seq: number; problem: 'hash-mismatch' | 'broken-link' | 'missing' };
export type ChainStart = ChainLink;

/**
 * The sequence number an event must have after `seq`: the next one, or for a restore that
 * names the head it replaced, the one after that head (the replaced records' numbers are never
 * used again). The restore's own hash covers the head it names, so the gap cannot be widened.
 */
export function expectedSeq(event: StationEvent, seq: number): number {
  if (event.kind === 'restore' && event.payload.backupHead.seq === seq && event.payload.backupHead.hash === event.prevHash && event.payload.replacedHead.seq > seq) return event.payload.replacedHead.seq + 1;
  return seq + 1;
}

/**
 * Walks events in seq order from `start` (the genesis, or the link a retention purge recorded)
 * and returns the first event whose sequence, link or hash is wrong.
 */
export function findChainProblem(events: Iterable<StationEvent>, start: ChainStart = { prevHash: GENESIS_HASH, seq: 0 }): ChainProblem | null {
  let { prevHash, seq } = start;
  for (const event of events) {
    if (event.seq !== expectedSeq(event, seq)) return { seq: seq + 1, problem: 'missing' };
    if (event.prevHash !== prevHash) return { seq: event.seq, problem: 'broken-link' };
    if (eventHash(event) !== event.hash) return { seq: event.seq, problem: 'hash-mismatch' };
    prevHash = event.hash;
    seq = event.seq;
  }
  return null;
}

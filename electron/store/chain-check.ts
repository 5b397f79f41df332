import type { Database } from 'better-sqlite3';
import { storedChainStart } from './chain-start.ts';
import { chainHead, checkpointSigned, lastCheckpoint, listCheckpoints, type Checkpoint } from './checkpoints.ts';
import { rowToEvent, type EventRow } from './event-log.ts';
import { findChainProblem, type ChainStart } from './hash-chain.ts';
import { storedRestores, withdrawnRange } from './restore-notes.ts';
import { searchTextOf } from './search-text.ts';
import { uncounted, type RowCounter } from '../reads/read-progress.ts';

export interface StoredChainProblem {
  /** The first sequence number known bad (for a rewrite: the first that may have changed). */
  seq: number;
  problem: 'hash-mismatch' | 'broken-link' | 'missing' | 'search-text' | 'truncated' | 'rewritten' | 'bad-checkpoint';
  detail: string;
}

/** A head someone vouches for: a stored signed checkpoint, or one typed in from a paper 日报. */
export interface Anchor { seq: number; headHash: string; label: string }

const DETAIL = {
  'hash-mismatch': 'the record was changed (its hash does not match)',
  'broken-link': 'the record does not link to the one before it',
  missing: 'a record is missing here (removed, or the log does not start where a purge left it)',
} as const;

/**
 * Walks the stored rows after `start` and returns the first whose sequence, link or hash is
 * wrong, or whose search text is not the one its hashed payload gives (a row hidden from search).
 */
function walk(db: Database, start: ChainStart, count: RowCounter = uncounted): StoredChainProblem | null {
  let hidden: number | null = null;
  const rows = count(db.prepare('SELECT * FROM events WHERE seq > ? ORDER BY seq').iterate(BigInt(start.seq)) as Iterable<EventRow & { search_text: string }>);
  const events = function* () {
    for (const row of rows) {
      const event = rowToEvent(row);
      if (hidden === null && row.search_text !== searchTextOf(event)) hidden = event.seq;
      yield event;
    }
  };
  const found = findChainProblem(events(), start);
  if (hidden !== null && (!found || hidden < found.seq)) {
    return { seq: hidden, problem: 'search-text', detail: 'the search text is not the one the record gives (the row was hidden from search)' };
  }
  return found ? { ...found, detail: DETAIL[found.problem] } : null;
}

const hasCheckpoints = (db: Database) => Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checkpoints'").get());
const signedAnchor = (c: Checkpoint): Anchor => ({ seq: c.seq, headHash: c.headHash, label: `checkpoint #${c.id} (${c.reason}, ${c.at})` });

const prevHashOf = (db: Database, seq: number) =>
  (db.prepare('SELECT prev_hash FROM events WHERE seq = ?').get(BigInt(seq)) as { prev_hash: string }).prev_hash;

/** The hash the log holds at `seq` now: the link a purge left, or the stored record's hash. */
function hashAt(db: Database, seq: number, start: ChainStart): string | null {
  if (seq === start.seq) return start.prevHash;
  return (db.prepare('SELECT hash FROM events WHERE seq = ?').get(BigInt(seq)) as { hash: string } | undefined)?.hash ?? null;
}

/**
 * An anchor whose seq a restore took out of the database (a 日报 printed before the restore) is
 * held against the head the restore names as replaced: that head must be the one vouched for;
 * the records before it are in the signed bundle the restore kept. Returns the anchors left to
 * check against the stored rows, or the problem.
 */
function restoredAnchors(db: Database, anchors: Anchor[]): Anchor[] | StoredChainProblem {
  const restores = storedRestores(db);
  const left: Anchor[] = [];
  for (const a of anchors) {
    const restore = restores.find((r) => { const gap = withdrawnRange(r); return gap && a.seq >= gap.from && a.seq <= gap.to; });
    if (!restore) { left.push(a); continue; }
    const replaced = restore.payload.replacedHead;
    if (a.seq === replaced.seq && a.headHash !== replaced.hash) {
      return { seq: restore.seq, problem: 'rewritten', detail: `the restore at seq ${restore.seq} names as replaced a head at seq ${replaced.seq} that is not the one ${a.label} vouches for (rewritten or forked)` };
    }
  }
  return left;
}

/**
 * Holds the (internally consistent) log against heads vouched for: a head beyond the log's end
 * is a truncation; a different hash at a vouched seq is a rewrite (or a fork), first changed
 * somewhere after the highest anchor that still matches.
 */
function anchorProblem(db: Database, anchors: Anchor[], start: ChainStart): StoredChainProblem | null {
  const head = chainHead(db);
  const kept = restoredAnchors(db, anchors);
  if (!Array.isArray(kept)) return kept;
  const live = kept.filter((a) => a.seq >= start.seq).sort((a, b) => a.seq - b.seq);
  const cut = live.find((a) => a.seq > head.seq);
  if (cut) {
    return { seq: head.seq + 1, problem: 'truncated', detail: `the log ends at seq ${head.seq}, but ${cut.label} vouches for a head at seq ${cut.seq}: records ${head.seq + 1}–${cut.seq} were removed` };
  }
  let lastGood = start.seq;
  for (const a of live) {
    if (hashAt(db, a.seq, start) === a.headHash) {
      lastGood = a.seq;
      continue;
    }
    const from = Math.min(lastGood + 1, a.seq);
    return { seq: from, problem: 'rewritten', detail: `the record at seq ${a.seq} is not the one ${a.label} vouches for (rewritten or forked): the first changed record is between seq ${from} and seq ${a.seq}` };
  }
  return null;
}

function unsigned(db: Database, checkpoints: Checkpoint[]): StoredChainProblem | null {
  const bad = checkpoints.find((c) => !checkpointSigned(db, c));
  return bad ? { seq: bad.seq, problem: 'bad-checkpoint', detail: `checkpoint #${bad.id} (${bad.reason}, ${bad.at}) is not signed by the station key` } : null;
}

/**
 * The whole stored log, as `verify --db` checks it: every link and hash from the genesis (or
 * the link the last purge recorded), every search text, every signed checkpoint, and any heads
 * typed in from paper.
 */
export function verifyStoredChain(db: Database, paper: Anchor[] = [], count: RowCounter = uncounted): StoredChainProblem | null {
  const start = storedChainStart(db);
  const checkpoints = hasCheckpoints(db) ? listCheckpoints(db) : [];
  return walk(db, start, count) ?? unsigned(db, checkpoints) ?? anchorProblem(db, [...checkpoints.map(signedAnchor), ...paper], start);
}

/**
 * The check a station makes at every start, from its last signed checkpoint on: that head is
 * still there with the same hash, and every record after it links and hashes. A log never
 * checkpointed is walked whole.
 */
export function checkChainSinceLastCheckpoint(db: Database, count: RowCounter = uncounted): StoredChainProblem | null {
  const start = storedChainStart(db);
  const last = lastCheckpoint(db);
  if (!last || last.seq < start.seq) return verifyStoredChain(db, [], count);
  // The walk takes in the checkpoint's own record too: its stored hash must still be its hash.
  return unsigned(db, [last]) ?? anchorProblem(db, [signedAnchor(last)], start)
    ?? walk(db, last.seq === start.seq ? start : { seq: last.seq - 1, prevHash: prevHashOf(db, last.seq) }, count);
}

/**
 * The records appended after a head already checked (the ones the station wrote while a
 * worker walked the chain): each must link on from that head and hash right.
 */
export function checkChainAfter(db: Database, head: { seq: number; hash: string }): StoredChainProblem | null {
  return walk(db, { seq: head.seq, prevHash: head.hash });
}

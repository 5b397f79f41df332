import type { Database } from 'better-sqlite3';
import { auditedWrite } from './audit-log.ts';

/**
 * The log screen and the status line read two tables the triggers of migration 070 keep beside
 * the chain: `log_in_force` (each screening's values in force) and `screening_counts` (per
 * day). They are outside the hash, so someone editing the file could delete a row to hide a
 * record from the log screen while the chain still verifies. This module holds them against
 * what the (verified) chain gives and rebuilds them from it: the chain is the evidence.
 *
 * Plain functions over a database handle, so they run on the station's connection or on a
 * worker's read-only one alike.
 */
export interface DerivedProblem {
  table: 'log_in_force' | 'screening_counts';
  /** The screening's seq (log_in_force) or the station day (screening_counts) first found wrong. */
  at: string;
  detail: string;
}

// The latest correction of each corrected screening: a scan of the corrections only (a few
// in a hundred records). Joined from here, every other step is a seek by seq or id; a
// correlated lookup per screening (migration 070's form) took minutes at 500,000 records.
const LATEST = `SELECT json_extract(payload, '$.targetId') AS target_id, MAX(seq) AS seq FROM events WHERE kind = 'amendment' GROUP BY 1`;

const COLUMNS = ['id', 'local_date', 'in_force_seq', 'screening_kind', 'decision', 'direction', 'search_text'] as const;
const VALUES = ['screening_kind', 'decision', 'direction', 'search_text'] as const;
type Wrong = { seq: number; missing: number } & Record<(typeof COLUMNS)[number], number>;

/**
 * Each screening against its row, the row's values against the record it says is in force
 * (the screening itself, or a correction of it); then each corrected screening's row must
 * point at its latest correction. The first screening found wrong, by seq.
 */
function firstWrongRow(db: Database): Wrong | undefined {
  const inForce = (c: string) => `CASE WHEN l.in_force_seq = s.seq THEN s.${c} ELSE a.${c} END`;
  const own = db.prepare(`SELECT s.seq, l.seq IS NULL AS missing, l.id IS NOT s.id AS id, l.local_date IS NOT s.local_date AS local_date,
      l.in_force_seq <> s.seq AND (a.kind IS NOT 'amendment' OR json_extract(a.payload, '$.targetId') IS NOT s.id) AS in_force_seq,
      ${VALUES.map((c) => `l.${c} IS NOT ${inForce(c)} AS ${c}`).join(', ')}
    FROM events s LEFT JOIN log_in_force l ON l.seq = s.seq LEFT JOIN events a ON a.seq = l.in_force_seq AND l.in_force_seq <> s.seq
    WHERE s.kind = 'screening' AND (l.seq IS NULL OR l.id IS NOT s.id OR l.local_date IS NOT s.local_date
      OR (l.in_force_seq <> s.seq AND (a.kind IS NOT 'amendment' OR json_extract(a.payload, '$.targetId') IS NOT s.id))
      OR ${VALUES.map((c) => `l.${c} IS NOT ${inForce(c)}`).join(' OR ')})
    ORDER BY s.seq LIMIT 1`).get() as Wrong | undefined;
  const stale = db.prepare(`SELECT l.seq FROM (${LATEST}) latest JOIN log_in_force l ON l.id = latest.target_id
    WHERE l.in_force_seq IS NOT latest.seq ORDER BY l.seq LIMIT 1`).get() as { seq: number } | undefined;
  if (stale && (!own || stale.seq < own.seq)) {
    return { seq: stale.seq, missing: 0, id: 0, local_date: 0, in_force_seq: 1, screening_kind: 0, decision: 0, direction: 0, search_text: 0 };
  }
  return own;
}

/** The first screening whose row is missing or differs, or the first row no screening stands behind. */
function logProblem(db: Database): DerivedProblem | null {
  const wrong = firstWrongRow(db);
  const extra = db.prepare(`SELECT l.seq FROM log_in_force l
    WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = l.seq AND e.kind = 'screening') ORDER BY l.seq LIMIT 1`).get() as { seq: number } | undefined;
  if (extra && (!wrong || extra.seq < wrong.seq)) {
    return { table: 'log_in_force', at: `seq ${extra.seq}`, detail: 'the log table shows a record the chain does not hold' };
  }
  if (!wrong) return null;
  if (wrong.missing) {
    return { table: 'log_in_force', at: `seq ${wrong.seq}`, detail: 'the screening is missing from the log table (hidden from the log screen)' };
  }
  const changed = COLUMNS.filter((c) => wrong[c]);
  return { table: 'log_in_force', at: `seq ${wrong.seq}`, detail: `the log table's row differs from the record in force in the chain (${changed.join(', ')})` };
}

/** The first day whose counter is not the number of its screenings (a day counted 0 and absent agree). */
function countsProblem(db: Database): DerivedProblem | null {
  // Counted from log_in_force, which logProblem has already held against the chain (an index
  // scan, not a read of every record).
  const day = db.prepare(`SELECT local_date, SUM(expected) AS expected, SUM(stored) AS stored FROM (
      SELECT local_date, COUNT(*) AS expected, 0 AS stored FROM log_in_force GROUP BY local_date
      UNION ALL SELECT local_date, 0, screenings FROM screening_counts)
    GROUP BY local_date HAVING SUM(expected) <> SUM(stored) ORDER BY local_date LIMIT 1`).get() as { local_date: string; expected: number; stored: number } | undefined;
  return day ? { table: 'screening_counts', at: day.local_date, detail: `the day's counter says ${day.stored} screenings, the chain holds ${day.expected}` } : null;
}

/** Whether the log table and the day counters are what the chain gives; the first difference, or null. */
export function checkDerivedTables(db: Database): DerivedProblem | null {
  return logProblem(db) ?? countsProblem(db);
}

/** Rebuilds both tables from the chain, in one transaction (what migration 070 did when it made them). */
export function rebuildDerivedTables(db: Database): void {
  // Nested in the caller's transaction (a savepoint) when there is one.
  db.transaction(() => {
    db.prepare('DELETE FROM log_in_force').run();
    db.prepare(`INSERT INTO log_in_force (${COLUMNS.join(', ')}, seq)
      SELECT id, local_date, seq, ${VALUES.join(', ')}, seq FROM events WHERE kind = 'screening'`).run();
    db.prepare(`UPDATE log_in_force SET in_force_seq = a.seq, ${VALUES.map((c) => `${c} = a.${c}`).join(', ')}
      FROM (${LATEST}) latest JOIN events a ON a.seq = latest.seq WHERE log_in_force.id = latest.target_id`).run();
    db.prepare('DELETE FROM screening_counts').run();
    db.prepare(`INSERT INTO screening_counts (local_date, screenings)
      SELECT local_date, COUNT(*) FROM log_in_force GROUP BY local_date`).run();
  }).immediate();
}

/**
 * What the station does when the tables disagree with the chain (`problem`, found by
 * checkDerivedTables): the chain is the evidence, so they are rebuilt from it, and the audit
 * log keeps what was wrong, in the same transaction.
 */
export function rebuildDerivedTablesAudited(db: Database, problem: DerivedProblem): void {
  auditedWrite(db, () => rebuildDerivedTables(db), () => ({ action: 'log.rebuilt', staffId: null, detail: { ...problem } }));
}

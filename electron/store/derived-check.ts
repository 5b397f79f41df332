import type { Database } from 'better-sqlite3';

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

// Each screening's row as the triggers keep it: the values of its latest correction, else its own.
const EXPECTED_LOG = `
  WITH latest AS (SELECT target_id, MAX(amendment_seq) AS seq FROM amendments GROUP BY target_id)
  SELECT s.seq, s.id, s.local_date, COALESCE(a.seq, s.seq) AS in_force_seq,
    COALESCE(a.screening_kind, s.screening_kind) AS screening_kind, COALESCE(a.decision, s.decision) AS decision,
    COALESCE(a.direction, s.direction) AS direction, COALESCE(a.search_text, s.search_text) AS search_text
  FROM events s LEFT JOIN latest ON latest.target_id = s.id LEFT JOIN events a ON a.seq = latest.seq
  WHERE s.kind = 'screening'`;

const COLUMNS = ['id', 'local_date', 'in_force_seq', 'screening_kind', 'decision', 'direction', 'search_text'] as const;

/** The first screening whose row is missing or differs, or the first row no screening stands behind. */
function logProblem(db: Database): DerivedProblem | null {
  const wrong = db.prepare(`SELECT x.seq, l.seq IS NULL AS missing, ${COLUMNS.map((c) => `l.${c} IS NOT x.${c} AS ${c}`).join(', ')}
    FROM (${EXPECTED_LOG}) x LEFT JOIN log_in_force l ON l.seq = x.seq
    WHERE l.seq IS NULL OR ${COLUMNS.map((c) => `l.${c} IS NOT x.${c}`).join(' OR ')}
    ORDER BY x.seq LIMIT 1`).get() as ({ seq: number; missing: number } & Record<(typeof COLUMNS)[number], number>) | undefined;
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
  return { table: 'log_in_force', at: `seq ${wrong.seq}`, detail: `the log table's ${changed.join(', ')} differ from the record in force in the chain` };
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
  db.transaction(() => {
    db.prepare('DELETE FROM log_in_force').run();
    db.prepare(`INSERT INTO log_in_force (seq, id, local_date, in_force_seq, screening_kind, decision, direction, search_text)
      SELECT seq, ${COLUMNS.join(', ')} FROM (${EXPECTED_LOG})`).run();
    db.prepare('DELETE FROM screening_counts').run();
    db.prepare(`INSERT INTO screening_counts (local_date, screenings)
      SELECT local_date, COUNT(*) FROM log_in_force GROUP BY local_date`).run();
  }).immediate();
}

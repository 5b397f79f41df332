import type { Database } from 'better-sqlite3';

/** One line in the append-only audit log: who did which sensitive thing, when. */
export function audit(db: Database, action: string, staffId: number | null, detail: Record<string, unknown> = {}): void {
  db.prepare('INSERT INTO audit (at, staff_id, action, detail) VALUES (?, ?, ?, ?)')
    .run(new Date().toISOString(), staffId === null ? null : BigInt(staffId), action, JSON.stringify(detail));
}

export interface AuditLine { action: string; staffId: number | null; detail?: Record<string, unknown> }

/**
 * A write and its audit lines in one transaction: all are kept, or none (a change that
 * reached the database without its line, or a line for a change that never happened, would
 * make the audit log lie). `lines` may look at the database the write left, still inside it.
 */
export function auditedWrite<T>(db: Database, write: () => T, lines: (result: T) => AuditLine | readonly AuditLine[]): T {
  return db.transaction(() => {
    const result = write();
    for (const { action, staffId, detail } of [lines(result)].flat()) audit(db, action, staffId, detail);
    return result;
  }).immediate();
}

export interface AuditEntry { id: number; at: string; staffId: number | null; action: string; detail: Record<string, unknown> }

export function auditEntries(db: Database, limit = 200): AuditEntry[] {
  const rows = db.prepare('SELECT id, at, staff_id AS staffId, action, detail FROM audit ORDER BY id DESC LIMIT ?').all(BigInt(limit)) as (Omit<AuditEntry, 'detail'> & { detail: string })[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

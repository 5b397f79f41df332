import type { Database } from 'better-sqlite3';

/** One line in the append-only audit log: who did which sensitive thing, when. */
export function audit(db: Database, action: string, staffId: number | null, detail: Record<string, unknown> = {}): void {
  db.prepare('INSERT INTO audit (at, staff_id, action, detail) VALUES (?, ?, ?, ?)')
    .run(new Date().toISOString(), staffId === null ? null : BigInt(staffId), action, JSON.stringify(detail));
}

export interface AuditEntry { id: number; at: string; staffId: number | null; action: string; detail: Record<string, unknown> }

export function auditEntries(db: Database, limit = 200): AuditEntry[] {
  const rows = db.prepare('SELECT id, at, staff_id AS staffId, action, detail FROM audit ORDER BY id DESC LIMIT ?').all(BigInt(limit)) as (Omit<AuditEntry, 'detail'> & { detail: string })[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

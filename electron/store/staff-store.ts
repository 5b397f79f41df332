import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { StaffOnDuty, StaffRole } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';
import { hashPin, pinMatches } from './pin.ts';

/** After this many wrong PINs in a row a name is locked, for longer each time. */
export const MAX_PIN_ATTEMPTS = 5;
const LOCK_BASE_MS = 30_000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

interface StaffRow { id: number; name: string; role: StaffRole; pin_hash: string; failed_attempts: number; locked_until: string | null }

export function addStaff(db: Database, name: string, pin: string, role: StaffRole): number {
  const exists = db.prepare('SELECT 1 FROM staff WHERE name = ?').get(name);
  if (exists) throw new ApiError('conflict', `staff "${name}" already exists`);
  const info = db.prepare('INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(name, role, hashPin(pin), new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function listStaff(db: Database): { staffId: number; name: string; role: StaffRole }[] {
  return db.prepare('SELECT id AS staffId, name, role FROM staff WHERE active = 1 ORDER BY name').all() as never;
}

export function staffCount(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n;
}

/** Checks the PIN, with a growing lock after repeated failures; opens a shift on success. */
export function signIn(db: Database, name: string, pin: string, now = new Date()): { token: string; staff: StaffOnDuty } {
  const row = db.prepare('SELECT * FROM staff WHERE name = ? AND active = 1').get(name) as StaffRow | undefined;
  if (!row) throw new ApiError('unauthenticated', 'wrong name or PIN');
  if (row.locked_until && new Date(row.locked_until) > now) {
    throw new ApiError('locked', `too many wrong PINs; try again after ${row.locked_until}`);
  }
  if (!pinMatches(pin, row.pin_hash)) {
    const failed = row.failed_attempts + 1;
    const lockMs = failed >= MAX_PIN_ATTEMPTS ? LOCK_BASE_MS * 2 ** (failed - MAX_PIN_ATTEMPTS) : 0;
    db.prepare('UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?')
      .run(BigInt(failed), lockMs ? new Date(now.getTime() + lockMs).toISOString() : null, BigInt(row.id));
    throw new ApiError('unauthenticated', 'wrong name or PIN');
  }
  const token = randomBytes(32).toString('hex');
  const since = now.toISOString();
  const shiftId = db.transaction(() => {
    db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(BigInt(row.id));
    return Number(db.prepare('INSERT INTO shifts (staff_id, started_at, token_hash) VALUES (?, ?, ?)')
      .run(BigInt(row.id), since, tokenHash(token)).lastInsertRowid);
  }).immediate();
  return { token, staff: { staffId: row.id, name: row.name, role: row.role, shiftId, since } };
}

/** The staff member whose open shift holds this token, or null. */
export function sessionStaff(db: Database, token: string): StaffOnDuty | null {
  const row = db.prepare(`SELECT s.id AS staffId, s.name, s.role, h.id AS shiftId, h.started_at AS since
    FROM shifts h JOIN staff s ON s.id = h.staff_id
    WHERE h.token_hash = ? AND h.ended_at IS NULL AND s.active = 1`).get(tokenHash(token)) as StaffOnDuty | undefined;
  return row ?? null;
}

export function endShift(db: Database, shiftId: number, now = new Date()): void {
  db.prepare('UPDATE shifts SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(now.toISOString(), BigInt(shiftId));
}

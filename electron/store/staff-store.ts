import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { StaffOnDuty, StaffRole } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';
import { auditedWrite } from './audit-log.ts';
import { checkNewPin, hashPin, MIN_PIN_DIGITS, pinHashIsWeak, pinMatches, type PinCost } from './pin.ts';
import { lockedError, lockMsAfter } from './pin-lock.ts';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface StaffRow {
  id: number; name: string; role: StaffRole; pin_hash: string; active: number;
  failed_attempts: number; locked_until: string | null; must_change_pin: number;
}

export function staffRow(db: Database, staffId: number): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE id = ?').get(BigInt(staffId)) as StaffRow | undefined;
}

export function addStaff(db: Database, name: string, pin: string, role: StaffRole, cost: PinCost): number {
  checkNewPin(pin, role);
  const exists = db.prepare('SELECT 1 FROM staff WHERE name = ?').get(name);
  if (exists) throw new ApiError('conflict', `staff "${name}" already exists`, [], 'staff-exists', { name });
  const info = db.prepare('INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)')
    .run(name, role, hashPin(pin, role, cost), new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function listStaff(db: Database): { staffId: number; name: string; role: StaffRole }[] {
  return db.prepare('SELECT id AS staffId, name, role FROM staff WHERE active = 1 ORDER BY name').all() as never;
}

export function staffCount(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM staff').get() as { n: number }).n;
}

/**
 * Checks a PIN against a staff row, counting wrong ones: after MAX_PIN_ATTEMPTS the name is
 * locked (audited when the lock starts), and while locked even the right PIN is refused with
 * how many minutes are left. Used by sign-in and by changing one's own PIN.
 */
export function verifyPin(db: Database, row: StaffRow, pin: string, now: Date): void {
  if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) throw lockedError(Date.parse(row.locked_until), now.getTime());
  if (pinMatches(pin, row.pin_hash)) return;
  const failed = row.failed_attempts + 1;
  const lockMs = lockMsAfter(failed);
  const until = lockMs ? new Date(now.getTime() + lockMs).toISOString() : null;
  const count = () => db.prepare('UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(BigInt(failed), until, BigInt(row.id));
  if (!lockMs) count();
  else {
    auditedWrite(db, count, () => ({ action: 'staff.locked', staffId: null, detail: { staffId: row.id, failedAttempts: failed, minutes: Math.ceil(lockMs / 60_000) } }));
    throw lockedError(now.getTime() + lockMs, now.getTime());
  }
  throw new ApiError('unauthenticated', 'wrong name or PIN', [], 'wrong-pin');
}

/**
 * Checks the PIN and opens a shift. A supervisor whose PIN is shorter than supervisors now
 * need still signs in, but must choose a new one before anything else (`mustChangePin`).
 * A hash made at an older, lower scrypt cost is re-made at the station's cost.
 */
export function signIn(db: Database, name: string, pin: string, cost: PinCost, now = new Date()): { token: string; staff: StaffOnDuty } {
  const row = staffByName(db, name);
  if (!row) throw new ApiError('unauthenticated', 'wrong name or PIN', [], 'wrong-pin');
  verifyPin(db, row, pin, now);
  const mustChangePin = row.must_change_pin === 1 || pin.length < MIN_PIN_DIGITS[row.role];
  const rehash = pinHashIsWeak(row.pin_hash, row.role, cost) ? hashPin(pin, row.role, cost) : row.pin_hash;
  return db.transaction(() => {
    db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL, must_change_pin = ?, pin_hash = ? WHERE id = ?')
      .run(mustChangePin ? 1n : 0n, rehash, BigInt(row.id));
    return openShift(db, { ...row, must_change_pin: mustChangePin ? 1 : 0 }, now);
  }).immediate();
}

/** A new shift and its session token, for a staff member whose PIN was just checked (or the demo's). */
export function openShift(db: Database, row: Pick<StaffRow, 'id' | 'name' | 'role' | 'must_change_pin'>, now: Date): { token: string; staff: StaffOnDuty } {
  const token = randomBytes(32).toString('hex');
  const since = now.toISOString();
  const shiftId = Number(db.prepare('INSERT INTO shifts (staff_id, started_at, token_hash) VALUES (?, ?, ?)')
    .run(BigInt(row.id), since, tokenHash(token)).lastInsertRowid);
  return { token, staff: { staffId: row.id, name: row.name, role: row.role, shiftId, since, mustChangePin: row.must_change_pin === 1 } };
}

export function staffByName(db: Database, name: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE name = ? AND active = 1').get(name) as StaffRow | undefined;
}

/** The staff member whose open shift holds this token, or null. */
export function sessionStaff(db: Database, token: string): StaffOnDuty | null {
  const row = db.prepare(`SELECT s.id AS staffId, s.name, s.role, h.id AS shiftId, h.started_at AS since, s.must_change_pin AS mustChangePin
    FROM shifts h JOIN staff s ON s.id = h.staff_id
    WHERE h.token_hash = ? AND h.ended_at IS NULL AND s.active = 1`).get(tokenHash(token)) as (Omit<StaffOnDuty, 'mustChangePin'> & { mustChangePin: number }) | undefined;
  return row ? { ...row, mustChangePin: row.mustChangePin === 1 } : null;
}

/** Ends every open shift: after a restore no session from before it may go on. */
export function endAllShifts(db: Database, now = new Date()): void {
  db.prepare('UPDATE shifts SET ended_at = ? WHERE ended_at IS NULL').run(now.toISOString());
}

export function endShift(db: Database, shiftId: number, now = new Date()): void {
  db.prepare('UPDATE shifts SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(now.toISOString(), BigInt(shiftId));
}

/** The shifts not yet ended (signed in, not signed out, not ended by a reset or an expiry seen). */
export function openShiftIds(db: Database): Set<number> {
  const rows = db.prepare('SELECT id FROM shifts WHERE ended_at IS NULL').all() as { id: number }[];
  return new Set(rows.map((r) => Number(r.id)));
}

/** Ends every open shift of one staff member but `keepShiftId` (a reset PIN, a deactivation). */
export function endShiftsOf(db: Database, staffId: number, keepShiftId: number | null, now = new Date()): void {
  db.prepare('UPDATE shifts SET ended_at = ? WHERE staff_id = ? AND ended_at IS NULL AND id IS NOT ?')
    .run(now.toISOString(), BigInt(staffId), keepShiftId === null ? null : BigInt(keepShiftId));
}

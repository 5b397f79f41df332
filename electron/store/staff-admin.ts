import type { Database } from 'better-sqlite3';
import type { StaffMember } from '../../shared/api/staff.ts';
import { ApiError } from '../../shared/api/contract.ts';
import { audit } from './audit-log.ts';
import { checkNewPin, hashPin, type PinCost } from './pin.ts';
import { endShiftsOf, staffRow, verifyPin, type StaffRow } from './staff-store.ts';

/**
 * What a supervisor does for colleagues (reset a PIN, lift a lock, deactivate, reactivate)
 * and what anyone does for themselves (change their own PIN). Every change is audited with
 * who did it; none of them can leave the station without an active supervisor.
 */

/** Who is acting: the signed-in staff member and their shift. */
export interface Actor { staffId: number; shiftId: number }

function target(db: Database, staffId: number): StaffRow {
  const row = staffRow(db, staffId);
  if (!row) throw new ApiError('not-found', `no staff member ${staffId}`, [], 'staff-not-found');
  return row;
}

export function staffRoster(db: Database, now = new Date()): StaffMember[] {
  const rows = db.prepare('SELECT * FROM staff ORDER BY active DESC, name').all() as StaffRow[];
  return rows.map((r) => {
    const lockedMs = r.locked_until ? Date.parse(r.locked_until) - now.getTime() : 0;
    return {
      staffId: r.id, name: r.name, role: r.role, active: r.active === 1, mustChangePin: r.must_change_pin === 1,
      failedAttempts: r.failed_attempts, lockedMinutes: lockedMs > 0 ? Math.ceil(lockedMs / 60_000) : 0,
    };
  });
}

/** A new first PIN from a supervisor: lifts any lock, ends the person's open shifts, and asks them to choose their own. */
export function resetPin(db: Database, by: Actor, staffId: number, pin: string, cost: PinCost): void {
  db.transaction(() => {
    const row = target(db, staffId);
    checkNewPin(pin, row.role);
    db.prepare('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, must_change_pin = 1 WHERE id = ?')
      .run(hashPin(pin, row.role, cost), BigInt(staffId));
    endShiftsOf(db, staffId, by.shiftId);
    audit(db, 'staff.pin-reset', by.staffId, { staffId });
  }).immediate();
}

export function unlock(db: Database, by: Actor, staffId: number): void {
  db.transaction(() => {
    const row = target(db, staffId);
    db.prepare('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(BigInt(staffId));
    audit(db, 'staff.unlock', by.staffId, { staffId, failedAttempts: row.failed_attempts });
  }).immediate();
}

/** Deactivated staff cannot sign in and their shifts end; the last active supervisor stays. */
export function setActive(db: Database, by: Actor, staffId: number, active: boolean): void {
  db.transaction(() => {
    const row = target(db, staffId);
    if (!active && row.role === 'supervisor' && row.active === 1) {
      const others = db.prepare("SELECT COUNT(*) AS n FROM staff WHERE role = 'supervisor' AND active = 1 AND id != ?").get(BigInt(staffId)) as { n: number };
      if (others.n === 0) throw new ApiError('conflict', 'the last active supervisor cannot be deactivated', [], 'last-supervisor');
    }
    db.prepare('UPDATE staff SET active = ? WHERE id = ?').run(active ? 1n : 0n, BigInt(staffId));
    if (!active) endShiftsOf(db, staffId, null);
    audit(db, active ? 'staff.reactivate' : 'staff.deactivate', by.staffId, { staffId });
  }).immediate();
}

/** Anyone, for themselves: the current PIN (wrong ones count towards the lock), then a new one. */
export function changeOwnPin(db: Database, by: Actor, currentPin: string, newPin: string, cost: PinCost, now = new Date()): void {
  const row = target(db, by.staffId);
  verifyPin(db, row, currentPin, now);
  checkNewPin(newPin, row.role);
  if (newPin === currentPin) throw new ApiError('bad-request', 'the new PIN is the same as the current one', [{ path: 'newPin', message: 'same as the current PIN' }], 'same-pin');
  db.transaction(() => {
    db.prepare('UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL, must_change_pin = 0 WHERE id = ?')
      .run(hashPin(newPin, row.role, cost), BigInt(row.id));
    audit(db, 'staff.pin-change', by.staffId, { staffId: by.staffId });
  }).immediate();
}

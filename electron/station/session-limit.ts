import type { Database } from 'better-sqlite3';
import type { StaffOnDuty } from '../../shared/api/core.ts';
import { ApiError } from '../../shared/api/contract.ts';
import { auditedWrite } from '../store/audit-log.ts';
import { maintenanceSettings } from '../store/settings/maintenance.ts';
import { endShift, sessionStaff } from '../store/staff-store.ts';

/**
 * The staff member a session token stands for, if their shift is still open and within the
 * longest shift allowed. A session past that limit is ended (at the limit, not now) and
 * audited, so a kiosk left signed in overnight does not stay open to whoever walks up.
 * `refuseExpired`: a method that needs a session says so; public ones just see nobody.
 */
export function activeSession(db: Database, token: string, refuseExpired: boolean, now = new Date()): StaffOnDuty | null {
  const staff = sessionStaff(db, token);
  if (!staff) return null;
  const { maxShiftHours } = maintenanceSettings.read(db);
  const endsAt = Date.parse(staff.since) + maxShiftHours * 3_600_000;
  if (now.getTime() < endsAt) return staff;
  auditedWrite(db, () => endShift(db, staff.shiftId, new Date(endsAt)),
    () => ({ action: 'shift.expired', staffId: staff.staffId, detail: { shiftId: staff.shiftId, maxShiftHours } }));
  if (refuseExpired) throw new ApiError('unauthenticated', `the shift has ended (longer than ${maxShiftHours} h): sign in again`, [], 'shift-ended', { hours: maxShiftHours });
  return null;
}

import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/contract.ts';
import type { Department } from '../../shared/duty/department.ts';
import { staffRow } from './staff-store.ts';

export function staffDepartments(db: Database): { staffId: number; department: Department }[] {
  return db.prepare('SELECT staff_id AS staffId, department FROM staff_departments ORDER BY staff_id').all() as never;
}

/** Sets (or, with null, clears) a staff member's department. */
export function setDepartment(db: Database, staffId: number, department: Department | null): void {
  if (!staffRow(db, staffId)) throw new ApiError('not-found', `no staff member ${staffId}`, [], 'staff-not-found');
  if (department === null) db.prepare('DELETE FROM staff_departments WHERE staff_id = ?').run(BigInt(staffId));
  else db.prepare(`INSERT INTO staff_departments (staff_id, department, set_at) VALUES (?, ?, ?)
    ON CONFLICT(staff_id) DO UPDATE SET department = excluded.department, set_at = excluded.set_at`).run(BigInt(staffId), department, new Date().toISOString());
}

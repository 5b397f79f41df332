import type { Database } from 'better-sqlite3';
import type { Department } from '../../shared/duty/department.ts';
import { setDepartment } from '../store/staff-departments.ts';
import { staffByName } from '../store/staff-store.ts';

/** The demo station's 三联动: a cadre supervises, a volunteer, a village doctor and a police officer take the shifts. */
const DEMO_DEPARTMENTS: Record<string, Department> = { 李主任: 'village', 王芳: 'volunteer', 陈伟: 'health', 刘洋: 'police' };

export function setDemoDepartments(db: Database): void {
  for (const [name, department] of Object.entries(DEMO_DEPARTMENTS)) {
    const row = staffByName(db, name);
    if (row) setDepartment(db, row.id, department);
  }
}

import { HEALTH_WORKER_STAFF_METHODS, type Role } from '../../shared/api/define.ts';
import type { StaffRole } from '../../shared/api/core.ts';

/**
 * The roles beyond staff ⊂ supervisor: a health worker reaches the follow-up methods and their
 * own session only, never the barrier's records; the follow-up methods are for supervisors and
 * health workers, not for staff at the barrier (item 7: the isolation list's readers).
 */
export function roleMayCall(who: StaffRole | undefined, needed: Role, method: string): boolean {
  if (needed === 'public') return true;
  if (needed === 'follow-up') return who === 'supervisor' || who === 'health-worker';
  if (who === 'health-worker') return needed === 'staff' && HEALTH_WORKER_STAFF_METHODS.has(method);
  return true;
}

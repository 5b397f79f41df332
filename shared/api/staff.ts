import { z } from 'zod';
import { method } from './define.ts';
import { Pin, StaffRole } from './core.ts';

/** A staff member as a supervisor manages them: active or not, locked for how long. */
export const StaffMember = z.object({
  staffId: z.number().int(),
  name: z.string(),
  role: StaffRole,
  active: z.boolean(),
  /** Set after a reset, or for a supervisor still on a PIN shorter than supervisors need. */
  mustChangePin: z.boolean(),
  failedAttempts: z.number().int(),
  /** Minutes until sign-in is allowed again; 0 when not locked. */
  lockedMinutes: z.number().int(),
});
export type StaffMember = z.infer<typeof StaffMember>;

const StaffId = z.object({ staffId: z.number().int().positive() });
const Done = z.object({ ok: z.literal(true) });

/**
 * Staff management. A supervisor resets a PIN, lifts a lock, deactivates and reactivates
 * (never the last active supervisor); anyone changes their own PIN. All audited.
 */
export const staffMethods = {
  staffRoster: method({ role: 'supervisor', request: z.object({}), response: z.array(StaffMember) }),
  resetStaffPin: method({ role: 'supervisor', request: StaffId.extend({ pin: Pin }), response: Done }),
  unlockStaff: method({ role: 'supervisor', request: StaffId, response: Done }),
  setStaffActive: method({ role: 'supervisor', request: StaffId.extend({ active: z.boolean() }), response: Done }),
  changeOwnPin: method({ role: 'staff', request: z.object({ currentPin: Pin, newPin: Pin }), response: Done }),
};

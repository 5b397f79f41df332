import { staffMethods } from '../../../shared/api/staff.ts';
import * as admin from '../../store/staff-admin.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** Staff management: the supervisor's roster actions and each person's own PIN. */
export function staffModule(core: StationCore): StationModule<keyof typeof staffMethods> {
  const { db, pinCost } = core;
  const ok = { ok: true as const };
  return {
    handlers: {
      staffRoster: () => admin.staffRoster(db),
      resetStaffPin({ staffId, pin }, ctx) { admin.resetPin(db, requireStaff(ctx), staffId, pin, pinCost); return ok; },
      unlockStaff({ staffId }, ctx) { admin.unlock(db, requireStaff(ctx), staffId); return ok; },
      setStaffActive({ staffId, active }, ctx) { admin.setActive(db, requireStaff(ctx), staffId, active); return ok; },
      changeOwnPin({ currentPin, newPin }, ctx) { admin.changeOwnPin(db, requireStaff(ctx), currentPin, newPin, pinCost); return ok; },
    },
  };
}

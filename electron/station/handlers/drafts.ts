import { draftMethods } from '../../../shared/api/drafts.ts';
import { openShiftIds } from '../../store/staff-store.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';

/** Half-filled forms kept per session in the station's memory, so a reload mid-form loses nothing. */
export function draftsModule(core: StationCore): StationModule<keyof typeof draftMethods> {
  const { db, drafts } = core;
  return {
    handlers: {
      saveDraft({ screen, draft }, ctx) {
        // Each save also forgets the drafts of sessions that have ended since: memory stays bounded by who is on duty.
        drafts.keepOnly(openShiftIds(db));
        drafts.save(requireStaff(ctx).shiftId, screen, draft);
        return { ok: true as const };
      },
      takeDraft: ({ screen }, ctx) => ({ draft: drafts.take(requireStaff(ctx).shiftId, screen) }),
    },
  };
}

import { ApiError } from '../../shared/api/contract.ts';
import { isolationMethods } from '../../shared/api/isolation.ts';
import { localDateAndOffset } from '../../shared/domain/local-time.ts';
import { followUpDay } from '../../shared/isolation/follow-up-view.ts';
import { localClock, minutesOfClock } from '../../shared/isolation/period.ts';
import { periodComplete, stateOn } from '../../shared/isolation/register.ts';
import { auditedWrite } from '../store/audit-log.ts';
import { isolationSettings } from '../store/settings/isolation.ts';
import { stationSettings } from '../store/settings/station.ts';
import { appendRecord } from '../station/handlers/core.ts';
import { exportFolder } from '../station/export-folder.ts';
import { requireStaff, type StationCore, type StationModule } from '../station/module.ts';
import { isolatedToday } from './exit-check.ts';
import { appendReading } from './reading-write.ts';
import { openTransfer } from '../transfer/open-transfer.ts';
import { exportIsolation } from './isolation-export.ts';
import { loadRegister } from './register-store.ts';

/** Home isolation: the register, the follow-up readings, release and extension, the health-centre report. */
export function isolationModule(core: StationCore): StationModule<keyof typeof isolationMethods> {
  const { db } = core;
  const now = () => {
    const at = new Date();
    const { utcOffsetMin } = localDateAndOffset(at, stationSettings.read(db).timezone);
    return localClock(at, utcOffsetMin);
  };
  const entryOf = (arrivalId: string) => {
    const entry = loadRegister(db).find((e) => e.arrivalId === arrivalId);
    if (!entry) throw new ApiError('not-found', `no arrival ${arrivalId}`, [], 'arrival-not-found');
    return entry;
  };

  return {
    handlers: {
      isolationSettings: () => isolationSettings.read(db),
      updateIsolationSettings(patch, ctx) {
        return auditedWrite(db, () => isolationSettings.patch(db, patch),
          () => ({ action: 'settings.update', staffId: requireStaff(ctx).staffId, detail: { group: isolationSettings.key, keys: Object.keys(patch) } }));
      },
      followUpDay({ date, address }) {
        const clock = now();
        const settings = isolationSettings.read(db);
        const day = date ?? clock.date;
        return followUpDay(loadRegister(db, day > clock.date ? clock.date : undefined), {
          date: day, today: clock.date, nowMinutes: clock.minutes, cutOff: settings.cutOff, cutOffMinutes: minutesOfClock(settings.cutOff)!,
          feverThresholdCelsius: stationSettings.read(db).feverThresholdCelsius, address,
        });
      },
      recordIsolationReading(input, ctx) {
        const staff = requireStaff(ctx);
        const entry = entryOf(input.arrivalId);
        const today = now().date;
        // A reading is for a day of the period up to today; never the future, never after release.
        const state = stateOn(entry, input.date);
        if (input.date > today || input.date > entry.lastDay || state === null || state === 'released') {
          throw new ApiError('bad-request', `${input.date} is not a follow-up day of this person`, [{ path: 'date', message: 'outside the period' }], 'reading-date-outside-period');
        }
        const threshold = stationSettings.read(db).feverThresholdCelsius;
        // A fever opens its transfer hand-off (item 3) in the same transaction as the reading.
        const { event, fever } = db.transaction(() => {
          const written = appendReading((x) => appendRecord(core, staff, x), input, threshold);
          if (written.fever) openTransfer(core, staff, { kind: 'isolation-fever', eventId: written.fever.id });
          return written;
        }).immediate();
        return { eventId: event.id, fever: fever !== null };
      },
      endIsolation({ arrivalId, outcome, days, reason }, ctx) {
        const staff = requireStaff(ctx);
        const entry = entryOf(arrivalId);
        if (entry.released) throw new ApiError('conflict', 'already released', [], 'already-released');
        if (outcome === 'extend') {
          if (!days || !reason) throw new ApiError('bad-request', 'an extension needs days and a reason', [{ path: days ? 'reason' : 'days', message: 'required' }], 'extension-needs-days');
          return { eventId: appendRecord(core, staff, { kind: 'isolation-end', payload: { arrivalId, outcome, days, reason } }).id };
        }
        if (!periodComplete(entry, now().date) && !reason) {
          throw new ApiError('bad-request', 'the period has not ended: give a reason', [{ path: 'reason', message: 'required before the last day' }], 'release-early-needs-reason');
        }
        return { eventId: appendRecord(core, staff, { kind: 'isolation-end', payload: { arrivalId, outcome, reason } }).id };
      },
      assignResponsible(payload, ctx) {
        const staff = requireStaff(ctx);
        if (entryOf(payload.arrivalId).released) throw new ApiError('conflict', 'already released', [], 'already-released');
        return { eventId: appendRecord(core, staff, { kind: 'isolation-responsible', payload }).id };
      },
      async exportIsolation(input, ctx) {
        const staff = requireStaff(ctx);
        const folder = exportFolder(core.dbPath, input.folder);
        const files = await exportIsolation(db, { ...input, date: input.date ?? now().date, outDir: folder, by: { staffId: staff.staffId, name: staff.name }, renderPdf: core.renderPdf, reads: core.reads });
        return { folder, files };
      },
      isolationCheck({ idNumber }) {
        const entry = isolatedToday(core, idNumber);
        return { underIsolation: entry !== null, lastDay: entry?.lastDay ?? null };
      },
    },
  };
}

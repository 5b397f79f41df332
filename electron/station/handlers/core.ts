import { coreMethods, eventNotice, type StaffOnDuty } from '../../../shared/api/core.ts';
import { ApiError } from '../../../shared/api/contract.ts';
import { AmendmentPayload, ScreeningPayload, type EventPayloadInput, type StationEvent } from '../../../shared/domain/event.ts';
import { openReferralTransfer } from '../../transfer/open-transfer.ts';
import { localDateAndOffset } from '../../../shared/domain/local-time.ts';
import { closeDayIfNew } from '../../store/day-close.ts';
import { isDayReported } from '../../store/reported-days.ts';
import { amendmentsOf, appendEvent, eventById, lastRecordedAt, screeningCount } from '../../store/event-log.ts';
import { stationLog } from '../station-log.ts';
import * as staffStore from '../../store/staff-store.ts';
import { stationSettings } from '../../store/settings/station.ts';
import { audit, auditedWrite, type AuditLine } from '../../store/audit-log.ts';
import { requireStaff, type StationCore, type StationModule } from '../module.ts';
import { recordReading } from '../record-reading.ts';
import { checkCorrectionReadings, checkNewReadings } from '../reading-check.ts';
import { checkedScreening } from '../screening-check.ts';
import { registerArrivals } from '../../isolation/arrivals.ts';
import { withIsolationFlag } from '../../isolation/exit-check.ts';

/** Appends a record as the signed-in staff member, closing the day first if it turned, and tells the screens. */
export function appendRecord(core: StationCore, staff: StaffOnDuty, input: EventPayloadInput, line?: (event: StationEvent) => AuditLine): StationEvent {
  const { db } = core;
  let late = false;
  // The record, the caller's audit line and the late-record line are kept together or not at
  // all: a record in a reported day without its line would slip past the audit.
  const event = auditedWrite(db, () => {
    const s = stationSettings.read(db);
    closeDayIfNew(db, s.timezone);
    return appendEvent(db, { ...input, stationCode: s.stationCode, timeZone: s.timezone, staff });
  }, (recorded) => {
    // Its day's 日报 has left the station: the next 日报 flags it (reported-days.ts).
    late = recorded.kind === 'screening' && isDayReported(db, recorded.localDate);
    const lateLine = { action: 'record.late', staffId: staff.staffId, detail: { seq: recorded.seq, localDate: recorded.localDate } };
    return [...(line ? [line(recorded)] : []), ...(late ? [lateLine] : [])];
  });
  if (event.clockReading) {
    stationLog().warn({ event: 'clock.behind', seq: event.seq, clock: event.clockReading, recordedAt: event.recordedAt },
      'the system clock is behind the last record: recorded at the later time and flagged');
  }
  if (late) stationLog().warn({ event: 'record.late', seq: event.seq, localDate: event.localDate }, 'a record for a day whose 日报 was already exported');
  core.bus.emit('eventRecorded', eventNotice(event));
  return event;
}

/** Identity, staff, and the record log: what every station has from the first run. */
export function coreModule(core: StationCore): StationModule<keyof typeof coreMethods> {
  const { db } = core;
  const isSetUp = () => staffStore.staffCount(db) > 0;
  const append = (staff: StaffOnDuty, input: EventPayloadInput, line?: (event: StationEvent) => AuditLine) => appendRecord(core, staff, input, line);
  const reading = recordReading(core, () => stationSettings.read(db).timezone);

  return {
    handlers: {
      status() {
        const s = stationSettings.read(db);
        const now = new Date();
        const today = localDateAndOffset(now, s.timezone).localDate;
        const last = lastRecordedAt(db);
        return {
          stationName: s.stationName, stationCode: s.stationCode, version: core.version, setUp: isSetUp(), today,
          counts: { today: screeningCount(db, today), total: screeningCount(db) },
          devices: [...core.devices.values()],
          ...(last !== null && now.toISOString() < last ? { clockBehindLastRecord: last } : {}),
        };
      },
      getSettings: () => stationSettings.read(db),
      updateSettings(patch, ctx) {
        return auditedWrite(db, () => stationSettings.patch(db, patch), () => ({ action: 'settings.update', staffId: requireStaff(ctx).staffId, detail: { keys: Object.keys(patch) } }));
      },
      setup({ settings, supervisor }) {
        return db.transaction(() => {
          if (isSetUp()) throw new ApiError('conflict', 'the station is already set up', [], 'already-set-up');
          stationSettings.patch(db, settings);
          const staffId = staffStore.addStaff(db, supervisor.name, supervisor.pin, 'supervisor', core.pinCost);
          audit(db, 'station.setup', staffId, { stationCode: settings.stationCode });
          return staffStore.signIn(db, supervisor.name, supervisor.pin, core.pinCost);
        }).immediate();
      },
      addStaff({ name, pin, role }, ctx) {
        const staffId = auditedWrite(db, () => staffStore.addStaff(db, name, pin, role, core.pinCost), (id) => ({ action: 'staff.add', staffId: requireStaff(ctx).staffId, detail: { staffId: id, role } }));
        return { staffId };
      },
      listStaff: () => staffStore.listStaff(db),
      signIn: ({ name, pin }) => staffStore.signIn(db, name, pin, core.pinCost),
      signOut(_input, ctx) {
        const { shiftId } = requireStaff(ctx);
        staffStore.endShift(db, shiftId);
        core.drafts.dropShift(shiftId);
        return { ok: true as const };
      },
      whoAmI: (_input, ctx) => requireStaff(ctx),
      recordScreening(input, ctx) {
        const staff = requireStaff(ctx);
        const payload = withIsolationFlag(core, ScreeningPayload.parse(checkedScreening(db, stationSettings.read(db), input)), input.isolationReason);
        if (payload.screening.kind === 'vehicle' && payload.screening.vehicle.occupantsWaived) {
          throw new ApiError('bad-request', 'occupants are waived only in a supervisor\'s correction', [{ path: 'screening.vehicle.occupantsWaived', message: 'not allowed here' }]);
        }
        const cardReads = core.cardReads.check(payload.screening);
        const markUsed = checkNewReadings(core.readings, payload.screening, Date.now());
        // Every referral opens its transfer hand-off, and a returnee let in goes on the arrivals
        // register (issue 13), in the same transaction as the record.
        const event = db.transaction(() => {
          const recorded = append(staff, { kind: 'screening', payload });
          if (recorded.decision === 'refer') openReferralTransfer(core, staff, recorded.id);
          return registerArrivals(core, staff, recorded);
        }).immediate();
        core.cardReads.markUsed(cardReads);
        markUsed(Date.parse(event.recordedAt));
        return event;
      },
      listEvents: (query, ctx) => reading.listEvents(query, requireStaff(ctx)),
      countEvents: (filter, ctx) => reading.countEvents(filter, requireStaff(ctx)),
      revealEvent: ({ id }, ctx) => reading.revealEvent(id, requireStaff(ctx)),
      amendEvent({ targetId, payload, reason }, ctx) {
        const target = eventById(db, targetId);
        if (!target || target.kind !== 'screening') throw new ApiError('not-found', `no screening with id ${targetId}`, [], 'screening-not-found');
        const staff = requireStaff(ctx);
        const earlier = [target, ...amendmentsOf(db, targetId)].map((e) =>
          e.kind === 'screening' ? ScreeningPayload.parse(e.payload).screening : AmendmentPayload.parse(e.payload).payload.screening);
        checkCorrectionReadings(payload.screening, earlier);
        return append(staff, { kind: 'amendment', payload: { targetId, payload: checkedScreening(db, stationSettings.read(db), payload), reason } },
          (event) => ({ action: 'event.amend', staffId: staff.staffId, detail: { targetSeq: target.seq, amendmentSeq: event.seq } }));
      },
    },
  };
}

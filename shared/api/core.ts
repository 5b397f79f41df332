import { z } from 'zod';
import { IsoDate } from '../domain/iso-date.ts';
import { method } from './define.ts';
import { patchOf } from './patch.ts';
import { Decision, Direction, Screening, Verdict } from '../domain/screening.ts';
import { AmendmentEvent, EventKind, ScreeningEvent, StationEvent } from '../domain/event.ts';
import { RecoveryState } from './maintenance.ts';

export const Pin = z.string().regex(/^\d{4,12}$/, 'PIN: 4 to 12 digits');
const StaffName = z.string().trim().min(1).max(40);

/** A `health-worker` (村医, 包村干部) signs in like staff and sees only the isolation follow-up. */
export const StaffRole = z.enum(['staff', 'supervisor', 'health-worker']);
export type StaffRole = z.infer<typeof StaffRole>;

export const StaffOnDuty = z.object({
  staffId: z.number().int(),
  name: z.string(),
  role: StaffRole,
  shiftId: z.number().int(),
  since: z.string(),
  /** The station accepts nothing else from this session until a new PIN is chosen. */
  mustChangePin: z.boolean().default(false),
});
export type StaffOnDuty = z.infer<typeof StaffOnDuty>;

export const DeviceState = z.enum(['disconnected', 'connecting', 'connected', 'receiving', 'error']);
export type DeviceState = z.infer<typeof DeviceState>;

/**
 * Why a device is not working, as a code the UI translates; `detail` keeps the technical line
 * (path, the system's own message) for the diagnostics panel and the log.
 */
export const DeviceProblem = z.enum(['no-port', 'cannot-open', 'lost', 'silent', 'bad-settings', 'nothing-received', 'not-decoded']);
export type DeviceProblem = z.infer<typeof DeviceProblem>;

export const DeviceStatus = z.object({
  device: z.string(),
  state: DeviceState,
  detail: z.string().default(''),
  problem: DeviceProblem.optional(),
  at: z.string(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

/** Station-wide settings. Other capabilities add their own keys under their own names. */
export const Settings = z.object({
  stationName: z.string().trim().max(60).default(''),
  stationCode: z.string().trim().max(20).default(''),
  township: z.string().trim().max(60).default(''),
  village: z.string().trim().max(60).default(''),
  timezone: z.string().max(60).default('Asia/Shanghai'),
  localRegionPrefixes: z.array(z.string().regex(/^\d{2,6}$/)).max(50).default([]),
  localPlatePrefixes: z.array(z.string().trim().min(1).max(3)).max(50).default([]),
  feverThresholdCelsius: z.number().min(36).max(40).default(37.3),
});
export type Settings = z.infer<typeof Settings>;

export const Status = z.object({
  stationName: z.string(),
  stationCode: z.string(),
  version: z.string(),
  setUp: z.boolean(),
  /** The station's local calendar day now. */
  today: z.string(),
  counts: z.object({ today: z.number().int(), total: z.number().int() }),
  devices: z.array(DeviceStatus),
  /**
   * Set only while the station's clock reads earlier than the last record (UTC, ISO 8601: that
   * record's time): new records are then dated at that time and flagged, and the screen says so.
   */
  clockBehindLastRecord: z.string().optional(),
  /** Set only when the station started in recovery: its database could not be used. */
  recovery: RecoveryState.optional(),
});
export type Status = z.infer<typeof Status>;

export const EventView = ScreeningEvent.extend({
  /** Amendment events that correct this one, oldest first; the last one is in force. */
  amendments: z.array(AmendmentEvent),
});
export type EventView = z.infer<typeof EventView>;

/**
 * What the station pushes when a record is written: enough for a screen to know it should
 * refresh (which record, which day, what kind, what decision), never who the person was.
 * The record itself is read with `listEvents`, under the reader's role.
 */
export const EventNotice = ScreeningEvent.pick({ seq: true, id: true, localDate: true }).extend({
  kind: EventKind,
  screeningKind: ScreeningEvent.shape.screeningKind.nullable(),
  decision: ScreeningEvent.shape.decision.nullable(),
  direction: ScreeningEvent.shape.direction.nullable(),
});
export type EventNotice = z.infer<typeof EventNotice>;

export function eventNotice(event: EventNotice): EventNotice {
  const { seq, id, kind, localDate, screeningKind, decision, direction } = event;
  return { seq, id, kind, localDate, screeningKind, decision, direction };
}

/**
 * The log's filters. The station matches them, in SQL, on each record's version in force (a
 * corrected record is found by its corrected values); `text` is found in names, plates, ID
 * numbers and phones ignoring case, spaces and plate dots.
 */
export const LogFilter = z.object({
  date: IsoDate.optional(),
  kind: z.enum(['person', 'vehicle']).optional(),
  decision: Decision.optional(),
  direction: Direction.optional(),
  text: z.string().trim().max(60).optional(),
});
export type LogFilter = z.infer<typeof LogFilter>;

export const ListEventsRequest = LogFilter.extend({
  limit: z.number().int().min(1).max(500).default(100),
  /** Return events with seq below this (paging backwards from the newest). */
  beforeSeq: z.number().int().positive().optional(),
});

/**
 * The numbers on top of the log, by each record's version in force: 进村 / 出村 count only what
 * was let through (a turned-back car never entered), 劝返 and 转诊 the rest.
 */
export const LogCounts = z.object({
  in: z.number().int(), out: z.number().int(), turnedAway: z.number().int(), referred: z.number().int(), total: z.number().int(),
});
export type LogCounts = z.infer<typeof LogCounts>;

export const Session = z.object({ token: z.string(), staff: StaffOnDuty });

/**
 * A screening as staff decide it, for a new record and for a correction alike: the decision
 * taken and, to differ from the rules, a reason. Its reasons and the suggestion are the
 * station's own judgement of the screening, never taken from the client.
 */
export const ScreeningDecision = z.object({
  screening: Screening,
  verdict: Verdict.pick({ decision: true }),
  overrideReason: z.string().trim().max(200).default(''),
});
export type ScreeningDecision = z.input<typeof ScreeningDecision>;
export type Session = z.infer<typeof Session>;

export const coreMethods = {
  status: method({ role: 'public', request: z.object({}), response: Status }),
  getSettings: method({ role: 'public', request: z.object({}), response: Settings }),
  /** A patch: only the fields named change (a screen saving its own fields keeps the others). */
  updateSettings: method({ role: 'supervisor', request: patchOf(Settings), response: Settings }),
  /** First run only: station identity plus the first supervisor. Refused once set up. */
  setup: method({
    role: 'public',
    request: z.object({
      settings: Settings.partial().extend({ stationName: z.string().trim().min(1).max(60), stationCode: z.string().trim().min(1).max(20) }),
      supervisor: z.object({ name: StaffName, pin: Pin }),
    }),
    response: Session,
  }),
  addStaff: method({
    role: 'supervisor',
    request: z.object({ name: StaffName, pin: Pin, role: StaffRole }),
    response: z.object({ staffId: z.number().int() }),
  }),
  listStaff: method({
    role: 'public',
    request: z.object({}),
    response: z.array(z.object({ staffId: z.number().int(), name: z.string(), role: StaffRole })),
  }),
  signIn: method({ role: 'public', request: z.object({ name: StaffName, pin: Pin }), response: Session }),
  signOut: method({ role: 'staff', request: z.object({}), response: z.object({ ok: z.literal(true) }) }),
  whoAmI: method({ role: 'staff', request: z.object({}), response: StaffOnDuty }),
  recordScreening: method({
    role: 'staff',
    request: ScreeningDecision.extend({
      /** Why a person on the isolation list goes out (or was stopped); required once flagged. */
      isolationReason: z.string().trim().max(200).default(''),
    }),
    response: StationEvent,
  }),
  /**
   * Today's records for staff, any day's for supervisors (a read beyond today is audited);
   * ID numbers and phones masked for everyone. Staff asking for another day are refused.
   */
  listEvents: method({
    role: 'staff',
    request: ListEventsRequest,
    response: z.object({ events: z.array(EventView), nextBeforeSeq: z.number().int().nullable() }),
  }),
  /** The counts of the records `listEvents` would list with the same filters; the same reading rights. */
  countEvents: method({ role: 'staff', request: LogFilter, response: LogCounts }),
  /** One record in full (ID numbers, phones, the scanned code): audited; staff only for today's records. */
  revealEvent: method({ role: 'staff', request: z.object({ id: z.string().uuid() }), response: EventView }),
  amendEvent: method({
    role: 'supervisor',
    request: z.object({ targetId: z.string().uuid(), payload: ScreeningDecision, reason: z.string().trim().min(1).max(200) }),
    response: StationEvent,
  }),
};

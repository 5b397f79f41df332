import { z } from 'zod';
import { IsoDate } from './iso-date.ts';
import { Decision, Direction, Screening, Verdict } from './screening.ts';
import { IncidentPayload } from '../incident/incident.ts';
import { TransferPayload } from '../transfer/transfer.ts';
import { ArrivalPayload, IsolationEndPayload, IsolationFeverPayload, IsolationReadingPayload, IsolationResponsiblePayload } from '../isolation/payloads.ts';

/**
 * Every record is an event in one append-only, hash-chained log. A correction is an
 * `amendment` event naming the event it corrects; the original is never changed.
 *
 * One schema per kind, used alike by the writer (`appendEvent` parses the payload before it is
 * hashed), the bundle and `verify`: a payload the station writes is by construction a payload
 * the police check accepts.
 */
export const EventKind = z.enum([
  'screening', 'amendment', 'purge', 'restore',
  'transfer',
  'incident',
  // Home isolation (issue 13, shared/isolation/payloads.ts).
  'arrival', 'isolation-reading', 'isolation-fever', 'isolation-end', 'isolation-responsible',
]);
export type EventKind = z.infer<typeof EventKind>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Set on a going-out screening of a person on the isolation list (matched by ID number). */
export const IsolationFlag = z.object({
  arrivalId: z.string().uuid(),
  /** Why the person went out, or was stopped: required once the station flagged them. */
  reason: z.string().trim().min(1).max(200),
});
export type IsolationFlag = z.infer<typeof IsolationFlag>;

export const ScreeningPayload = z.object({
  screening: Screening,
  verdict: Verdict,
  /** What the rules suggested; differs from `verdict` only with an override reason. */
  suggested: Verdict.optional(),
  overrideReason: z.string().trim().max(200).default(''),
  /** Set by the station, never taken from the client as is (issue 13, item 4). */
  isolation: IsolationFlag.optional(),
});
export type ScreeningPayload = z.infer<typeof ScreeningPayload>;

export const AmendmentPayload = z.object({
  targetId: z.string().uuid(),
  /** The corrected screening as a whole (the original stays in the log). */
  payload: ScreeningPayload,
  reason: z.string().trim().min(1).max(200),
});
export type AmendmentPayload = z.infer<typeof AmendmentPayload>;

/** Where a chain (or what is left of it after a purge) starts: the link before its first record. */
export const ChainLink = z.object({ seq: z.number().int().min(0), prevHash: Sha256Hex });
export type ChainLink = z.infer<typeof ChainLink>;

/** A retention purge: the cut, how many records went, and the link the kept records start from. */
export const PurgePayload = z.object({
  olderThanDays: z.number().int().min(1),
  /** The first local date kept. */
  keptFrom: IsoDate,
  purged: z.number().int().min(0),
  chainStart: ChainLink,
});
export type PurgePayload = z.infer<typeof PurgePayload>;

/** A chain head: the last record's sequence number and hash (seq 0 and the genesis for none). */
export const ChainHead = z.object({ seq: z.number().int().min(0), hash: Sha256Hex });
export type ChainHead = z.infer<typeof ChainHead>;

const FileName = z.string().min(1).max(300);

/**
 * A backup restored over the station's records. The event links to the backup's head (the
 * record before it in the restored database) but takes the sequence number after the head it
 * replaced: the numbers the replaced records used, which signed bundles and checkpoints may
 * already name, are never used again, and the gap is explained here, under the hash.
 */
export const RestorePayload = z.object({
  /** The backup file restored. */
  backup: FileName,
  /** The restored database's head: what this event links to. */
  backupHead: ChainHead,
  /** The head the restore replaced (the last one signed, when the database was too damaged to read). */
  replacedHead: ChainHead,
  /** Where the replaced database is kept whole: the safety copy, or the damaged file moved aside. */
  replacedKeptAs: FileName.nullable(),
  /** The signed bundle (in restore-kept/) holding the records after the backup, or null if none. */
  keptRecords: FileName.nullable(),
}).refine((p) => p.replacedHead.seq >= p.backupHead.seq, { message: 'a restore replaces a head at or after the backup\'s', path: ['replacedHead', 'seq'] });
export type RestorePayload = z.infer<typeof RestorePayload>;

/** What every event carries, whatever its kind. */
const EventBase = z.object({
  seq: z.number().int().positive(),
  id: z.string().uuid(),
  stationCode: z.string(),
  /** UTC, ISO 8601. */
  recordedAt: z.string(),
  /** The station's offset from UTC in minutes at the time of recording (e.g. 480 for UTC+8). */
  utcOffsetMin: z.number().int(),
  /** The station's local calendar day, YYYY-MM-DD: the day the record belongs to in the 日报. */
  localDate: IsoDate,
  staffId: z.number().int().positive(),
  staffName: z.string(),
  shiftId: z.number().int().positive().nullable(),
  /**
   * Present only when the station's clock was behind the record before (UTC, ISO 8601): what
   * the clock said. The record is then dated at the previous record's time instead, and this
   * flag is under its hash.
   */
  clockReading: z.string().datetime().optional(),
  prevHash: Sha256Hex,
  hash: Sha256Hex,
});

/** Denormalised from the payload for filtering: the screening's kind, decision, direction. */
const ScreeningColumns = {
  screeningKind: z.enum(['person', 'vehicle']),
  decision: Decision,
  direction: Direction,
};
const NoScreening = { screeningKind: z.null(), decision: z.null(), direction: z.null() };

export const ScreeningEvent = EventBase.extend({ kind: z.literal('screening'), ...ScreeningColumns, payload: ScreeningPayload });
export type ScreeningEvent = z.infer<typeof ScreeningEvent>;
/** An amendment's columns are those of the corrected screening it carries. */
export const AmendmentEvent = EventBase.extend({ kind: z.literal('amendment'), ...ScreeningColumns, payload: AmendmentPayload });
export type AmendmentEvent = z.infer<typeof AmendmentEvent>;
export const PurgeEvent = EventBase.extend({ kind: z.literal('purge'), ...NoScreening, payload: PurgePayload });
export type PurgeEvent = z.infer<typeof PurgeEvent>;

export const RestoreEvent = EventBase.extend({ kind: z.literal('restore'), ...NoScreening, payload: RestorePayload });
export type RestoreEvent = z.infer<typeof RestoreEvent>;
/** A step of a fever transfer hand-off (shared/transfer). */
export const TransferEvent = EventBase.extend({ kind: z.literal('transfer'), ...NoScreening, payload: TransferPayload });
export type TransferEvent = z.infer<typeof TransferEvent>;
/** A step of an immediate report (shared/incident). */
export const IncidentEvent = EventBase.extend({ kind: z.literal('incident'), ...NoScreening, payload: IncidentPayload });
export type IncidentEvent = z.infer<typeof IncidentEvent>;

export const ArrivalEvent = EventBase.extend({ kind: z.literal('arrival'), ...NoScreening, payload: ArrivalPayload });
export type ArrivalEvent = z.infer<typeof ArrivalEvent>;
export const IsolationReadingEvent = EventBase.extend({ kind: z.literal('isolation-reading'), ...NoScreening, payload: IsolationReadingPayload });
export type IsolationReadingEvent = z.infer<typeof IsolationReadingEvent>;
export const IsolationFeverEvent = EventBase.extend({ kind: z.literal('isolation-fever'), ...NoScreening, payload: IsolationFeverPayload });
export type IsolationFeverEvent = z.infer<typeof IsolationFeverEvent>;
export const IsolationEndEvent = EventBase.extend({ kind: z.literal('isolation-end'), ...NoScreening, payload: IsolationEndPayload });
export type IsolationEndEvent = z.infer<typeof IsolationEndEvent>;
export const IsolationResponsibleEvent = EventBase.extend({ kind: z.literal('isolation-responsible'), ...NoScreening, payload: IsolationResponsiblePayload });
export type IsolationResponsibleEvent = z.infer<typeof IsolationResponsibleEvent>;
export type IsolationEvent = ArrivalEvent | IsolationReadingEvent | IsolationFeverEvent | IsolationEndEvent | IsolationResponsibleEvent;
export const ISOLATION_KINDS = ['arrival', 'isolation-reading', 'isolation-fever', 'isolation-end', 'isolation-responsible'] as const;
export const isIsolationKind = (kind: string): kind is IsolationEvent['kind'] => (ISOLATION_KINDS as readonly string[]).includes(kind);

export const StationEvent = z.discriminatedUnion('kind', [
  ScreeningEvent, AmendmentEvent, PurgeEvent, RestoreEvent,
  TransferEvent,
  IncidentEvent,
  ArrivalEvent, IsolationReadingEvent, IsolationFeverEvent, IsolationEndEvent, IsolationResponsibleEvent,
]);
export type StationEvent = z.infer<typeof StationEvent>;

/** The payload schema of each kind: what `appendEvent` writes and `verify` reads. */
export const PAYLOAD_OF_KIND = {
  screening: ScreeningPayload, amendment: AmendmentPayload, purge: PurgePayload, restore: RestorePayload,
  transfer: TransferPayload,
  incident: IncidentPayload,
  arrival: ArrivalPayload, 'isolation-reading': IsolationReadingPayload, 'isolation-fever': IsolationFeverPayload, 'isolation-end': IsolationEndPayload,
  'isolation-responsible': IsolationResponsiblePayload,
} as const;
/** What a writer hands `appendEvent`: a kind and that kind's payload. */
export type EventPayloadInput =
  | { kind: 'screening'; payload: z.input<typeof ScreeningPayload> }
  | { kind: 'amendment'; payload: z.input<typeof AmendmentPayload> }
  | { kind: 'purge'; payload: z.input<typeof PurgePayload> }
  | { kind: 'restore'; payload: z.input<typeof RestorePayload> }
  | { kind: 'transfer'; payload: z.input<typeof TransferPayload> }
  | { kind: 'incident'; payload: z.input<typeof IncidentPayload> }
  | { kind: 'arrival'; payload: z.input<typeof ArrivalPayload> }
  | { kind: 'isolation-reading'; payload: z.input<typeof IsolationReadingPayload> }
  | { kind: 'isolation-fever'; payload: z.input<typeof IsolationFeverPayload> }
  | { kind: 'isolation-end'; payload: z.input<typeof IsolationEndPayload> }
  | { kind: 'isolation-responsible'; payload: z.input<typeof IsolationResponsiblePayload> };

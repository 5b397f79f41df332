import { z } from 'zod';
import { IsoDate } from '../domain/iso-date.ts';

/**
 * The payloads of the home-isolation events (issue 13): an arrival put on the register
 * (登记造册), a follow-up temperature, a fever found in follow-up, and the end of a period
 * (release, or an extension with its reason). Each is an event kind of its own in the one
 * hash-chained log (shared/domain/event.ts), written, bundled and verified by these schemas.
 *
 * The register holds the minimum the village needs to follow a person up (privacy, item 7):
 * name, ID number, phone, village address, dates, readings. Nothing else is copied from the
 * screening; the arrival names the screening it came from.
 */
const text = (max: number) => z.string().trim().max(max);

/** The longest a station may set a period or an extension, in days. */
export const MAX_PERIOD_DAYS = 60;

export const ArrivalPayload = z.object({
  /** The screening that put the person on the register. */
  screeningId: z.string().uuid(),
  name: text(60).default(''),
  idNumber: text(40).default(''),
  phone: text(30).default(''),
  /** 村组: where in the village the person stays. */
  address: text(120).default(''),
  arrivalDate: IsoDate,
  origin: text(120).default(''),
  /** The household contact (户主 or a relative at the address). */
  householdContact: text(60).default(''),
  /** The period length the station's setting gave when the person was registered. */
  isolationDays: z.number().int().min(1).max(MAX_PERIOD_DAYS),
});
export type ArrivalPayload = z.infer<typeof ArrivalPayload>;

export const ReadingSlot = z.enum(['morning', 'afternoon']);
export type ReadingSlot = z.infer<typeof ReadingSlot>;

export const IsolationReadingPayload = z.object({
  arrivalId: z.string().uuid(),
  /** The local day the reading is for (a late entry names yesterday). */
  date: IsoDate,
  slot: ReadingSlot,
  celsius: z.number().min(34).max(43),
  note: text(120).default(''),
});
export type IsolationReadingPayload = z.infer<typeof IsolationReadingPayload>;

/**
 * A follow-up reading at or over the fever line: written by the station together with the
 * reading. This is the hook the fever transfer (item 3) opens from: one event per fever,
 * listed by kind, naming the reading and the arrival.
 */
export const IsolationFeverPayload = z.object({
  arrivalId: z.string().uuid(),
  readingId: z.string().uuid(),
  date: IsoDate,
  slot: ReadingSlot,
  celsius: z.number().min(34).max(43),
  thresholdCelsius: z.number().min(36).max(40),
});
export type IsolationFeverPayload = z.infer<typeof IsolationFeverPayload>;

/** The end of a period: released (解除隔离), or extended by some days with the reason. */
export const IsolationEndPayload = z.discriminatedUnion('outcome', [
  z.object({
    arrivalId: z.string().uuid(),
    outcome: z.literal('release'),
    /** Required for a release before the period's last day (e.g. the health centre's order). */
    reason: text(200).default(''),
  }),
  z.object({
    arrivalId: z.string().uuid(),
    outcome: z.literal('extend'),
    days: z.number().int().min(1).max(MAX_PERIOD_DAYS),
    reason: text(200).min(1),
  }),
]);
export type IsolationEndPayload = z.infer<typeof IsolationEndPayload>;

/** Who answers for a person's follow-up: the village cadre (包村干部) or the village doctor (村医). */
export const ResponsibleRole = z.enum(['village-cadre', 'village-doctor']);
export type ResponsibleRole = z.infer<typeof ResponsibleRole>;

/**
 * The person responsible for an arrival's isolation (issue 13, item 2), assigned or changed by
 * a supervisor or health worker: the latest assignment stands, the earlier ones stay in the log.
 */
export const IsolationResponsiblePayload = z.object({
  arrivalId: z.string().uuid(),
  name: text(60).min(1),
  role: ResponsibleRole,
});
export type IsolationResponsiblePayload = z.infer<typeof IsolationResponsiblePayload>;

import { z } from 'zod';
import { Decision, Direction, Screening, Verdict } from './screening.ts';

/**
 * Every record is an event in one append-only, hash-chained log. A correction is an
 * `amendment` event naming the event it corrects; the original is never changed.
 */
export const EventKind = z.enum(['screening', 'amendment', 'purge']);
export type EventKind = z.infer<typeof EventKind>;

export const ScreeningPayload = z.object({
  screening: Screening,
  verdict: Verdict,
  /** What the rules suggested; differs from `verdict` only with an override reason. */
  suggested: Verdict.optional(),
  overrideReason: z.string().trim().max(200).default(''),
});
export type ScreeningPayload = z.infer<typeof ScreeningPayload>;

export const AmendmentPayload = z.object({
  targetId: z.string().uuid(),
  /** The corrected screening as a whole (the original stays in the log). */
  payload: ScreeningPayload,
  reason: z.string().trim().min(1).max(200),
});
export type AmendmentPayload = z.infer<typeof AmendmentPayload>;

export const PurgePayload = z.object({
  before: z.string(),
  removedCount: z.number().int().min(0),
  fromHash: z.string(),
});
export type PurgePayload = z.infer<typeof PurgePayload>;

export const StationEvent = z.object({
  seq: z.number().int().positive(),
  id: z.string().uuid(),
  stationCode: z.string(),
  kind: EventKind,
  /** UTC, ISO 8601. */
  recordedAt: z.string(),
  /** The station's offset from UTC in minutes at the time of recording (e.g. 480 for UTC+8). */
  utcOffsetMin: z.number().int(),
  /** The station's local calendar day, YYYY-MM-DD: the day the record belongs to in the 日报. */
  localDate: z.string(),
  staffId: z.number().int().positive(),
  staffName: z.string(),
  shiftId: z.number().int().positive().nullable(),
  /** Denormalised from the payload for filtering; null for non-screening events. */
  screeningKind: z.enum(['person', 'vehicle']).nullable(),
  decision: Decision.nullable(),
  direction: Direction.nullable(),
  payload: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type StationEvent = z.infer<typeof StationEvent>;

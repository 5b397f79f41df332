import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const Uuid = z.string().uuid();
/** A UTC instant, ISO 8601 with milliseconds (as `Date.toISOString` writes it). */
export const UtcInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC ISO time');

/**
 * What opened a transfer: the record it follows from. A source kind names the record kind the
 * station looks the person up in; `referral` is a screening decided 转诊. A fever found in
 * home-isolation follow-up joins by adding its own kind here and a resolver in
 * electron/transfer/sources.ts; nothing else about a transfer depends on where it came from.
 */
export const TransferSourceKind = z.enum(['referral', 'isolation-fever']);
export type TransferSourceKind = z.infer<typeof TransferSourceKind>;
export const TransferSource = z.object({ kind: TransferSourceKind, eventId: Uuid });
export type TransferSource = z.infer<typeof TransferSource>;

/** The person transferred: a snapshot of the source record (so the hand-off list stands alone). */
export const TransferPerson = z.object({ name: text(40), idNumber: text(40).default('') });
export type TransferPerson = z.infer<typeof TransferPerson>;

/** How the person was taken: 120 ambulance, the village's vehicle, or another way (named in `meansNote`). */
export const TransferMeans = z.enum(['ambulance-120', 'village-vehicle', 'other']);
export type TransferMeans = z.infer<typeof TransferMeans>;

export const TransferOutcome = z.enum(['handed-over', 'cancelled']);
export type TransferOutcome = z.infer<typeof TransferOutcome>;

/**
 * One step of a fever transfer hand-off (转运交接), each its own event in the log:
 * opened (by the station, with every referral), departed (who escorts, how, where to, when it
 * left), closed (handed over: when and to whom; or cancelled with a reason). Later steps
 * name the transfer by the id of its `opened` event, as an amendment names its screening.
 */
export const TransferPayload = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('opened'),
    source: TransferSource,
    people: z.array(TransferPerson).min(1).max(60),
    /** Why, in the source's words: the referral's reason codes (fever, code colour). */
    reasons: z.array(text(40)).max(20).default([]),
  }),
  z.object({
    step: z.literal('departed'),
    transferId: Uuid,
    escort: text(80).min(1),
    means: TransferMeans,
    meansNote: text(80).default(''),
    institution: text(80).min(1),
    leftAt: UtcInstant,
  }),
  z.object({
    step: z.literal('closed'),
    transferId: Uuid,
    outcome: TransferOutcome,
    /** When the receiving institution took the person over; null when cancelled. */
    handedOverAt: UtcInstant.nullable(),
    /** The doctor or nurse who took the person over (or, when cancelled, why). */
    receivedBy: text(80).min(1),
  }),
]);
export type TransferPayload = z.infer<typeof TransferPayload>;

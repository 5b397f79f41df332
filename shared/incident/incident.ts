import { z } from 'zod';
import { UtcInstant } from '../transfer/transfer.ts';

const text = (max: number) => z.string().trim().max(max);

/** What the township must be told at once (随时报告). */
export const IncidentCategory = z.enum(['fever', 'red-code', 'refused-isolation', 'other']);
export type IncidentCategory = z.infer<typeof IncidentCategory>;

/**
 * An immediate report, in two steps: `reported` (the facts, when it happened, the record it
 * arose from if any) and `acknowledged` (a supervisor has seen it and passed it on). Until
 * acknowledged it is counted on every station's status bar.
 */
export const IncidentPayload = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('reported'),
    category: IncidentCategory,
    /** The screening it arose from (a fever, a red code), if any. */
    sourceEventId: z.string().uuid().nullable().default(null),
    occurredAt: UtcInstant,
    /** The facts as they will print: who, what was measured or said, what was done. */
    facts: text(1000).min(1),
  }),
  z.object({
    step: z.literal('acknowledged'),
    incidentId: z.string().uuid(),
    note: text(200).default(''),
  }),
]);
export type IncidentPayload = z.infer<typeof IncidentPayload>;

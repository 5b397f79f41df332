import { z } from 'zod';
import { IsoDate } from './iso-date.ts';

/** Symptoms asked on the returnee forms, tapped rather than typed. */
export const Symptom = z.enum(['fever', 'dry-cough', 'fatigue', 'sore-throat', 'short-breath', 'diarrhoea', 'loss-of-taste']);
export type Symptom = z.infer<typeof Symptom>;

/** The follow-up fields a form asks for, in the order the form asks; each may be made required per station. */
export const FollowUpField = z.enum(['address', 'arrivalDate', 'travel', 'symptoms', 'localContact']);
export type FollowUpField = z.infer<typeof FollowUpField>;

const text = (max: number) => z.string().trim().max(max);

/**
 * What real registration forms carry so the village can follow a person up: where they stay
 * (住址，到村组), when they arrived (抵达日期), where they travelled in the last 14 days
 * (途经地区), symptoms, and a local contact. All optional unless the station requires them.
 */
export const FollowUp = z.object({
  address: text(120).default(''),
  arrivalDate: z.union([z.literal(''), IsoDate]).default(''),
  travel: text(300).default(''),
  symptoms: z.array(Symptom).max(Symptom.options.length).default([]),
  localContact: text(60).default(''),
  /**
   * The listed risk area the declared origin or travel matched, and the date of that list.
   * Set by the station when it records (never taken from the client), so the record keeps
   * which list it was judged by.
   */
  riskArea: z.object({ area: text(60), listIssuedOn: z.string().max(10) }).optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const emptyFollowUp = (): FollowUp => ({ address: '', arrivalDate: '', travel: '', symptoms: [], localContact: '' });

/** Whether a follow-up field was filled in. */
export function hasFollowUpField(followUp: FollowUp | undefined, field: FollowUpField): boolean {
  if (!followUp) return false;
  return field === 'symptoms' ? followUp.symptoms.length > 0 : followUp[field].trim() !== '';
}

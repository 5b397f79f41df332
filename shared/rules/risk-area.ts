import { z } from 'zod';
import { IsoDate } from '../domain/iso-date.ts';
import { emptyFollowUp } from '../domain/follow-up.ts';
import type { PersonScreening, Screening } from '../domain/screening.ts';

/**
 * The supervisor's list of medium/high-risk areas as last issued (by the county or township),
 * dated so a report can say which list a person was judged by. Entries are place names
 * (深圳市南山区, 南山) or region codes (440305), matched against what a person declares.
 */
export const RiskAreaList = z.object({
  issuedOn: z.union([z.literal(''), IsoDate]).default(''),
  areas: z.array(z.string().trim().min(2).max(60)).max(300).default([]),
});
export type RiskAreaList = z.infer<typeof RiskAreaList>;

/** What the station does with a person whose declared origin or travel touches a listed area. */
export const RiskAreaPolicy = z.enum(['register', 'refer', 'turn-away']);
export type RiskAreaPolicy = z.infer<typeof RiskAreaPolicy>;

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The first listed area the person's declared origin or 14-day travel mentions, or null.
 * The ID number's region is never read: it is the household register, not where someone was.
 */
export function riskAreaMatch(person: Pick<PersonScreening, 'origin' | 'followUp'>, list: RiskAreaList): string | null {
  const declared = squash(`${person.origin}\n${person.followUp?.travel ?? ''}`);
  if (declared === '') return null;
  return list.areas.find((area) => declared.includes(squash(area))) ?? null;
}

/** The person with the station's own risk-area finding written in (any client-sent finding dropped). */
function stampPerson(person: PersonScreening, list: RiskAreaList, inbound: boolean): PersonScreening {
  const area = inbound ? riskAreaMatch(person, list) : null;
  const { riskArea: _dropped, ...rest } = person.followUp ?? emptyFollowUp();
  if (area === null) return person.followUp ? { ...person, followUp: rest } : person;
  return { ...person, followUp: { ...rest, riskArea: { area, listIssuedOn: list.issuedOn } } };
}

/** Every person of a screening stamped with the listed area they declared (people coming in only). */
export function stampRiskAreas(screening: Screening, list: RiskAreaList): Screening {
  const inbound = screening.direction === 'in';
  if (screening.kind === 'person') return { ...screening, person: stampPerson(screening.person, list, inbound) };
  return { ...screening, vehicle: { ...screening.vehicle, occupants: screening.vehicle.occupants.map((p) => stampPerson(p, list, inbound)) } };
}

import { z } from 'zod';
import { FollowUpField } from '../domain/follow-up.ts';
import { CodeColour, VehicleType } from '../domain/screening.ts';
import { RiskAreaList, RiskAreaPolicy } from './risk-area.ts';

/** Person fields an outside person (ID region not local) must give before being let in. */
export const RegistrableField = z.enum(['name', 'idNumber', 'phone', 'origin', 'destination', 'reason']);
export type RegistrableField = z.infer<typeof RegistrableField>;

/**
 * The checkpoint's local policy, set by a supervisor. Defaults follow the common county
 * notice: red code turned away, yellow code referred, outside private cars, taxis and coaches
 * turned back unless they run a green channel or carry supplies.
 */
export const RuleSettings = z.object({
  refuseCodeColours: z.array(CodeColour).max(4).default(['red']),
  referCodeColours: z.array(CodeColour).max(4).default(['yellow']),
  /** Vehicle types turned away when their plate is not local (inbound only). */
  barredOutsideVehicleTypes: z.array(VehicleType).max(8).default(['private-car', 'taxi', 'coach']),
  /** Vehicle types never barred, whatever the list above says (supplies, ambulances). */
  exemptVehicleTypes: z.array(VehicleType).max(8).default(['freight', 'emergency']),
  /** What an inbound outside person must register before being let in. */
  outsidePersonMustRegister: z.array(RegistrableField).max(6).default(['name', 'idNumber', 'phone', 'origin', 'reason']),
  /** Without a temperature (captured or typed) nobody is let in or referred. */
  requireTemperature: z.boolean().default(true),
  /** Follow-up fields everyone coming in must give (none by default). */
  followUpRequired: z.array(FollowUpField).max(FollowUpField.options.length).default([]),
  /** The dated list of medium/high-risk areas, and what is done with someone who was there. */
  riskAreas: RiskAreaList.default({ issuedOn: '', areas: [] }),
  riskAreaPolicy: RiskAreaPolicy.default('refer'),
});
export type RuleSettings = z.infer<typeof RuleSettings>;

/** The part of the station settings the rules read. */
export interface RuleContext {
  feverThresholdCelsius: number;
  localRegionPrefixes: string[];
  localPlatePrefixes: string[];
  rules: RuleSettings;
  /** The station's calendar day (YYYY-MM-DD): a birth date after it is a wrong ID number. */
  today?: string;
}

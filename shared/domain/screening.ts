import { z } from 'zod';
import { CARD_TYPES } from '../idcard/card.ts';
import { FollowUp } from './follow-up.ts';

/** What the staff member decides at the barrier. 劝返 = turn-away; refer = send to the health centre. */
export const Decision = z.enum(['allow', 'turn-away', 'refer']);
export type Decision = z.infer<typeof Decision>;

export const Direction = z.enum(['in', 'out']);
export type Direction = z.infer<typeof Direction>;

export const CodeColour = z.enum(['green', 'yellow', 'red', 'none']);
export type CodeColour = z.infer<typeof CodeColour>;

export const VehicleType = z.enum([
  'private-car', 'taxi', 'coach', 'freight', 'emergency', 'agricultural', 'motorcycle', 'other',
]);
export type VehicleType = z.infer<typeof VehicleType>;

const text = (max: number) => z.string().trim().max(max);

/**
 * Which thermometer reading a device temperature is: the station's own id for the reading
 * (issued when the reading arrived) and its time. The station records a device temperature
 * only for a reading it issued, not used before and newer than the last record that used one.
 */
export const CaptureRef = z.object({
  id: z.string().min(1).max(60),
  /** UTC ISO time the station received the reading. */
  at: z.string().max(40),
  device: z.string().max(40).default('thermometer'),
});
export type CaptureRef = z.infer<typeof CaptureRef>;

/** A temperature as it went into a record: from the thermometer's stable capture, or typed in. */
export const TemperatureRecord = z.object({
  celsius: z.number().min(25).max(45),
  source: z.enum(['device', 'manual']),
  /** The calibration offset already added to `celsius`, so the raw value can be recovered. */
  offsetCelsius: z.number().min(-5).max(5).default(0),
  protocol: text(40).optional(),
  /** Set for every device reading recorded since readings carry an identity (older records lack it). */
  capture: CaptureRef.optional(),
});
export type TemperatureRecord = z.infer<typeof TemperatureRecord>;

export const HealthCodeRecord = z.object({
  /** The colour the staff member saw and tapped; absent until they tap one (a scan never sets it). */
  colour: CodeColour.optional(),
  /** The colour the scanned payload itself claims: shown as a hint to check, never the record's colour. */
  hint: CodeColour.optional(),
  /** Raw scanned payload, kept as scanned; the station never claims to have verified it. */
  raw: text(4000).optional(),
});
export type HealthCodeRecord = z.infer<typeof HealthCodeRecord>;

/**
 * Where a person's identity fields came from when an ID card was read (like a temperature's
 * `source`): which read, when, and the kind of card. Absent when they were typed or scanned.
 */
export const IdCardProvenance = z.object({
  source: z.literal('card'),
  readId: z.string().uuid(),
  readAt: z.string().max(40),
  cardType: z.enum(CARD_TYPES),
});
export type IdCardProvenance = z.infer<typeof IdCardProvenance>;

/** One person at the barrier: the columns of the registration sheet (登记表). */
export const PersonScreening = z.object({
  name: text(60).default(''),
  sex: z.enum(['male', 'female', 'unknown']).default('unknown'),
  idNumber: text(40).default(''),
  phone: text(30).default(''),
  origin: text(120).default(''),
  destination: text(120).default(''),
  reason: text(200).default(''),
  temperature: TemperatureRecord.optional(),
  healthCode: HealthCodeRecord.optional(),
  /** A returnee (返乡人员) to be registered with the village. */
  returnee: z.boolean().default(false),
  /** 住址 as printed on the ID card; filled from a card read. Optional: older records have none. */
  address: text(120).optional(),
  /** Set when name, sex, ID number and address were read from the card. Optional: older records have none. */
  idCard: IdCardProvenance.optional(),
  /** Address, arrival, 14-day travel, symptoms, local contact: see follow-up.ts. */
  followUp: FollowUp.optional(),
});
export type PersonScreening = z.infer<typeof PersonScreening>;

export const VehicleScreening = z.object({
  plate: text(20).min(1),
  vehicleType: VehicleType,
  occupantCount: z.number().int().min(0).max(99),
  occupants: z.array(PersonScreening).max(99).default([]),
  origin: text(120).default(''),
  destination: text(120).default(''),
  reason: text(200).default(''),
  /** Green channel (绿色通道) kind for emergency or supply vehicles, e.g. "ambulance", "supplies". */
  greenChannel: text(60).default(''),
  /**
   * Green-channel fast path: let through on plate, type and kind; the occupants' details are
   * an open task in the log until completed (a correction naming them) or waived.
   */
  occupantsLater: z.boolean().optional(),
  /** A supervisor's reason for not completing the occupants of a fast-path record. */
  occupantsWaived: text(200).optional(),
});
export type VehicleScreening = z.infer<typeof VehicleScreening>;

export const Screening = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), direction: Direction, person: PersonScreening }),
  z.object({ kind: z.literal('vehicle'), direction: Direction, vehicle: VehicleScreening }),
]);
export type Screening = z.infer<typeof Screening>;
export type ScreeningInput = z.input<typeof Screening>;

const Reasons = z.array(text(80)).max(20);

/** A decision with the reasons behind it (short codes, translated in the UI). */
export const Verdict = z.object({
  decision: Decision,
  reasons: Reasons,
  /** For a vehicle: each occupant's own suggestion, in occupant order, so the record shows who. */
  occupants: z.array(z.object({ decision: Decision, reasons: Reasons })).max(99).optional(),
});
export type Verdict = z.infer<typeof Verdict>;

import type { Decision, Direction, PersonScreening, Screening, VehicleScreening } from '../domain/screening.ts';
import { decodeCnId } from '../decode/cn-id.ts';
import { decodePlate } from '../decode/plate.ts';
import { hasFollowUpField } from '../domain/follow-up.ts';
import { isOutsideId, isOutsidePlate, normalisePlate } from './locality.ts';
import { riskAreaMatch } from './risk-area.ts';
import type { InputProblemCode, MissingCode, ReasonCode } from './reasons.ts';
import type { RuleContext } from './settings.ts';

/**
 * What the rules suggest for one screening draft. `missing` lists what must still be filled in
 * (as field paths, e.g. `temperature` or `occupants.1.name`) before anyone can be let in or
 * referred; a turn-away needs nothing more than what is already there.
 */
export interface Suggestion {
  decision: Decision;
  reasons: ReasonCode[];
  missing: string[];
  /** A vehicle's occupants, each judged as a person: the vehicle's decision is the strictest. */
  occupants?: { decision: Decision; reasons: ReasonCode[] }[];
}

/** A forehead reading outside this band is the wall, the sky or a misfire, not a person. */
const PLAUSIBLE_BODY_CELSIUS = { min: 34.0, max: 42.5 } as const;

/**
 * Refer outranks turn-away: a person with fever (or a code the policy refers) is handed to the
 * health centre rather than sent back onto the road. Turn-away outranks allow.
 */
const SEVERITY: Record<Decision, number> = { allow: 0, 'turn-away': 1, refer: 2 };

function worst(a: Decision, b: Decision): Decision {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export function suggest(ctx: RuleContext, draft: Screening): Suggestion {
  return draft.kind === 'person'
    ? finish(judgePerson(ctx, draft.person, draft.direction))
    : finish(judgeVehicle(ctx, draft.vehicle, draft.direction));
}

/** "Checks passed" only once nothing is missing: an empty form has passed nothing yet. */
function finish(s: Suggestion): Suggestion {
  const reasons = [...new Set(s.reasons)];
  const passed = reasons.length === 0 && s.missing.length === 0;
  return { ...s, reasons: passed ? ['checks-passed'] : reasons };
}

/** Without the station's day, no birth date is in the future. */
const NO_DAY = '9999-12-31';

const ID_PROBLEM: Record<string, InputProblemCode> = {
  'check-char': 'id-check-char',
  length: 'id-length',
  format: 'id-length',
  'birth-date-invalid': 'id-birth-date',
  'birth-date-future': 'id-birth-date',
  'birth-date-too-early': 'id-birth-date',
};

/** What is wrong with a given ID number (nothing for an empty one: that is a missing field). */
function idProblems(idNumber: string, today: string | undefined): InputProblemCode[] {
  if (idNumber.trim() === '') return [];
  const errors = decodeCnId(idNumber, { today: today ?? NO_DAY }).errors;
  return errors.map((e) => ID_PROBLEM[e]).filter((p): p is InputProblemCode => p !== undefined);
}

function judgePerson(ctx: RuleContext, person: PersonScreening, direction: Direction): Suggestion {
  const reasons: ReasonCode[] = [...idProblems(person.idNumber, ctx.today)];
  const missing: MissingCode[] = [];
  let decision: Decision = 'allow';

  const t = person.temperature;
  if (!t) {
    if (ctx.rules.requireTemperature) missing.push('temperature');
  } else if (t.celsius < PLAUSIBLE_BODY_CELSIUS.min || t.celsius > PLAUSIBLE_BODY_CELSIUS.max) {
    missing.push('temperature-implausible');
  } else if (t.celsius >= ctx.feverThresholdCelsius) {
    decision = worst(decision, 'refer');
    reasons.push('fever');
  }

  const colour = person.healthCode?.colour ?? 'none';
  if (ctx.rules.referCodeColours.includes(colour)) {
    decision = worst(decision, 'refer');
    reasons.push('code-referred');
  } else if (ctx.rules.refuseCodeColours.includes(colour)) {
    decision = worst(decision, 'turn-away');
    reasons.push('code-refused');
  }

  if (direction === 'in' && ctx.localRegionPrefixes.length > 0) {
    // Someone whose ID is not given cannot be told local, so registers like an outside person.
    const outside = isOutsideId(person.idNumber, ctx.localRegionPrefixes);
    if (outside) reasons.push('outside-person');
    if (outside || person.idNumber.trim() === '') {
      for (const field of ctx.rules.outsidePersonMustRegister) {
        if (person[field].trim() === '') missing.push(field);
      }
    }
  }

  if (direction === 'in') {
    for (const field of ctx.rules.followUpRequired) if (!hasFollowUpField(person.followUp, field)) missing.push(field);
    if (riskAreaMatch(person, ctx.rules.riskAreas) !== null) {
      reasons.push('risk-area');
      // "register" lets the person in with the flag on the record; the others decide.
      if (ctx.rules.riskAreaPolicy !== 'register') decision = worst(decision, ctx.rules.riskAreaPolicy);
    }
  }

  if (t?.source === 'manual') reasons.push('temperature-manual');
  return { decision, reasons, missing };
}

const OCCUPANT_REASON: Partial<Record<ReasonCode, ReasonCode>> = {
  fever: 'occupant-fever',
  'code-refused': 'occupant-code-refused',
  'code-referred': 'occupant-code-referred',
  'outside-person': 'occupant-outside',
  'risk-area': 'occupant-risk-area',
  'temperature-manual': 'temperature-manual',
};

function judgeVehicle(ctx: RuleContext, vehicle: VehicleScreening, direction: Direction): Suggestion {
  if (normalisePlate(vehicle.plate) === '') return { decision: 'allow', reasons: [], missing: ['plate'] };

  const reasons: ReasonCode[] = [];
  const missing: string[] = [];
  let decision: Decision = 'allow';

  if (!decodePlate(vehicle.plate).valid) {
    // Whether a plate that is no plate is local cannot be told: never turn back a local car on a typo.
    reasons.push('plate-invalid');
  } else if (isOutsidePlate(vehicle.plate, ctx.localPlatePrefixes)) {
    const greenChannel = vehicle.greenChannel.trim() !== '';
    const exemptType = ctx.rules.exemptVehicleTypes.includes(vehicle.vehicleType);
    const barred = ctx.rules.barredOutsideVehicleTypes.includes(vehicle.vehicleType);
    if (direction === 'in' && barred && !greenChannel && !exemptType) {
      // Turned back at the barrier: nobody gets out, so there is nobody to screen.
      return { decision: 'turn-away', reasons: ['outside-vehicle-barred'], missing: [] };
    }
    reasons.push('outside-vehicle');
    if (greenChannel) reasons.push('green-channel');
    else if (exemptType) reasons.push('exempt-vehicle');
    else if (barred) reasons.push('outbound');
  }

  if (vehicle.occupantsLater) {
    // The fast path is for an emergency or supply vehicle on a green channel, nothing else.
    const exempt = ctx.rules.exemptVehicleTypes.includes(vehicle.vehicleType);
    if (!exempt || vehicle.greenChannel.trim() === '') missing.push('greenChannel');
    reasons.push(vehicle.occupantsWaived?.trim() ? 'occupants-waived' : 'occupants-later');
  } else if (vehicle.occupants.length < vehicle.occupantCount) {
    missing.push('occupants');
  }
  const occupants = vehicle.occupants.map((occupant, i) => {
    const s = judgePerson(ctx, occupant, direction);
    decision = worst(decision, s.decision);
    for (const r of s.reasons) reasons.push(OCCUPANT_REASON[r] ?? r);
    for (const m of s.missing) missing.push(`occupants.${i}.${m}`);
    const own = finish(s);
    return { decision: own.decision, reasons: own.reasons };
  });
  return { decision, reasons, missing, occupants };
}

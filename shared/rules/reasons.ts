/**
 * Every reason code the rules can give, so the UI can translate each one and a test can check
 * that no code lacks a translation. Codes, not sentences: the record stays language-neutral.
 */
/**
 * Input that cannot be right (an ID number whose check character, length or birth date is
 * wrong; a plate that is no plate): never "normal". It is a reason in the suggestion, and a
 * record with it, whatever the decision, needs a staff member's stated reason.
 */
export const INPUT_PROBLEM_CODES = ['id-check-char', 'id-length', 'id-birth-date', 'plate-invalid'] as const;
export type InputProblemCode = (typeof INPUT_PROBLEM_CODES)[number];

export function hasInputProblem(reasons: readonly string[]): boolean {
  return reasons.some((r) => (INPUT_PROBLEM_CODES as readonly string[]).includes(r));
}

export const REASON_CODES = [
  'checks-passed',
  'fever',
  'temperature-manual',
  'code-refused',
  'code-referred',
  'outside-person',
  'outside-vehicle-barred',
  'outside-vehicle',
  'green-channel',
  'exempt-vehicle',
  'outbound',
  'occupant-fever',
  'occupant-code-refused',
  'occupant-code-referred',
  'occupant-outside',
  /** Declared origin or 14-day travel touches the supervisor's risk-area list. */
  'risk-area',
  'occupant-risk-area',
  /** Green-channel fast path: let through now, occupants' details to follow from the log. */
  'occupants-later',
  /** A supervisor waived completing a fast-path vehicle's occupants, with a reason. */
  'occupants-waived',
  /** The staff member chose another decision than suggested; the typed reason is recorded beside it. */
  'override',
  ...INPUT_PROBLEM_CODES,
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a draft cannot be confirmed yet (the UI points at the field). */
export const MISSING_CODES = [
  'temperature',
  'temperature-implausible',
  'name',
  'idNumber',
  'phone',
  'origin',
  'destination',
  'reason',
  'address',
  'arrivalDate',
  'travel',
  'symptoms',
  'localContact',
  'plate',
  'occupants',
  'greenChannel',
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

/**
 * Every reason code the rules can give, so the UI can translate each one and a test can check
 * that no code lacks a translation. Codes, not sentences: the record stays language-neutral.
 */
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
  /** The staff member chose another decision than suggested; the typed reason is recorded beside it. */
  'override',
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
] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

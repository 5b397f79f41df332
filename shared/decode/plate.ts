/**
 * Motor-vehicle plates (GA 36-2018 and its amendments). Normalised first: upper case, with
 * spaces and the middle dot (and its look-alikes) removed, so "桂b · 12345" is "桂B12345".
 */
import { PLATE_PROVINCES } from './plate-provinces.ts';
import type { PlateResult } from './types.ts';

const P = `[${PLATE_PROVINCES}]`;
/** Issuing-office letter and serial characters: A-Z without I and O, which read as 1 and 0. */
const L = '[A-HJ-NP-Z]';
const S = '[A-HJ-NP-Z0-9]';
/** New-energy energy-type letters: D/F originally, A-K (no I) since the 2022 extension. */
const NE = '[A-HJK]';
/** What any plate starts with: a province, 使 (embassy) or 应急 (rescue motorcycle). */
const PLATE_START = new RegExp(`^(${P}|使|应急)`);

interface PlatePattern {
  name: string;
  pattern: RegExp;
  newEnergy?: boolean;
}

const PATTERNS: PlatePattern[] = [
  { name: 'ordinary', pattern: new RegExp(`^${P}${L}${S}{5}$`) },
  { name: 'new-energy-small', pattern: new RegExp(`^${P}${L}${NE}${S}\\d{4}$`), newEnergy: true },
  { name: 'new-energy-large', pattern: new RegExp(`^${P}${L}\\d{5}${NE}$`), newEnergy: true },
  { name: 'police-learner-trailer', pattern: new RegExp(`^${P}${L}${S}{4}[警学挂]$`) },
  // Hong Kong and Macao cross-border vehicles are all registered in Guangdong as 粤Z.
  { name: 'hong-kong-macao', pattern: new RegExp(`^粤Z${S}{4}[港澳]$`) },
  { name: 'consulate', pattern: new RegExp(`^${P}${L}${S}{4}领$`) },
  { name: 'embassy', pattern: /^使\d{6}$/ },
  // Fire and rescue: car plates end in 应急; motorcycle plates start with it.
  { name: 'emergency', pattern: new RegExp(`^${P}${S}\\d{4}应急$`) },
  { name: 'emergency-motorcycle', pattern: new RegExp(`^应急${P}\\d{3}${S}$`) },
];

export interface PlateOptions {
  localPlatePrefixes?: readonly string[];
}

export function normalisePlate(text: string): string {
  return text.replace(/[\s\u3000·•・.\u2027\u30FB\uFF0E-]+/g, '').toUpperCase();
}

/** A local-plate setting: a province abbreviation, optionally with its office letter (桂, 桂B). */
export function isPlatePrefix(prefix: string): boolean {
  return new RegExp(`^${P}${L}?$`).test(normalisePlate(prefix));
}

/** Whether the text looks like a plate at all (so `decode` can route it here). */
export function looksLikePlate(text: string): boolean {
  const value = normalisePlate(text);
  return value.length >= 5 && value.length <= 10 && PLATE_START.test(value);
}

export function decodePlate(text: string, options: PlateOptions = {}): PlateResult {
  const value = normalisePlate(text);
  const result: PlateResult = { kind: 'plate', valid: false, value, errors: [], warnings: [], newEnergy: false, local: false };
  const first = value.startsWith('应急') ? value[2] : value[0];
  if (first !== undefined && PLATE_PROVINCES.includes(first)) result.province = first;

  const match = PATTERNS.find((p) => p.pattern.test(value));
  if (match === undefined) {
    result.errors.push(plateError(value));
  } else {
    result.newEnergy = match.newEnergy === true;
  }
  const prefixes = (options.localPlatePrefixes ?? []).map(normalisePlate).filter((p) => p.length > 0);
  result.local = prefixes.some((prefix) => value.startsWith(prefix));
  result.valid = result.errors.length === 0;
  return result;
}

/** The most telling reason a normalised text is not a plate. */
function plateError(value: string): string {
  if (value.length === 0) return 'empty';
  if (!PLATE_START.test(value)) return 'province';
  if (/[IO]/.test(value)) return 'letter-i-o';
  if (/[港澳]$/.test(value) && !value.startsWith('粤Z')) return 'hong-kong-macao-prefix';
  return 'format';
}

/**
 * Resident ID numbers (GB 11643-1999): 18 characters (region, YYYYMMDD, sequence, check
 * character) or the legacy 15 digits (region, YYMMDD in the 1900s, sequence). Pure: "today"
 * is a parameter, so a birth date in the future is judged against the station's own date.
 */
import { isIsoDate, isoDate } from '../domain/iso-date.ts';
import { cnIdCheckChar } from './cn-id-check.ts';
import { lookupRegion } from './regions.ts';
import type { CnIdResult, Sex } from './types.ts';

export { cnIdCheckChar };

/** Nobody alive was born before this; such a date is a typing error. */
const EARLIEST_BIRTH_YEAR = 1900;

export interface CnIdOptions {
  /** YYYY-MM-DD, the station's local date. */
  today: string;
  localRegionPrefixes?: readonly string[];
}

/** Upper case, no spaces: how an ID number is typed, scanned or printed with gaps. */
export function normaliseCnId(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').toUpperCase();
}

export function decodeCnId(text: string, options: CnIdOptions): CnIdResult {
  const value = normaliseCnId(text);
  const result: CnIdResult = { kind: 'cn-id', valid: false, value, errors: [], warnings: [], local: false };
  const shape = /^\d{17}[\dX]$/.test(value) ? 18 : /^\d{15}$/.test(value) ? 15 : undefined;
  if (shape === undefined) {
    result.errors.push(/^\d*X?$/.test(value) ? 'length' : 'format');
    return result;
  }

  readRegion(result, value.slice(0, 6), options.localRegionPrefixes ?? []);

  const year = shape === 18 ? Number(value.slice(6, 10)) : 1900 + Number(value.slice(6, 8));
  const monthDay = shape === 18 ? value.slice(10, 14) : value.slice(8, 12);
  const birthDate = isoDate(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(2, 4)));
  if (birthDate === undefined) {
    result.errors.push('birth-date-invalid');
  } else {
    result.birthDate = birthDate;
    if (!isIsoDate(options.today)) result.errors.push('today-invalid');
    else if (birthDate > options.today) result.errors.push('birth-date-future');
    if (year < EARLIEST_BIRTH_YEAR) result.errors.push('birth-date-too-early');
  }

  // The sequence's last digit (17th of 18, 15th of 15) is odd for men, even for women.
  const sexDigit = Number(value[shape === 18 ? 16 : 14]);
  result.sex = (sexDigit % 2 === 1 ? 'male' : 'female') satisfies Sex;

  if (shape === 18) {
    if (cnIdCheckChar(value.slice(0, 17)) !== value[17]) result.errors.push('check-char');
  } else {
    result.warnings.push('legacy-15-digit');
  }
  result.valid = result.errors.length === 0;
  return result;
}

function readRegion(result: CnIdResult, code: string, localPrefixes: readonly string[]): void {
  result.regionCode = code;
  result.local = localPrefixes.some((prefix) => prefix.length > 0 && code.startsWith(prefix));
  const region = lookupRegion(code);
  if (region === undefined) {
    result.warnings.push('region-unknown');
    return;
  }
  result.regionName = region.name;
  if (!region.current) result.warnings.push('region-historical');
}
